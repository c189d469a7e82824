//! Reading: the inbox, a notice or an attachment for staff, the export, and a notice
//! for forwarding. Whatever returns personal data audits it before returning it.

use super::{
    action, attachment_context, note_context, open_content, open_text, Attachment, AttachmentInfo,
    Event, Filter, Listing, Notice, NoticeError, NoticeRef, NoticeSummary, Status, Verification,
};
use crate::store::chunks::{self, Owner};
use crate::store::crypto::DataKeys;
use crate::store::staff::{insert_audit, NewAuditEntry};
use crate::store::Db;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// The `change_kinds` column (codes joined by commas) as a list.
pub(super) fn split_kinds(kinds: &str) -> Vec<String> {
    kinds
        .split(',')
        .filter(|kind| !kind.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(super) const SUMMARY_COLUMNS: &str =
    "n.id, n.reference, n.status, n.submitted_at, n.updated_at, \
     n.handled_at, n.lang, n.change_kinds, n.identity_method, n.identity_level, \
     (SELECT COUNT(*) FROM notice_attachments a WHERE a.notice_id = n.id) AS attachment_count";

pub(super) fn summary_from(row: &AnyRow) -> Result<NoticeSummary, NoticeError> {
    let status: String = row.try_get("status")?;
    Ok(NoticeSummary {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        status: Status::from_code(&status).ok_or(NoticeError::Damaged("unknown status"))?,
        submitted_at: row.try_get("submitted_at")?,
        updated_at: row.try_get("updated_at")?,
        handled_at: row.try_get("handled_at")?,
        lang: row.try_get("lang")?,
        change_kinds: split_kinds(&row.try_get::<String, _>("change_kinds")?),
        attachment_count: row.try_get("attachment_count")?,
        verification: Verification::from_columns(
            &row.try_get::<String, _>("identity_method")?,
            row.try_get::<Option<String>, _>("identity_level")?
                .as_deref(),
        )?,
    })
}

/// The `WHERE` clause of a filter on `notices n` and its values ($1, $2, …).
fn filter_sql(filter: &Filter) -> (String, Vec<String>) {
    let mut conditions = Vec::new();
    let mut values = Vec::new();
    if let Some(status) = filter.status {
        values.push(status.code().to_owned());
        conditions.push(format!("n.status = ${}", values.len()));
    }
    if let Some(part) = filter.reference.as_deref().map(str::trim) {
        if !part.is_empty() {
            let escaped = part
                .to_uppercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            values.push(format!("%{escaped}%"));
            conditions.push(format!(
                "UPPER(n.reference) LIKE ${} ESCAPE '\\'",
                values.len()
            ));
        }
    }
    if conditions.is_empty() {
        ("1 = 1".to_owned(), values)
    } else {
        (conditions.join(" AND "), values)
    }
}

/// The inbox: notices matching `filter`, newest first, `limit` from `offset`. Nothing
/// personal, so nothing is audited.
pub async fn list(
    db: &Db,
    filter: &Filter,
    limit: i64,
    offset: i64,
) -> Result<Listing, NoticeError> {
    let (condition, values) = filter_sql(filter);
    let count_sql = format!("SELECT COUNT(*) FROM notices n WHERE {condition}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for value in &values {
        count = count.bind(value);
    }
    let total = count.fetch_one(db.pool()).await?;
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM notices n WHERE {condition} \
         ORDER BY n.submitted_at DESC, n.id DESC LIMIT ${} OFFSET ${}",
        values.len() + 1,
        values.len() + 2
    );
    let mut query = sqlx::query(&sql);
    for value in &values {
        query = query.bind(value);
    }
    let rows = query
        .bind(limit.max(0))
        .bind(offset.max(0))
        .fetch_all(db.pool())
        .await?;
    let notices = rows.iter().map(summary_from).collect::<Result<_, _>>()?;
    Ok(Listing { notices, total })
}

/// A notice with its content, attachments (without bytes) and history, for staff
/// member `actor`; audited as `notice-viewed` before it is returned. `None` when there
/// is no such notice. A value that does not open (wrong key, damaged or moved data) is
/// an error, never garbage.
pub async fn open(
    db: &Db,
    keys: &DataKeys,
    which: NoticeRef<'_>,
    actor: i64,
    now: i64,
) -> Result<Option<Notice>, NoticeError> {
    let column = match which {
        NoticeRef::Id(_) => "n.id",
        NoticeRef::Reference(_) => "n.reference",
    };
    let sql = format!("SELECT {SUMMARY_COLUMNS}, n.content_enc FROM notices n WHERE {column} = $1");
    let query = sqlx::query(&sql);
    let query = match which {
        NoticeRef::Id(id) => query.bind(id),
        NoticeRef::Reference(reference) => query.bind(reference),
    };
    let row = query.fetch_optional(db.pool()).await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let notice = complete(db, keys, &row).await?;
    audit(
        db,
        now,
        actor,
        action::NOTICE_VIEWED,
        &notice.summary.reference,
        "",
    )
    .await?;
    Ok(Some(notice))
}

/// The reference of notice `id` (not personal, so not audited).
pub async fn reference(db: &Db, id: i64) -> Result<Option<String>, NoticeError> {
    Ok(
        sqlx::query_scalar::<_, String>("SELECT reference FROM notices WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?,
    )
}

/// One attachment with its bytes, for staff member `actor`; audited as
/// `attachment-viewed` (with its stored name) before it is returned.
pub async fn attachment(
    db: &Db,
    keys: &DataKeys,
    notice_id: i64,
    attachment_id: i64,
    actor: i64,
    now: i64,
) -> Result<Option<Attachment>, NoticeError> {
    let row = sqlx::query(
        "SELECT a.id, a.stored_name, a.content_type, a.size, a.original_name_enc, \
         n.reference FROM notice_attachments a JOIN notices n ON n.id = a.notice_id \
         WHERE a.id = $1 AND a.notice_id = $2",
    )
    .bind(attachment_id)
    .bind(notice_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let reference: String = row.try_get("reference")?;
    let info = attachment_info(keys, &row, &reference)?;
    let mut conn = db.pool().acquire().await?;
    let bytes = attachment_bytes(&mut conn, keys, &reference, &info).await?;
    drop(conn);
    let attachment = Attachment { info, bytes };
    audit(
        db,
        now,
        actor,
        action::ATTACHMENT_VIEWED,
        &reference,
        &attachment.info.stored_name,
    )
    .await?;
    Ok(Some(attachment))
}

/// Every notice matching `filter` with its opened content, newest first, for staff
/// member `actor`; audited once as `notices-exported` with the references, before the
/// notices are returned. Attachments come without their bytes.
pub async fn export(
    db: &Db,
    keys: &DataKeys,
    filter: &Filter,
    actor: i64,
    now: i64,
) -> Result<Vec<Notice>, NoticeError> {
    let (condition, values) = filter_sql(filter);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, n.content_enc FROM notices n WHERE {condition} \
         ORDER BY n.submitted_at DESC, n.id DESC"
    );
    let mut query = sqlx::query(&sql);
    for value in &values {
        query = query.bind(value);
    }
    let rows = query.fetch_all(db.pool()).await?;
    let mut notices = Vec::with_capacity(rows.len());
    for row in &rows {
        notices.push(complete(db, keys, row).await?);
    }
    let references: Vec<&str> = notices
        .iter()
        .map(|n| n.summary.reference.as_str())
        .collect();
    audit(
        db,
        now,
        actor,
        action::NOTICES_EXPORTED,
        &format!("{} notices", notices.len()),
        &references.join(","),
    )
    .await?;
    Ok(notices)
}

/// A notice with the bytes of its attachments, for forwarding to the case system by
/// the portal itself (no member of staff): audited as `notice-forwarded` without an
/// actor, with the attempt number, before it is returned, because every attempt sends
/// the personal data out. `None` when there is no such notice (any more).
pub async fn open_for_forwarding(
    db: &Db,
    keys: &DataKeys,
    id: i64,
    attempt: i64,
    now: i64,
) -> Result<Option<(Notice, Vec<Attachment>)>, NoticeError> {
    let sql = format!("SELECT {SUMMARY_COLUMNS}, n.content_enc FROM notices n WHERE n.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let notice = complete(db, keys, &row).await?;
    let attachments = attachments_with_bytes(db, keys, id, &notice.summary.reference).await?;
    insert_audit(
        db.pool(),
        NewAuditEntry {
            at: now,
            actor_account_id: None,
            action: action::NOTICE_FORWARDED,
            subject: &notice.summary.reference,
            detail: &format!("attempt {attempt}"),
        },
    )
    .await?;
    Ok(Some((notice, attachments)))
}

/// Opens the rest of a notice whose summary and `content_enc` are in `row`.
async fn complete(db: &Db, keys: &DataKeys, row: &AnyRow) -> Result<Notice, NoticeError> {
    let summary = summary_from(row)?;
    let content = open_content(
        keys,
        &summary.reference,
        &row.try_get::<Vec<u8>, _>("content_enc")?,
    )?;
    let attachments = attachment_infos(db, keys, summary.id, &summary.reference).await?;
    let rows = sqlx::query(
        "SELECT id, at, actor_account_id, status, note_enc FROM notice_events \
         WHERE notice_id = $1 ORDER BY id",
    )
    .bind(summary.id)
    .fetch_all(db.pool())
    .await?;
    let events = rows
        .iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            let note: Option<Vec<u8>> = row.try_get("note_enc")?;
            let id: i64 = row.try_get("id")?;
            Ok(Event {
                at: row.try_get("at")?,
                actor_account_id: row.try_get("actor_account_id")?,
                status: Status::from_code(&status).ok_or(NoticeError::Damaged("unknown status"))?,
                note: note
                    .map(|sealed| open_text(keys, &sealed, &note_context(&summary.reference, id)))
                    .transpose()?,
            })
        })
        .collect::<Result<_, NoticeError>>()?;
    Ok(Notice {
        summary,
        content,
        attachments,
        events,
    })
}

/// An attachment's description from a row with its columns.
fn attachment_info(
    keys: &DataKeys,
    row: &AnyRow,
    reference: &str,
) -> Result<AttachmentInfo, NoticeError> {
    let stored_name: String = row.try_get("stored_name")?;
    let original_name = open_text(
        keys,
        &row.try_get::<Vec<u8>, _>("original_name_enc")?,
        &attachment_context(reference, &stored_name, "name"),
    )?;
    Ok(AttachmentInfo {
        id: row.try_get("id")?,
        stored_name,
        content_type: row.try_get("content_type")?,
        size: row.try_get("size")?,
        original_name,
    })
}

/// The bytes of an attachment: from its chunks, or from the single sealed value of an
/// attachment stored before files were chunked.
pub(super) async fn attachment_bytes(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    reference: &str,
    info: &AttachmentInfo,
) -> Result<Vec<u8>, NoticeError> {
    let legacy: Vec<u8> =
        sqlx::query_scalar("SELECT data_enc FROM notice_attachments WHERE stored_name = $1")
            .bind(&info.stored_name)
            .fetch_one(&mut *conn)
            .await?;
    if !legacy.is_empty() {
        return Ok(keys.open(
            &legacy,
            &attachment_context(reference, &info.stored_name, "data"),
        )?);
    }
    let owner = Owner::Attachment {
        reference,
        stored_name: &info.stored_name,
    };
    let size = usize::try_from(info.size).unwrap_or(0);
    Ok(chunks::read_all(conn, keys, owner, size).await?)
}

/// A notice's attachments without their bytes, without auditing.
pub(super) async fn attachment_infos(
    db: &Db,
    keys: &DataKeys,
    notice_id: i64,
    reference: &str,
) -> Result<Vec<AttachmentInfo>, NoticeError> {
    let rows = sqlx::query(
        "SELECT id, stored_name, content_type, size, original_name_enc \
         FROM notice_attachments WHERE notice_id = $1 ORDER BY id",
    )
    .bind(notice_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| attachment_info(keys, row, reference))
        .collect()
}

/// A notice's attachments with their bytes, without auditing (for forwarding).
async fn attachments_with_bytes(
    db: &Db,
    keys: &DataKeys,
    notice_id: i64,
    reference: &str,
) -> Result<Vec<Attachment>, NoticeError> {
    let infos = attachment_infos(db, keys, notice_id, reference).await?;
    let mut conn = db.pool().acquire().await?;
    let mut out = Vec::with_capacity(infos.len());
    for info in infos {
        let bytes = attachment_bytes(&mut conn, keys, reference, &info).await?;
        out.push(Attachment { info, bytes });
    }
    Ok(out)
}

async fn audit(
    db: &Db,
    now: i64,
    actor: i64,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), NoticeError> {
    insert_audit(
        db.pool(),
        NewAuditEntry {
            at: now,
            actor_account_id: Some(actor),
            action,
            subject,
            detail,
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_filter_matches_any_case_and_escapes_wildcards() {
        let (sql, values) = filter_sql(&Filter {
            status: Some(Status::Done),
            reference: Some(" mw-1_% ".into()),
        });
        assert_eq!(
            sql,
            "n.status = $1 AND UPPER(n.reference) LIKE $2 ESCAPE '\\'"
        );
        assert_eq!(values, vec!["done".to_owned(), "%MW-1\\_\\%%".to_owned()]);
        assert_eq!(filter_sql(&Filter::default()).0, "1 = 1");
    }
}
