//! The staff area on HTTP: sign-in and sign-out, the session extractor with its role
//! check, cross-site and form-token protection, and the pages of `crate::pages::staff`.
//!
//! | route | who |
//! | --- | --- |
//! | `GET, POST /staff/sign-in` | anyone |
//! | `POST /staff/sign-out` | any signed-in role |
//! | `GET /staff` | any signed-in role |
//! | `GET, POST /staff/accounts`, `POST /staff/accounts/{id}/deactivate` | admin |
//! | `GET /staff/notices` (inbox; `?status=new\|in-progress\|done\|all&q=…&page=…`) | caseworker |
//! | `GET /staff/notices/export.csv`, `GET /staff/notices/export.json` (same filter) | caseworker |
//! | `GET /staff/notices/{id}`, `POST /staff/notices/{id}/status` | caseworker |
//! | `GET /staff/notices/{id}/attachments/{attachment_id}` | caseworker |
//! | `GET /staff/texts?q=&lang=&status=` (list), `GET /staff/texts/languages` | editor, admin |
//! | `GET, POST /staff/texts/{lang}/{id}` (edit: draft, preview, publish) | editor, admin |
//! | `POST /staff/texts/{lang}/{id}/confirm`, `GET …/history`, `POST …/revert` | editor, admin |
//! | `GET /staff/texts/languages/{lang}/export`, `GET, POST …/import` | editor, admin |
//!
//! Admins may do everything a case worker or an editor may (`Role::allows`).
//!
//! Every response under `/staff` is `Cache-Control: no-store`. Every POST must come
//! from this site (`csrf::refuse_cross_site`) and carry the form token `_csrf`: the
//! session's token, or on the sign-in form the token of the sign-in cookie.

mod accounts;
mod notices;
mod session;
mod sign_in;
mod texts;

pub use session::{role, RequireRole, RoleMarker, StaffSession};

use super::csrf;
use super::error::PageError;
use super::page::{cookie, see_other};
use super::refusals::Area;
use super::AppState;
use crate::pages::staff::StaffView;
use axum::extract::DefaultBodyLimit;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

/// The session cookie. `__Host-` makes browsers insist on `Secure`, `Path=/` and no
/// `Domain`, so no other host (not even a subdomain) can set or read it.
pub const SESSION_COOKIE: &str = "__Host-mw_staff";

/// The sign-in form's cookie: a random token that the form must send back, so
/// another site cannot sign a browser in to an account of its choosing.
pub const SIGN_IN_COOKIE: &str = "__Host-mw_staff_signin";

/// The largest form the staff area reads.
const BODY_LIMIT: usize = 16 * 1024;

/// The staff area's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff", get(accounts::home))
        .route(
            "/staff/sign-in",
            get(sign_in::sign_in_page).post(sign_in::sign_in),
        )
        .route("/staff/sign-out", post(sign_in::sign_out))
        .route(
            "/staff/accounts",
            get(accounts::accounts_page).post(accounts::create_account),
        )
        .route(
            "/staff/accounts/{id}/deactivate",
            post(accounts::deactivate_account),
        )
        .route("/staff/notices", get(notices::inbox))
        .route("/staff/notices/export.csv", get(notices::export_csv))
        .route("/staff/notices/export.json", get(notices::export_json))
        .route("/staff/notices/{id}", get(notices::notice_page))
        .route("/staff/notices/{id}/status", post(notices::change_status))
        .route(
            "/staff/notices/{id}/attachments/{attachment_id}",
            get(notices::attachment),
        )
        .merge(texts::routes())
        .layer(axum::middleware::from_fn(csrf::refuse_cross_site))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(axum::middleware::map_response(|response| {
            Area::Staff.mark(response)
        }))
}

/// Renders a staff page with the portal's layout, in the visitor's language.
async fn render(state: &AppState, parts: &Parts, status: StatusCode, view: StaffView) -> Response {
    super::page::render(state, parts, status, view, crate::pages::staff::document).await
}

/// A `Set-Cookie` value for a `__Host-` cookie that lives as long as the browser
/// session (the server enforces the real timeouts).
fn set_cookie(name: &str, value: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Secure; HttpOnly; SameSite=Strict"
    ))
    .expect("cookie names and tokens are header-safe")
}

/// A `Set-Cookie` value that removes cookie `name`.
fn clear_cookie(name: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{name}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict"
    ))
    .expect("cookie names are header-safe")
}

/// The value of query parameter `name`.
fn query_param(parts: &Parts, name: &str) -> Option<String> {
    let query = parts.uri.query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Runs password hashing or verification on a blocking thread, a few at a time.
async fn hashing<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, PageError> {
    let _permit = state
        .staff_auth
        .hashing
        .acquire()
        .await
        .map_err(PageError::internal)?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(PageError::internal)
}
