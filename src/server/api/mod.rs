//! The JSON API for other channels (a municipal app, a chat assistant, a phone
//! script): the same self-check rules and texts as the web pages, as data.
//!
//! Every answer, success or error, is JSON with `Cache-Control: no-store`. Errors
//! have one shape, [`ApiError`]: `{"error": code, "message": text, "fields": [...]}`;
//! a client can always read the stable `error` code and, per wrong field, the stable
//! `problem` code. Nothing here logs a request body or an answer: answers are
//! personal data. The contract is `api/openapi.json`, served at
//! `/api/v1/openapi.json`.

mod selfcheck;

use super::AppState;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use tower_http::set_header::SetResponseHeaderLayer;

/// The hand-written OpenAPI 3.1 description of this API.
pub const OPENAPI: &str = include_str!("../../../api/openapi.json");

/// The largest request body the API reads.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The API's routes, all under `/api/v1`. Unknown paths and methods under that prefix
/// get a JSON error too, never the HTML "page not found".
pub fn routes() -> Router<AppState> {
    let v1 = Router::new()
        .route("/selfcheck", get(selfcheck::questions))
        .route(
            "/selfcheck/evaluate",
            post(selfcheck::evaluate).layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/openapi.json", get(openapi))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    Router::new().nest("/api/v1", v1)
}

async fn openapi() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        OPENAPI,
    )
        .into_response()
}

async fn not_found() -> ApiError {
    // Developer-facing: a client that calls a path that does not exist has a bug; a
    // resident never sees this text, so it is not a Fluent message.
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "There is no API endpoint at this path; see /api/v1/openapi.json.",
    )
}

async fn method_not_allowed() -> ApiError {
    ApiError::refused(StatusCode::METHOD_NOT_ALLOWED)
}

/// One wrong field of a request: the answer key (`work-date`, `trip-dates.to`,
/// `moves-in-ages.2`) or request member (`lang`), a stable kebab-case `problem` code,
/// and a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldMessage {
    pub field: String,
    pub problem: &'static str,
    pub message: String,
}

/// An error answer of the API. It never carries internals (no Rust error text, no
/// paths, no type names): only a stable code, a message and the wrong fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    fields: Vec<FieldMessage>,
    /// Extra response headers (e.g. `Accept` on a 415).
    headers: Vec<(HeaderName, HeaderValue)>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    message: &'a str,
    fields: &'a [FieldMessage],
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            fields: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// The error for a request refused before an endpoint read it (by the framework,
    /// or as a page would be: `refusals::portal_refusals`), by its status.
    /// Developer-facing, like the API's other errors: a resident never sees them.
    pub fn refused(status: StatusCode) -> Self {
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

    /// A 400 with this code.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn with_fields(mut self, fields: Vec<FieldMessage>) -> Self {
        self.fields = fields;
        self
    }

    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: self.code,
            message: &self.message,
            fields: &self.fields,
        };
        let mut response = (self.status, Json(body)).into_response();
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}
