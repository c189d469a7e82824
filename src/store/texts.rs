//! Published text overrides, and how staff edit them: drafts, publishing with a
//! history, the stamps that tell which translations are outdated, and the revision
//! counter that makes every instance on the same database reload the texts.

use super::staff::{insert_audit, NewAuditEntry};
use super::{Db, StoreError};
use crate::i18n::TextOverride;
use sqlx::Row;
use std::collections::{HashMap, HashSet};

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

// ---------------------------------------------------------------------------------
// Staff editing: drafts, publishing with history, translation stamps, the revision.

/// The audit actions of text editing.
pub mod action {
    pub const TEXT_PUBLISHED: &str = "text-published";
    pub const TEXT_REVERTED: &str = "text-reverted";
    pub const TEXT_IMPORTED: &str = "text-imported";
    pub const TEXTS_IMPORTED: &str = "texts-imported";
    pub const TRANSLATION_CONFIRMED: &str = "translation-confirmed";
}

/// How a text came to be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishKind {
    Publish,
    Revert,
    Import,
}

impl PublishKind {
    pub fn code(self) -> &'static str {
        match self {
            PublishKind::Publish => "publish",
            PublishKind::Revert => "revert",
            PublishKind::Import => "import",
        }
    }

    fn from_code(code: &str) -> PublishKind {
        match code {
            "revert" => PublishKind::Revert,
            "import" => PublishKind::Import,
            _ => PublishKind::Publish,
        }
    }

    fn audit_action(self) -> &'static str {
        match self {
            PublishKind::Publish => action::TEXT_PUBLISHED,
            PublishKind::Revert => action::TEXT_REVERTED,
            PublishKind::Import => action::TEXT_IMPORTED,
        }
    }
}

/// One text about to be published. `old_source` is the entry residents saw until now
/// (the shipped one or an earlier publish), kept in the history.
#[derive(Debug, Clone, Copy)]
pub struct Publication<'a> {
    pub lang: &'a str,
    pub id: &'a str,
    pub old_source: &'a str,
    pub new_source: &'a str,
    pub kind: PublishKind,
    /// For a translation: the fingerprint of the Dutch entry it now matches
    /// (`crate::i18n::entries::fingerprint`).
    pub stamp: Option<&'a str>,
}

/// A saved draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub source: String,
    pub author: Option<String>,
    pub saved_at: i64,
}

/// One publish of one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub id: i64,
    pub lang: String,
    pub message_id: String,
    pub old_source: String,
    pub new_source: String,
    pub kind: PublishKind,
    pub actor: Option<String>,
    pub published_at: i64,
}

/// The revision of the published texts: it grows with every publish.
pub async fn revision(db: &Db) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT revision FROM text_revision WHERE id = 1")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("revision")?)
}

/// Publishes texts in one transaction: the overrides, a history row and an audit row
/// each, the translation stamps, the drafts removed, and the revision bumped so every
/// instance reloads. Returns the new revision.
pub async fn publish_texts(
    db: &Db,
    texts: &[Publication<'_>],
    actor: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    let mut tx = db.pool().begin().await?;
    for t in texts {
        sqlx::query(
            "INSERT INTO published_texts (lang, message_id, source, published_at) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (lang, message_id) DO UPDATE \
             SET source = excluded.source, published_at = excluded.published_at",
        )
        .bind(t.lang)
        .bind(t.id)
        .bind(t.new_source)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO text_history \
             (lang, message_id, old_source, new_source, kind, actor_account_id, published_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(t.lang)
        .bind(t.id)
        .bind(t.old_source)
        .bind(t.new_source)
        .bind(t.kind.code())
        .bind(actor)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if let Some(stamp) = t.stamp {
            upsert_stamp(&mut tx, t.lang, t.id, stamp, now).await?;
        }
        sqlx::query("DELETE FROM text_drafts WHERE lang = $1 AND message_id = $2")
            .bind(t.lang)
            .bind(t.id)
            .execute(&mut *tx)
            .await?;
        let subject = format!("{}/{}", t.lang, t.id);
        insert_audit(
            &mut *tx,
            NewAuditEntry {
                at: now,
                actor_account_id: actor,
                action: t.kind.audit_action(),
                subject: &subject,
                detail: t.new_source,
            },
        )
        .await?;
    }
    let row = sqlx::query(
        "UPDATE text_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision",
    )
    .fetch_one(&mut *tx)
    .await?;
    let revision: i64 = row.try_get("revision")?;
    tx.commit().await?;
    Ok(revision)
}

/// Records an import of a language as a whole (each text has its own rows too).
pub async fn audit_import(
    db: &Db,
    lang: &str,
    changed: usize,
    actor: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    insert_audit(
        db.pool(),
        NewAuditEntry {
            at: now,
            actor_account_id: actor,
            action: action::TEXTS_IMPORTED,
            subject: lang,
            detail: &format!("{changed} changed"),
        },
    )
    .await
}

async fn upsert_stamp(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    lang: &str,
    id: &str,
    stamp: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO text_translation_stamps (lang, message_id, source_hash, stamped_at) \
         VALUES ($1, $2, $3, $4) \
         ON CONFLICT (lang, message_id) DO UPDATE \
         SET source_hash = excluded.source_hash, stamped_at = excluded.stamped_at",
    )
    .bind(lang)
    .bind(id)
    .bind(stamp)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Confirms that a translation still says what the Dutch text (with fingerprint
/// `stamp`) says: it is no longer outdated. Audited.
pub async fn confirm_translation(
    db: &Db,
    lang: &str,
    id: &str,
    stamp: &str,
    actor: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.pool().begin().await?;
    upsert_stamp(&mut tx, lang, id, stamp, now).await?;
    let subject = format!("{lang}/{id}");
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: now,
            actor_account_id: actor,
            action: action::TRANSLATION_CONFIRMED,
            subject: &subject,
            detail: stamp,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Every translation stamp, by (language, message id).
pub async fn stamps(db: &Db) -> Result<HashMap<(String, String), String>, StoreError> {
    let rows = sqlx::query("SELECT lang, message_id, source_hash FROM text_translation_stamps")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                (row.try_get("lang")?, row.try_get("message_id")?),
                row.try_get("source_hash")?,
            ))
        })
        .collect()
}

/// Saves (or replaces) the draft of one text.
pub async fn save_draft(
    db: &Db,
    lang: &str,
    id: &str,
    source: &str,
    author: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO text_drafts (lang, message_id, source, author_account_id, saved_at) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (lang, message_id) DO UPDATE \
         SET source = excluded.source, author_account_id = excluded.author_account_id, \
             saved_at = excluded.saved_at",
    )
    .bind(lang)
    .bind(id)
    .bind(source)
    .bind(author)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The draft of one text, if any.
pub async fn draft(db: &Db, lang: &str, id: &str) -> Result<Option<Draft>, StoreError> {
    let row = sqlx::query(
        "SELECT d.source, d.saved_at, a.display_name FROM text_drafts d \
         LEFT JOIN staff_accounts a ON a.id = d.author_account_id \
         WHERE d.lang = $1 AND d.message_id = $2",
    )
    .bind(lang)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok(Draft {
            source: row.try_get("source")?,
            author: row.try_get("display_name")?,
            saved_at: row.try_get("saved_at")?,
        })
    })
    .transpose()
}

/// The (language, message id) of every draft.
pub async fn draft_keys(db: &Db) -> Result<HashSet<(String, String)>, StoreError> {
    let rows = sqlx::query("SELECT lang, message_id FROM text_drafts")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("lang")?, row.try_get("message_id")?)))
        .collect()
}

const HISTORY_COLUMNS: &str = "h.id, h.lang, h.message_id, h.old_source, h.new_source, h.kind, \
     h.published_at, a.display_name";

fn history_from(row: &sqlx::any::AnyRow) -> Result<HistoryEntry, StoreError> {
    let kind: String = row.try_get("kind")?;
    Ok(HistoryEntry {
        id: row.try_get("id")?,
        lang: row.try_get("lang")?,
        message_id: row.try_get("message_id")?,
        old_source: row.try_get("old_source")?,
        new_source: row.try_get("new_source")?,
        kind: PublishKind::from_code(&kind),
        actor: row.try_get("display_name")?,
        published_at: row.try_get("published_at")?,
    })
}

/// Every publish of one text, newest first.
pub async fn history(db: &Db, lang: &str, id: &str) -> Result<Vec<HistoryEntry>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {HISTORY_COLUMNS} FROM text_history h \
         LEFT JOIN staff_accounts a ON a.id = h.actor_account_id \
         WHERE h.lang = $1 AND h.message_id = $2 ORDER BY h.id DESC"
    ))
    .bind(lang)
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(history_from).collect()
}
