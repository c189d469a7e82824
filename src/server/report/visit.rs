//! What every step of the change notice starts with, as extractors: the language of
//! the path and this browser's draft ([`Step`]); for a posted form also its pairs, once
//! its form token is known to belong to that draft ([`PostedStep`]); for a detail page
//! the kind of change in its path ([`Kind`]). A request that fails one of these checks
//! never reaches its handler: it is answered with its [`PageError`].

use super::draft::DraftDoc;
use super::{now, DRAFT_COOKIE};
use crate::auth::token;
use crate::domain::notice::ChangeKind;
use crate::i18n::I18n;
use crate::pages::problem::Problem;
use crate::pages::report::form::{self as pages, ReportView};
use crate::server::csrf::FORM_FIELD;
use crate::server::error::PageError;
use crate::server::form::{decode, field, not_text};
use crate::server::page::{cookie, render, see_other};
use crate::server::resident::{return_path, start_href, unfinished_sign_in, ResidentSession};
use crate::server::AppState;
use crate::store::crypto::DataKeys;
use crate::store::drafts::{self, DraftError};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// Whose draft this is: this browser's (a random token in a cookie), or, for a
/// resident signed in with DigiD, theirs on any device.
#[derive(Clone)]
enum Holder {
    /// The cookie's token, or a new one (set on the answer by [`Step::show`] and
    /// [`Step::go`]).
    Browser(String),
    /// The draft is stored under the resident's owner index (a keyed hash of the BSN,
    /// `DataKeys::owner_index`), so signing in on another device finds it; its forms
    /// carry a token derived from the resident session's.
    Resident {
        owner_index: String,
        session_token: String,
    },
}

/// This request's draft: where it is stored and what its forms must carry.
#[derive(Clone)]
pub struct Visit {
    holder: Holder,
    /// The browser had no (well-formed) token: nothing of it is stored yet.
    pub fresh: bool,
}

impl Visit {
    pub fn of(parts: &Parts, resident: Option<(&ResidentSession, &DataKeys)>) -> Visit {
        if let Some((session, keys)) = resident {
            return Visit {
                holder: Holder::Resident {
                    owner_index: keys.owner_index(session.identity.bsn.full_number()),
                    session_token: session.form_token().to_owned(),
                },
                fresh: false,
            };
        }
        match cookie(parts, DRAFT_COOKIE).filter(|t| token::is_well_formed(t)) {
            Some(existing) => Visit {
                holder: Holder::Browser(existing.to_owned()),
                fresh: false,
            },
            None => Visit {
                holder: Holder::Browser(token::new_token()),
                fresh: true,
            },
        }
    }

    /// The key the draft is stored under.
    pub fn draft_id(&self) -> String {
        match &self.holder {
            Holder::Browser(token) => token::hash(token),
            Holder::Resident { owner_index, .. } => format!("resident:{owner_index}"),
        }
    }

    pub fn form_token(&self) -> String {
        match &self.holder {
            Holder::Browser(token) => form_token(token),
            Holder::Resident { session_token, .. } => {
                form_token(&format!("resident:{session_token}"))
            }
        }
    }

    /// Whether a submitted form token belongs to this browser's draft.
    pub fn accepts(&self, submitted: Option<&str>) -> bool {
        !self.fresh && submitted.is_some_and(|s| token::same(s, &self.form_token()))
    }

    /// The `Set-Cookie` value that sets (or refreshes) the draft cookie so that it lives
    /// as long as the draft; none for a resident's draft, which needs no cookie.
    fn cookie(&self, state: &AppState) -> Option<HeaderValue> {
        let Holder::Browser(token) = &self.holder else {
            return None;
        };
        let max_age = u64::from(state.settings.notices.draft_hours) * 3600;
        Some(
            HeaderValue::from_str(&format!(
                "{DRAFT_COOKIE}={token}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Lax"
            ))
            .expect("tokens are header-safe"),
        )
    }

    /// The stored draft of this browser, if there is one.
    pub async fn load(&self, state: &AppState) -> Result<Option<DraftDoc>, DraftError> {
        if self.fresh {
            return Ok(None);
        }
        let Some((bytes, version)) =
            drafts::load(&state.db, &state.data_keys, &self.draft_id(), now()).await?
        else {
            return Ok(None);
        };
        match serde_json::from_slice::<DraftDoc>(&bytes) {
            Ok(mut doc) => {
                doc.version = Some(version);
                Ok(Some(doc))
            }
            Err(error) => {
                // Only after a change of the stored shape; the resident starts again.
                tracing::warn!(%error, "change notice: a stored draft could not be read");
                Ok(None)
            }
        }
    }

    /// Saves `doc` if the stored draft is still the version it was read at; `false`
    /// when another request (another tab) saved or sent it in the meantime.
    async fn save(&self, state: &AppState, doc: &mut DraftDoc) -> Result<bool, DraftError> {
        let bytes = serde_json::to_vec(doc).expect("a draft always serializes");
        let now = now();
        let expires = now + i64::from(state.settings.notices.draft_hours) * 3600;
        let saved = drafts::save(
            &state.db,
            &state.data_keys,
            &self.draft_id(),
            &bytes,
            doc.version,
            now,
            expires,
        )
        .await?;
        if let Some(version) = saved {
            doc.version = Some(version);
        }
        Ok(saved.is_some())
    }
}

/// The form token of a draft token: derived, so it needs no storage, and unforgeable
/// without the cookie.
pub fn form_token(draft_token: &str) -> String {
    let digest = Sha256::digest(format!("meldwijzer-form:{draft_token}").as_bytes());
    URL_SAFE_NO_PAD.encode(digest)
}

/// The `Set-Cookie` value that removes the draft cookie.
pub fn clear_cookie() -> HeaderValue {
    HeaderValue::from_static("__Host-mw_notice=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax")
}

/// A step of the change notice: the language of its path (one the portal does not
/// offer is a page that does not exist), this browser's visit, and the request's head
/// (its query, and the language the page is drawn in).
pub struct Step {
    pub i18n: I18n,
    pub visit: Visit,
    pub parts: Parts,
    /// The resident signed in with DigiD (never in the `form` identity mode).
    pub resident: Option<ResidentSession>,
}

impl FromRequestParts<AppState> for Step {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Step, PageError> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| Problem::NotFound)?;
        let code = params
            .iter()
            .find_map(|(name, value)| (name == "lang").then_some(value))
            .unwrap_or_default();
        let catalog = state.catalog.current();
        let lang = catalog.language(code).ok_or(Problem::NotFound)?.clone();
        let mode = state.settings.residents.identity_mode;
        let resident = if mode.offers_digid() {
            <ResidentSession as axum::extract::OptionalFromRequestParts<AppState>>::from_request_parts(
                parts, state,
            )
            .await?
        } else {
            None
        };
        if resident.is_none() && !mode.accepts_form() {
            // Identity mode `digid`: no step of the notice without signing in first;
            // the sign-in comes back to the page asked for.
            return Err(sign_in_first(&lang.code, parts));
        }
        Ok(Step {
            i18n: I18n {
                lang,
                catalog,
                today: state.today(),
            },
            visit: Visit::of(parts, resident.as_ref().map(|r| (r, &*state.data_keys))),
            parts: parts.clone(),
            resident,
        })
    }
}

impl Step {
    pub fn lang(&self) -> &str {
        &self.i18n.lang.code
    }

    /// The address of step `step` (`identity`, `details/work`, …) in this language.
    pub fn href(&self, step: &str) -> String {
        format!("/{}/report/{step}", self.lang())
    }

    /// The values of query parameter `name`.
    pub fn query_values(&self, name: &str) -> Vec<String> {
        self.parts.uri.query().map_or_else(Vec::new, |q| {
            form_urlencoded::parse(q.as_bytes())
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
                .collect()
        })
    }

    /// The resident came from "check your answers" and goes back there.
    pub fn returns_to_check(&self) -> bool {
        self.query_values("return").iter().any(|v| v == "check")
    }

    /// The draft of a form step, if there is one. A sent draft's steps lead to its
    /// confirmation.
    pub async fn draft(&self, state: &AppState) -> Result<Option<DraftDoc>, PageError> {
        match self.visit.load(state).await? {
            Some(doc) if doc.submitted.is_some() => Err(PageError::SeeOther(self.href("received"))),
            doc => Ok(doc),
        }
    }

    /// Saves `doc`. When the draft changed in the meantime (another tab saved or sent
    /// it), nothing of this request's copy is written over the newer one, and a fresh
    /// copy of step `page` answers (a sent draft's steps lead to its confirmation).
    pub async fn save(
        &self,
        state: &AppState,
        doc: &mut DraftDoc,
        page: &str,
    ) -> Result<(), PageError> {
        if self.visit.save(state, doc).await? {
            return Ok(());
        }
        tracing::info!("change notice: a stale copy of a draft was not saved");
        Err(PageError::SeeOther(self.href(page)))
    }

    /// Shows a step with `status`, and keeps the draft cookie alive.
    pub async fn show(&self, state: &AppState, status: StatusCode, view: ReportView) -> Response {
        let page = render(state, &self.parts, status, view, pages::document).await;
        self.keep_cookie(state, page)
    }

    /// Goes on to `to` (303 See Other), and keeps the draft cookie alive.
    pub fn go(&self, state: &AppState, to: &str) -> Response {
        self.keep_cookie(state, see_other(to))
    }

    fn keep_cookie(&self, state: &AppState, mut response: Response) -> Response {
        if let Some(cookie) = self.visit.cookie(state) {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
        response
    }

    /// Checks a submitted form token against this browser's draft. A refused form's
    /// page gives a visitor without a draft one, so the form works after "start again".
    pub fn check_token(&self, state: &AppState, submitted: Option<&str>) -> Result<(), PageError> {
        if self.visit.accepts(submitted) {
            return Ok(());
        }
        Err(self.refuse_form(state))
    }

    /// The refusal of a form that is not this draft's (see [`Step::check_token`]).
    pub fn refuse_form(&self, state: &AppState) -> PageError {
        tracing::info!(
            path = self.parts.uri.path(),
            "change notice: form token refused"
        );
        let refused = PageError::from(Problem::FormRefused);
        match self.visit.cookie(state) {
            Some(cookie) if self.visit.fresh => refused.with_cookie(cookie),
            _ => refused,
        }
    }
}

/// Where a visitor goes who must sign in with DigiD before a step of the notice: the
/// sign-in, which returns to the step (a page address: nothing personal). A form
/// posted without a session cannot be replayed after signing in; its step is shown
/// again.
fn sign_in_first(lang: &str, parts: &Parts) -> PageError {
    if let Some(notice) = unfinished_sign_in(parts) {
        // Back from a sign-in that did not finish: the notice's start page says so
        // (another trip to DigiD would hide the message).
        return PageError::SeeOther(return_path::with_notice(&format!("/{lang}/report"), notice));
    }
    let path = parts.uri.path();
    let back = if parts.method == axum::http::Method::GET && path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{lang}/report/identity")
    };
    PageError::SeeOther(start_href(Some(&back)))
}

/// A posted step form (URL-encoded) whose form token belongs to this browser's draft:
/// the step, and the form's pairs.
pub struct PostedStep {
    pub step: Step,
    pub pairs: Vec<(String, String)>,
}

impl FromRequest<AppState> for PostedStep {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = request.into_parts();
        let body = Bytes::from_request(Request::from_parts(parts.clone(), body), state).await?;
        let step = Step::from_request_parts(&mut parts, state).await?;
        let pairs = decode(&body).map_err(|_| not_text(&parts))?;
        step.check_token(state, field(&pairs, FORM_FIELD))?;
        Ok(PostedStep { step, pairs })
    }
}

impl PostedStep {
    /// The value of form field `key`.
    pub fn field(&self, key: &str) -> Option<&str> {
        field(&self.pairs, key)
    }
}

impl std::ops::Deref for PostedStep {
    type Target = Step;

    fn deref(&self) -> &Step {
        &self.step
    }
}

/// The kind of change in a detail page's path; one the portal does not know is a page
/// that does not exist.
pub struct Kind(pub ChangeKind);

impl FromRequestParts<AppState> for Kind {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Kind, PageError> {
        let Path((_, kind)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| Problem::NotFound)?;
        ChangeKind::parse(&kind)
            .map(Kind)
            .ok_or_else(|| Problem::NotFound.into())
    }
}
