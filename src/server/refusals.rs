//! Refusals as the portal's pages.
//!
//! Two kinds of refusal reach [`portal_refusals`]. A handler's [`PageError`] arrives as
//! an answer without a body that carries its [`Problem`]. axum's extractors refuse a
//! request before a handler sees it: a body over the route's limit (413 "Failed to
//! buffer the request body"), a form field twice (422 "duplicate field"), a body that
//! is not a form (415), a method the address does not take (405, empty); those answers
//! are plain English text, recognised by their shape (a 4xx status with a plain-text or
//! empty body). The portal's own answers are pages (HTML) or JSON; `/healthz` (plain
//! text for monitors) and the assets under `/pkg` keep their answers.
//!
//! Both become the page of the [`Area`] the address belongs to, in the visitor's
//! language (negotiated like every page: the language in the path, else the language
//! cookie, else `Accept-Language`), or the API's JSON error under `/api/v1`.
//!
//! [`PageError`]: super::error::PageError

use super::api::ApiError;
use super::error::unreadable;
use super::AppState;
use crate::pages::problem::{self, Problem};
use crate::pages::report::form::{self as report, ReportView};
use crate::pages::staff::{self, StaffView};
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The part of the portal an answer comes from; it decides the page that shows a
/// problem. The areas mark their answers ([`Area::mark`]); every other address is the
/// portal's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// The resident pages: the portal's own problem page.
    Portal,
    /// The change-notice steps: the problem inside the change notice's page.
    Report,
    /// The staff area: the problem inside the staff page, in the staff's words.
    Staff,
}

impl Area {
    /// Marks `response` as this area's (a layer of the area's routes).
    pub async fn mark(self, mut response: Response) -> Response {
        response.extensions_mut().insert(self);
        response
    }
}

pub async fn portal_refusals(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if path == "/healthz" || path.starts_with("/pkg/") {
        return next.run(request).await;
    }
    // What the page needs to pick the language: the path and two headers (copying
    // these is cheaper than keeping the whole request head).
    let head = head_of(&request);
    let response = next.run(request).await;
    let problem = match response.extensions().get::<Problem>() {
        Some(problem) => *problem,
        None if is_framework_refusal(&response) => unreadable(response.status()),
        None => return response,
    };
    let status = response.status();
    let mut answer = if head.uri.path().starts_with("/api/") {
        ApiError::refused(status).into_response()
    } else {
        let area = response.extensions().get::<Area>().copied();
        page(&state, &head, status, problem, area.unwrap_or(Area::Portal)).await
    };
    // Keep what the refusal said besides its page: the methods the address takes, the
    // area's caching rule (`no-store` for the staff area and the change notice), and
    // the cookies it sets or removes.
    let headers = response.headers();
    for name in [header::ALLOW, header::CACHE_CONTROL] {
        if let Some(value) = headers.get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    for cookie in headers.get_all(header::SET_COOKIE) {
        answer
            .headers_mut()
            .append(header::SET_COOKIE, cookie.clone());
    }
    answer
}

/// The page of `area` for `problem`, with `status`, in the language of the request.
async fn page(
    state: &AppState,
    parts: &Parts,
    status: StatusCode,
    problem: Problem,
    area: Area,
) -> Response {
    use super::page::render;
    match area {
        Area::Portal => render(state, parts, status, problem, problem::document).await,
        Area::Report => {
            let view = ReportView::Problem(problem);
            render(state, parts, status, view, report::document).await
        }
        Area::Staff => {
            let view = StaffView::Problem(problem);
            render(state, parts, status, view, staff::document).await
        }
    }
}

fn head_of(request: &Request) -> Parts {
    let mut head = Request::builder()
        .method(request.method().clone())
        .uri(request.uri().clone());
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE, header::HOST] {
        for value in request.headers().get_all(&name) {
            head = head.header(&name, value.clone());
        }
    }
    let (parts, ()) = head
        .body(())
        .expect("parts copied from a valid request")
        .into_parts();
    parts
}

fn is_framework_refusal(response: &Response) -> bool {
    if !response.status().is_client_error() {
        return false;
    }
    match response.headers().get(header::CONTENT_TYPE) {
        None => true,
        Some(value) => value.to_str().is_ok_and(|v| v.starts_with("text/plain")),
    }
}
