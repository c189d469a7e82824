//! GET requests to the in-process router, for the tests of pages.

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use meldwijzer::server::router;
use tower::ServiceExt;

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    /// The body as text (invalid UTF-8 shown as U+FFFD).
    pub body: String,
}

impl Reply {
    /// The body, which must be UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("utf-8 body")
    }

    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }
}

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
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes: bytes.to_vec(),
    }
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
