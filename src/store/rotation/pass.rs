//! The one loop for a table whose rows keep their key: every sealed column of a row is
//! re-sealed for the same context, a batch at a time, each batch one transaction that
//! leaves a row alone when the portal changed it since it was read.

use super::{key_hex, other_key, RotationError, RowProblem, Run};
use crate::store::crypto::DataKeys;
use sqlx::any::AnyRow;
use sqlx::Row;

/// The value of a key column, whichever type it is.
pub(super) enum Value {
    Int(i64),
    Text(String),
}

fn value(row: &AnyRow, column: &str) -> Result<Value, sqlx::Error> {
    match row.try_get::<i64, _>(column) {
        Ok(v) => Ok(Value::Int(v)),
        Err(_) => Ok(Value::Text(row.try_get(column)?)),
    }
}

/// How the context of one sealed value is made from its row and column.
pub(super) type Context = fn(&AnyRow, &str) -> Result<String, sqlx::Error>;

/// One table whose rows keep their key: each sealed column is re-sealed for the same
/// context.
pub(super) struct Pass {
    pub(super) table: &'static str,
    /// From which rows (alias `t` for the table itself, with joins for the contexts).
    pub(super) from: &'static str,
    /// A unique, ordered expression per row, to go through the table once.
    pub(super) cursor: &'static str,
    pub(super) cursor_is_text: bool,
    /// Further columns the contexts need.
    pub(super) extra: &'static str,
    pub(super) sealed: &'static [&'static str],
    /// The columns of `t` (selected under the same names) that name the row.
    pub(super) row_key: &'static [&'static str],
    pub(super) context: Context,
    pub(super) batch: usize,
}

/// One row's re-sealed values: (column, old, new), and the columns that name it.
struct RowUpdate {
    key: Vec<(&'static str, Value)>,
    changes: Vec<(&'static str, Vec<u8>, Vec<u8>)>,
}

impl Run<'_, '_> {
    /// Goes once through the rows of `pass` sealed with another key; `true` when
    /// stopped.
    pub(super) async fn pass(&mut self, pass: &Pass) -> Result<bool, RotationError> {
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
    fn reseal_row(&self, pass: &Pass, row: &AnyRow) -> Result<Option<RowUpdate>, RowProblem> {
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
    async fn write(&mut self, pass: &Pass, updates: Vec<RowUpdate>) -> Result<(), RotationError> {
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
}
