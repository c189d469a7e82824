//! The outbox: which notices are still to be forwarded to a case system. The
//! forwarding itself is `crate::server::jobs::forward`.

use super::{NoticeError, OutboxItem};
use crate::store::Db;
use sqlx::Row;

/// Claims up to `limit` undelivered outbox rows that are due at `now`, by moving their
/// next attempt to `now + lease_seconds`: another instance claiming at the same time
/// gets other rows, and a claim whose process dies is retried after the lease.
pub async fn claim_outbox(
    db: &Db,
    now: i64,
    lease_seconds: i64,
    limit: i64,
) -> Result<Vec<OutboxItem>, NoticeError> {
    let rows = sqlx::query(
        "UPDATE notice_outbox SET next_attempt_at = $1 \
         WHERE delivered_at IS NULL AND next_attempt_at <= $2 AND id IN \
         (SELECT id FROM notice_outbox WHERE delivered_at IS NULL AND next_attempt_at <= $3 \
          ORDER BY next_attempt_at, id LIMIT $4) \
         RETURNING id, notice_id, attempts",
    )
    .bind(now + lease_seconds)
    .bind(now)
    .bind(now)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let mut items = rows
        .iter()
        .map(|row| {
            Ok(OutboxItem {
                id: row.try_get("id")?,
                notice_id: row.try_get("notice_id")?,
                attempts: row.try_get("attempts")?,
            })
        })
        .collect::<Result<Vec<_>, NoticeError>>()?;
    items.sort_by_key(|item| item.id);
    Ok(items)
}

/// Marks an outbox row delivered. `false` when it was delivered already or is gone.
pub async fn outbox_delivered(db: &Db, id: i64, now: i64) -> Result<bool, NoticeError> {
    let result = sqlx::query(
        "UPDATE notice_outbox SET delivered_at = $1, last_error = NULL \
         WHERE id = $2 AND delivered_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records a failed attempt and when to try again. `error` is for operators and must
/// hold no personal data (a status code, not a response body).
pub async fn outbox_failed(
    db: &Db,
    id: i64,
    error: &str,
    next_attempt_at: i64,
) -> Result<bool, NoticeError> {
    let result = sqlx::query(
        "UPDATE notice_outbox SET attempts = attempts + 1, last_error = $1, \
         next_attempt_at = $2 WHERE id = $3 AND delivered_at IS NULL",
    )
    .bind(error)
    .bind(next_attempt_at)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(result.rows_affected() == 1)
}

/// What is still to be forwarded: how many notices, and when the oldest was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backlog {
    pub pending: i64,
    pub oldest_submitted_at: Option<i64>,
}

/// The outbox's backlog, for the metrics.
pub async fn outbox_backlog(db: &Db) -> Result<Backlog, NoticeError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS pending, MIN(n.submitted_at) AS oldest \
         FROM notice_outbox o JOIN notices n ON n.id = o.notice_id \
         WHERE o.delivered_at IS NULL",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(Backlog {
        pending: row.try_get("pending")?,
        oldest_submitted_at: row.try_get("oldest")?,
    })
}
