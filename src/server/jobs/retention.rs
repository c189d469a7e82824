//! The retention rule: notices handled (`done`) more than `retention_days` ago are
//! deleted with their attachments, at start and then every hour. The store writes one
//! `notice-deleted` audit row per notice; the log gets counts only.

use crate::store::notices::{self, NoticeError};
use crate::store::Db;
use std::time::Duration;
use tokio::task::JoinHandle;

/// How often the rule runs.
pub const INTERVAL: Duration = Duration::from_secs(3600);

/// Applies the rule once at `now`; how many notices were deleted.
pub async fn run_once(db: &Db, retention_days: u32, now: i64) -> Result<u64, NoticeError> {
    let deleted = notices::delete_expired(db, retention_days, now).await?;
    // Counted attempts older than any limit's window are no longer needed.
    if let Err(error) = crate::store::limits::prune(db, now).await {
        tracing::warn!(%error, "retention: removing old counted attempts failed");
    }
    // Resident sessions and DigiD sign-ins that have ended.
    if let Err(error) = crate::store::residents::delete_ended(db, now).await {
        tracing::warn!(%error, "retention: removing ended resident sessions failed");
    }
    if deleted > 0 {
        tracing::info!(
            deleted,
            retention_days,
            "retention: handled notices deleted"
        );
    }
    Ok(deleted)
}

/// Runs the rule now and then every [`INTERVAL`], until aborted.
pub fn spawn(db: Db, retention_days: u32) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(INTERVAL);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(error) = run_once(&db, retention_days, super::unix_now()).await {
                tracing::error!(%error, "retention: deleting handled notices failed");
            }
        }
    })
}
