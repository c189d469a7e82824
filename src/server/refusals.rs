//! The framework's own refusals as the portal's pages.
//!
//! axum's extractors refuse a request before a handler sees it: a body over the
//! route's limit (413 "Failed to buffer the request body"), a form field twice (422
//! "duplicate field"), a body that is not a form (415), a method the address does not
//! take (405, empty). Those answers are plain English text. [`portal_refusals`] turns
//! every such answer into the portal's page in the visitor's language (negotiated
//! like every page: the language in the path, else the language cookie, else
//! `Accept-Language`), or into the API's JSON error under `/api/v1`.
//!
//! A framework refusal is recognised by its shape: a 4xx status with a plain-text or
//! empty body. The portal's own answers are pages (HTML) or JSON; `/healthz` (plain
//! text for monitors) and the assets under `/pkg` keep their answers.

use super::api::ApiError;
use super::AppState;
use crate::pages::request_problem::{self, RequestProblem};
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

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
    if !is_framework_refusal(&response) {
        return response;
    }
    let status = response.status();
    let mut answer = if head.uri.path().starts_with("/api/") {
        api_refusal(status).into_response()
    } else {
        let problem = if status == StatusCode::PAYLOAD_TOO_LARGE {
            RequestProblem::TooLarge
        } else {
            RequestProblem::Unreadable
        };
        page(&state, &head, status, problem).await
    };
    // Keep what the refusal said about the address: the methods it takes, and the
    // area's caching rule (`no-store` for the staff area and the change notice).
    for name in [header::ALLOW, header::CACHE_CONTROL] {
        if let Some(value) = response.headers().get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// The portal's page for `problem`, with `status`, in the language of the request.
pub async fn page(
    state: &AppState,
    parts: &Parts,
    status: StatusCode,
    problem: RequestProblem,
) -> Response {
    super::page::render(state, parts, status, problem, request_problem::document).await
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

/// The API's JSON error for a refusal. Developer-facing, like the API's other
/// errors: a resident never sees them.
fn api_refusal(status: StatusCode) -> ApiError {
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("body-too-large", "The body is too large."),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported-media-type",
            "Send the body as JSON with `Content-Type: application/json`.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "This endpoint does not take this HTTP method; see /api/v1/openapi.json.",
        ),
        _ => ("invalid-request", "The request could not be read."),
    };
    let error = ApiError::new(status, code, message);
    if status == StatusCode::UNSUPPORTED_MEDIA_TYPE {
        error.with_header(header::ACCEPT, HeaderValue::from_static("application/json"))
    } else {
        error
    }
}
