//! The signed-in resident, as an extractor. A handler that takes [`ResidentSession`]
//! runs only for a valid session: otherwise a browser asking for a page is sent to
//! DigiD (and back to the page afterwards), anything else gets its [`PageError`]. A
//! handler that takes `Option<ResidentSession>` runs either way. Using a session
//! counts as activity for the idle timeout.

use super::{
    clear_cookie, local_return, return_path, start_href, unfinished_sign_in, visitor_lang,
    SESSION_COOKIE,
};
use crate::auth::resident::VerifiedIdentity;
use crate::auth::{token, SessionState};
use crate::pages::problem::Problem;
use crate::server::error::PageError;
use crate::server::page::cookie;
use crate::server::AppState;
use crate::store::residents::{self, ResidentSessionRow};
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::header;
use axum::http::request::Parts;

/// A resident signed in with DigiD. `Debug` shows neither BSN nor name.
#[derive(Clone, Debug)]
pub struct ResidentSession {
    /// Who DigiD says the resident is, at which level.
    pub identity: VerifiedIdentity,
    /// When the resident signed in (seconds since 1970).
    pub signed_in_at: i64,
    row: ResidentSessionRow,
}

impl ResidentSession {
    /// The token every form of this session must send back in `_csrf`
    /// (`components::form_token`).
    pub fn form_token(&self) -> &str {
        &self.row.csrf_token
    }

    /// Refuses a form whose token `sent` is not this session's.
    pub fn check_form_token(&self, sent: &str) -> Result<(), PageError> {
        if token::same(&self.row.csrf_token, sent) {
            Ok(())
        } else {
            Err(Problem::FormRefused.into())
        }
    }

    /// The language the resident signed in from.
    pub fn lang(&self) -> &str {
        &self.row.lang
    }

    pub(super) fn row(&self) -> &ResidentSessionRow {
        &self.row
    }
}

enum Lookup {
    Valid(Box<ResidentSession>),
    /// No cookie, or one that names no session.
    Missing,
    /// The session timed out; its row is gone.
    Ended,
}

async fn lookup(state: &AppState, parts: &Parts) -> Result<Lookup, PageError> {
    let Some(token) = cookie(parts, SESSION_COOKIE).filter(|t| token::is_well_formed(t)) else {
        return Ok(Lookup::Missing);
    };
    let hash = token::hash(token);
    let row = match residents::session(&state.db, &state.data_keys, &hash).await {
        Ok(Some(row)) => row,
        Ok(None) => return Ok(Lookup::Missing),
        Err(error) => return Err(PageError::internal(error)),
    };
    let auth = &state.resident_auth;
    let now = auth.clock.now();
    if auth.sessions.state(row.last_seen_at, row.expires_at, now) != SessionState::Valid {
        residents::delete_session(&state.db, &hash).await?;
        return Ok(Lookup::Ended);
    }
    residents::touch_session(&state.db, &hash, now, auth.sessions.idle_seconds).await?;
    Ok(Lookup::Valid(Box::new(ResidentSession {
        identity: row.identity.clone(),
        signed_in_at: row.created_at,
        row: ResidentSessionRow {
            last_seen_at: now,
            ..row
        },
    })))
}

/// Whether the request comes from a browser that wants a page.
fn wants_page(parts: &Parts) -> bool {
    parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// No valid session: where DigiD is offered, a browser asking for a page starts a
/// sign-in that returns to this page (unless it comes back from one that did not
/// finish: then the start page says so); anything else gets 401. Without DigiD the
/// page does not exist.
fn not_signed_in(state: &AppState, parts: &Parts, ended: bool) -> PageError {
    let refusal = if !state.settings.residents.identity_mode.offers_digid() {
        Problem::NotFound.into()
    } else if wants_page(parts) {
        let here = parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        let here = local_return(state, &here);
        match unfinished_sign_in(parts) {
            Some(notice) => {
                let lang = here.as_deref().map_or_else(
                    || visitor_lang(state, parts),
                    |p| return_path::language_of(p).to_owned(),
                );
                PageError::SeeOther(return_path::with_notice(&format!("/{lang}"), notice))
            }
            None => PageError::SeeOther(start_href(here.as_deref())),
        }
    } else {
        Problem::SignInRequired.into()
    };
    if ended {
        refusal.with_cookie(clear_cookie(SESSION_COOKIE))
    } else {
        refusal
    }
}

impl FromRequestParts<AppState> for ResidentSession {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        if let Some(found) = parts.extensions.get::<ResidentSession>() {
            return Ok(found.clone());
        }
        match lookup(state, parts).await? {
            Lookup::Valid(found) => {
                parts.extensions.insert((*found).clone());
                Ok(*found)
            }
            Lookup::Missing => Err(not_signed_in(state, parts, false)),
            Lookup::Ended => Err(not_signed_in(state, parts, true)),
        }
    }
}

impl OptionalFromRequestParts<AppState> for ResidentSession {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, PageError> {
        if let Some(found) = parts.extensions.get::<ResidentSession>() {
            return Ok(Some(found.clone()));
        }
        match lookup(state, parts).await? {
            Lookup::Valid(found) => {
                parts.extensions.insert((*found).clone());
                Ok(Some(*found))
            }
            Lookup::Missing | Lookup::Ended => Ok(None),
        }
    }
}
