//! Changing and deleting: a notice's status by staff, and deletion by the retention
//! rule.

use super::{action, note_context, NoticeError, Status};
use crate::store::crypto::DataKeys;
use crate::store::staff::{insert_audit, NewAuditEntry};
use crate::store::Db;
use sqlx::Row;

/// Sets a notice's status with an optional note (sealed), by staff member `actor`:
/// records the event and audits it as `notice-status`, in one transaction. `false`
/// when there is no such notice. Becoming `done` sets `handled_at` (kept when it was
/// done already); leaving `done` clears it.
pub async fn set_status(
    db: &Db,
    keys: &DataKeys,
    id: i64,
    status: Status,
    note: Option<&str>,
    actor: i64,
    now: i64,
) -> Result<bool, NoticeError> {
    let mut tx = db.pool().begin().await?;
    let row = sqlx::query(
        "UPDATE notices SET status = $1, updated_at = $2, \
         handled_at = CASE WHEN $3 = 1 THEN COALESCE(handled_at, $4) ELSE NULL END \
         WHERE id = $5 RETURNING reference",
    )
    .bind(status.code())
    .bind(now)
    .bind(i64::from(status == Status::Done))
    .bind(now)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Ok(false);
    };
    let reference: String = row.try_get("reference")?;
    let row = sqlx::query(
        "INSERT INTO notice_events (notice_id, at, actor_account_id, status, note_enc) \
         VALUES ($1, $2, $3, $4, NULL) RETURNING id",
    )
    .bind(id)
    .bind(now)
    .bind(actor)
    .bind(status.code())
    .fetch_one(&mut *tx)
    .await?;
    if let Some(note) = note {
        let event_id: i64 = row.try_get("id")?;
        let sealed = keys.seal(note.as_bytes(), &note_context(&reference, event_id))?;
        sqlx::query("UPDATE notice_events SET note_enc = $1 WHERE id = $2")
            .bind(sealed)
            .bind(event_id)
            .execute(&mut *tx)
            .await?;
    }
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: now,
            actor_account_id: Some(actor),
            action: action::NOTICE_STATUS,
            subject: &reference,
            detail: status.code(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes the notices that were `done` more than `retention_days` days before `now`,
/// with their attachments, history and outbox rows; each in its own transaction with
/// one `notice-deleted` audit row that names only the reference. A notice reopened
/// meanwhile stays. Returns how many were deleted.
pub async fn delete_expired(db: &Db, retention_days: u32, now: i64) -> Result<u64, NoticeError> {
    let cutoff = now - i64::from(retention_days) * 86_400;
    let rows =
        sqlx::query("SELECT id FROM notices WHERE status = $1 AND handled_at < $2 ORDER BY id")
            .bind(Status::Done.code())
            .bind(cutoff)
            .fetch_all(db.pool())
            .await?;
    let mut deleted = 0;
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let mut tx = db.pool().begin().await?;
        sqlx::query(
            "DELETE FROM notice_attachment_chunks WHERE stored_name IN \
             (SELECT stored_name FROM notice_attachments WHERE notice_id = $1)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for table in ["notice_attachments", "notice_events", "notice_outbox"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE notice_id = $1"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        // Checked again here: a notice reopened since the SELECT is kept (the
        // transaction rolls back, children included).
        let row = sqlx::query(
            "DELETE FROM notices WHERE id = $1 AND status = $2 AND handled_at < $3 \
             RETURNING reference",
        )
        .bind(id)
        .bind(Status::Done.code())
        .bind(cutoff)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            continue;
        };
        let reference: String = row.try_get("reference")?;
        insert_audit(
            &mut *tx,
            NewAuditEntry {
                at: now,
                actor_account_id: None,
                action: action::NOTICE_DELETED,
                subject: &reference,
                detail: "retention",
            },
        )
        .await?;
        tx.commit().await?;
        deleted += 1;
    }
    Ok(deleted)
}
