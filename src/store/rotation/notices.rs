//! The notices: their content re-sealed, and the owner index of a signed-in
//! resident's notice computed anew from the BSN in it.

use super::{key_hex, other_key, RotationError, RowProblem, Run};
use crate::domain::notice::Bsn;
use crate::store::crypto::DataKeys;
use sqlx::any::AnyRow;
use sqlx::Row;

impl Run<'_, '_> {
    /// The notices: their content, and the owner index computed anew from the BSN in
    /// it. `true` when stopped.
    pub(super) async fn notices(&mut self, batch: usize) -> Result<bool, RotationError> {
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
        let context = crate::store::notices::content_context(&reference);
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
}
