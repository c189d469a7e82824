//! Published text overrides.

use super::{Db, StoreError};
use crate::i18n::TextOverride;
use sqlx::Row;

/// Every published override, in a stable order.
pub async fn published(db: &Db) -> Result<Vec<TextOverride>, StoreError> {
    let rows = sqlx::query(
        "SELECT lang, message_id, source FROM published_texts ORDER BY lang, message_id",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(TextOverride {
                lang: row.try_get("lang")?,
                id: row.try_get("message_id")?,
                source: row.try_get("source")?,
            })
        })
        .collect()
}

/// Publishes (inserts or replaces) one override.
pub async fn publish(db: &Db, text: &TextOverride, published_at: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO published_texts (lang, message_id, source, published_at) \
         VALUES ($1, $2, $3, $4) \
         ON CONFLICT (lang, message_id) DO UPDATE \
         SET source = excluded.source, published_at = excluded.published_at",
    )
    .bind(&text.lang)
    .bind(&text.id)
    .bind(&text.source)
    .bind(published_at)
    .execute(db.pool())
    .await?;
    Ok(())
}
