//! Data-key rotation (`meldwijzer rotate-key`): re-seals every stored sealed value from
//! the keys it was sealed with to the current key, and re-computes what is derived
//! from the key (the owner index of notices, the ids of signed-in residents' drafts).
//!
//! While it runs, the portal holds both keys (`MELDWIJZER_DATA_KEY` is the new one,
//! `MELDWIJZER_DATA_KEY_PREVIOUS` the old one, `crypto::setup_rotating`): every value
//! opens whichever key sealed it, new values are sealed with the new key, so residents
//! and staff notice nothing.
//!
//! The work is done in batches, each committed on its own. A value sealed with the
//! current key is skipped (its first byte names the key), so a run that was stopped
//! (a kill, a crash, a lost connection) simply starts again and finishes the rest. A
//! batch never overwrites what the portal wrote in the meantime: every update names the
//! old sealed value, and a row that changed since it was read is left to the portal
//! (which sealed it with the new key already).
//!
//! Which values are sealed (every `_enc` column, see the migrations): the notice's
//! content, its attachments' names and bytes and their chunks, the notes of its
//! history; a draft's content, its files' names and bytes and their chunks; the
//! secrets of a sign-in on its way through DigiD; a resident session's identity and ID
//! token. The data-key check values (`data_key_checks`) are not re-sealed: the new key
//! has its own, and once nothing sealed with an older key is left, the older keys'
//! check values are removed, so a start with an old key fails from then on.
//!
//! The owner index is a keyed hash of a BSN under a key derived from the data key
//! (`DataKeys::owner_index`), so it changes with the key. A notice sent by a signed-in
//! resident holds the BSN in its sealed content (`identity.bsn`), from which the new
//! index is computed. The draft of a signed-in resident is stored under
//! `resident:<owner index>`; it moves to the new index, with its content and files
//! re-sealed for the new draft id. Its BSN comes from the draft's own identity step or,
//! when it has none yet, from a resident session of the same resident. A resident
//! draft whose BSN is found nowhere can never be found again once the old key is
//! gone: it is deleted (and counted).
//!
//! The files: this one holds the run (what it reports, the order of the tables, the
//! last clean-up); `pass.rs` the one loop that re-seals a table whose rows keep their
//! key, `tables.rs` which tables those are and the context of each sealed value,
//! `notices.rs` the notices with their owner index, `drafts.rs` the drafts with the
//! moves of signed-in residents' drafts.

mod drafts;
mod notices;
mod pass;
mod tables;

use super::crypto::{CryptoError, DataKeys};
use super::{Db, DbKind, StoreError};
use std::collections::BTreeMap;

/// How a run goes.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Rows per batch (one transaction each); file chunks go in batches of at most
    /// [`CHUNK_BATCH`], so a batch holds a few MiB at most.
    pub batch: usize,
    /// Stop after this many rows were re-sealed (for tests: a run cut off half-way).
    pub stop_after: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch: 200,
            stop_after: None,
        }
    }
}

/// File chunks per batch: 256 KiB each, so at most 4 MiB of them in memory.
pub const CHUNK_BATCH: usize = 16;

/// What a run did, and what it could not do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Rows written with values re-sealed under the current key.
    pub rows: u64,
    /// Sealed values re-sealed.
    pub values: u64,
    /// Notices whose owner index was computed anew.
    pub owner_indexes: u64,
    /// Drafts of signed-in residents moved to their new owner index.
    pub drafts_moved: u64,
    /// Drafts of signed-in residents that were deleted: their resident is unknown
    /// (no BSN in the draft, no session), or they started a new draft in the meantime.
    pub drafts_dropped: u64,
    /// Chunks of uploads sealed with an older key that never became a file of a draft
    /// (cut off, or still arriving at an instance on the old key): removed.
    pub chunks_dropped: u64,
    /// Per table: values that do not open with any configured key (a key that is not
    /// given, or damaged data). They stay as they are.
    pub failed: BTreeMap<&'static str, u64>,
    /// Per table: values still sealed with another key after the run.
    pub remaining: BTreeMap<&'static str, u64>,
    /// The run stopped at [`Options::stop_after`].
    pub stopped: bool,
    /// Every value is sealed with the current key; the older keys' check values are
    /// removed: the old key is no longer needed.
    pub finished: bool,
}

/// Why a run stopped before it was through.
#[derive(Debug, thiserror::Error)]
pub enum RotationError {
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for RotationError {
    fn from(error: sqlx::Error) -> Self {
        RotationError::Store(error.into())
    }
}

/// Finds the BSN in a draft's content (the web layer's document), if it has one.
pub type DraftBsn<'a> = &'a (dyn Fn(&[u8]) -> Option<String> + Sync);

/// Called after each committed batch with the table and the report so far.
pub type OnBatch<'a> = &'a mut (dyn FnMut(&'static str, &Report) + Send);

/// Re-seals everything with the current key of `keys`; see the module documentation.
pub async fn rotate(
    db: &Db,
    keys: &DataKeys,
    draft_bsn: DraftBsn<'_>,
    options: Options,
    on_batch: OnBatch<'_>,
) -> Result<Report, RotationError> {
    let mut run = Run {
        db,
        keys,
        options,
        report: Report::default(),
        on_batch,
        session_bsns: None,
    };
    if run.all_passes(draft_bsn).await? {
        run.report.stopped = true;
        return Ok(run.report);
    }
    run.finish().await?;
    Ok(run.report)
}

/// `hex(first byte)`, as SQL compares it: the key id of a sealed value.
fn key_hex(id: u8) -> String {
    format!("{id:02X}")
}

/// A condition: `column` holds a value sealed with another key than `$1` names.
fn other_key(kind: DbKind, column: &str) -> String {
    match kind {
        DbKind::Sqlite => {
            format!("(length({column}) > 0 AND hex(substr({column}, 1, 1)) <> $1)")
        }
        DbKind::Postgres => format!(
            "(length({column}) > 0 AND upper(encode(substring({column} from 1 for 1), 'hex')) <> $1)"
        ),
    }
}

struct Run<'a, 'b> {
    db: &'a Db,
    keys: &'a DataKeys,
    options: Options,
    report: Report,
    on_batch: OnBatch<'b>,
    /// BSNs of the resident sessions, read once when a draft needs them.
    session_bsns: Option<Vec<String>>,
}

impl Run<'_, '_> {
    fn current(&self) -> u8 {
        self.keys.current_key_id()
    }

    /// Whether the run must stop now.
    fn must_stop(&self) -> bool {
        self.options
            .stop_after
            .is_some_and(|limit| self.report.rows >= limit)
    }

    fn batch_done(&mut self, table: &'static str) {
        (self.on_batch)(table, &self.report);
    }

    fn failed(&mut self, table: &'static str) {
        *self.report.failed.entry(table).or_default() += 1;
    }

    /// Every table once; `true` when stopped at [`Options::stop_after`].
    async fn all_passes(&mut self, draft_bsn: DraftBsn<'_>) -> Result<bool, RotationError> {
        let batch = self.options.batch.max(1);
        if self.notices(batch).await? {
            return Ok(true);
        }
        // The drafts early: until a signed-in resident's draft has moved to their new
        // owner index, the portal (which looks under the new key's index) does not
        // find it. A draft that moves takes its files along.
        if self.drafts(batch, draft_bsn).await? {
            return Ok(true);
        }
        for pass in tables::rows_keeping_their_key(batch)
            .iter()
            .chain(&tables::DRAFT_FILES)
        {
            if self.pass(pass).await? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// After the passes: removes the upload chunks under an older key that belong to
    /// no file, counts what is left under another key and, when nothing is, removes
    /// the older keys' check values.
    async fn finish(&mut self) -> Result<(), RotationError> {
        let kind = self.db.kind();
        let hex = key_hex(self.current());
        let orphans = sqlx::query(&format!(
            "DELETE FROM notice_draft_file_chunks WHERE {} AND file_id NOT IN \
             (SELECT id FROM notice_draft_files)",
            other_key(kind, "data_enc")
        ))
        .bind(&hex)
        .execute(self.db.pool())
        .await?;
        self.report.chunks_dropped += orphans.rows_affected();
        self.report.remaining = count_other(self.db, self.keys).await?;
        let stale_indexes: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notices WHERE owner_index IS NOT NULL AND owner_index NOT LIKE $1",
        )
        .bind(format!("{}:%", self.current()))
        .fetch_one(self.db.pool())
        .await?;
        let stale_drafts: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notice_drafts WHERE id LIKE 'resident:%' AND id NOT LIKE $1",
        )
        .bind(format!("resident:{}:%", self.current()))
        .fetch_one(self.db.pool())
        .await?;
        if stale_indexes > 0 {
            *self
                .report
                .remaining
                .entry("notices.owner_index")
                .or_default() += stale_indexes as u64;
        }
        if stale_drafts > 0 {
            *self.report.remaining.entry("notice_drafts.id").or_default() += stale_drafts as u64;
        }
        if self.report.remaining.is_empty() {
            super::crypto::forget_retired_keys(self.db, self.keys).await?;
            self.report.finished = true;
        }
        Ok(())
    }
}

/// Every sealed column (`_enc`) but the key check values, by table.
pub const SEALED_COLUMNS: [(&str, &str); 12] = [
    ("notices", "content_enc"),
    ("notice_attachments", "original_name_enc"),
    ("notice_attachments", "data_enc"),
    ("notice_attachment_chunks", "data_enc"),
    ("notice_events", "note_enc"),
    ("notice_drafts", "content_enc"),
    ("notice_draft_files", "name_enc"),
    ("notice_draft_files", "data_enc"),
    ("notice_draft_file_chunks", "data_enc"),
    ("resident_sign_ins", "secrets_enc"),
    ("resident_sessions", "identity_enc"),
    ("resident_sessions", "id_token_enc"),
];

/// How many values are sealed with a key other than the current one, by table.
pub async fn count_other(
    db: &Db,
    keys: &DataKeys,
) -> Result<BTreeMap<&'static str, u64>, StoreError> {
    let mut counts = BTreeMap::new();
    for (table, column) in SEALED_COLUMNS {
        let n: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM {table} WHERE {}",
            other_key(db.kind(), column)
        ))
        .bind(key_hex(keys.current_key_id()))
        .fetch_one(db.pool())
        .await?;
        if n > 0 {
            *counts.entry(table).or_default() += n as u64;
        }
    }
    Ok(counts)
}
/// Why one row was not re-sealed.
enum RowProblem {
    /// It does not open with any configured key: counted, left as it is.
    Crypto,
    Sql(sqlx::Error),
}

impl From<CryptoError> for RowProblem {
    fn from(_: CryptoError) -> Self {
        RowProblem::Crypto
    }
}

impl From<sqlx::Error> for RowProblem {
    fn from(error: sqlx::Error) -> Self {
        RowProblem::Sql(error)
    }
}
