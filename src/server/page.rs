//! What the server-rendered form areas (the staff area, the change notice) share: a
//! page whose content the handler decided, rendered into the portal's document; the
//! request's cookies and network address; the answer to a finished form.

use super::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::config::LeptosOptions;
use leptos::prelude::{provide_context, IntoView};

/// Renders `document` with `view` in context (the page components read it with
/// `expect_context`), in the language of the request, with `status`.
pub async fn render<V, D, IV>(
    state: &AppState,
    parts: &Parts,
    status: StatusCode,
    view: V,
    document: D,
) -> Response
where
    V: Clone + Send + Sync + 'static,
    D: Fn(LeptosOptions) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    let options = state.leptos_options.clone();
    let context = {
        let state = state.clone();
        move || {
            state.provide_to_page();
            provide_context(view.clone());
        }
    };
    let handler =
        leptos_axum::render_app_to_stream_with_context(context, move || document(options.clone()));
    let mut response = handler(Request::from_parts(parts.clone(), Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// `303 See Other` to `to`: the answer to a successful form.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The value of cookie `name`, if the request has it.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| crate::shell::page_context::cookie_value(c, name))
}

/// The key that per-address limits count against: the client's address, as the
/// outermost middleware worked it out (`super::client_address`).
pub fn client_address(parts: &Parts) -> String {
    super::client_address::ClientAddress::of(parts).key()
}
