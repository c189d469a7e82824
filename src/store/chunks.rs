//! Files stored as sealed chunks, so that no step holds a whole file in memory: an
//! upload is written chunk by chunk while it arrives, and a notice's files move from
//! its draft to the notice one chunk at a time (issue 11, item 5).
//!
//! Every chunk is sealed on its own (`crypto.rs`) for a context that names the file,
//! the chunk's position and whether it is the file's last chunk:
//!
//! ```text
//! draft:<draft id>:file:<file id>:chunk:<seq>:<more|last>
//! notice:<reference>:attachment:<stored name>:chunk:<seq>:<more|last>
//! ```
//!
//! So a chunk copied to another file or position does not open, and a file whose last
//! chunks were removed fails to read instead of coming back shorter (the chunk that is
//! then the end of the file was not sealed as the last one).

use super::crypto::{CryptoError, DataKeys};
use sqlx::{AnyConnection, Row};

/// The plaintext bytes of every chunk but the last, which holds 1 to `CHUNK_BYTES`.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// The file a chunk belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    /// A file added to a draft (`notice_draft_files.id`).
    DraftFile { draft_id: &'a str, file_id: &'a str },
    /// A notice's attachment (`notice_attachments.stored_name`).
    Attachment {
        reference: &'a str,
        stored_name: &'a str,
    },
}

impl Owner<'_> {
    fn key(&self) -> &str {
        match self {
            Owner::DraftFile { file_id, .. } => file_id,
            Owner::Attachment { stored_name, .. } => stored_name,
        }
    }

    pub(crate) fn context(&self, seq: i64, last: bool) -> String {
        let end = if last { "last" } else { "more" };
        match self {
            Owner::DraftFile { draft_id, file_id } => {
                format!("draft:{draft_id}:file:{file_id}:chunk:{seq}:{end}")
            }
            Owner::Attachment {
                reference,
                stored_name,
            } => format!("notice:{reference}:attachment:{stored_name}:chunk:{seq}:{end}"),
        }
    }

    fn insert_sql(&self) -> &'static str {
        match self {
            Owner::DraftFile { .. } => {
                "INSERT INTO notice_draft_file_chunks (file_id, seq, is_last, data_enc, created_at) \
                 VALUES ($1, $2, $3, $4, $5)"
            }
            // Attachment chunks live as long as their notice: no time of their own.
            Owner::Attachment { .. } => {
                "INSERT INTO notice_attachment_chunks (stored_name, seq, is_last, data_enc) \
                 VALUES ($1, $2, $3, $4)"
            }
        }
    }

    fn select_sql(&self) -> &'static str {
        match self {
            Owner::DraftFile { .. } => {
                "SELECT is_last, data_enc FROM notice_draft_file_chunks \
                 WHERE file_id = $1 AND seq = $2"
            }
            Owner::Attachment { .. } => {
                "SELECT is_last, data_enc FROM notice_attachment_chunks \
                 WHERE stored_name = $1 AND seq = $2"
            }
        }
    }

    fn delete_sql(&self) -> &'static str {
        match self {
            Owner::DraftFile { .. } => "DELETE FROM notice_draft_file_chunks WHERE file_id = $1",
            Owner::Attachment { .. } => {
                "DELETE FROM notice_attachment_chunks WHERE stored_name = $1"
            }
        }
    }
}

/// Why chunks could not be written or read; details are for the log.
#[derive(Debug, thiserror::Error)]
pub enum ChunkError {
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("{0}")]
    Sql(#[from] sqlx::Error),
    /// A chunk before the last one is missing.
    #[error("a stored file is incomplete (chunk {0} is missing)")]
    Missing(i64),
}

/// Seals and writes chunk `seq` of `owner`.
pub async fn insert(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    owner: Owner<'_>,
    seq: i64,
    plaintext: &[u8],
    last: bool,
    now: i64,
) -> Result<(), ChunkError> {
    let sealed = keys.seal(plaintext, &owner.context(seq, last))?;
    let query = sqlx::query(owner.insert_sql())
        .bind(owner.key())
        .bind(seq)
        .bind(i64::from(last))
        .bind(sealed);
    let query = match owner {
        Owner::DraftFile { .. } => query.bind(now),
        Owner::Attachment { .. } => query,
    };
    query.execute(&mut *conn).await?;
    Ok(())
}

/// Writes a file that is in memory already as chunks (`bytes` may be empty: then one
/// empty last chunk).
pub async fn write_all(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    owner: Owner<'_>,
    bytes: &[u8],
    now: i64,
) -> Result<(), ChunkError> {
    let count = bytes.len().div_ceil(CHUNK_BYTES).max(1);
    for (seq, start) in (0..count).map(|i| (i, i * CHUNK_BYTES)) {
        let end = (start + CHUNK_BYTES).min(bytes.len());
        let last = seq + 1 == count;
        insert(conn, keys, owner, seq as i64, &bytes[start..end], last, now).await?;
    }
    Ok(())
}

/// Reads and opens chunk `seq` of `owner`: its bytes and whether it is the last one.
pub async fn read(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    owner: Owner<'_>,
    seq: i64,
) -> Result<(Vec<u8>, bool), ChunkError> {
    let row = sqlx::query(owner.select_sql())
        .bind(owner.key())
        .bind(seq)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(ChunkError::Missing(seq))?;
    // The flag is not trusted on its own: it is part of the sealed context, so a
    // changed flag makes the chunk fail to open.
    let last = row.try_get::<i64, _>("is_last")? != 0;
    let sealed: Vec<u8> = row.try_get("data_enc")?;
    Ok((keys.open(&sealed, &owner.context(seq, last))?, last))
}

/// The whole file of `owner`; `size_hint` (the size on its row) saves the regrowing.
pub async fn read_all(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    owner: Owner<'_>,
    size_hint: usize,
) -> Result<Vec<u8>, ChunkError> {
    let mut bytes = Vec::with_capacity(size_hint);
    for seq in 0.. {
        let (chunk, last) = read(conn, keys, owner, seq).await?;
        bytes.extend_from_slice(&chunk);
        if last {
            break;
        }
    }
    Ok(bytes)
}

/// Copies the file of `from` to `to`, one chunk in memory at a time; returns its size.
pub async fn copy(
    conn: &mut AnyConnection,
    keys: &DataKeys,
    from: Owner<'_>,
    to: Owner<'_>,
    now: i64,
) -> Result<usize, ChunkError> {
    let mut size = 0;
    for seq in 0.. {
        let (chunk, last) = read(conn, keys, from, seq).await?;
        size += chunk.len();
        insert(conn, keys, to, seq, &chunk, last, now).await?;
        if last {
            break;
        }
    }
    Ok(size)
}

/// Deletes every chunk of `owner`; returns how many.
pub async fn delete(conn: &mut AnyConnection, owner: Owner<'_>) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(owner.delete_sql())
        .bind(owner.key())
        .execute(&mut *conn)
        .await?
        .rows_affected())
}
