//! "My notices" on HTTP, for a resident signed in with DigiD only.
//!
//! | route | what |
//! | --- | --- |
//! | `GET /{lang}/my-notices` | every notice the resident sent, newest first |
//! | `GET /{lang}/my-notices/{reference}/receipt` | the receipt of one of them, again |
//!
//! A reference of someone else's notice and one that does not exist get the same
//! not-found page (`store::notices::owned`). Every response is `Cache-Control:
//! no-store`: a shared computer's back button must not show them after signing out.

use super::error::{PageError, PageResult};
use super::page::render;
use super::report::draft::DraftDoc;
use super::report::receipt_response;
use super::resident::ResidentSession;
use super::AppState;
use crate::i18n::I18n;
use crate::pages::my_notices::{document, MyNoticesView};
use crate::pages::problem::Problem;
use crate::store::notices;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::routing::get;
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/my-notices", get(list))
        .route("/{lang}/my-notices/{reference}/receipt", get(receipt))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// The page's language; one the portal does not offer is a page that does not exist.
fn language(state: &AppState, code: &str) -> Result<I18n, PageError> {
    let catalog = state.catalog.current();
    let lang = catalog.language(code).ok_or(Problem::NotFound)?.clone();
    Ok(I18n {
        lang,
        catalog,
        today: state.today(),
    })
}

async fn list(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    session: ResidentSession,
    parts: Parts,
) -> PageResult {
    language(&state, &lang)?;
    let bsn = session.identity.bsn.full_number();
    let notices = notices::owned_by(&state.db, &state.data_keys, bsn).await?;
    let view = MyNoticesView {
        notices,
        csrf: session.form_token().to_owned(),
    };
    Ok(render(&state, &parts, StatusCode::OK, view, document).await)
}

async fn receipt(
    State(state): State<AppState>,
    Path((lang, reference)): Path<(String, String)>,
    session: ResidentSession,
) -> PageResult {
    let i18n = language(&state, &lang)?;
    let bsn = session.identity.bsn.full_number();
    let Some((own, content)) = notices::owned(&state.db, &state.data_keys, bsn, &reference).await?
    else {
        return Err(Problem::NotFound.into());
    };
    let doc = DraftDoc::from_sent(&content);
    Ok(receipt_response(
        &state,
        &i18n,
        &doc,
        &own.summary.reference,
        own.summary.submitted_at,
    ))
}
