//! Choosing the language for `/` and remembering the visitor's choice.

use super::AppState;
use crate::i18n::language::negotiate;
use crate::shell::page_context::{cookie_value, split_language, LANGUAGE_COOKIE};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn remembered(headers: &HeaderMap) -> Option<&str> {
    header_str(headers, header::COOKIE).and_then(|c| cookie_value(c, LANGUAGE_COOKIE))
}

/// `/` sends the visitor to the start page in the remembered language, or else the one
/// their browser prefers.
pub async fn root_redirect(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let catalog = state.catalog.current();
    let lang = negotiate(
        catalog.languages(),
        remembered(&headers),
        header_str(&headers, header::ACCEPT_LANGUAGE),
    );
    let mut response = Redirect::to(&format!("/{}", lang.code)).into_response();
    let h = response.headers_mut();
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// After a page under `/<lang>/` is served, remember that language for `/`.
pub async fn remember(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let cookie = cookie_to_remember(&state, request.uri().path(), request.headers());
    let mut response = next.run(request).await;
    if let Some(cookie) = cookie.filter(|_| response.status().is_success()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// The `Set-Cookie` that [`remember`] adds to a successful answer to a request for
/// `path` with `headers`, if any (also for a kept page answered before the stack,
/// `page_cache::answer_early`).
pub fn cookie_to_remember(
    state: &AppState,
    path: &str,
    headers: &HeaderMap,
) -> Option<HeaderValue> {
    let code = split_language(path).0;
    if remembered(headers) == Some(code) {
        return None;
    }
    cookie_for(state, code)
}

/// The cookie that remembers language `code`, if the portal has that language.
fn cookie_for(state: &AppState, code: &str) -> Option<HeaderValue> {
    state.catalog.current().language(code)?;
    // A language code is not personal data; a year is long enough to be useful.
    let cookie =
        format!("{LANGUAGE_COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    HeaderValue::from_str(&cookie).ok()
}
