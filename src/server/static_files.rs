//! The built assets under `/pkg`: their names carry a content hash, so browsers may
//! keep them for a year.

use axum::http::HeaderValue;
use axum::Router;
use std::path::Path;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

pub fn pkg_service<S: Clone + Send + Sync + 'static>(site_root: &Path, pkg_dir: &str) -> Router<S> {
    Router::new()
        .fallback_service(ServeDir::new(site_root.join(pkg_dir)))
        .layer(SetResponseHeaderLayer::overriding(
            axum::http::header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ))
}
