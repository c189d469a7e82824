//! A draft's files: written in sealed chunks while they arrive, attached to the
//! draft, listed, read and copied into a notice.

use super::DraftError;
use crate::store::chunks::{self, ChunkError, Owner, CHUNK_BYTES};
use crate::store::crypto::DataKeys;
use crate::store::Db;
use sqlx::{AnyConnection, Row};

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

pub(crate) fn file_context(draft_id: &str, file_id: &str, column: &str) -> String {
    format!("draft:{draft_id}:file:{file_id}:{column}")
}

/// A file being written to the store while it arrives: every full chunk is sealed and
/// written at once, so a request holds at most one chunk of it in memory. The chunks
/// belong to no draft until [`attach`] adds the file's row; until then (and if that
/// never happens: the upload was cut off or refused)
/// [`delete_expired`](super::delete_expired) removes them after a day, or [`discard`]
/// at once.
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
