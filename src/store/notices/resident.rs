//! A signed-in resident's own notices ("my notices"). A notice is theirs when it was
//! sent while they were signed in with DigiD: its owner index is the keyed hash of
//! their BSN (`DataKeys::owner_indexes`). Someone else's notice and one that does not
//! exist give the same answer, `None`, so nothing can be learnt by guessing.
//!
//! Staff notes stay internal: a resident sees the status and when it was set, never
//! what a case worker wrote. Reading one's own notice is not audited (the audit log
//! records what staff see).

use super::read::{summary_from, SUMMARY_COLUMNS};
use super::{open_content, NoticeError, NoticeSummary};
use crate::store::crypto::DataKeys;
use crate::store::Db;
use serde_json::Value;
use sqlx::any::AnyRow;
use sqlx::Row;

/// One of a resident's notices, as "my notices" lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnNotice {
    pub summary: NoticeSummary,
    /// When the status was last set (the newest step of its history).
    pub status_at: i64,
}

/// `n.owner_index IN ($first, …)` for the indexes of one BSN under every data key.
fn owner_condition(indexes: &[String], first: usize) -> String {
    let params: Vec<String> = (first..first + indexes.len())
        .map(|i| format!("${i}"))
        .collect();
    format!("n.owner_index IN ({})", params.join(", "))
}

const STATUS_AT: &str =
    "(SELECT MAX(e.at) FROM notice_events e WHERE e.notice_id = n.id) AS status_at";

fn own_from(row: &AnyRow) -> Result<OwnNotice, NoticeError> {
    Ok(OwnNotice {
        summary: summary_from(row)?,
        status_at: row.try_get("status_at")?,
    })
}

/// Every notice the resident with `bsn` sent while signed in, newest first.
pub async fn owned_by(db: &Db, keys: &DataKeys, bsn: &str) -> Result<Vec<OwnNotice>, NoticeError> {
    let indexes = keys.owner_indexes(bsn);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, {STATUS_AT} FROM notices n WHERE {} \
         ORDER BY n.submitted_at DESC, n.id DESC",
        owner_condition(&indexes, 1)
    );
    let mut query = sqlx::query(&sql);
    for index in &indexes {
        query = query.bind(index);
    }
    let rows = query.fetch_all(db.pool()).await?;
    rows.iter().map(own_from).collect()
}

/// The notice with `reference` if the resident with `bsn` sent it, with what they sent
/// (for the receipt); `None` when there is no such notice *or* it is someone else's.
pub async fn owned(
    db: &Db,
    keys: &DataKeys,
    bsn: &str,
    reference: &str,
) -> Result<Option<(OwnNotice, Value)>, NoticeError> {
    let indexes = keys.owner_indexes(bsn);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, {STATUS_AT}, n.content_enc FROM notices n \
         WHERE n.reference = $1 AND {}",
        owner_condition(&indexes, 2)
    );
    let mut query = sqlx::query(&sql).bind(reference);
    for index in &indexes {
        query = query.bind(index);
    }
    let Some(row) = query.fetch_optional(db.pool()).await? else {
        return Ok(None);
    };
    let own = own_from(&row)?;
    let content = open_content(
        keys,
        &own.summary.reference,
        &row.try_get::<Vec<u8>, _>("content_enc")?,
    )?;
    Ok(Some((own, content)))
}
