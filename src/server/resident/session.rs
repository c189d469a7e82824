//! PLACEHOLDER: see mod.rs.

use crate::auth::resident::VerifiedIdentity;
use crate::pages::problem::Problem;
use crate::server::error::PageError;
use crate::server::AppState;
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;

#[derive(Clone, Debug)]
pub struct ResidentSession {
    pub identity: VerifiedIdentity,
    form_token: String,
}

impl ResidentSession {
    pub fn form_token(&self) -> &str {
        &self.form_token
    }
}

impl FromRequestParts<AppState> for ResidentSession {
    type Rejection = PageError;

    async fn from_request_parts(_: &mut Parts, _: &AppState) -> Result<Self, PageError> {
        Err(Problem::SignInRequired.into())
    }
}

impl OptionalFromRequestParts<AppState> for ResidentSession {
    type Rejection = PageError;

    async fn from_request_parts(_: &mut Parts, _: &AppState) -> Result<Option<Self>, PageError> {
        Ok(None)
    }
}
