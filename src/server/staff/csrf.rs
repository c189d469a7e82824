//! Cross-site request forgery protection, in two layers.
//!
//! 1. `refuse_cross_site` refuses every state-changing request that a browser marks
//!    as coming from another site. It follows the design of Go's
//!    `net/http.CrossOriginProtection`: trust `Sec-Fetch-Site` when the browser sends
//!    it (only `same-origin` and `none`, a typed address, pass); otherwise compare
//!    `Origin` with `Host`; a request with neither is not from a browser.
//! 2. Every form carries a synchronizer token in the hidden field `_csrf`, checked by
//!    the handler against the session (or, before sign-in, the sign-in cookie).

use super::problem;
use crate::pages::staff::Problem;
use crate::server::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, Uri};
use axum::middleware::Next;
use axum::response::Response;

/// The form field that carries the token.
pub const FORM_FIELD: &str = "_csrf";

pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if allowed(&request) {
        return next.run(request).await;
    }
    let (parts, _) = request.into_parts();
    tracing::warn!(
        path = parts.uri.path(),
        "staff area: cross-site request refused"
    );
    problem(&state, &parts, Problem::FormRefused).await
}

/// Whether `request` may go on: it changes nothing (a safe method), or it comes from
/// this site.
pub fn allowed(request: &Request) -> bool {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    safe || same_origin(request.headers(), request.uri())
}

/// Whether a browser would call this request same-origin (or it is not from a
/// browser at all).
pub fn same_origin(headers: &HeaderMap, uri: &Uri) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| uri.authority().map(|a| a.as_str()));
    match (origin.to_str().ok(), host) {
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cross_site_requests_are_recognised() {
        let cases: [(&[(&str, &str)], bool); 10] = [
            (&[], true),
            (&[("sec-fetch-site", "same-origin")], true),
            (&[("sec-fetch-site", "none")], true),
            (&[("sec-fetch-site", "same-site")], false),
            (&[("sec-fetch-site", "cross-site")], false),
            // Sec-Fetch-Site wins over a matching Origin.
            (
                &[
                    ("sec-fetch-site", "cross-site"),
                    ("origin", "https://portal.example"),
                    ("host", "portal.example"),
                ],
                false,
            ),
            (
                &[
                    ("origin", "https://portal.example"),
                    ("host", "portal.example"),
                ],
                true,
            ),
            (
                &[
                    ("origin", "http://127.0.0.1:3000"),
                    ("host", "127.0.0.1:3000"),
                ],
                true,
            ),
            (
                &[
                    ("origin", "https://evil.example"),
                    ("host", "portal.example"),
                ],
                false,
            ),
            (&[("origin", "null"), ("host", "portal.example")], false),
        ];
        for (headers, expected) in cases {
            let mut map = HeaderMap::new();
            for (name, value) in headers {
                map.insert(*name, HeaderValue::from_static(value));
            }
            let uri: Uri = "/staff/accounts".parse().unwrap();
            assert_eq!(same_origin(&map, &uri), expected, "{headers:?}");
        }
    }
}
