//! One log event per request: method, path, status and duration. Never the query
//! string, headers, cookies or bodies — those can hold personal data — and paths in
//! this portal never do (personal data travels in form bodies only).

use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

pub async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    // A clone of the address shares its bytes (no copy of the path per request).
    let uri = request.uri().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    record(&method, uri.path(), response.status(), started);
    response
}

/// Logs a request as [`log_request`] does (also a kept page answered before the
/// stack, `page_cache::answer_early`).
pub fn record(method: &Method, path: &str, status: StatusCode, started: Instant) {
    let status = status.as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::error!(%method, %path, status, ms, "request failed");
    } else {
        tracing::debug!(%method, %path, status, ms, "request");
    }
}
