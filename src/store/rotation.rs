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

use super::chunks::Owner;
use super::crypto::{CryptoError, DataKeys};
use super::{Db, DbKind, StoreError};
use crate::domain::notice::Bsn;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
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

/// The value of a key column, whichever type it is.
enum Value {
    Int(i64),
    Text(String),
}

fn value(row: &AnyRow, column: &str) -> Result<Value, sqlx::Error> {
    match row.try_get::<i64, _>(column) {
        Ok(v) => Ok(Value::Int(v)),
        Err(_) => Ok(Value::Text(row.try_get(column)?)),
    }
}

/// One table whose rows keep their key: each sealed column is re-sealed for the same
/// context.
struct Pass<'a> {
    table: &'static str,
    /// From which rows (alias `t` for the table itself, with joins for the contexts).
    from: &'static str,
    /// A unique, ordered expression per row, to go through the table once.
    cursor: &'static str,
    cursor_is_text: bool,
    /// Further columns the contexts need.
    extra: &'static str,
    sealed: &'static [&'static str],
    /// The columns of `t` (selected under the same names) that name the row.
    row_key: &'static [&'static str],
    context: &'a (dyn Fn(&AnyRow, &str) -> Result<String, sqlx::Error> + Sync),
    batch: usize,
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
        let attachments = |row: &AnyRow, column: &str| -> Result<String, sqlx::Error> {
            let part = if column == "original_name_enc" {
                "name"
            } else {
                "data"
            };
            Ok(super::notices::attachment_context(
                &row.try_get::<String, _>("reference")?,
                &row.try_get::<String, _>("stored_name")?,
                part,
            ))
        };
        let attachment_chunks = |row: &AnyRow, _: &str| -> Result<String, sqlx::Error> {
            let (reference, stored_name): (String, String) =
                (row.try_get("reference")?, row.try_get("stored_name")?);
            Ok(Owner::Attachment {
                reference: &reference,
                stored_name: &stored_name,
            }
            .context(row.try_get("seq")?, row.try_get::<i64, _>("is_last")? != 0))
        };
        let events = |row: &AnyRow, _: &str| -> Result<String, sqlx::Error> {
            Ok(super::notices::note_context(
                &row.try_get::<String, _>("reference")?,
                row.try_get("id")?,
            ))
        };
        let draft_files = |row: &AnyRow, column: &str| -> Result<String, sqlx::Error> {
            let part = if column == "name_enc" { "name" } else { "data" };
            Ok(super::drafts::file_context(
                &row.try_get::<String, _>("draft_id")?,
                &row.try_get::<String, _>("id")?,
                part,
            ))
        };
        let draft_chunks = |row: &AnyRow, _: &str| -> Result<String, sqlx::Error> {
            let (draft_id, file_id): (String, String) =
                (row.try_get("draft_id")?, row.try_get("file_id")?);
            Ok(Owner::DraftFile {
                draft_id: &draft_id,
                file_id: &file_id,
            }
            .context(row.try_get("seq")?, row.try_get::<i64, _>("is_last")? != 0))
        };
        let sign_ins = |row: &AnyRow, _: &str| -> Result<String, sqlx::Error> {
            Ok(super::residents::sign_in_context(
                &row.try_get::<String, _>("state_hash")?,
            ))
        };
        let sessions = |row: &AnyRow, column: &str| -> Result<String, sqlx::Error> {
            let part = if column == "identity_enc" {
                "identity"
            } else {
                "id_token"
            };
            Ok(super::residents::session_context(
                &row.try_get::<String, _>("token_hash")?,
                part,
            ))
        };
        let passes = [
            Pass {
                table: "notice_attachments",
                from: "notice_attachments t JOIN notices n ON n.id = t.notice_id",
                cursor: "t.id",
                cursor_is_text: false,
                extra: "t.id AS id, t.stored_name AS stored_name, n.reference AS reference",
                sealed: &["original_name_enc", "data_enc"],
                row_key: &["id"],
                context: &attachments,
                batch: CHUNK_BATCH,
            },
            Pass {
                table: "notice_attachment_chunks",
                from: "notice_attachment_chunks t \
                       JOIN notice_attachments a ON a.stored_name = t.stored_name \
                       JOIN notices n ON n.id = a.notice_id",
                cursor: "t.stored_name || ':' || CAST(t.seq AS TEXT)",
                cursor_is_text: true,
                extra: "t.stored_name AS stored_name, t.seq AS seq, t.is_last AS is_last, \
                        n.reference AS reference",
                sealed: &["data_enc"],
                row_key: &["stored_name", "seq"],
                context: &attachment_chunks,
                batch: CHUNK_BATCH,
            },
            Pass {
                table: "notice_events",
                from: "notice_events t JOIN notices n ON n.id = t.notice_id",
                cursor: "t.id",
                cursor_is_text: false,
                extra: "t.id AS id, n.reference AS reference",
                sealed: &["note_enc"],
                row_key: &["id"],
                context: &events,
                batch,
            },
            Pass {
                table: "resident_sign_ins",
                from: "resident_sign_ins t",
                cursor: "t.state_hash",
                cursor_is_text: true,
                extra: "t.state_hash AS state_hash",
                sealed: &["secrets_enc"],
                row_key: &["state_hash"],
                context: &sign_ins,
                batch,
            },
            Pass {
                table: "resident_sessions",
                from: "resident_sessions t",
                cursor: "t.token_hash",
                cursor_is_text: true,
                extra: "t.token_hash AS token_hash",
                sealed: &["identity_enc", "id_token_enc"],
                row_key: &["token_hash"],
                context: &sessions,
                batch,
            },
        ];
        for pass in &passes {
            if self.pass(pass).await? {
                return Ok(true);
            }
        }
        let draft_passes = [
            Pass {
                table: "notice_draft_files",
                from: "notice_draft_files t",
                cursor: "t.id",
                cursor_is_text: true,
                extra: "t.id AS id, t.draft_id AS draft_id",
                sealed: &["name_enc", "data_enc"],
                row_key: &["id"],
                context: &draft_files,
                batch: CHUNK_BATCH,
            },
            Pass {
                table: "notice_draft_file_chunks",
                from: "notice_draft_file_chunks t JOIN notice_draft_files f ON f.id = t.file_id",
                cursor: "t.file_id || ':' || CAST(t.seq AS TEXT)",
                cursor_is_text: true,
                extra: "t.file_id AS file_id, t.seq AS seq, t.is_last AS is_last, \
                        f.draft_id AS draft_id",
                sealed: &["data_enc"],
                row_key: &["file_id", "seq"],
                context: &draft_chunks,
                batch: CHUNK_BATCH,
            },
        ];
        for pass in &draft_passes {
            if self.pass(pass).await? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Goes once through the rows of `pass` sealed with another key; `true` when
    /// stopped.
    async fn pass(&mut self, pass: &Pass<'_>) -> Result<bool, RotationError> {
        let kind = self.db.kind();
        let condition = pass
            .sealed
            .iter()
            .map(|column| other_key(kind, &format!("t.{column}")))
            .collect::<Vec<_>>()
            .join(" OR ");
        let columns = pass
            .sealed
            .iter()
            .map(|column| format!("t.{column} AS {column}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cursor} AS cursor_key, {extra}, {columns} FROM {from} \
             WHERE {cursor} > $2 AND ({condition}) ORDER BY {cursor} LIMIT {limit}",
            cursor = pass.cursor,
            extra = pass.extra,
            from = pass.from,
            limit = pass.batch,
        );
        let mut after = if pass.cursor_is_text {
            Value::Text(String::new())
        } else {
            Value::Int(i64::MIN)
        };
        loop {
            let query = sqlx::query(&sql).bind(key_hex(self.current()));
            let query = match &after {
                Value::Int(v) => query.bind(*v),
                Value::Text(v) => query.bind(v.clone()),
            };
            let rows = query.fetch_all(self.db.pool()).await?;
            let Some(last) = rows.last() else {
                return Ok(false);
            };
            after = value(last, "cursor_key")?;
            let mut updates = Vec::new();
            for row in &rows {
                match self.reseal_row(pass, row) {
                    Ok(Some(update)) => updates.push(update),
                    Ok(None) => {}
                    Err(RowProblem::Crypto) => self.failed(pass.table),
                    Err(RowProblem::Sql(error)) => return Err(error.into()),
                }
            }
            self.write(pass, updates).await?;
            self.batch_done(pass.table);
            if self.must_stop() {
                return Ok(true);
            }
        }
    }

    /// The new values of one row: (column, old, new) for each column to change.
    fn reseal_row(&self, pass: &Pass<'_>, row: &AnyRow) -> Result<Option<RowUpdate>, RowProblem> {
        let mut changes = Vec::new();
        for column in pass.sealed {
            let Some(old) = row.try_get::<Option<Vec<u8>>, _>(*column)? else {
                continue;
            };
            match DataKeys::sealed_by(&old) {
                None => continue,
                Some(id) if id == self.current() => continue,
                Some(_) => {}
            }
            let context = (pass.context)(row, column)?;
            let plain = self.keys.open(&old, &context)?;
            let new = self.keys.seal(&plain, &context)?;
            changes.push((*column, old, new));
        }
        if changes.is_empty() {
            return Ok(None);
        }
        let key = pass
            .row_key
            .iter()
            .map(|column| Ok((*column, value(row, column)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Some(RowUpdate { key, changes }))
    }

    /// Writes one batch in one transaction; a row that changed since it was read is
    /// left as it is.
    async fn write(
        &mut self,
        pass: &Pass<'_>,
        updates: Vec<RowUpdate>,
    ) -> Result<(), RotationError> {
        if updates.is_empty() {
            return Ok(());
        }
        let mut tx = self.db.pool().begin().await?;
        for update in updates {
            let mut n = 0;
            let mut param = || {
                n += 1;
                format!("${n}")
            };
            let set = update
                .changes
                .iter()
                .map(|(column, _, _)| format!("{column} = {}", param()))
                .collect::<Vec<_>>();
            let mut conditions: Vec<String> = update
                .key
                .iter()
                .map(|(column, _)| format!("{column} = {}", param()))
                .collect();
            conditions.extend(
                update
                    .changes
                    .iter()
                    .map(|(column, _, _)| format!("{column} = {}", param())),
            );
            let sql = format!(
                "UPDATE {} SET {} WHERE {}",
                pass.table,
                set.join(", "),
                conditions.join(" AND ")
            );
            let mut query = sqlx::query(&sql);
            for (_, _, new) in &update.changes {
                query = query.bind(new.clone());
            }
            for (_, key) in &update.key {
                query = match key {
                    Value::Int(v) => query.bind(*v),
                    Value::Text(v) => query.bind(v.clone()),
                };
            }
            for (_, old, _) in &update.changes {
                query = query.bind(old.clone());
            }
            if query.execute(&mut *tx).await?.rows_affected() == 1 {
                self.report.rows += 1;
                self.report.values += update.changes.len() as u64;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// The notices: their content, and the owner index computed anew from the BSN in
    /// it. `true` when stopped.
    async fn notices(&mut self, batch: usize) -> Result<bool, RotationError> {
        let current = self.current();
        let sql = format!(
            "SELECT id, reference, content_enc, owner_index FROM notices \
             WHERE id > $2 AND ({} OR (owner_index IS NOT NULL AND owner_index NOT LIKE $3)) \
             ORDER BY id LIMIT {batch}",
            other_key(self.db.kind(), "content_enc")
        );
        let mut after = i64::MIN;
        loop {
            let rows = sqlx::query(&sql)
                .bind(key_hex(current))
                .bind(after)
                .bind(format!("{current}:%"))
                .fetch_all(self.db.pool())
                .await?;
            let Some(last) = rows.last() else {
                return Ok(false);
            };
            after = last.try_get("id")?;
            let mut updates = Vec::new();
            for row in &rows {
                match self.reseal_notice(row) {
                    Ok(update) => updates.push(update),
                    Err(RowProblem::Crypto) => self.failed("notices"),
                    Err(RowProblem::Sql(error)) => return Err(error.into()),
                }
            }
            if !updates.is_empty() {
                let mut tx = self.db.pool().begin().await?;
                for (id, old, new, owner_index, reindexed) in updates {
                    let written = sqlx::query(
                        "UPDATE notices SET content_enc = $1, key_id = $2, owner_index = $3 \
                         WHERE id = $4 AND content_enc = $5",
                    )
                    .bind(new.clone())
                    .bind(i64::from(current))
                    .bind(owner_index)
                    .bind(id)
                    .bind(old.clone())
                    .execute(&mut *tx)
                    .await?;
                    if written.rows_affected() == 1 {
                        self.report.rows += 1;
                        self.report.values += u64::from(old != new);
                        self.report.owner_indexes += u64::from(reindexed);
                    }
                }
                tx.commit().await?;
            }
            self.batch_done("notices");
            if self.must_stop() {
                return Ok(true);
            }
        }
    }

    /// (id, old content, new content, owner index, whether the index is new).
    #[allow(clippy::type_complexity)]
    fn reseal_notice(
        &self,
        row: &AnyRow,
    ) -> Result<(i64, Vec<u8>, Vec<u8>, Option<String>, bool), RowProblem> {
        let id: i64 = row.try_get("id")?;
        let reference: String = row.try_get("reference")?;
        let old: Vec<u8> = row.try_get("content_enc")?;
        let owner_index: Option<String> = row.try_get("owner_index")?;
        let context = super::notices::content_context(&reference);
        let plain = self.keys.open(&old, &context)?;
        let new = if DataKeys::sealed_by(&old) == Some(self.current()) {
            old.clone()
        } else {
            self.keys.seal(&plain, &context)?
        };
        let prefix = format!("{}:", self.current());
        let (owner_index, reindexed) = match owner_index {
            Some(index) if !index.starts_with(&prefix) => {
                // The BSN the resident proved with DigiD is the one in the notice
                // (`domain::notice::check_sender`); without one, the index is dropped
                // rather than kept under a key that is going away.
                let bsn = serde_json::from_slice::<serde_json::Value>(&plain)
                    .ok()
                    .and_then(|doc| {
                        let bsn = doc.get("identity")?.get("bsn")?.as_str()?.to_owned();
                        Bsn::parse(&bsn).ok()
                    });
                (
                    bsn.map(|bsn| self.keys.owner_index(bsn.full_number())),
                    true,
                )
            }
            other => (other, false),
        };
        Ok((id, old, new, owner_index, reindexed))
    }

    /// The drafts: their content re-sealed, and the drafts of signed-in residents moved
    /// to their new owner index. `true` when stopped.
    async fn drafts(
        &mut self,
        batch: usize,
        draft_bsn: DraftBsn<'_>,
    ) -> Result<bool, RotationError> {
        let current = self.current();
        let sql = format!(
            "SELECT id, content_enc FROM notice_drafts \
             WHERE id > $2 AND ({} OR (id LIKE 'resident:%' AND id NOT LIKE $3)) \
             ORDER BY id LIMIT {batch}",
            other_key(self.db.kind(), "content_enc")
        );
        let mut after = String::new();
        loop {
            let rows = sqlx::query(&sql)
                .bind(key_hex(current))
                .bind(after.clone())
                .bind(format!("resident:{current}:%"))
                .fetch_all(self.db.pool())
                .await?;
            let Some(last) = rows.last() else {
                return Ok(false);
            };
            after = last.try_get("id")?;
            let mut resealed = Vec::new();
            for row in &rows {
                let id: String = row.try_get("id")?;
                let old: Vec<u8> = row.try_get("content_enc")?;
                let context = super::drafts::content_context(&id);
                let Ok(plain) = self.keys.open(&old, &context) else {
                    self.failed("notice_drafts");
                    continue;
                };
                let moving =
                    id.starts_with("resident:") && !id.starts_with(&format!("resident:{current}:"));
                if moving {
                    let bsn = self.resident_of(&id, &plain, draft_bsn).await?;
                    self.move_draft(&id, &old, &plain, bsn.as_deref()).await?;
                } else {
                    let Ok(new) = self.keys.seal(&plain, &context) else {
                        self.failed("notice_drafts");
                        continue;
                    };
                    resealed.push((id, old, new));
                }
            }
            if !resealed.is_empty() {
                let mut tx = self.db.pool().begin().await?;
                for (id, old, new) in resealed {
                    let written = sqlx::query(
                        "UPDATE notice_drafts SET content_enc = $1 WHERE id = $2 AND content_enc = $3",
                    )
                    .bind(new)
                    .bind(id)
                    .bind(old)
                    .execute(&mut *tx)
                    .await?;
                    if written.rows_affected() == 1 {
                        self.report.rows += 1;
                        self.report.values += 1;
                    }
                }
                tx.commit().await?;
            }
            self.batch_done("notice_drafts");
            if self.must_stop() {
                return Ok(true);
            }
        }
    }

    /// The BSN of the resident whose draft is `draft_id` (`resident:<index>`): from
    /// the draft, else from a session of theirs; only one whose index under some
    /// configured key is the draft's.
    async fn resident_of(
        &mut self,
        draft_id: &str,
        content: &[u8],
        draft_bsn: DraftBsn<'_>,
    ) -> Result<Option<String>, RotationError> {
        let index = draft_id.trim_start_matches("resident:");
        let belongs = |bsn: &str| self.keys.owner_indexes(bsn).iter().any(|i| i == index);
        let from_draft = draft_bsn(content)
            .and_then(|bsn| Bsn::parse(&bsn).ok())
            .map(|bsn| bsn.full_number().to_owned());
        if let Some(bsn) = from_draft.filter(|bsn| belongs(bsn)) {
            return Ok(Some(bsn));
        }
        if self.session_bsns.is_none() {
            self.session_bsns = Some(self.read_session_bsns().await?);
        }
        let sessions = self.session_bsns.as_deref().unwrap_or_default();
        Ok(sessions.iter().find(|bsn| belongs(bsn)).cloned())
    }

    async fn read_session_bsns(&self) -> Result<Vec<String>, RotationError> {
        let rows = sqlx::query("SELECT token_hash, identity_enc FROM resident_sessions")
            .fetch_all(self.db.pool())
            .await?;
        let mut bsns = Vec::new();
        for row in rows {
            let token_hash: String = row.try_get("token_hash")?;
            let sealed: Vec<u8> = row.try_get("identity_enc")?;
            let context = super::residents::session_context(&token_hash, "identity");
            let Ok(plain) = self.keys.open(&sealed, &context) else {
                continue;
            };
            let bsn = serde_json::from_slice::<serde_json::Value>(&plain)
                .ok()
                .and_then(|v| Some(v.get("bsn")?.as_str()?.to_owned()));
            bsns.extend(bsn);
        }
        Ok(bsns)
    }

    /// Moves the draft `from` of the resident with `bsn` to their owner index under the
    /// current key, re-sealing its content, files and chunks for the new draft id, in
    /// one transaction. Without a BSN, or when the resident has a draft under the new
    /// index already (started since the portal got the new key, and newer), the old
    /// draft is deleted.
    async fn move_draft(
        &mut self,
        from: &str,
        old_content: &[u8],
        plain: &[u8],
        bsn: Option<&str>,
    ) -> Result<(), RotationError> {
        let mut tx = self.db.pool().begin().await?;
        let conn: &mut AnyConnection = &mut tx;
        let moved = match bsn {
            None => false,
            Some(bsn) => {
                let to = format!("resident:{}", self.keys.owner_index(bsn));
                let Ok(content) = self.keys.seal(plain, &super::drafts::content_context(&to))
                else {
                    self.failed("notice_drafts");
                    return Ok(());
                };
                // A write first: on SQLite the transaction takes the write lock now,
                // not half-way (which could fail when another writer came between).
                let inserted = sqlx::query(
                    "INSERT INTO notice_drafts \
                     (id, content_enc, created_at, updated_at, expires_at, version, sent_reference) \
                     SELECT $1, $2, created_at, updated_at, expires_at, version, sent_reference \
                     FROM notice_drafts WHERE id = $3 AND content_enc = $4 \
                     ON CONFLICT (id) DO NOTHING",
                )
                .bind(&to)
                .bind(content)
                .bind(from)
                .bind(old_content.to_vec())
                .execute(&mut *conn)
                .await?
                .rows_affected();
                if inserted == 1 {
                    match self.move_files(conn, from, &to).await {
                        Ok(()) => true,
                        Err(RowProblem::Crypto) => {
                            // A file that does not open stays with the old draft: all or
                            // nothing (returning rolls the transaction back).
                            self.failed("notice_draft_files");
                            return Ok(());
                        }
                        Err(RowProblem::Sql(error)) => return Err(error.into()),
                    }
                } else {
                    false
                }
            }
        };
        // Moved: the old row (now without files) goes. Not moved: the draft goes with
        // its files, as no resident can reach it any more.
        for sql in [
            "DELETE FROM notice_draft_file_chunks WHERE file_id IN \
             (SELECT id FROM notice_draft_files WHERE draft_id = $1)",
            "DELETE FROM notice_draft_files WHERE draft_id = $1",
            "DELETE FROM notice_drafts WHERE id = $1",
        ] {
            sqlx::query(sql).bind(from).execute(&mut *conn).await?;
        }
        tx.commit().await?;
        self.report.rows += 1;
        if moved {
            self.report.drafts_moved += 1;
        } else {
            self.report.drafts_dropped += 1;
        }
        Ok(())
    }

    /// Re-seals the files of draft `from` (names, bytes, chunks) for draft `to` and
    /// moves them there.
    async fn move_files(
        &mut self,
        conn: &mut AnyConnection,
        from: &str,
        to: &str,
    ) -> Result<(), RowProblem> {
        let files = sqlx::query(
            "SELECT id, name_enc, data_enc FROM notice_draft_files WHERE draft_id = $1",
        )
        .bind(from)
        .fetch_all(&mut *conn)
        .await?;
        for file in files {
            let id: String = file.try_get("id")?;
            let name_enc: Vec<u8> = file.try_get("name_enc")?;
            let data_enc: Vec<u8> = file.try_get("data_enc")?;
            let rekey = |sealed: &[u8], part: &str| -> Result<Vec<u8>, RowProblem> {
                if sealed.is_empty() {
                    return Ok(Vec::new());
                }
                let plain = self
                    .keys
                    .open(sealed, &super::drafts::file_context(from, &id, part))?;
                Ok(self
                    .keys
                    .seal(&plain, &super::drafts::file_context(to, &id, part))?)
            };
            let (name, data) = (rekey(&name_enc, "name")?, rekey(&data_enc, "data")?);
            self.report.values += 1 + u64::from(!data.is_empty());
            sqlx::query("UPDATE notice_draft_files SET draft_id = $1, name_enc = $2, data_enc = $3 WHERE id = $4")
                .bind(to)
                .bind(name)
                .bind(data)
                .bind(&id)
                .execute(&mut *conn)
                .await?;
            let chunks = sqlx::query_scalar::<_, i64>(
                "SELECT seq FROM notice_draft_file_chunks WHERE file_id = $1 ORDER BY seq",
            )
            .bind(&id)
            .fetch_all(&mut *conn)
            .await?;
            // One chunk in memory at a time.
            for seq in chunks {
                let row = sqlx::query(
                    "SELECT is_last, data_enc FROM notice_draft_file_chunks WHERE file_id = $1 AND seq = $2",
                )
                .bind(&id)
                .bind(seq)
                .fetch_one(&mut *conn)
                .await?;
                let last = row.try_get::<i64, _>("is_last")? != 0;
                let sealed: Vec<u8> = row.try_get("data_enc")?;
                let old = Owner::DraftFile {
                    draft_id: from,
                    file_id: &id,
                };
                let new = Owner::DraftFile {
                    draft_id: to,
                    file_id: &id,
                };
                let plain = self.keys.open(&sealed, &old.context(seq, last))?;
                let resealed = self.keys.seal(&plain, &new.context(seq, last))?;
                sqlx::query("UPDATE notice_draft_file_chunks SET data_enc = $1 WHERE file_id = $2 AND seq = $3")
                    .bind(resealed)
                    .bind(&id)
                    .bind(seq)
                    .execute(&mut *conn)
                    .await?;
                self.report.values += 1;
            }
        }
        Ok(())
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

struct RowUpdate {
    key: Vec<(&'static str, Value)>,
    changes: Vec<(&'static str, Vec<u8>, Vec<u8>)>,
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
