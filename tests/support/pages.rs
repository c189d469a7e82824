//! GET requests to an in-process portal's router, for the tests of pages.

use super::portal::{send, Options, Portal};
pub use super::reply::Reply;
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// A GET of `path` with `headers`.
pub async fn get(app: &axum::Router, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(app, request.body(Body::empty()).unwrap()).await
}

/// The status and text of the page at `path`.
pub async fn page(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let reply = get(app, path, &[]).await;
    (reply.status, reply.body)
}

/// The router of a portal as the server runs it, on a fresh SQLite database (kept by
/// the returned guard), with "today" fixed when `today` is given.
pub async fn app(today: Option<time::Date>) -> (axum::Router, tempfile::TempDir) {
    Portal::sqlite_with(Options {
        today,
        ..Options::default()
    })
    .await
    .into_router()
}
