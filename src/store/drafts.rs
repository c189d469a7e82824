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

use super::chunks::{self, ChunkError, Owner, CHUNK_BYTES};
use super::crypto::{CryptoError, DataKeys};
use super::{Db, StoreError};
use sqlx::{AnyConnection, Row};

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

/// A file of a draft without its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct DraftFileInfo {
    pub id: String,
    pub content_type: String,
    pub size: i64,
    /// The resident's file name, for display only.
    pub name: String,
}

/// Shows sizes and types, never names.
impl std::fmt::Debug for DraftFileInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DraftFileInfo")
            .field("id", &self.id)
            .field("content_type", &self.content_type)
            .field("size", &self.size)
            .finish()
    }
}

fn content_context(draft_id: &str) -> String {
    format!("draft:{draft_id}:content")
}

fn file_context(draft_id: &str, file_id: &str, column: &str) -> String {
    format!("draft:{draft_id}:file:{file_id}:{column}")
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

/// A file being written to the store while it arrives: every full chunk is sealed and
/// written at once, so a request holds at most one chunk of it in memory. The chunks
/// belong to no draft until [`attach`] adds the file's row; until then (and if that
/// never happens: the upload was cut off or refused) [`delete_expired`] removes them
/// after a day, or [`discard`] at once.
pub struct FileWriter {
    draft_id: String,
    file_id: String,
    pending: Vec<u8>,
    next_seq: i64,
    size: usize,
}

/// A file whose chunks are all written, not yet part of its draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenFile {
    pub file_id: String,
    pub size: usize,
}

impl FileWriter {
    /// A new file (with a new random id) for draft `draft_id`.
    pub fn new(draft_id: &str) -> FileWriter {
        FileWriter {
            draft_id: draft_id.to_owned(),
            file_id: crate::auth::token::new_token(),
            pending: Vec::new(),
            next_seq: 0,
            size: 0,
        }
    }

    /// The bytes written so far.
    pub fn size(&self) -> usize {
        self.size
    }

    fn owner(&self) -> Owner<'_> {
        Owner::DraftFile {
            draft_id: &self.draft_id,
            file_id: &self.file_id,
        }
    }

    /// Adds `bytes` to the file. A chunk is written only once more bytes follow it, so
    /// the last chunk is never empty and is known to be the last when it is sealed.
    pub async fn write(
        &mut self,
        db: &Db,
        keys: &DataKeys,
        bytes: &[u8],
        now: i64,
    ) -> Result<(), DraftError> {
        self.size += bytes.len();
        self.pending.extend_from_slice(bytes);
        while self.pending.len() > CHUNK_BYTES {
            let rest = self.pending.split_off(CHUNK_BYTES);
            let chunk = std::mem::replace(&mut self.pending, rest);
            self.write_chunk(db, keys, &chunk, false, now).await?;
        }
        Ok(())
    }

    async fn write_chunk(
        &mut self,
        db: &Db,
        keys: &DataKeys,
        chunk: &[u8],
        last: bool,
        now: i64,
    ) -> Result<(), DraftError> {
        let mut conn = db.pool().acquire().await?;
        let seq = self.next_seq;
        chunks::insert(&mut conn, keys, self.owner(), seq, chunk, last, now).await?;
        self.next_seq += 1;
        Ok(())
    }

    /// Writes the last chunk. An empty file writes nothing (it is refused anyway).
    pub async fn finish(
        mut self,
        db: &Db,
        keys: &DataKeys,
        now: i64,
    ) -> Result<WrittenFile, DraftError> {
        if self.size > 0 {
            let last = std::mem::take(&mut self.pending);
            self.write_chunk(db, keys, &last, true, now).await?;
        }
        Ok(WrittenFile {
            file_id: self.file_id,
            size: self.size,
        })
    }

    /// Stops writing and deletes what was written.
    pub async fn discard(self, db: &Db) -> Result<(), DraftError> {
        discard(db, &self.file_id).await
    }
}

/// Deletes the chunks of a file that was written but not attached.
pub async fn discard(db: &Db, file_id: &str) -> Result<(), DraftError> {
    let mut conn = db.pool().acquire().await?;
    chunks::delete(
        &mut conn,
        Owner::DraftFile {
            draft_id: "",
            file_id,
        },
    )
    .await?;
    Ok(())
}

/// Makes a written file part of draft `draft_id` (the draft the writer was made for).
pub async fn attach(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    file: &WrittenFile,
    content_type: &str,
    name: &str,
    now: i64,
) -> Result<(), DraftError> {
    let name_enc = keys.seal(
        name.as_bytes(),
        &file_context(draft_id, &file.file_id, "name"),
    )?;
    sqlx::query(
        "INSERT INTO notice_draft_files \
         (id, draft_id, content_type, size, name_enc, data_enc, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&file.file_id)
    .bind(draft_id)
    .bind(content_type)
    .bind(file.size as i64)
    .bind(name_enc)
    // Empty: the bytes are in `notice_draft_file_chunks`.
    .bind(Vec::<u8>::new())
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Adds a file that is in memory already (tests, tools) and returns its new id.
pub async fn add_file(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    content_type: &str,
    name: &str,
    bytes: &[u8],
    now: i64,
) -> Result<String, DraftError> {
    let mut writer = FileWriter::new(draft_id);
    writer.write(db, keys, bytes, now).await?;
    let written = writer.finish(db, keys, now).await?;
    attach(db, keys, draft_id, &written, content_type, name, now).await?;
    Ok(written.file_id)
}

/// Removes one file of a draft; `false` when the draft has no such file.
pub async fn remove_file(db: &Db, draft_id: &str, file_id: &str) -> Result<bool, DraftError> {
    let mut tx = db.pool().begin().await?;
    let result = sqlx::query("DELETE FROM notice_draft_files WHERE id = $1 AND draft_id = $2")
        .bind(file_id)
        .bind(draft_id)
        .execute(&mut *tx)
        .await?;
    if result.rows_affected() != 1 {
        return Ok(false);
    }
    chunks::delete(&mut tx, Owner::DraftFile { draft_id, file_id }).await?;
    tx.commit().await?;
    Ok(true)
}

/// The files of a draft, oldest first, without their bytes.
pub async fn files(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
) -> Result<Vec<DraftFileInfo>, DraftError> {
    let rows = sqlx::query(
        "SELECT id, content_type, size, name_enc FROM notice_draft_files \
         WHERE draft_id = $1 ORDER BY created_at, id",
    )
    .bind(draft_id)
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        let name_enc: Vec<u8> = row.try_get("name_enc")?;
        let name = keys.open(&name_enc, &file_context(draft_id, &id, "name"))?;
        out.push(DraftFileInfo {
            content_type: row.try_get("content_type")?,
            size: row.try_get("size")?,
            name: String::from_utf8_lossy(&name).into_owned(),
            id,
        });
    }
    Ok(out)
}

/// The bytes of one file of a draft, whole (for tests and tools; the notice is made
/// with [`copy_file`], which never holds a whole file).
pub async fn file_bytes(
    db: &Db,
    keys: &DataKeys,
    draft_id: &str,
    file_id: &str,
) -> Result<Vec<u8>, DraftError> {
    let mut conn = db.pool().acquire().await?;
    let (legacy, size) = legacy_bytes(&mut conn, draft_id, file_id).await?;
    if !legacy.is_empty() {
        return Ok(keys.open(&legacy, &file_context(draft_id, file_id, "data"))?);
    }
    let owner = Owner::DraftFile { draft_id, file_id };
    Ok(chunks::read_all(&mut conn, keys, owner, size).await?)
}

/// A file's single sealed value, written before files were chunked (empty since), and
/// its size.
async fn legacy_bytes(
    conn: &mut AnyConnection,
    draft_id: &str,
    file_id: &str,
) -> Result<(Vec<u8>, usize), DraftError> {
    let row = sqlx::query(
        "SELECT data_enc, size FROM notice_draft_files WHERE id = $1 AND draft_id = $2",
    )
    .bind(file_id)
    .bind(draft_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(ChunkError::Missing(0))?;
    let size: i64 = row.try_get("size")?;
    Ok((row.try_get("data_enc")?, usize::try_from(size).unwrap_or(0)))
}

/// Copies file `file_id` of draft `draft_id` into the chunks of `to`, one chunk in
/// memory at a time (inside the transaction that stores the notice); returns its size.
pub async fn copy_file(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    draft_id: &str,
    file_id: &str,
    to: Owner<'_>,
    now: i64,
) -> Result<usize, DraftError> {
    let (legacy, _) = legacy_bytes(conn, draft_id, file_id).await?;
    if !legacy.is_empty() {
        let bytes = keys.open(&legacy, &file_context(draft_id, file_id, "data"))?;
        chunks::write_all(conn, keys, to, &bytes, now).await?;
        return Ok(bytes.len());
    }
    let from = Owner::DraftFile { draft_id, file_id };
    Ok(chunks::copy(conn, keys, from, to, now).await?)
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
