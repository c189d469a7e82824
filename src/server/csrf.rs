//! Cross-site request forgery protection of the form areas (the staff area and the
//! change notice), in two layers.
//!
//! 1. [`refuse_cross_site`] lets through only the state-changing requests that come
//!    from this site. It follows the design of Go's `net/http.CrossOriginProtection`:
//!    trust `Sec-Fetch-Site` when the browser sends it (only `same-origin` and `none`, a
//!    typed address, pass); otherwise compare `Origin` with `Host`; a request with
//!    neither is not from a browser.
//! 2. Every form carries a synchronizer token in the hidden field [`FORM_FIELD`]. Each
//!    area derives and checks its own: the staff area against the session (or, before
//!    sign-in, the sign-in cookie), the change notice from the draft cookie.

use super::error::PageError;
use crate::pages::problem::Problem;
use axum::extract::Request;
use axum::http::{header, HeaderMap, Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The form field that carries the token; the pages render it (`form_token`).
pub use crate::components::form_token::FORM_TOKEN_FIELD as FORM_FIELD;

/// A form whose only field is the token (sign out, deactivate, confirm, …).
#[derive(serde::Deserialize)]
pub struct TokenOnly {
    #[serde(default, rename = "_csrf")]
    pub csrf: String,
}

/// Refuses a state-changing request that a browser marks as cross-site: a layer of
/// both form areas.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if allowed(&request) {
        return next.run(request).await;
    }
    tracing::warn!(path = request.uri().path(), "cross-site request refused");
    PageError::from(Problem::FormRefused).into_response()
}

/// Whether `request` may go on: it changes nothing (a safe method), or it comes from
/// this site.
fn allowed(request: &Request) -> bool {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    safe || same_origin(request.headers(), request.uri())
}

/// Whether a browser would call this request same-origin (or it is not from a
/// browser at all).
fn same_origin(headers: &HeaderMap, uri: &Uri) -> bool {
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
    fn forms_read_the_token_from_the_field_the_pages_name() {
        let mut fields = serde_json::Map::new();
        fields.insert(FORM_FIELD.to_owned(), "abc".into());
        let form: TokenOnly = serde_json::from_value(fields.into()).unwrap();
        assert_eq!(form.csrf, "abc");
    }

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
