//! Metrics in Prometheus text format, for the municipality's monitoring.
//!
//! Off unless `MELDWIJZER_METRICS_BIND` names an address: then [`serve`] answers
//! `GET /metrics` there, on a listener of its own, and the public router never has the
//! route (a scrape from the internet finds nothing). The figures are recorded with the
//! `metrics` facade into the `metrics-exporter-prometheus` recorder, one per process;
//! the backlog of the forwarding outbox and the database pool are read at each scrape.
//!
//! Labels hold only what the code chose: the route *template* (`/{lang}/duties`, never
//! the path a visitor typed, never a query), a method from a fixed list and the status
//! code. No label ever holds an address, a reference or anything a resident typed.

use super::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const REQUESTS: &str = "meldwijzer_http_requests_total";
pub const REQUEST_SECONDS: &str = "meldwijzer_http_request_duration_seconds";
pub const NOTICES_RECEIVED: &str = "meldwijzer_notices_received_total";
pub const FORWARDING_FAILURES: &str = "meldwijzer_forwarding_failures_total";
pub const OUTBOX_PENDING: &str = "meldwijzer_forwarding_outbox_pending";
pub const OUTBOX_OLDEST_SECONDS: &str = "meldwijzer_forwarding_outbox_oldest_age_seconds";
pub const RENDER_CACHE_HITS: &str = "meldwijzer_render_cache_hits_total";
pub const RENDER_CACHE_MISSES: &str = "meldwijzer_render_cache_misses_total";
pub const DB_POOL_CONNECTIONS: &str = "meldwijzer_db_pool_connections";
pub const DB_POOL_IDLE: &str = "meldwijzer_db_pool_idle_connections";
pub const DB_POOL_MAX: &str = "meldwijzer_db_pool_max_connections";

/// The route label of a request no route matched (missing pages, probes): one value,
/// so a scan of random paths cannot make a label per path.
pub const UNMATCHED: &str = "unmatched";

/// Latency buckets in seconds: kept pages answer in well under a millisecond, a
/// notice with files in seconds.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
/// Whether the recorder is installed: without it the request middleware skips the
/// work of its labels.
static ENABLED: AtomicBool = AtomicBool::new(false);

/// Installs the recorder (once per process; later calls get the same handle).
pub fn install() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(REQUEST_SECONDS.into()), BUCKETS)
                .expect("the buckets are not empty")
                .build_recorder();
            let handle = recorder.handle();
            if let Err(error) = metrics::set_global_recorder(recorder) {
                tracing::warn!(%error, "metrics: another recorder is installed already");
            }
            describe();
            ENABLED.store(true, Ordering::Relaxed);
            handle
        })
        .clone()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        REQUESTS,
        "HTTP requests by method, route template and status"
    );
    describe_histogram!(
        REQUEST_SECONDS,
        Unit::Seconds,
        "time to the response head, by method and route template"
    );
    describe_counter!(
        NOTICES_RECEIVED,
        "change notices stored (a repeat is not counted)"
    );
    describe_counter!(FORWARDING_FAILURES, "failed attempts to forward a notice");
    describe_gauge!(OUTBOX_PENDING, "notices still to be forwarded");
    describe_gauge!(
        OUTBOX_OLDEST_SECONDS,
        Unit::Seconds,
        "age of the oldest notice still to be forwarded (0 when none)"
    );
    describe_counter!(
        RENDER_CACHE_HITS,
        "pages (kind=page) and self-check steps (kind=step) answered from the render cache"
    );
    describe_counter!(
        RENDER_CACHE_MISSES,
        "pages and self-check steps that had to be rendered to be kept, by kind"
    );
    describe_gauge!(DB_POOL_CONNECTIONS, "open database connections");
    describe_gauge!(DB_POOL_IDLE, "idle database connections");
    describe_gauge!(DB_POOL_MAX, "the pool's maximum of connections");
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Middleware of the public router: counts each request by route template and
/// status, and its time to the response head.
pub async fn track(request: Request, next: Next) -> Response {
    if !enabled() {
        return next.run(request).await;
    }
    let method = request.method().clone();
    let route = route_of(&request);
    let started = Instant::now();
    let response = next.run(request).await;
    record_request(&method, route, response.status(), started);
    response
}

/// The route template a request matched (`/{lang}/duties`), or [`UNMATCHED`].
pub fn route_of(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| UNMATCHED.to_owned(), |p| p.as_str().to_owned())
}

/// Counts a request and its duration, as [`track`] does (also for a kept page
/// answered before the stack, `page_cache::answer_early`).
pub fn record_request(method: &Method, route: String, status: StatusCode, started: Instant) {
    if !enabled() {
        return;
    }
    let method = method_label(method);
    let seconds = started.elapsed().as_secs_f64();
    let status = status.as_u16().to_string();
    metrics::counter!(REQUESTS, "method" => method, "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!(REQUEST_SECONDS, "method" => method, "route" => route).record(seconds);
}

/// A method from a fixed list: a client may send any word as its method.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

/// A change notice was stored.
pub fn notice_received() {
    metrics::counter!(NOTICES_RECEIVED).increment(1);
}

/// An attempt to forward a notice failed.
pub fn forwarding_failed() {
    metrics::counter!(FORWARDING_FAILURES).increment(1);
}

/// The render cache answered (`true`) or had to render a page it may keep. `kind` is
/// `page` (a content page) or `step` (a self-check step): never the path or query.
pub fn render_cache(kind: &'static str, hit: bool) {
    if hit {
        metrics::counter!(RENDER_CACHE_HITS, "kind" => kind).increment(1);
    } else {
        metrics::counter!(RENDER_CACHE_MISSES, "kind" => kind).increment(1);
    }
}

/// The router of the metrics address: `GET /metrics` and nothing else.
pub fn router(state: AppState, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state((state, handle))
}

async fn scrape(State((state, handle)): State<(AppState, PrometheusHandle)>) -> Response {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    match crate::store::notices::outbox_backlog(&state.db).await {
        Ok(backlog) => {
            metrics::gauge!(OUTBOX_PENDING).set(backlog.pending as f64);
            let age = backlog
                .oldest_submitted_at
                .map_or(0, |at| (now - at).max(0));
            metrics::gauge!(OUTBOX_OLDEST_SECONDS).set(age as f64);
        }
        Err(error) => tracing::warn!(%error, "metrics: the outbox is not readable"),
    }
    let pool = state.db.pool();
    metrics::gauge!(DB_POOL_CONNECTIONS).set(f64::from(pool.size()));
    metrics::gauge!(DB_POOL_IDLE).set(pool.num_idle() as f64);
    metrics::gauge!(DB_POOL_MAX).set(f64::from(pool.options().get_max_connections()));
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        handle.render(),
    )
        .into_response()
}

/// Serves the metrics on `listener` until the task is aborted, and keeps the
/// histograms' memory bounded between scrapes.
pub fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    handle: PrometheusHandle,
) -> tokio::task::JoinHandle<()> {
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let app = router(state, handle);
        let upkeep = async move {
            loop {
                tokio::time::sleep(Duration::from_secs(5)).await;
                upkeep.run_upkeep();
            }
        };
        tokio::select! {
            () = super::listen::serve(
                listener,
                app,
                super::listen::ReadTimeouts::DEFAULT,
                std::future::pending(),
            ) => {}
            () = upkeep => {}
        }
    })
}
