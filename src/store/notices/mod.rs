//! Change notices: what residents submit, and its handling by staff.
//!
//! The promise behind this module: *nothing a resident submits is lost once we said
//! "received", and nobody but the right staff sees it*. So
//!
//! - [`submit()`] writes the notice, its attachments, its first history event and its
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

mod outbox;
mod read;
mod resident;
mod status;
mod submit;

pub use outbox::{claim_outbox, outbox_backlog, outbox_delivered, outbox_failed, Backlog};
pub use read::{attachment, export, list, open, open_for_forwarding, reference};
pub use resident::{owned, owned_by, OwnNotice};
pub use status::{delete_expired, set_status};
pub use submit::{submit, submit_from_draft, SentDraft};

use super::chunks::ChunkError;
use super::crypto::{CryptoError, DataKeys};
use super::drafts::DraftError;
use super::StoreError;
use crate::config::residents::AssuranceLevel;
use serde_json::Value;
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
    /// Received, nobody has looked at it yet.
    New,
    InProgress,
    /// The case worker asked the resident for more (documents, an explanation).
    NeedsInformation,
    Done,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::InProgress,
        Status::NeedsInformation,
        Status::Done,
    ];

    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InProgress => "in-progress",
            Status::NeedsInformation => "needs-information",
            Status::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// How the sender of a notice was identified. Stored in plain columns: it says nothing
/// about who the sender is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Name and BSN typed on the form: not verified.
    Typed,
    /// Signed in with DigiD at this level of assurance.
    Digid(AssuranceLevel),
}

impl Verification {
    /// The `identity_method` column.
    pub fn method(self) -> &'static str {
        match self {
            Verification::Typed => "form",
            Verification::Digid(_) => "digid",
        }
    }

    /// The `identity_level` column: the DigiD level's code, if signed in.
    pub fn level(self) -> Option<&'static str> {
        match self {
            Verification::Typed => None,
            Verification::Digid(level) => Some(level.code()),
        }
    }

    fn from_columns(method: &str, level: Option<&str>) -> Result<Verification, NoticeError> {
        match (method, level.and_then(AssuranceLevel::parse)) {
            ("form", _) => Ok(Verification::Typed),
            ("digid", Some(level)) => Ok(Verification::Digid(level)),
            _ => Err(NoticeError::Damaged("unknown identity method or level")),
        }
    }
}

/// A notice as the resident submitted it, already validated by the domain code.
pub struct NewNotice {
    /// How the sender was identified.
    pub verification: Verification,
    /// For a sender who signed in: [`DataKeys::owner_index`] of their BSN, so that "my
    /// notices" finds this one. `None` for a typed BSN: nobody proved it is theirs.
    pub owner_index: Option<String>,
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

/// What [`submit()`] did: `created` is `false` when the idempotency key was known and
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
    pub verification: Verification,
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

// The associated data of each sealed column: a value only opens in its own row and
// column. References and stored names hold no `:`, so these never collide.

pub(crate) fn content_context(reference: &str) -> String {
    format!("notice:{reference}:content")
}

pub(crate) fn attachment_context(reference: &str, stored_name: &str, column: &str) -> String {
    format!("notice:{reference}:attachment:{stored_name}:{column}")
}

pub(crate) fn note_context(reference: &str, event_id: i64) -> String {
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
    fn debug_output_shows_nothing_personal() {
        let notice = NewNotice {
            verification: Verification::Typed,
            owner_index: None,
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
}
