//! Counted attempts for the limits on failed sign-ins and on change notices, kept in
//! the database so that they hold across parallel requests and across instances.
//!
//! An attempt is *reserved* before the work it limits (the password check, storing a
//! notice): [`reserve`] counts the attempts of every key in the window and inserts one
//! for each, all or none, in one transaction. The transaction first upserts each key's
//! row in `rate_limit_keys` (in a fixed order), which serialises reservations of one key:
//! PostgreSQL holds the row lock until commit, SQLite lets one writer in at a time. A
//! burst of requests is therefore counted one by one, whichever instance takes it.
//! What turned out not to count (a successful sign-in, a repeated notice) is given back
//! with [`release`]. Keys are stored as their SHA-256: no e-mail or network address
//! is kept here.

use super::{Db, StoreError};
use crate::auth::{LimitPolicy, RetryAfter};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// What is limited.
pub mod scope {
    pub const SIGN_IN_ACCOUNT: &str = "sign-in-account";
    pub const SIGN_IN_ADDRESS: &str = "sign-in-address";
    pub const NOTICE_ADDRESS: &str = "notice-address";
}

/// One limit that an attempt counts against.
#[derive(Debug, Clone, Copy)]
pub struct Limit<'a> {
    pub scope: &'static str,
    /// An e-mail or network address (hashed before it is stored).
    pub key: &'a str,
    pub policy: LimitPolicy,
}

/// Attempts reserved by [`reserve`] (their row ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    ids: Vec<i64>,
}

fn key_hash(key: &str) -> String {
    Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reserves one attempt against every limit in `limits` at `now`, or none when any of
/// them is full; then the answer says when to try again (when the oldest attempt
/// counted leaves the window of the fullest limit).
pub async fn reserve(
    db: &Db,
    limits: &[Limit<'_>],
    now: i64,
) -> Result<Result<Reservation, RetryAfter>, StoreError> {
    let mut keyed: Vec<(&Limit<'_>, String)> =
        limits.iter().map(|l| (l, key_hash(l.key))).collect();
    // One order for every transaction, so two of them never wait for each other.
    keyed.sort_by(|a, b| (a.0.scope, &a.1).cmp(&(b.0.scope, &b.1)));
    let mut tx = db.pool().begin().await?;
    let mut refused: Option<RetryAfter> = None;
    for (limit, hash) in &keyed {
        sqlx::query(
            "INSERT INTO rate_limit_keys (scope, key_hash, touched_at) VALUES ($1, $2, $3) \
             ON CONFLICT (scope, key_hash) DO UPDATE SET touched_at = excluded.touched_at",
        )
        .bind(limit.scope)
        .bind(hash)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    for (limit, hash) in &keyed {
        let since = now - limit.policy.window_seconds;
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM rate_limit_attempts \
             WHERE scope = $1 AND key_hash = $2 AND at > $3",
        )
        .bind(limit.scope)
        .bind(hash)
        .bind(since)
        .fetch_one(&mut *tx)
        .await?;
        let count: i64 = row.try_get("n")?;
        if count >= i64::from(limit.policy.max_failures) {
            let oldest: Option<i64> = row.try_get("oldest")?;
            let wait = (oldest.unwrap_or(now) + limit.policy.window_seconds - now).max(1);
            refused = Some(refused.map_or(RetryAfter(wait), |r| RetryAfter(r.0.max(wait))));
        }
    }
    if let Some(retry) = refused {
        tx.rollback().await?;
        return Ok(Err(retry));
    }
    let mut ids = Vec::with_capacity(keyed.len());
    for (limit, hash) in &keyed {
        // What has left the window is no longer needed.
        sqlx::query(
            "DELETE FROM rate_limit_attempts WHERE scope = $1 AND key_hash = $2 AND at <= $3",
        )
        .bind(limit.scope)
        .bind(hash)
        .bind(now - limit.policy.window_seconds)
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query(
            "INSERT INTO rate_limit_attempts (scope, key_hash, at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(limit.scope)
        .bind(hash)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        ids.push(row.try_get("id")?);
    }
    tx.commit().await?;
    Ok(Ok(Reservation { ids }))
}

/// Gives reserved attempts back (they did not count after all).
pub async fn release(db: &Db, reservation: &Reservation) -> Result<(), StoreError> {
    for id in &reservation.ids {
        sqlx::query("DELETE FROM rate_limit_attempts WHERE id = $1")
            .bind(id)
            .execute(db.pool())
            .await?;
    }
    Ok(())
}

/// Forgets every attempt of `key` under `scope` (after a successful sign-in).
pub async fn clear(db: &Db, scope: &str, key: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM rate_limit_attempts WHERE scope = $1 AND key_hash = $2")
        .bind(scope)
        .bind(key_hash(key))
        .execute(db.pool())
        .await?;
    Ok(())
}

/// How many attempts are counted for `key` under `scope` in the window ending at `now`.
pub async fn count(
    db: &Db,
    scope: &str,
    key: &str,
    window_seconds: i64,
    now: i64,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM rate_limit_attempts WHERE scope = $1 AND key_hash = $2 AND at > $3",
    )
    .bind(scope)
    .bind(key_hash(key))
    .bind(now - window_seconds)
    .fetch_one(db.pool())
    .await?;
    Ok(row.try_get("n")?)
}

/// The longest window any limit may have (the settings allow a day).
pub const LONGEST_WINDOW_SECONDS: i64 = 24 * 3600;

/// Removes attempts and keys older than any window (run with the retention job).
pub async fn prune(db: &Db, now: i64) -> Result<u64, StoreError> {
    let before = now - LONGEST_WINDOW_SECONDS;
    let attempts = sqlx::query("DELETE FROM rate_limit_attempts WHERE at <= $1")
        .bind(before)
        .execute(db.pool())
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM rate_limit_keys WHERE touched_at <= $1")
        .bind(before)
        .execute(db.pool())
        .await?;
    Ok(attempts)
}
