//! GET requests to the in-process router, for the tests of pages.

pub use super::staff::Reply;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use meldwijzer::server::router;
use tower::ServiceExt;

/// A GET of `path` with `headers`.
pub async fn get(app: &axum::Router, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    Reply::read(response).await
}

/// The status and text of the page at `path`.
pub async fn page(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let reply = get(app, path, &[]).await;
    (reply.status, reply.body)
}

/// The portal's router on a fresh SQLite database (kept by the returned guard), with
/// "today" fixed when `today` is given.
pub async fn app(today: Option<time::Date>) -> (axum::Router, tempfile::TempDir) {
    let (url, dir) = super::fresh_sqlite();
    let mut state = super::state_for(&url).await;
    state.today_override = today;
    (router(state), dir)
}
