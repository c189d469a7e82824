//! Forwarding notices to the case system through the outbox (`notice_outbox`, written
//! in the same transaction as the notice, so none is forgotten).
//!
//! Each round claims the due rows with a lease (another instance, or this one after a
//! crash, takes a row over only when the lease has run out), POSTs each notice as JSON
//! (`server::export::forward_json`) and marks it delivered on a 2xx answer. Anything
//! else is a failed attempt, retried after an exponential back-off (30 s doubling, at
//! most an hour, with jitter so a recovering receiver is not hit by every row at once).
//! The receiver de-duplicates on the `Idempotency-Key` header (the reference): a
//! delivery whose answer got lost is sent again.
//!
//! Error texts in the outbox and the log hold no personal data: a status code or the
//! kind of network failure, never a body or a URL.

use crate::server::export::forward_json;
use crate::store::crypto::DataKeys;
use crate::store::notices::{self, NoticeError, OutboxItem};
use crate::store::Db;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;

/// The header the receiver de-duplicates on; its value is the notice's reference.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";
/// The reference again, under a name that says what it is.
pub const REFERENCE_HEADER: &str = "x-meldwijzer-reference";

/// Rows per round.
const BATCH: i64 = 10;
/// The pause between rounds when there was nothing (more) to do.
const POLL: Duration = Duration::from_secs(5);
/// The first back-off; it doubles per failed attempt.
const FIRST_BACKOFF_SECONDS: f64 = 30.0;
/// The longest back-off.
pub const MAX_BACKOFF_SECONDS: i64 = 3600;

/// How long to wait after failed attempt number `attempt` (from 1), with `jitter` in
/// `0.0..1.0` spreading it over 80 %–120 % of the doubling, at most an hour.
pub fn backoff_seconds(attempt: i64, jitter: f64) -> i64 {
    let doublings = attempt.clamp(1, 32) - 1;
    let base = FIRST_BACKOFF_SECONDS * 2f64.powi(doublings as i32);
    let spread = base * (0.8 + 0.4 * jitter.clamp(0.0, 1.0));
    (spread.round() as i64).clamp(1, MAX_BACKOFF_SECONDS)
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub delivered: usize,
    pub failed: usize,
}

impl Round {
    fn claimed(self) -> usize {
        self.delivered + self.failed
    }
}

/// Sends notices to one URL.
pub struct Forwarder {
    db: Db,
    keys: Arc<DataKeys>,
    client: reqwest::Client,
    url: String,
    lease_seconds: i64,
}

impl Forwarder {
    /// A forwarder to `url` that gives up an attempt after `timeout`.
    pub fn new(
        db: Db,
        keys: Arc<DataKeys>,
        url: &str,
        timeout: Duration,
    ) -> Result<Forwarder, reqwest::Error> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            // A redirect could send personal data somewhere nobody configured.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("meldwijzer/", env!("CARGO_PKG_VERSION")))
            .build()?;
        // The claim outlives an attempt, so no other round takes the row meanwhile.
        let lease_seconds = i64::try_from(timeout.as_secs()).unwrap_or(3600) * 2 + 60;
        Ok(Forwarder {
            db,
            keys,
            client,
            url: url.to_owned(),
            lease_seconds,
        })
    }

    /// Claims what is due at `now` and tries to deliver it.
    pub async fn run_once(&self, now: i64) -> Result<Round, NoticeError> {
        let items = notices::claim_outbox(&self.db, now, self.lease_seconds, BATCH).await?;
        let mut round = Round::default();
        for item in items {
            match self.deliver(&item, now).await {
                Ok(()) => {
                    notices::outbox_delivered(&self.db, item.id, now).await?;
                    round.delivered += 1;
                }
                Err(reason) => {
                    let attempt = item.attempts + 1;
                    let next = now + backoff_seconds(attempt, rand::random::<f64>());
                    notices::outbox_failed(&self.db, item.id, &reason, next).await?;
                    crate::server::metrics::forwarding_failed();
                    tracing::warn!(
                        outbox_id = item.id,
                        attempt,
                        retry_in = next - now,
                        reason = %reason,
                        "forwarding a notice failed; it will be retried"
                    );
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }

    /// One attempt; the error is a text without personal data.
    async fn deliver(&self, item: &OutboxItem, now: i64) -> Result<(), String> {
        let attempt = item.attempts + 1;
        let opened =
            notices::open_for_forwarding(&self.db, &self.keys, item.notice_id, attempt, now).await;
        let (notice, attachments) = match opened {
            Ok(Some(found)) => found,
            Ok(None) => return Err("notice not found".into()),
            Err(error) => {
                tracing::error!(%error, outbox_id = item.id, "cannot open a notice to forward");
                return Err("cannot open the notice".into());
            }
        };
        let reference = notice.summary.reference.clone();
        let body = forward_json(&notice, &attachments);
        let response = self
            .client
            .post(&self.url)
            .header(IDEMPOTENCY_HEADER, &reference)
            .header(REFERENCE_HEADER, &reference)
            .json(&body)
            .send()
            .await
            .map_err(|error| describe(&error))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else {
            Err(format!("HTTP {}", status.as_u16()))
        }
    }
}

/// The kind of a network failure, without the URL or anything else from the request.
fn describe(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connection failed"
    } else if error.is_request() {
        "request failed"
    } else if error.is_body() || error.is_decode() {
        "answer unreadable"
    } else {
        "failed"
    };
    kind.to_owned()
}

/// Runs rounds until aborted: straight on while rows keep coming, otherwise every few
/// seconds.
pub fn spawn(forwarder: Forwarder) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let busy = match forwarder.run_once(super::unix_now()).await {
                Ok(round) => {
                    if round.claimed() > 0 {
                        tracing::info!(
                            delivered = round.delivered,
                            failed = round.failed,
                            "forwarding round"
                        );
                    }
                    round.delivered > 0 && round.claimed() == BATCH as usize
                }
                Err(error) => {
                    tracing::error!(%error, "forwarding: the outbox is not readable");
                    false
                }
            };
            if !busy {
                tokio::time::sleep(POLL).await;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_back_off_doubles_with_jitter_up_to_an_hour() {
        let cases = [
            (1, 0.5, 30),
            (1, 0.0, 24),
            (1, 1.0, 36),
            (2, 0.5, 60),
            (3, 0.5, 120),
            (7, 0.5, 1920),
            (8, 0.5, 3600),
            (8, 0.0, 3072),
            (20, 1.0, 3600),
            (1000, 0.3, 3600),
            (0, 0.5, 30),
            (-3, 2.0, 36),
        ];
        for (attempt, jitter, expected) in cases {
            assert_eq!(
                backoff_seconds(attempt, jitter),
                expected,
                "{attempt} {jitter}"
            );
        }
    }
}
