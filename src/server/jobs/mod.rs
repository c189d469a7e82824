//! Background work of the server, started by `server::serve` (not by `build_state`,
//! so tests drive each job's `run_once` themselves with the time they choose):
//!
//! - [`forward`]: sends every new change notice to the case system, through the
//!   durable outbox, with retries and back-off (only when `notices.forward_url` is set);
//! - [`retention`]: deletes handled notices after `notices.retention_days`;
//! - the draft clean-up (`report::spawn_draft_cleanup`): removes half-finished notices
//!   that have expired, with their files.

pub mod forward;
pub mod retention;

use super::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// The running jobs; [`Jobs::stop`] ends them. A job stopped in the middle of its work
/// loses nothing: an outbox row it had claimed is retried when its lease runs out.
pub struct Jobs(Vec<JoinHandle<()>>);

impl Jobs {
    pub fn stop(self) {
        for job in self.0 {
            job.abort();
        }
    }
}

/// Starts the jobs the settings ask for.
pub fn start(state: &AppState) -> Result<Jobs, reqwest::Error> {
    let notices = &state.settings.notices;
    let mut jobs = vec![
        retention::spawn(state.db.clone(), notices.retention_days),
        super::report::spawn_draft_cleanup(state.clone()),
    ];
    let url = notices.forward_url.trim();
    if url.is_empty() {
        tracing::info!("notices.forward_url is empty: notices are not forwarded");
    } else {
        let timeout = Duration::from_secs(u64::from(notices.forward_timeout_seconds));
        let forwarder =
            forward::Forwarder::new(state.db.clone(), state.data_keys.clone(), url, timeout)?;
        jobs.push(forward::spawn(forwarder));
    }
    Ok(Jobs(jobs))
}

/// Seconds since 1970, now.
fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
