//! Residents sign in with DigiD, through the municipality's DigiD broker (OpenID
//! Connect), and get a session of their own (not the staff one).
//!
//! | route | what |
//! | --- | --- |
//! | `GET /auth/digid/start?return=/<lang>/…` | starts a sign-in, back to that page afterwards |
//! | `GET /auth/digid/callback` | the broker's answer (the redirect URL to register) |
//! | `POST /auth/sign-out` (`_csrf`) | ends the session here and at the broker |
//! | `GET /auth/digid/signed-out` | where the broker sends the resident after its sign-out |
//!
//! The sign-in: [`start`] keeps a pending sign-in in the database (the `state` and the
//! browser's sign-in cookie as hashes, the nonce and the PKCE verifier sealed) and
//! sends the browser to the broker. [`callback`] takes that sign-in out of the database
//! (so a replayed answer finds nothing), checks that the same browser brings it back,
//! exchanges the code once and checks the ID token and its claims
//! ([`broker::Broker::finish`]). Only then does it start a session with a new id. A
//! cancelled sign-in (`error=access_denied`) returns to the page the resident came
//! from with `?digid=cancelled`, which the layout shows as a message
//! (`components::digid::DigidNotice`); a refused one gets the portal's page for a
//! [`DigidProblem`] and changes nothing.
//!
//! The BSN is never in a URL, a log line or an error page: the logs name the level of
//! assurance and why a sign-in was refused, nothing about the resident.

pub mod broker;
pub mod return_path;
mod session;

pub use session::ResidentSession;

use super::csrf::{self, TokenOnly};
use super::error::{PageError, PageResult};
use super::form::Form;
use super::page::{cookie, see_other};
use super::AppState;
use crate::auth::{token, Clock, SessionPolicy};
use crate::config::residents::Residents;
use crate::pages::problem::{DigidProblem, Problem};
use crate::store::residents::{self, PendingSignIn, ResidentSessionRow, SignInSecrets};
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use broker::{Broker, Refusal};
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;

/// The resident's session cookie. `__Host-`: only this host, `Secure`, `Path=/`.
pub const SESSION_COOKIE: &str = "__Host-mw_resident";

/// The cookie that ties a sign-in to the browser that started it, so an answer of the
/// broker taken from one browser cannot sign in another (login CSRF).
pub const SIGN_IN_COOKIE: &str = "__Host-mw_digid";

/// Where a sign-in starts (`?return=` the local page to come back to).
pub const START_PATH: &str = crate::components::digid::START_PATH;
/// The redirect URL's path: register `https://<portal>/auth/digid/callback`.
pub const CALLBACK_PATH: &str = "/auth/digid/callback";
/// Where the broker sends the resident after signing out there (register it as a
/// post-logout redirect URI).
pub const SIGNED_OUT_PATH: &str = "/auth/digid/signed-out";
pub const SIGN_OUT_PATH: &str = crate::components::digid::SIGN_OUT_PATH;

/// How long a sign-in may take at the broker.
pub const SIGN_IN_SECONDS: i64 = 10 * 60;

/// Everything the server needs to sign residents in, built once from the settings.
#[derive(Clone, Debug)]
pub struct ResidentAuth {
    pub sessions: SessionPolicy,
    /// The broker; `None` when the identity mode is `form`.
    pub broker: Option<Arc<Broker>>,
    pub clock: Clock,
}

/// Why resident sign-in could not be set up at start-up.
#[derive(Debug, thiserror::Error)]
pub enum ResidentSetupError {
    #[error(
        "residents.identity_mode offers DigiD, but MELDWIJZER_DIGID_CLIENT_SECRET is not set: \
         set it to the client secret the DigiD broker gave"
    )]
    SecretMissing,
    #[error("cannot set up the DigiD broker's HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

impl ResidentAuth {
    /// From the settings; in the DigiD modes the client secret must be given.
    pub fn new(
        settings: &Residents,
        client_secret: Option<&str>,
    ) -> Result<ResidentAuth, ResidentSetupError> {
        let broker = if settings.identity_mode.offers_digid() {
            let secret = client_secret
                .filter(|s| !s.trim().is_empty())
                .ok_or(ResidentSetupError::SecretMissing)?;
            Some(Arc::new(Broker::new(&settings.digid, secret)?))
        } else {
            None
        };
        Ok(ResidentAuth {
            sessions: SessionPolicy {
                idle_seconds: i64::from(settings.idle_timeout_minutes) * 60,
                absolute_seconds: i64::from(settings.absolute_timeout_minutes) * 60,
            },
            broker,
            clock: Clock::System,
        })
    }
}

/// The routes of resident sign-in.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(START_PATH, get(start))
        .route(CALLBACK_PATH, get(callback))
        .route(SIGNED_OUT_PATH, get(signed_out))
        .route(SIGN_OUT_PATH, post(sign_out))
        .layer(axum::middleware::from_fn(csrf::refuse_cross_site))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// The address that starts a sign-in and comes back to `return_to` (a local page).
pub fn start_href(return_to: Option<&str>) -> String {
    return_to.map_or_else(
        || START_PATH.to_owned(),
        crate::components::digid::sign_in_href,
    )
}

/// `candidate` if it is a page of this portal (see [`return_path::local`]).
pub fn local_return(state: &AppState, candidate: &str) -> Option<String> {
    let catalog = state.catalog.current();
    let codes: Vec<&str> = catalog
        .languages()
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    return_path::local(candidate, &codes)
}

/// The visitor's language, as the pages negotiate it (cookie, then browser).
fn visitor_lang(state: &AppState, parts: &Parts) -> String {
    let catalog = state.catalog.current();
    let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let remembered = header(header::COOKIE).and_then(|c| {
        crate::shell::page_context::cookie_value(c, crate::shell::page_context::LANGUAGE_COOKIE)
    });
    crate::i18n::language::negotiate(
        catalog.languages(),
        remembered,
        header(header::ACCEPT_LANGUAGE),
    )
    .code
    .clone()
}

/// A `Set-Cookie` value for a `__Host-` cookie. `SameSite=Lax`: the broker's answer is
/// a top-level navigation from its site, which must bring the sign-in cookie, and a
/// link to "my notices" from elsewhere finds the resident signed in. Plain-HTTP test
/// set-ups work as for the staff cookies: browsers accept `Secure` cookies from
/// `http://127.0.0.1` and `localhost`, and the HTTP tests send the cookie themselves.
fn set_cookie(name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    let max_age = max_age.map_or(String::new(), |s| format!("; Max-Age={s}"));
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Secure; HttpOnly; SameSite=Lax{max_age}"
    ))
    .expect("cookie names and tokens are header-safe")
}

/// A `Set-Cookie` value that removes cookie `name`.
fn clear_cookie(name: &str) -> HeaderValue {
    set_cookie(name, "", Some(0))
}

/// The value of query parameter `name`.
fn query_param(parts: &Parts, name: &str) -> Option<String> {
    let query = parts.uri.query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The message of a sign-in that did not finish (`?digid=cancelled` or `?digid=failed`
/// in the address, from [`callback`]). A page that needs a sign-in and is asked with
/// one must not start another sign-in: the resident would be back at DigiD, again and
/// again, instead of reading that nothing happened. It sends them to a page that needs
/// none, with the message.
pub fn unfinished_sign_in(parts: &Parts) -> Option<&'static str> {
    match query_param(parts, "digid").as_deref() {
        Some("cancelled") => Some("cancelled"),
        Some("failed") => Some("failed"),
        _ => None,
    }
}

/// The broker, when DigiD is offered; otherwise these addresses do not exist.
fn broker(state: &AppState) -> Result<Arc<Broker>, PageError> {
    state
        .resident_auth
        .broker
        .clone()
        .ok_or(PageError::Problem(Problem::NotFound))
}

/// A refused sign-in as the page the resident sees; the reason goes to the log.
fn refused(refusal: Refusal) -> PageError {
    let problem = match refusal {
        Refusal::Unavailable(reason) => {
            tracing::warn!(reason, "DigiD sign-in: the broker is not available");
            DigidProblem::Unavailable
        }
        Refusal::Failed(reason) => {
            tracing::warn!(reason, "DigiD sign-in refused");
            DigidProblem::Failed
        }
        Refusal::LevelTooLow => {
            tracing::warn!("DigiD sign-in refused: level of assurance too low or missing");
            DigidProblem::LevelTooLow
        }
        Refusal::NoBsn => {
            tracing::warn!("DigiD sign-in refused: no valid BSN in the ID token");
            DigidProblem::NoBsn
        }
    };
    Problem::Digid(problem).into()
}

/// A sign-in answer that cannot be taken (unknown, used or expired `state`, another
/// browser, no code).
fn failed(reason: &'static str) -> PageError {
    refused(Refusal::Failed(reason))
}

/// `GET /auth/digid/start?return=…`: sends the browser to the broker.
pub async fn start(State(state): State<AppState>, parts: Parts) -> PageResult {
    let broker = broker(&state)?;
    let return_to = query_param(&parts, "return")
        .and_then(|r| local_return(&state, &r))
        .unwrap_or_else(|| format!("/{}", visitor_lang(&state, &parts)));
    let lang = return_path::language_of(&return_to).to_owned();
    let authorization = broker.authorize(&lang).await.map_err(refused)?;
    // One sign-in cookie per browser, kept while it lives, so two tabs that start a
    // sign-in each can both finish.
    let existing = cookie(&parts, SIGN_IN_COOKIE)
        .filter(|t| token::is_well_formed(t))
        .map(str::to_owned);
    let browser = existing.unwrap_or_else(token::new_token);
    let now = state.resident_auth.clock.now();
    let pending = PendingSignIn {
        state_hash: token::hash(&authorization.state),
        browser_hash: token::hash(&browser),
        secrets: SignInSecrets {
            nonce: authorization.nonce,
            pkce_verifier: authorization.pkce_verifier,
        },
        return_to,
        created_at: now,
        expires_at: now + SIGN_IN_SECONDS,
    };
    residents::insert_sign_in(&state.db, &state.data_keys, &pending)
        .await
        .map_err(PageError::internal)?;
    let mut response = see_other(authorization.url.as_str());
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SIGN_IN_COOKIE, &browser, Some(SIGN_IN_SECONDS)),
    );
    Ok(response)
}

/// `GET /auth/digid/callback?code=…&state=…` (or `?error=…&state=…`): the broker's
/// answer. Refused answers change nothing: no session starts or ends.
pub async fn callback(State(state): State<AppState>, parts: Parts) -> PageResult {
    let broker = broker(&state)?;
    let sent_state = query_param(&parts, "state")
        .filter(|s| !s.is_empty() && s.len() <= 512)
        .ok_or_else(|| failed("callback without state"))?;
    let now = state.resident_auth.clock.now();
    let pending =
        residents::take_sign_in(&state.db, &state.data_keys, &token::hash(&sent_state), now)
            .await
            .map_err(PageError::internal)?
            .ok_or_else(|| {
                failed("no pending sign-in for this state (forged, replayed or expired)")
            })?;
    let same_browser = cookie(&parts, SIGN_IN_COOKIE)
        .filter(|t| token::is_well_formed(t))
        .is_some_and(|t| token::same(&token::hash(t), &pending.browser_hash));
    if !same_browser {
        return Err(failed("the sign-in came back in another browser"));
    }
    if let Some(error) = query_param(&parts, "error") {
        // Cancelled at DigiD, or the broker could not sign the resident in: back to
        // the page they came from, with a plain message there.
        let notice = if error == "access_denied" {
            "cancelled"
        } else {
            "failed"
        };
        tracing::info!(notice, "DigiD sign-in did not finish at the broker");
        return Ok(see_other(&return_path::with_notice(
            &pending.return_to,
            notice,
        )));
    }
    let code = query_param(&parts, "code")
        .filter(|c| !c.is_empty() && c.len() <= 2048)
        .ok_or_else(|| failed("callback without code"))?;
    let signed_in = broker
        .finish(
            &code,
            &pending.secrets.nonce,
            &pending.secrets.pkce_verifier,
        )
        .await
        .map_err(refused)?;

    let auth = &state.resident_auth;
    let replaces = cookie(&parts, SESSION_COOKIE)
        .filter(|t| token::is_well_formed(t))
        .map(token::hash);
    let session_token = token::new_token();
    let level = signed_in.identity.level;
    let row = ResidentSessionRow {
        token_hash: token::hash(&session_token),
        csrf_token: token::new_token(),
        identity: signed_in.identity,
        id_token: signed_in.id_token,
        lang: return_path::language_of(&pending.return_to).to_owned(),
        created_at: now,
        last_seen_at: now,
        expires_at: auth.sessions.expires_at(now),
    };
    residents::start_session(
        &state.db,
        &state.data_keys,
        &row,
        auth.sessions.idle_seconds,
        replaces.as_deref(),
    )
    .await
    .map_err(PageError::internal)?;
    tracing::info!(level = level.code(), "resident signed in with DigiD");
    let mut response = see_other(&pending.return_to);
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, &session_token, None),
    );
    headers.append(header::SET_COOKIE, clear_cookie(SIGN_IN_COOKIE));
    Ok(response)
}

/// The answer that ends a resident's session: `303` to `location` (the broker's
/// sign-out, or straight to the page) with the session cookie removed.
#[derive(Debug)]
pub struct SignedOut {
    pub location: String,
    pub cookie: HeaderValue,
}

impl IntoResponse for SignedOut {
    fn into_response(self) -> Response {
        let mut response = see_other(&self.location);
        let headers = response.headers_mut();
        headers.append(header::SET_COOKIE, self.cookie);
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
}

/// Ends `session` here, at once, and prepares the sign-out at the broker (RP-initiated
/// logout, when its discovery document names an `end_session_endpoint`): the answer
/// sends the browser there, and the broker sends it back to `then`. `then` must be a
/// page of the portal (e.g. `/nl/report/sent?…`); otherwise the resident's start page.
/// For "sign out after sending" the notice flow answers with the returned
/// [`SignedOut`].
pub async fn end_session(
    state: &AppState,
    session: &ResidentSession,
    then: &str,
) -> Result<SignedOut, PageError> {
    residents::delete_session(&state.db, &session.row().token_hash).await?;
    let then = local_return(state, then)
        .unwrap_or_else(|| return_path::with_notice(&format!("/{}", session.lang()), "signed-out"));
    let at_broker = match &state.resident_auth.broker {
        Some(broker) => broker.logout_url(&then).await,
        None => None,
    };
    Ok(SignedOut {
        location: at_broker.map_or(then, |url| url.to_string()),
        cookie: clear_cookie(SESSION_COOKIE),
    })
}

/// `POST /auth/sign-out`: ends the session here and at the broker, then shows the
/// start page in the resident's language with "you are signed out". Without a session
/// (it timed out already) it shows the same.
pub async fn sign_out(
    State(state): State<AppState>,
    parts: Parts,
    session: Option<ResidentSession>,
    Form(fields): Form<TokenOnly>,
) -> PageResult {
    let Some(session) = session else {
        let home = format!("/{}", visitor_lang(&state, &parts));
        let mut response = see_other(&return_path::with_notice(&home, "signed-out"));
        response
            .headers_mut()
            .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
        return Ok(response);
    };
    session.check_form_token(&fields.csrf)?;
    let home = return_path::with_notice(&format!("/{}", session.lang()), "signed-out");
    Ok(end_session(&state, &session, &home).await?.into_response())
}

/// `GET /auth/digid/signed-out?state=…`: back from the broker's sign-out, to the page
/// named in `state` if it is one of the portal's.
pub async fn signed_out(State(state): State<AppState>, parts: Parts) -> PageResult {
    let to = query_param(&parts, "state")
        .and_then(|s| local_return(&state, &s))
        .unwrap_or_else(|| {
            return_path::with_notice(&format!("/{}", visitor_lang(&state, &parts)), "signed-out")
        });
    Ok(see_other(&to))
}
