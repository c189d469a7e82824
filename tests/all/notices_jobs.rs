//! The background jobs of the change notices, driven directly with the time they are
//! given: forwarding to a real local HTTP receiver (retried with back-off until it
//! accepts, delivered once, nothing lost while it is down) and the retention rule. On
//! SQLite and, when `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL.

use crate::support;

use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use meldwijzer::server::jobs::forward::{
    Forwarder, Round, IDEMPOTENCY_HEADER, MAX_BACKOFF_SECONDS,
};
use meldwijzer::server::jobs::retention;
use meldwijzer::store::notices::{self, action, Status};
use meldwijzer::store::staff;
use serde_json::Value;
use sqlx::Row;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::notices::{count, payslip, sample, Store};
use support::on_both_databases;

const T0: i64 = 1_800_000_000;
const DAY: i64 = 86_400;

impl Store {
    fn forwarder(&self, url: &str) -> Forwarder {
        Forwarder::new(
            self.db.clone(),
            self.keys.clone(),
            url,
            Duration::from_secs(5),
        )
        .unwrap()
    }

    /// attempts, last_error, next_attempt_at, delivered_at of the only outbox row.
    async fn outbox(&self) -> (i64, Option<String>, i64, Option<i64>) {
        let row = sqlx::query(
            "SELECT attempts, last_error, next_attempt_at, delivered_at FROM notice_outbox",
        )
        .fetch_one(self.db.pool())
        .await
        .unwrap();
        (
            row.get("attempts"),
            row.get("last_error"),
            row.get("next_attempt_at"),
            row.get("delivered_at"),
        )
    }
}

on_both_databases!(
    Store, worker_threads = 2;
    a_notice_is_retried_until_the_receiver_accepts_and_delivered_once,
    nothing_is_lost_while_the_receiver_is_down,
    retention_deletes_handled_notices_after_the_period,
);

/// What the receiver got: the headers and body of every request.
type Received = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

/// A case system on 127.0.0.1 that answers the statuses in `answers` in turn (the last
/// one from then on). Returns its URL and what it received.
async fn receiver(answers: Vec<StatusCode>) -> (String, Received) {
    let received: Received = Arc::default();
    let app = {
        let received = received.clone();
        axum::Router::new().route(
            "/notices",
            axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
                let received = received.clone();
                let answers = answers.clone();
                async move {
                    let mut all = received.lock().unwrap();
                    all.push((headers, body.to_vec()));
                    answers[(all.len() - 1).min(answers.len() - 1)]
                }
            }),
        )
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/notices"), received)
}

async fn a_notice_is_retried_until_the_receiver_accepts_and_delivered_once(s: Store) {
    let new = sample("MW-FWD-1", "fwd-1");
    notices::submit(&s.db, &s.keys, &new, T0).await.unwrap();
    let (url, received) = receiver(vec![StatusCode::SERVICE_UNAVAILABLE, StatusCode::OK]).await;
    let forwarder = s.forwarder(&url);

    // The receiver is unavailable: one failed attempt, retried in about 30 s.
    let round = forwarder.run_once(T0).await.unwrap();
    assert_eq!(
        round,
        Round {
            delivered: 0,
            failed: 1
        }
    );
    let (attempts, error, next, delivered) = s.outbox().await;
    assert_eq!(
        (attempts, error.as_deref(), delivered),
        (1, Some("HTTP 503"), None)
    );
    assert!((T0 + 24..=T0 + 36).contains(&next), "{}", next - T0);

    // Not due yet: nothing is sent.
    assert_eq!(forwarder.run_once(T0 + 10).await.unwrap(), Round::default());
    assert_eq!(received.lock().unwrap().len(), 1);

    // Due again: delivered.
    let round = forwarder.run_once(T0 + 40).await.unwrap();
    assert_eq!(
        round,
        Round {
            delivered: 1,
            failed: 0
        }
    );
    let (attempts, error, _, delivered) = s.outbox().await;
    assert_eq!((attempts, error, delivered), (1, None, Some(T0 + 40)));

    // Delivered once: later rounds send nothing.
    for later in [T0 + 100, T0 + DAY] {
        assert_eq!(forwarder.run_once(later).await.unwrap(), Round::default());
    }
    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "one failed and one delivered request");
    for (headers, body) in received.iter() {
        assert_eq!(headers[IDEMPOTENCY_HEADER], "MW-FWD-1");
        assert_eq!(headers["content-type"], "application/json");
        let document: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(document["reference"], "MW-FWD-1");
        assert_eq!(document["submitted_at"], "2027-01-15T09:00:00+01:00");
        assert_eq!(document["lang"], "nl");
        assert_eq!(
            document["change_kinds"],
            serde_json::json!(["income", "address"])
        );
        assert_eq!(document["content"], new.content_json);
        let attachment = &document["attachments"][0];
        assert_eq!(attachment["content_type"], "application/pdf");
        let data = base64::engine::general_purpose::STANDARD
            .decode(attachment["data_base64"].as_str().unwrap())
            .unwrap();
        assert_eq!(data, payslip("fwd-1"));
    }
    // Each send is audited, by the system (no staff account).
    let forwarded: Vec<_> = staff::audit_entries(&s.db, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action::NOTICE_FORWARDED)
        .collect();
    assert_eq!(forwarded.len(), 2);
    assert!(forwarded
        .iter()
        .all(|e| e.actor_account_id.is_none() && e.subject == "MW-FWD-1"));
}

async fn nothing_is_lost_while_the_receiver_is_down(s: Store) {
    notices::submit(&s.db, &s.keys, &sample("MW-DOWN-1", "down-1"), T0)
        .await
        .unwrap();
    // A port that nobody listens on: bound for as long as the test runs, so no other
    // test of this process is given it, but never listening, so connections to it are
    // refused.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let closed = socket.local_addr().unwrap();
    let down = s.forwarder(&format!("http://{closed}/notices"));
    let mut now = T0;
    let mut waits = Vec::new();
    for attempt in 1..=4 {
        let round = down.run_once(now).await.unwrap();
        assert_eq!(
            round,
            Round {
                delivered: 0,
                failed: 1
            },
            "attempt {attempt}"
        );
        let (attempts, error, next, delivered) = s.outbox().await;
        assert_eq!(
            (attempts, error.as_deref(), delivered),
            (attempt, Some("connection failed"), None)
        );
        waits.push(next - now);
        now = next;
    }
    // The back-off grows (about 30, 60, 120, 240 s), never past an hour.
    assert!(waits.windows(2).all(|w| w[1] > w[0]), "{waits:?}");
    assert!(waits.iter().all(|w| *w <= MAX_BACKOFF_SECONDS));
    assert_eq!(count(&s.db, "notices").await, 1);
    assert_eq!(count(&s.db, "notice_attachments").await, 1);

    // The case system is back (at another address): the notice arrives.
    let (url, received) = receiver(vec![StatusCode::CREATED]).await;
    let round = s.forwarder(&url).run_once(now).await.unwrap();
    assert_eq!(
        round,
        Round {
            delivered: 1,
            failed: 0
        }
    );
    assert_eq!(received.lock().unwrap().len(), 1);
    let (attempts, _, _, delivered) = s.outbox().await;
    assert_eq!((attempts, delivered), (4, Some(now)));
}

async fn retention_deletes_handled_notices_after_the_period(s: Store) {
    let staff_id = s.staff;
    for (reference, key) in [("MW-KEEP-1", "keep-1"), ("MW-DONE-1", "done-1")] {
        notices::submit(&s.db, &s.keys, &sample(reference, key), T0)
            .await
            .unwrap();
    }
    let done: i64 = sqlx::query("SELECT id FROM notices WHERE reference = 'MW-DONE-1'")
        .fetch_one(s.db.pool())
        .await
        .unwrap()
        .get("id");
    notices::set_status(&s.db, &s.keys, done, Status::Done, None, staff_id, T0 + DAY)
        .await
        .unwrap();

    // 30 days of retention: not yet after 29 days, gone after 31.
    assert_eq!(
        retention::run_once(&s.db, 30, T0 + 30 * DAY).await.unwrap(),
        0
    );
    assert_eq!(count(&s.db, "notices").await, 2);
    assert_eq!(
        retention::run_once(&s.db, 30, T0 + 32 * DAY).await.unwrap(),
        1
    );
    let left: Vec<String> = sqlx::query("SELECT reference FROM notices")
        .fetch_all(s.db.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("reference"))
        .collect();
    assert_eq!(left, ["MW-KEEP-1"], "a notice that is not done stays");
    assert_eq!(count(&s.db, "notice_attachments").await, 1);
    assert_eq!(count(&s.db, "notice_outbox").await, 1);
    let deleted: Vec<_> = staff::audit_entries(&s.db, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action::NOTICE_DELETED)
        .collect();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].subject, "MW-DONE-1");
    // Running again finds nothing more.
    assert_eq!(
        retention::run_once(&s.db, 30, T0 + 60 * DAY).await.unwrap(),
        0
    );
}
