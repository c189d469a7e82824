//! Where every handler of the text editor starts: the signed-in editor, the address's
//! parameters and the texts as they stand, taken in the order the handlers used to
//! take them one by one, so every refusal keeps its status.
//!
//! - [`Desk`]: the session and the role (401, a redirect to sign in, or 403), the
//!   address (a language, or a language and a message id), then the workspace.
//! - [`Posted`]: the same for a form, with the form read and its token checked (403)
//!   before the workspace is loaded.

use super::super::{query_param, render, role, RequireRole};
use crate::i18n::entries::ShippedText;
use crate::i18n::workspace::{Stored, Workspace};
use crate::i18n::Language;
use crate::pages::problem::Problem;
use crate::pages::staff::StaffView;
use crate::server::csrf::TokenOnly;
use crate::server::error::{PageError, PageResult};
use crate::server::form::Form;
use crate::server::{texts_sync, AppState};
use crate::store::texts as store;
use crate::store::StoreError;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// An editor at the texts. `P` is what the address names: `()`, a language (`String`)
/// or a language and a message id (`(String, String)`).
pub struct Desk<P = ()> {
    pub state: AppState,
    pub editor: RequireRole<role::Editor>,
    /// The request's head: the page is drawn in the visitor's language, and the list
    /// reads its filter from the query.
    pub parts: Parts,
    pub at: P,
    pub ws: Workspace,
}

/// A form an editor posted, with its token known to be the session's.
pub struct Posted<P, F> {
    pub desk: Desk<P>,
    pub fields: F,
}

/// A form that carries the session's form token `_csrf`.
pub trait Signed {
    fn token(&self) -> &str;
}

impl Signed for TokenOnly {
    fn token(&self) -> &str {
        &self.csrf
    }
}

/// The texts as they stand: the catalog this instance serves, and what the database
/// holds (right even while this instance's catalog has yet to reload).
async fn load(state: &AppState) -> Result<Workspace, StoreError> {
    let catalog = state.catalog.current();
    let published = store::published(&state.db)
        .await?
        .into_iter()
        .map(|o| ((o.lang, o.id), o.source))
        .collect();
    let stored = Stored {
        published,
        stamps: store::stamps(&state.db).await?,
        drafts: store::draft_keys(&state.db).await?,
    };
    Ok(Workspace::new(
        catalog,
        stored,
        crate::pages::info::shows_formatting,
    ))
}

/// The editor and the address's parameters, refused as a handler's own extractors
/// would refuse them.
async fn editor_at<P: DeserializeOwned + Send>(
    parts: &mut Parts,
    state: &AppState,
) -> Result<(RequireRole<role::Editor>, P), PageError> {
    let editor = RequireRole::<role::Editor>::from_request_parts(parts, state).await?;
    let Path(at) = Path::<P>::from_request_parts(parts, state).await?;
    Ok((editor, at))
}

impl<P: DeserializeOwned + Send> FromRequestParts<AppState> for Desk<P> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let (editor, at) = editor_at(parts, state).await?;
        let ws = load(state).await?;
        Ok(Desk {
            state: state.clone(),
            editor,
            parts: parts.clone(),
            at,
            ws,
        })
    }
}

impl<P, F> FromRequest<AppState> for Posted<P, F>
where
    P: DeserializeOwned + Send,
    F: DeserializeOwned + Signed + Send,
{
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, PageError> {
        let (mut parts, body) = request.into_parts();
        let (editor, at) = editor_at(&mut parts, state).await?;
        let request = Request::from_parts(parts.clone(), body);
        let Form(fields) = Form::<F>::from_request(request, state).await?;
        editor.check_form_token(fields.token())?;
        let ws = load(state).await?;
        let desk = Desk {
            state: state.clone(),
            editor,
            parts,
            at,
            ws,
        };
        Ok(Posted { desk, fields })
    }
}

impl<P> Desk<P> {
    /// Renders a staff page in the visitor's language.
    pub async fn render(&self, status: StatusCode, view: StaffView) -> PageResult {
        Ok(render(&self.state, &self.parts, status, view).await)
    }

    /// The session's form token, for the page's forms.
    pub fn csrf(&self) -> String {
        self.editor.session.csrf_token.clone()
    }

    /// Who does what is recorded in the history.
    pub fn actor(&self) -> Option<i64> {
        Some(self.editor.account.id)
    }

    /// The staff clock's now, in seconds.
    pub fn now(&self) -> i64 {
        self.state.staff_auth.clock.now()
    }

    pub fn query(&self, name: &str) -> Option<String> {
        query_param(&self.parts, name)
    }

    /// Makes a publish visible here at once (other instances follow by polling).
    pub async fn reload(&self) {
        if let Err(error) = texts_sync::reload_texts(&self.state).await {
            tracing::error!(%error, "cannot reload the texts after publishing");
        }
    }
}

impl Desk<String> {
    /// The language the address names; a page that does not exist otherwise.
    pub fn language(&self) -> Result<Language, PageError> {
        let language = self.ws.catalog.language(&self.at);
        Ok(language.ok_or(Problem::NotFound)?.clone())
    }
}

impl Desk<(String, String)> {
    /// The language and the text the address names; a page that does not exist
    /// otherwise.
    pub fn text(&self) -> Result<(Language, &ShippedText), PageError> {
        let (lang, id) = &self.at;
        Ok(self.ws.locate(lang, id).ok_or(Problem::NotFound)?)
    }
}
