//! The drafts: their content re-sealed, and the drafts of signed-in residents (stored
//! under their owner index) moved, with their files, to the index under the new key.

use super::{key_hex, other_key, DraftBsn, RotationError, RowProblem, Run};
use crate::domain::notice::Bsn;
use crate::store::chunks::Owner;
use sqlx::{AnyConnection, Row};

impl Run<'_, '_> {
    /// The drafts: their content re-sealed, and the drafts of signed-in residents moved
    /// to their new owner index. `true` when stopped.
    pub(super) async fn drafts(
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
                let context = crate::store::drafts::content_context(&id);
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
            let context = crate::store::residents::session_context(&token_hash, "identity");
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
                let Ok(content) = self
                    .keys
                    .seal(plain, &crate::store::drafts::content_context(&to))
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
                    .open(sealed, &crate::store::drafts::file_context(from, &id, part))?;
                Ok(self
                    .keys
                    .seal(&plain, &crate::store::drafts::file_context(to, &id, part))?)
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
}
