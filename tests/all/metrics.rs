//! Metrics (issue 20): scraped in Prometheus text format from the metrics router, which
//! the server serves on an address of its own; the public router has no `/metrics`.
//! The recorder is one per process and the tests of this binary run in parallel, so
//! counters are compared before and after, never with fixed totals.

use crate::support;

use axum::http::StatusCode;
use meldwijzer::server::jobs::forward::Forwarder;
use meldwijzer::server::metrics;
use std::time::Duration;
use support::portal::{Options, Portal};
use support::resident::Resident;
use time::macros::date;

async fn scrape(portal: &Portal) -> String {
    let app = metrics::router(portal.state.clone(), metrics::install());
    let reply = support::pages::get(&app, "/metrics", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply
            .header(axum::http::header::CONTENT_TYPE)
            .starts_with("text/plain; version=0.0.4"),
        "the Prometheus text format"
    );
    reply.body
}

/// The value of the sample whose name and labels start with `series` (summed over
/// the samples that match), or 0 when there is none yet.
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#') && line.starts_with(series))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test]
async fn the_metrics_count_requests_pages_notices_and_forwarding() {
    metrics::install();
    let portal = Portal::sqlite_with(Options::on(date!(2026 - 03 - 10))).await;
    let before = scrape(&portal).await;

    // A page three times: rendered once, then from the render cache.
    for _ in 0..3 {
        assert_eq!(portal.get("/nl/help", &[]).await.status, StatusCode::OK);
    }
    // A self-check step twice, its pairs in another order the second time: one entry
    // of the steps' cache. Its answers never become a label.
    for query in [
        "life-areas=work&_q=life-areas",
        "_q=life-areas&life-areas=work",
    ] {
        let step = portal.get(&format!("/nl/self-check?{query}"), &[]).await;
        assert_eq!(step.status, StatusCode::OK);
    }
    // Paths and queries that must never become a label.
    portal.get("/nl/help?name=Jansen&bsn=111222333", &[]).await;
    let missing = portal.get("/nl/geheim-pad-111222333", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    // A notice, and a failed attempt to forward it.
    let mut resident = Resident::on(&portal);
    resident.fill_in(1).await.unwrap();
    resident.submit().await.unwrap();
    let forwarder = Forwarder::new(
        portal.state.db.clone(),
        portal.state.data_keys.clone(),
        "http://127.0.0.1:1/notices",
        Duration::from_secs(2),
    )
    .unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert_eq!(forwarder.run_once(now).await.unwrap().failed, 1);

    let after = scrape(&portal).await;
    let grew = |series: &str| value(&after, series) - value(&before, series);
    assert!(
        grew(
            "meldwijzer_http_requests_total{method=\"GET\",route=\"/{lang}/help\",status=\"200\"}"
        ) >= 4.0,
        "{after}"
    );
    assert!(
        grew("meldwijzer_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}")
            >= 1.0
    );
    assert!(
        grew(
            "meldwijzer_http_request_duration_seconds_count{method=\"GET\",route=\"/{lang}/help\"}"
        ) >= 4.0
    );
    assert!(
        after.contains("meldwijzer_http_request_duration_seconds_bucket{"),
        "a histogram"
    );
    assert!(grew("meldwijzer_render_cache_hits_total") >= 3.0);
    assert!(grew("meldwijzer_render_cache_misses_total") >= 2.0);
    assert!(grew("meldwijzer_render_cache_hits_total{kind=\"page\"}") >= 2.0);
    assert!(grew("meldwijzer_render_cache_hits_total{kind=\"step\"}") >= 1.0);
    assert!(grew("meldwijzer_render_cache_misses_total{kind=\"step\"}") >= 1.0);
    assert!(grew("meldwijzer_notices_received_total") >= 1.0);
    assert!(grew("meldwijzer_forwarding_failures_total") >= 1.0);
    // Read from this portal's database at the scrape.
    assert_eq!(value(&after, "meldwijzer_forwarding_outbox_pending "), 1.0);
    assert!(value(&after, "meldwijzer_forwarding_outbox_oldest_age_seconds ") >= 0.0);
    assert!(after.contains("meldwijzer_forwarding_outbox_oldest_age_seconds "));
    assert!(value(&after, "meldwijzer_db_pool_connections ") >= 1.0);
    assert!(after.contains("meldwijzer_db_pool_idle_connections "));
    assert_eq!(value(&after, "meldwijzer_db_pool_max_connections "), 8.0);
    // Nothing a visitor typed: no raw path, no query, no personal data.
    for leak in ["Jansen", "111222333", "geheim", "?", "life-areas"] {
        assert!(!after.contains(leak), "{leak} in the metrics:\n{after}");
    }
}

#[tokio::test]
async fn the_public_address_has_no_metrics() {
    metrics::install();
    let portal = Portal::sqlite_with(Options::default()).await;
    for path in ["/metrics", "/metrics/", "/nl/metrics"] {
        let reply = portal.get(path, &[]).await;
        assert!(
            matches!(
                reply.status,
                StatusCode::NOT_FOUND | StatusCode::PERMANENT_REDIRECT
            ),
            "{path}: {}",
            reply.status
        );
        assert!(
            !reply.body.contains("meldwijzer_http_requests_total"),
            "{path}"
        );
    }
    assert_eq!(
        portal.get("/metrics", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}
