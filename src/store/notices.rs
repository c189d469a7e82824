//! Change notices: what residents submit, and its handling by staff.
//!
//! The promise behind this module: *nothing a resident submits is lost once we said
//! "received", and nobody but the right staff sees it*. So
//!
//! - [`submit`] writes the notice, its attachments, its first history event and its
//!   outbox row in one transaction and returns only after the commit (SQLite runs with
//!   `synchronous = FULL`, see `db.rs`): a reference it returns is on disk. The same
//!   idempotency key never makes a second notice, also not when two requests race.
//! - Every personal value (the JSON document, file names, file bytes, staff notes) is
//!   sealed with the data key (`crypto.rs`) and bound to its row and column; the plain
//!   columns (reference, status, times, language, change kinds, sizes) are not
//!   personal.
//! - Every function that returns personal data to staff ([`open`], [`attachment`],
//!   [`export`]) writes who read it to `audit_log` before returning it; so do status
//!   changes and deletions by the retention rule.
//!
//! This module stores opaque, already validated data: the domain code checks BSNs,
//! IBANs and change kinds, and makes the reference. Which staff role may call what is
//! decided by the HTTP layer. Every function takes the time as `now` (seconds since
//! 1970, UTC).

use super::chunks::{self, ChunkError, Owner};
use super::crypto::{CryptoError, DataKeys};
use super::drafts::{self, DraftError, DraftFileInfo};
use super::staff::{insert_audit, NewAuditEntry};
use super::{Db, StoreError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use serde_json::Value;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use std::fmt;

/// The audit actions written here.
pub mod action {
    pub const NOTICE_VIEWED: &str = "notice-viewed";
    pub const ATTACHMENT_VIEWED: &str = "attachment-viewed";
    pub const NOTICE_STATUS: &str = "notice-status";
    pub const NOTICES_EXPORTED: &str = "notices-exported";
    pub const NOTICE_DELETED: &str = "notice-deleted";
    /// The portal sent a notice to the case system (no staff actor).
    pub const NOTICE_FORWARDED: &str = "notice-forwarded";
}

/// Where a notice is in its handling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    New,
    InProgress,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::New, Status::InProgress, Status::Done];

    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InProgress => "in-progress",
            Status::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A notice as the resident submitted it, already validated by the domain code.
pub struct NewNotice {
    /// Shown to the resident on the receipt: ASCII letters, digits and `-`, at most
    /// 64 characters. Made by the caller; see [`NoticeError::ReferenceTaken`].
    pub reference: String,
    /// Sent along with the form: the same key never makes a second notice.
    pub idempotency_key: String,
    /// The resident's language code, e.g. `nl`.
    pub lang: String,
    /// Codes of what changed, e.g. `income`, `address`; not personal. No commas.
    pub change_kinds: Vec<String>,
    /// Everything personal the resident entered. Stored sealed.
    ///
    /// A repeat under the same idempotency key is recognised by the key *and* this
    /// content with the attachments: a repeat with other content is refused
    /// ([`NoticeError::IdempotencyKeyReused`]) rather than answered with the earlier
    /// notice, which would drop what was sent now. So put here only what the resident
    /// sent, nothing that differs per request (no reference, no time of sending).
    pub content_json: Value,
    pub attachments: Vec<NewAttachment>,
}

/// A file that comes with a notice, already checked (size, type) by the caller.
pub struct NewAttachment {
    pub content_type: String,
    /// The resident's file name; may be personal, so it is sealed.
    pub original_name: String,
    pub bytes: Vec<u8>,
}

/// What [`submit`] did: `created` is `false` when the idempotency key was known and
/// the reference is the earlier notice's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    pub reference: String,
    pub created: bool,
}

/// The columns of a notice that hold nothing personal: what the inbox shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeSummary {
    pub id: i64,
    pub reference: String,
    pub status: Status,
    pub submitted_at: i64,
    pub updated_at: i64,
    /// When it became `done`; `None` while it is not.
    pub handled_at: Option<i64>,
    pub lang: String,
    pub change_kinds: Vec<String>,
    pub attachment_count: i64,
}

/// A notice with its opened content, for a member of staff.
#[derive(Clone, PartialEq)]
pub struct Notice {
    pub summary: NoticeSummary,
    pub content: Value,
    pub attachments: Vec<AttachmentInfo>,
    /// Oldest first; the first is "received".
    pub events: Vec<Event>,
}

/// An attachment without its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: i64,
    /// Random and unguessable; the name to address the file by outside the database.
    pub stored_name: String,
    pub content_type: String,
    pub size: i64,
    pub original_name: String,
}

/// An attachment with its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    pub info: AttachmentInfo,
    pub bytes: Vec<u8>,
}

/// One step in a notice's history.
#[derive(Clone, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    /// `None` for "received".
    pub actor_account_id: Option<i64>,
    pub status: Status,
    pub note: Option<String>,
}

/// Which notices the inbox or an export shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<Status>,
    /// Part of a reference, any case.
    pub reference: Option<String>,
}

/// One page of the inbox, newest first, and how many notices match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    pub notices: Vec<NoticeSummary>,
    pub total: i64,
}

/// A notice by its database id or by its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeRef<'a> {
    Id(i64),
    Reference(&'a str),
}

/// A forwarding to the case system that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub notice_id: i64,
    /// Failed attempts so far.
    pub attempts: i64,
}

/// Why a notice could not be stored or read. The details are for the log; a resident
/// sees a generic message.
#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error("invalid notice: {0}")]
    Invalid(&'static str),
    /// Another notice has this reference: make a new one and submit again.
    #[error("the reference is taken by another notice")]
    ReferenceTaken,
    /// The idempotency key belongs to an earlier notice whose content differs, so
    /// returning that notice's reference would silently drop what was sent now.
    #[error("the idempotency key belongs to notice {reference}, which has other content")]
    IdempotencyKeyReused { reference: String },
    /// The draft this notice was sent from was sent already (`submit_from_draft`):
    /// nothing was stored.
    #[error("the draft was sent already")]
    DraftSent,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("stored notice data is damaged: {0}")]
    Damaged(&'static str),
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for NoticeError {
    fn from(error: sqlx::Error) -> Self {
        NoticeError::Store(error.into())
    }
}

impl From<ChunkError> for NoticeError {
    fn from(error: ChunkError) -> Self {
        match error {
            ChunkError::Crypto(error) => NoticeError::Crypto(error),
            ChunkError::Sql(error) => error.into(),
            ChunkError::Missing(_) => NoticeError::Damaged("an attachment is incomplete"),
        }
    }
}

impl From<DraftError> for NoticeError {
    fn from(error: DraftError) -> Self {
        match error {
            DraftError::Crypto(error) => NoticeError::Crypto(error),
            DraftError::Store(error) => NoticeError::Store(error),
            DraftError::Chunk(error) => error.into(),
        }
    }
}

// ---------------------------------------------------------------------------------
// Submitting

/// Stores a notice, durably: when this returns `Ok`, the notice, its attachments and
/// its outbox row are committed. A known idempotency key returns the earlier notice's
/// reference (`created: false`) and stores nothing, also when the same notice is
/// submitted twice at the same moment.
pub async fn submit(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
) -> Result<Submitted, NoticeError> {
    submit_inner(db, keys, new, now, None).await
}

/// A draft to mark as sent in the transaction that stores its notice.
pub struct SentDraft<'a> {
    pub draft_id: &'a str,
    /// The draft's content as sent (sealed by `crate::store::drafts::seal_content`).
    pub sealed_content: Vec<u8>,
    /// The draft's files to send, in order: they become the notice's attachments after
    /// those in [`NewNotice::attachments`], copied chunk by chunk inside the
    /// transaction, so a notice's files are never in memory whole.
    pub files: Vec<DraftFileInfo>,
}

/// [`submit`] for a notice sent from a draft: the draft is marked sent (and its
/// content replaced by `draft.sealed_content`) in the same transaction, so a notice
/// and its draft's "sent" mark exist together or not at all, and a draft is never sent
/// twice ([`NoticeError::DraftSent`]).
pub async fn submit_from_draft(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
    draft: SentDraft<'_>,
) -> Result<Submitted, NoticeError> {
    submit_inner(db, keys, new, now, Some(draft)).await
}

async fn submit_inner(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    now: i64,
    draft: Option<SentDraft<'_>>,
) -> Result<Submitted, NoticeError> {
    new.validate()?;
    let draft_files = draft.as_ref().map_or(&[][..], |d| &d.files[..]);
    if let Some(earlier) = earlier_submission(db, keys, new, draft_files).await? {
        return Ok(earlier);
    }
    let sealed = SealedNotice::seal(keys, new, draft_files)?;
    let mut tx = db.pool().begin().await?;
    match sealed.insert(&mut tx, now).await {
        Ok(()) => {}
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            // Another request with the same key won the race (or the reference is
            // taken): nothing of ours is stored.
            tx.rollback().await?;
            return match earlier_submission(db, keys, new, draft_files).await? {
                Some(earlier) => Ok(earlier),
                None => Err(NoticeError::ReferenceTaken),
            };
        }
        Err(error) => return Err(error.into()),
    }
    sealed
        .write_files(&mut tx, keys, draft.as_ref(), now)
        .await?;
    if let Some(draft) = draft {
        let marked = sqlx::query(
            "UPDATE notice_drafts SET content_enc = $1, updated_at = $2, \
             version = version + 1, sent_reference = $3 \
             WHERE id = $4 AND sent_reference IS NULL",
        )
        .bind(draft.sealed_content)
        .bind(now)
        .bind(&new.reference)
        .bind(draft.draft_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked != 1 {
            tx.rollback().await?;
            return Err(NoticeError::DraftSent);
        }
    }
    tx.commit().await?;
    Ok(Submitted {
        reference: new.reference.clone(),
        created: true,
    })
}

impl NewNotice {
    fn validate(&self) -> Result<(), NoticeError> {
        let reference_ok = (1..=64).contains(&self.reference.len())
            && self
                .reference
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !reference_ok {
            return Err(NoticeError::Invalid(
                "the reference must be 1 to 64 ASCII letters, digits or dashes",
            ));
        }
        if !(1..=200).contains(&self.idempotency_key.len()) {
            return Err(NoticeError::Invalid(
                "the idempotency key must be 1 to 200 bytes",
            ));
        }
        if !(1..=16).contains(&self.lang.len()) {
            return Err(NoticeError::Invalid("the language must be 1 to 16 bytes"));
        }
        if self
            .change_kinds
            .iter()
            .any(|kind| kind.is_empty() || kind.contains(','))
        {
            return Err(NoticeError::Invalid(
                "a change kind must not be empty or hold a comma",
            ));
        }
        if self
            .attachments
            .iter()
            .any(|a| a.content_type.is_empty() || a.content_type.len() > 255)
        {
            return Err(NoticeError::Invalid(
                "an attachment's content type must be 1 to 255 bytes",
            ));
        }
        Ok(())
    }
}

/// The notice stored earlier under `new`'s idempotency key, if any. An earlier notice
/// with other content is an error, not a match.
async fn earlier_submission(
    db: &Db,
    keys: &DataKeys,
    new: &NewNotice,
    draft_files: &[DraftFileInfo],
) -> Result<Option<Submitted>, NoticeError> {
    let row = sqlx::query(
        "SELECT id, reference, lang, change_kinds, content_enc FROM notices \
         WHERE idempotency_key = $1",
    )
    .bind(&new.idempotency_key)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let id: i64 = row.try_get("id")?;
    let reference: String = row.try_get("reference")?;
    let content = open_content(keys, &reference, &row.try_get::<Vec<u8>, _>("content_enc")?)?;
    let mut same = content == new.content_json
        && row.try_get::<String, _>("lang")? == new.lang
        && split_kinds(&row.try_get::<String, _>("change_kinds")?) == new.change_kinds;
    if same {
        let stored = attachment_infos(db, keys, id, &reference).await?;
        same = stored.len() == new.attachments.len() + draft_files.len();
        // Files sent from a draft are compared by type, name and size: a draft's
        // files cannot change once it is sent, and its key belongs to it alone.
        for (old, file) in stored.iter().skip(new.attachments.len()).zip(draft_files) {
            same &= old.content_type == file.content_type
                && old.original_name == file.name
                && old.size == file.size;
        }
        let mut conn = db.pool().acquire().await?;
        for (old, new) in stored.iter().zip(&new.attachments) {
            if !same {
                break;
            }
            same = old.content_type == new.content_type
                && old.original_name == new.original_name
                && old.size == i64::try_from(new.bytes.len()).unwrap_or(i64::MAX)
                && attachment_bytes(&mut conn, keys, &reference, old).await? == new.bytes;
        }
    }
    if same {
        Ok(Some(Submitted {
            reference,
            created: false,
        }))
    } else {
        Err(NoticeError::IdempotencyKeyReused { reference })
    }
}

/// A notice with its personal values sealed, ready for the transaction.
struct SealedNotice<'a> {
    new: &'a NewNotice,
    key_id: i64,
    content: Vec<u8>,
    attachments: Vec<SealedAttachment>,
}

/// An attachment's row; its bytes are written as chunks in the same transaction.
struct SealedAttachment {
    stored_name: String,
    content_type: String,
    size: i64,
    original_name: Vec<u8>,
}

impl<'a> SealedNotice<'a> {
    /// Seals before the transaction starts, so it holds the write lock briefly.
    fn seal(
        keys: &DataKeys,
        new: &'a NewNotice,
        draft_files: &[DraftFileInfo],
    ) -> Result<Self, NoticeError> {
        let document = serde_json::to_vec(&new.content_json)
            .map_err(|_| NoticeError::Invalid("the content is not serialisable"))?;
        let content = keys.seal(&document, &content_context(&new.reference))?;
        let in_memory = new.attachments.iter().map(|a| {
            let size = i64::try_from(a.bytes.len()).unwrap_or(i64::MAX);
            (&a.content_type, &a.original_name, size)
        });
        let from_draft = draft_files
            .iter()
            .map(|f| (&f.content_type, &f.name, f.size));
        let attachments = in_memory
            .chain(from_draft)
            .map(|(content_type, original_name, size)| {
                let stored_name = random_name();
                Ok(SealedAttachment {
                    original_name: keys.seal(
                        original_name.as_bytes(),
                        &attachment_context(&new.reference, &stored_name, "name"),
                    )?,
                    stored_name,
                    content_type: content_type.clone(),
                    size,
                })
            })
            .collect::<Result<_, CryptoError>>()?;
        Ok(SealedNotice {
            new,
            key_id: i64::from(keys.current_key_id()),
            content,
            attachments,
        })
    }

    /// The writes of [`submit`]. The first statement writes, so SQLite takes its write
    /// lock at once (a read first could not upgrade while another writer commits).
    async fn insert(&self, conn: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
        let row = sqlx::query(
            "INSERT INTO notices (reference, idempotency_key, status, submitted_at, \
             updated_at, handled_at, lang, change_kinds, content_enc, key_id) \
             VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, $9) RETURNING id",
        )
        .bind(&self.new.reference)
        .bind(&self.new.idempotency_key)
        .bind(Status::New.code())
        .bind(now)
        .bind(now)
        .bind(&self.new.lang)
        .bind(self.new.change_kinds.join(","))
        .bind(&self.content)
        .bind(self.key_id)
        .fetch_one(&mut *conn)
        .await?;
        let id: i64 = row.try_get("id")?;
        for attachment in &self.attachments {
            sqlx::query(
                "INSERT INTO notice_attachments (notice_id, stored_name, content_type, size, \
                 original_name_enc, data_enc) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(&attachment.stored_name)
            .bind(&attachment.content_type)
            .bind(attachment.size)
            .bind(&attachment.original_name)
            // Empty: the bytes are in `notice_attachment_chunks` (`write_files`).
            .bind(Vec::<u8>::new())
            .execute(&mut *conn)
            .await?;
        }
        sqlx::query(
            "INSERT INTO notice_events (notice_id, at, actor_account_id, status, note_enc) \
             VALUES ($1, $2, NULL, $3, NULL)",
        )
        .bind(id)
        .bind(now)
        .bind(Status::New.code())
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO notice_outbox (notice_id, attempts, next_attempt_at) \
             VALUES ($1, 0, $2)",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

impl SealedNotice<'_> {
    /// Writes the bytes of the attachments inserted by `insert`: those in memory, then
    /// the draft's files, copied one chunk at a time.
    async fn write_files(
        &self,
        conn: &mut AnyConnection,
        keys: &DataKeys,
        draft: Option<&SentDraft<'_>>,
        now: i64,
    ) -> Result<(), NoticeError> {
        let reference = self.new.reference.as_str();
        let owners = self.attachments.iter().map(|a| Owner::Attachment {
            reference,
            stored_name: &a.stored_name,
        });
        let mut owners = owners.collect::<Vec<_>>().into_iter();
        for (attachment, owner) in self.new.attachments.iter().zip(owners.by_ref()) {
            chunks::write_all(conn, keys, owner, &attachment.bytes, now).await?;
        }
        if let Some(draft) = draft {
            for (file, owner) in draft.files.iter().zip(owners) {
                let size =
                    drafts::copy_file(conn, keys, draft.draft_id, &file.id, owner, now).await?;
                if i64::try_from(size).ok() != Some(file.size) {
                    return Err(NoticeError::Damaged("a draft file has another size"));
                }
            }
        }
        Ok(())
    }
}

/// 32 random bytes, base64url: an attachment's name outside the database.
fn random_name() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

// The associated data of each sealed column: a value only opens in its own row and
// column. References and stored names hold no `:`, so these never collide.

fn content_context(reference: &str) -> String {
    format!("notice:{reference}:content")
}

fn attachment_context(reference: &str, stored_name: &str, column: &str) -> String {
    format!("notice:{reference}:attachment:{stored_name}:{column}")
}

fn note_context(reference: &str, event_id: i64) -> String {
    format!("notice:{reference}:event:{event_id}:note")
}

fn open_content(keys: &DataKeys, reference: &str, sealed: &[u8]) -> Result<Value, NoticeError> {
    let document = keys.open(sealed, &content_context(reference))?;
    serde_json::from_slice(&document).map_err(|_| NoticeError::Damaged("content is not JSON"))
}

fn open_text(keys: &DataKeys, sealed: &[u8], context: &str) -> Result<String, NoticeError> {
    String::from_utf8(keys.open(sealed, context)?)
        .map_err(|_| NoticeError::Damaged("text is not UTF-8"))
}

fn split_kinds(kinds: &str) -> Vec<String> {
    kinds
        .split(',')
        .filter(|kind| !kind.is_empty())
        .map(str::to_owned)
        .collect()
}

// ---------------------------------------------------------------------------------
// Reading

const SUMMARY_COLUMNS: &str = "n.id, n.reference, n.status, n.submitted_at, n.updated_at, \
     n.handled_at, n.lang, n.change_kinds, \
     (SELECT COUNT(*) FROM notice_attachments a WHERE a.notice_id = n.id) AS attachment_count";

fn summary_from(row: &AnyRow) -> Result<NoticeSummary, NoticeError> {
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
    let rows = sqlx::query(
        "SELECT id, stored_name, content_type, size, original_name_enc FROM notice_attachments \
         WHERE notice_id = $1 ORDER BY id",
    )
    .bind(summary.id)
    .fetch_all(db.pool())
    .await?;
    let attachments = rows
        .iter()
        .map(|row| attachment_info(keys, row, &summary.reference))
        .collect::<Result<_, NoticeError>>()?;
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
async fn attachment_bytes(
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
async fn attachment_infos(
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

// ---------------------------------------------------------------------------------
// Changing and deleting

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

// ---------------------------------------------------------------------------------
// The outbox (forwarding to a case system; the forwarding itself comes later)

/// Claims up to `limit` undelivered outbox rows that are due at `now`, by moving their
/// next attempt to `now + lease_seconds`: another instance claiming at the same time
/// gets other rows, and a claim whose process dies is retried after the lease.
pub async fn claim_outbox(
    db: &Db,
    now: i64,
    lease_seconds: i64,
    limit: i64,
) -> Result<Vec<OutboxItem>, NoticeError> {
    let rows = sqlx::query(
        "UPDATE notice_outbox SET next_attempt_at = $1 \
         WHERE delivered_at IS NULL AND next_attempt_at <= $2 AND id IN \
         (SELECT id FROM notice_outbox WHERE delivered_at IS NULL AND next_attempt_at <= $3 \
          ORDER BY next_attempt_at, id LIMIT $4) \
         RETURNING id, notice_id, attempts",
    )
    .bind(now + lease_seconds)
    .bind(now)
    .bind(now)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let mut items = rows
        .iter()
        .map(|row| {
            Ok(OutboxItem {
                id: row.try_get("id")?,
                notice_id: row.try_get("notice_id")?,
                attempts: row.try_get("attempts")?,
            })
        })
        .collect::<Result<Vec<_>, NoticeError>>()?;
    items.sort_by_key(|item| item.id);
    Ok(items)
}

/// Marks an outbox row delivered. `false` when it was delivered already or is gone.
pub async fn outbox_delivered(db: &Db, id: i64, now: i64) -> Result<bool, NoticeError> {
    let result = sqlx::query(
        "UPDATE notice_outbox SET delivered_at = $1, last_error = NULL \
         WHERE id = $2 AND delivered_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records a failed attempt and when to try again. `error` is for operators and must
/// hold no personal data (a status code, not a response body).
pub async fn outbox_failed(
    db: &Db,
    id: i64,
    error: &str,
    next_attempt_at: i64,
) -> Result<bool, NoticeError> {
    let result = sqlx::query(
        "UPDATE notice_outbox SET attempts = attempts + 1, last_error = $1, \
         next_attempt_at = $2 WHERE id = $3 AND delivered_at IS NULL",
    )
    .bind(error)
    .bind(next_attempt_at)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(result.rows_affected() == 1)
}

// ---------------------------------------------------------------------------------
// Debug output without personal data: these values may end up in a log line.

impl fmt::Debug for NewNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewNotice")
            .field("reference", &self.reference)
            .field("lang", &self.lang)
            .field("change_kinds", &self.change_kinds)
            .field("content_json", &"redacted")
            .field("attachments", &self.attachments)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for NewAttachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewAttachment")
            .field("content_type", &self.content_type)
            .field("size", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Notice")
            .field("summary", &self.summary)
            .field("content", &"redacted")
            .field("attachments", &self.attachments)
            .field("events", &self.events)
            .finish()
    }
}

impl fmt::Debug for AttachmentInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachmentInfo")
            .field("id", &self.id)
            .field("stored_name", &self.stored_name)
            .field("content_type", &self.content_type)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("at", &self.at)
            .field("actor_account_id", &self.actor_account_id)
            .field("status", &self.status)
            .field("note", &self.note.as_ref().map(|_| "redacted"))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_codes() {
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("closed"), None);
    }

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

    #[test]
    fn debug_output_shows_nothing_personal() {
        let notice = NewNotice {
            reference: "MW-1".into(),
            idempotency_key: "k".into(),
            lang: "nl".into(),
            change_kinds: vec!["income".into()],
            content_json: serde_json::json!({ "bsn": "123456782", "name": "Jan Jansen" }),
            attachments: vec![NewAttachment {
                content_type: "application/pdf".into(),
                original_name: "loonstrook Jan Jansen.pdf".into(),
                bytes: b"%PDF 123456782".to_vec(),
            }],
        };
        let debug = format!("{notice:?}");
        assert!(
            !debug.contains("123456782") && !debug.contains("Jansen"),
            "{debug}"
        );
        assert!(debug.contains("MW-1"));
    }

    #[test]
    fn invalid_notices_are_refused_before_the_database() {
        let valid = || NewNotice {
            reference: "MW-2026-ABCD".into(),
            idempotency_key: "key".into(),
            lang: "nl".into(),
            change_kinds: vec!["income".into(), "address".into()],
            content_json: Value::Null,
            attachments: Vec::new(),
        };
        assert!(valid().validate().is_ok());
        for broken in [
            NewNotice {
                reference: "MW:1".into(),
                ..valid()
            },
            NewNotice {
                reference: String::new(),
                ..valid()
            },
            NewNotice {
                idempotency_key: String::new(),
                ..valid()
            },
            NewNotice {
                lang: String::new(),
                ..valid()
            },
            NewNotice {
                change_kinds: vec!["a,b".into()],
                ..valid()
            },
        ] {
            assert!(
                matches!(broken.validate(), Err(NoticeError::Invalid(_))),
                "{broken:?}"
            );
        }
    }
}
