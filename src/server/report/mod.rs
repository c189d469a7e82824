//! The online change notice on HTTP: the resident's steps after the start page.
//!
//! | route | what |
//! | --- | --- |
//! | `GET, POST /{lang}/report/identity` | who you are |
//! | `GET, POST /{lang}/report/changes` | which changes |
//! | `GET, POST /{lang}/report/details/{kind}` | one change, with files (multipart) |
//! | `POST /{lang}/report/details/{kind}/remove-file` | remove a file |
//! | `GET /{lang}/report/check`, `POST /{lang}/report/submit` | check, declare, send |
//! | `GET /{lang}/report/received`, `GET /{lang}/report/receipt` | confirmation, receipt |
//! | `POST /{lang}/report/new` | forget this notice, start another |
//!
//! **The draft.** The resident's browser holds a random token in the cookie
//! [`DRAFT_COOKIE`] (HttpOnly, `SameSite=Lax` so a link from a letter or the self-check
//! finds the draft, expiring with the draft); the database keeps the draft under the
//! token's SHA-256, sealed (`store::drafts`). Nothing personal is ever in a URL: every
//! answer travels in POST bodies, and the query string holds only step names and
//! self-check outcome ids.
//!
//! **Forgery.** Every POST must come from this site (`staff::csrf::same_origin`) and
//! carry the form token [`form_token`] of the draft token; a page from another site can
//! neither read the cookie nor compute the token.
//!
//! **Receipts.** A notice is stored by `store::notices::submit` (committed before it
//! returns) with the draft's idempotency key; only then is the draft marked sent and
//! the confirmation shown. A double click, a refresh or a retry finds the same notice.
//!
//! Every response here is `Cache-Control: no-store`.

mod answers;
pub mod draft;
mod steps;
mod upload;

use super::page::{cookie, see_other};
use super::AppState;
use crate::auth::token;
use crate::pages::report::form::{self as pages, ReportProblem, ReportView};
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;

/// The draft cookie. `__Host-` makes browsers insist on `Secure`, `Path=/` and no
/// `Domain`.
pub const DRAFT_COOKIE: &str = "__Host-mw_notice";

/// The largest form without files.
const FORM_LIMIT: usize = 64 * 1024;
/// The largest detail page with files: every file of a change at its maximum size, and
/// room for the fields. A bigger single file is read to its end and refused with a
/// message on the page.
const UPLOAD_LIMIT: usize = crate::domain::notice::MAX_FILES_PER_CHANGE
    * crate::domain::notice::MAX_FILE_BYTES
    + 1024 * 1024;

pub fn routes(state: &AppState) -> Router<AppState> {
    let forms = Router::new()
        .route(
            "/{lang}/report/identity",
            get(steps::identity_page).post(steps::identity_post),
        )
        .route(
            "/{lang}/report/changes",
            get(steps::changes_page).post(steps::changes_post),
        )
        .route(
            "/{lang}/report/details/{kind}/remove-file",
            post(steps::remove_file),
        )
        .route("/{lang}/report/check", get(steps::check_page))
        .route("/{lang}/report/submit", post(steps::submit))
        .route("/{lang}/report/received", get(steps::received_page))
        .route("/{lang}/report/receipt", get(steps::receipt))
        .route("/{lang}/report/new", post(steps::start_new))
        .layer(DefaultBodyLimit::max(FORM_LIMIT));
    let uploads = Router::new()
        .route(
            "/{lang}/report/details/{kind}",
            get(steps::details_page).post(steps::details_post),
        )
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT));
    forms
        .merge(uploads)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            refuse_cross_site,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Refuses a state-changing request that a browser marks as cross-site.
async fn refuse_cross_site(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    if super::staff::csrf::allowed(&request) {
        return next.run(request).await;
    }
    let (parts, _) = request.into_parts();
    tracing::warn!(
        path = parts.uri.path(),
        "change notice: cross-site request refused"
    );
    problem(&state, &parts, ReportProblem::FormExpired).await
}

/// The draft token of this browser: the cookie's, or a new one (set on the response
/// by [`with_cookie`]).
#[derive(Clone)]
pub struct Visit {
    token: String,
    /// The browser had no (well-formed) token: nothing of it is stored yet.
    pub fresh: bool,
}

impl Visit {
    pub fn of(parts: &Parts) -> Visit {
        match cookie(parts, DRAFT_COOKIE).filter(|t| token::is_well_formed(t)) {
            Some(existing) => Visit {
                token: existing.to_owned(),
                fresh: false,
            },
            None => Visit {
                token: token::new_token(),
                fresh: true,
            },
        }
    }

    /// The key the draft is stored under.
    pub fn draft_id(&self) -> String {
        token::hash(&self.token)
    }

    pub fn form_token(&self) -> String {
        form_token(&self.token)
    }

    /// Whether a submitted form token belongs to this browser's draft.
    pub fn accepts(&self, submitted: Option<&str>) -> bool {
        !self.fresh && submitted.is_some_and(|s| token::same(s, &self.form_token()))
    }
}

/// The form token of a draft token: derived, so it needs no storage, and unforgeable
/// without the cookie.
pub fn form_token(draft_token: &str) -> String {
    let digest = Sha256::digest(format!("meldwijzer-form:{draft_token}").as_bytes());
    URL_SAFE_NO_PAD.encode(digest)
}

/// Sets (or refreshes) the draft cookie so it lives as long as the draft.
fn with_cookie(state: &AppState, visit: &Visit, mut response: Response) -> Response {
    let max_age = u64::from(state.settings.notices.draft_hours) * 3600;
    let value = format!(
        "{DRAFT_COOKIE}={}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Lax",
        visit.token
    );
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn clear_cookie(mut response: Response) -> Response {
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static(
            "__Host-mw_notice=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
        ),
    );
    response
}

/// Renders a step in the language of the path.
async fn render(state: &AppState, parts: &Parts, status: StatusCode, view: ReportView) -> Response {
    super::page::render(state, parts, status, view, pages::document).await
}

async fn problem(state: &AppState, parts: &Parts, problem: ReportProblem) -> Response {
    let status = match problem {
        ReportProblem::FormExpired => StatusCode::FORBIDDEN,
        ReportProblem::TooMany => StatusCode::TOO_MANY_REQUESTS,
        ReportProblem::NotFound => StatusCode::NOT_FOUND,
        ReportProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ReportProblem::ServerError => StatusCode::INTERNAL_SERVER_ERROR,
    };
    render(state, parts, status, ReportView::Problem(problem)).await
}

/// A storage failure: logged without personal data, a plain apology for the resident.
async fn store_failed(state: &AppState, parts: &Parts, error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "change notice: database failure");
    problem(state, parts, ReportProblem::ServerError).await
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// How often expired drafts are looked for.
const DRAFT_SWEEP: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Removes expired drafts with their files now and then every [`DRAFT_SWEEP`]. A
/// draft is also unreadable the moment it expires (`store::drafts::load`); this only
/// frees the space. Logs counts, never content.
pub fn spawn_draft_cleanup(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(DRAFT_SWEEP);
        loop {
            tick.tick().await;
            match crate::store::drafts::delete_expired(&state.db, now()).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "expired change-notice drafts removed"),
                Err(error) => tracing::error!(%error, "removing expired drafts failed"),
            }
        }
    })
}
