//! Half-finished change notices: what a resident has typed so far, kept until the
//! notice is sent or the draft expires.
//!
//! A draft is addressed by the SHA-256 of the random token in the resident's cookie
//! (`crate::auth::token::hash`); the token itself is never stored, so a copy of the
//! database cannot be used to continue someone's draft. The content is an opaque
//! document (the web layer's JSON) sealed with the data key and bound to the draft.
//! Files have their own random id and are written in sealed chunks while they arrive
//! ([`FileWriter`], `chunks.rs`): an upload never sits in memory whole. Every save moves
//! the expiry forward; [`delete_expired`] removes what has expired, files included.

mod files;

pub(crate) use files::file_context;

pub use files::{
    add_file, attach, copy_file, discard, file_bytes, files, remove_file, DraftFileInfo,
    FileWriter, WrittenFile,
};

use super::chunks::ChunkError;
use super::crypto::{CryptoError, DataKeys};
use super::{Db, StoreError};
use sqlx::Row;

/// Why a draft could not be read or written; details are for the log.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Chunk(#[from] ChunkError),
}

impl From<sqlx::Error> for DraftError {
    fn from(error: sqlx::Error) -> Self {
        DraftError::Store(error.into())
    }
}

pub(crate) fn content_context(draft_id: &str) -> String {
    format!("draft:{draft_id}:content")
}

/// The content of draft `draft_id` and its version, or `None` when there is none or
/// it has expired at `now`. Save it again with that version ([`save`]).
pub async fn load(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    now: i64,
) -> Result<Option<(Vec<u8>, i64)>, DraftError> {
    let row = sqlx::query(
        "SELECT content_enc, version FROM notice_drafts WHERE id = $1 AND expires_at > $2",
    )
    .bind(draft_id)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let sealed: Vec<u8> = row.try_get("content_enc")?;
    let version: i64 = row.try_get("version")?;
    Ok(Some((
        keys.open(&sealed, &content_context(draft_id))?,
        version,
    )))
}

/// Saves the content of draft `draft_id`, which now expires at `expires_at`, only if
/// it is still at `expected` (the version it was loaded at; `None` for a new draft)
/// and has not been sent. Returns the new version, or `None` when another request
/// saved or sent the draft in the meantime: the caller's copy is stale and is not
/// written.
pub async fn save(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    content: &[u8],
    expected: Option<i64>,
    now: i64,
    expires_at: i64,
) -> Result<Option<i64>, DraftError> {
    let sealed = keys.seal(content, &content_context(draft_id))?;
    let written = match expected {
        None => sqlx::query(
            // A new draft; only an expired one (not yet cleaned up) may be replaced.
            "INSERT INTO notice_drafts (id, content_enc, created_at, updated_at, expires_at, version) \
             VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (id) DO UPDATE SET \
             content_enc = excluded.content_enc, created_at = excluded.created_at, \
             updated_at = excluded.updated_at, expires_at = excluded.expires_at, version = 1, \
             sent_reference = NULL WHERE notice_drafts.expires_at <= excluded.created_at",
        )
        .bind(draft_id)
        .bind(sealed)
        .bind(now)
        .bind(now)
        .bind(expires_at)
        .execute(db.pool())
        .await?
        .rows_affected(),
        Some(version) => sqlx::query(
            "UPDATE notice_drafts SET content_enc = $1, updated_at = $2, expires_at = $3, \
             version = version + 1 \
             WHERE id = $4 AND version = $5 AND sent_reference IS NULL",
        )
        .bind(sealed)
        .bind(now)
        .bind(expires_at)
        .bind(draft_id)
        .bind(version)
        .execute(db.pool())
        .await?
        .rows_affected(),
    };
    Ok((written == 1).then(|| expected.map_or(1, |v| v + 1)))
}

/// `content` sealed as the content of draft `draft_id` (for
/// `crate::store::notices::submit_from_draft`).
pub fn seal_content(
    keys: &DataKeys,
    draft_id: &str,
    content: &[u8],
) -> Result<Vec<u8>, DraftError> {
    Ok(keys.seal(content, &content_context(draft_id))?)
}

/// Whether draft `draft_id` was sent (its notice's reference).
pub async fn sent_reference(db: &Db, draft_id: &str) -> Result<Option<String>, DraftError> {
    let row = sqlx::query("SELECT sent_reference FROM notice_drafts WHERE id = $1")
        .bind(draft_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(row) => row.try_get("sent_reference")?,
        None => None,
    })
}

/// Marks draft `draft_id` as sent with notice `reference` and stores its content as
/// sent, whatever its version (the notice is stored: no other save may win over
/// this). Returns the reference the draft was first sent with: `reference`, or an
/// earlier one when another request marked it first.
pub async fn mark_sent(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    content: &[u8],
    reference: &str,
    now: i64,
) -> Result<Option<String>, DraftError> {
    sqlx::query(
        "UPDATE notice_drafts SET content_enc = $1, updated_at = $2, version = version + 1, \
         sent_reference = $3 WHERE id = $4 AND sent_reference IS NULL",
    )
    .bind(seal_content(keys, draft_id, content)?)
    .bind(now)
    .bind(reference)
    .bind(draft_id)
    .execute(db.pool())
    .await?;
    sent_reference(db, draft_id).await
}

/// Deletes a draft with its files.
pub async fn delete(db: &Db, draft_id: &str) -> Result<(), DraftError> {
    let mut tx = db.pool().begin().await?;
    sqlx::query(
        "DELETE FROM notice_draft_file_chunks WHERE file_id IN \
         (SELECT id FROM notice_draft_files WHERE draft_id = $1)",
    )
    .bind(draft_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM notice_draft_files WHERE draft_id = $1")
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM notice_drafts WHERE id = $1")
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// How long the chunks of a file that never became part of a draft are kept: far
/// longer than any upload may take (`crate::server::listen`).
pub const UNATTACHED_CHUNK_SECONDS: i64 = 86_400;

/// Deletes every draft that expired before `now`, with its files, and the chunks of
/// files that were never attached; returns how many drafts.
pub async fn delete_expired(db: &Db, now: i64) -> Result<u64, DraftError> {
    let mut tx = db.pool().begin().await?;
    sqlx::query(
        "DELETE FROM notice_draft_file_chunks WHERE file_id IN \
         (SELECT f.id FROM notice_draft_files f JOIN notice_drafts d ON d.id = f.draft_id \
          WHERE d.expires_at <= $1)",
    )
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM notice_draft_file_chunks WHERE created_at <= $1 AND file_id NOT IN \
         (SELECT id FROM notice_draft_files)",
    )
    .bind(now - UNATTACHED_CHUNK_SECONDS)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM notice_draft_files WHERE draft_id IN \
         (SELECT id FROM notice_drafts WHERE expires_at <= $1)",
    )
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let result = sqlx::query("DELETE FROM notice_drafts WHERE expires_at <= $1")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(result.rows_affected())
}

/// How many drafts and draft files exist, expired or not (for tests and operators).
/// Chunks are counted by [`chunk_count`].
pub async fn count(db: &Db) -> Result<(i64, i64), DraftError> {
    let drafts = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM notice_drafts")
        .fetch_one(db.pool())
        .await?;
    let files = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM notice_draft_files")
        .fetch_one(db.pool())
        .await?;
    Ok((drafts, files))
}

/// How many file chunks of drafts exist, attached or not (for tests and operators).
pub async fn chunk_count(db: &Db) -> Result<i64, DraftError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM notice_draft_file_chunks")
            .fetch_one(db.pool())
            .await?,
    )
}
