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
//! | `GET /{lang}/report/sent` | confirmation after signing out right after sending |
//! | `POST /{lang}/report/new` | forget this notice, start another |
//!
//! **The draft.** The resident's browser holds a random token in the cookie
//! [`DRAFT_COOKIE`] (HttpOnly, `SameSite=Lax` so a link from a letter or the self-check
//! finds the draft, expiring with the draft); the database keeps the draft under the
//! token's SHA-256, sealed (`store::drafts`). Nothing personal is ever in a URL: every
//! answer travels in POST bodies, and the query string holds only step names and
//! self-check outcome ids.
//!
//! **Forgery.** Every POST must come from this site (`csrf::refuse_cross_site`) and
//! carry the form token `visit::form_token` of the draft token; a page from another site
//! can neither read the cookie nor compute the token.
//!
//! **Receipts.** A notice is stored by `store::notices::submit` (committed before it
//! returns) with the draft's idempotency key; only then is the draft marked sent and
//! the confirmation shown. A double click, a refresh or a retry finds the same notice.
//!
//! Every response here is `Cache-Control: no-store`.

mod answers;
pub mod draft;
mod steps;

pub use steps::receipt_response;
mod upload;
mod visit;

use super::csrf;
use super::refusals::Area;
use super::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

/// The draft cookie. `__Host-` makes browsers insist on `Secure`, `Path=/` and no
/// `Domain`.
pub const DRAFT_COOKIE: &str = "__Host-mw_notice";

/// The largest form without files.
const FORM_LIMIT: usize = 64 * 1024;
/// The largest detail page with files: every file of a change at its maximum size, and
/// room for the fields. A bigger single file is read to its end and refused with a
/// message on the page.
pub const UPLOAD_LIMIT: usize = crate::domain::notice::MAX_FILES_PER_CHANGE
    * crate::domain::notice::MAX_FILE_BYTES
    + 1024 * 1024;

pub fn routes() -> Router<AppState> {
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
        .route("/{lang}/report/sent", get(steps::sent_page))
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
        .layer(axum::middleware::from_fn(csrf::refuse_cross_site))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(axum::middleware::map_response(|response| {
            Area::Report.mark(response)
        }))
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
