//! Page errors as values. A handler of the form areas returns a [`PageResult`] and
//! meets what goes wrong with `?`: a step that does not exist, a refused form, a store
//! that failed. The answer of a [`PageError`] carries its status and the page's
//! [`Problem`] (as a response extension) and no body: `refusals::portal_refusals`
//! draws it as the area's page in the visitor's language, or as the API's JSON error.
//!
//! A failure on our side is logged here, once, where it becomes an answer, and never
//! shown: the log gets the error's own words, which name what failed (a query, a
//! sealed value, a task), never what a resident sent, and no path or query.

use crate::pages::problem::{DigidProblem, Problem};
use crate::store::drafts::DraftError;
use crate::store::notices::NoticeError;
use crate::store::StoreError;
use axum::extract::rejection::{BytesRejection, FormRejection, PathRejection};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// What a handler of the form areas answers: the page, or why it is not that page.
pub type PageResult = Result<Response, PageError>;

/// Why a request is not answered with the page it asked for.
#[derive(Debug)]
pub enum PageError {
    /// The page of a problem, with the status that [`status_of`] gives it (a handler
    /// writes `Err(Problem::NotFound.into())`, or `ok_or(Problem::NotFound)?`).
    Problem(Problem),
    /// A request the address cannot read as sent, with the status that says why: 400
    /// (broken), 405 (a method it does not take), 413 (larger than the address reads),
    /// 415 (not a form), 422 (a field twice).
    Unreadable(StatusCode),
    /// Something on our side failed: the store, or work that did not finish. Shown as
    /// [`Problem::ServerError`] (500).
    Internal(Box<dyn std::error::Error + Send + Sync>),
    /// Not a failure: another page answers (303 See Other). A sent notice's steps
    /// lead to its confirmation, a stale copy of a form to a fresh one, a browser
    /// without a staff session to the sign-in page.
    SeeOther(String),
    /// The answer to the inner error, setting or removing a cookie as well.
    WithCookie(Box<PageError>, HeaderValue),
}

impl PageError {
    /// A failure on our side: logged when it becomes an answer, never shown.
    pub fn internal(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> PageError {
        PageError::Internal(error.into())
    }

    /// This error's answer with `cookie` (a `Set-Cookie` value) as well.
    pub fn with_cookie(self, cookie: HeaderValue) -> PageError {
        PageError::WithCookie(Box::new(self), cookie)
    }
}

impl From<Problem> for PageError {
    fn from(problem: Problem) -> Self {
        PageError::Problem(problem)
    }
}

/// The status of a problem's page.
pub fn status_of(problem: Problem) -> StatusCode {
    match problem {
        Problem::NotFound | Problem::NoticeNotFound => StatusCode::NOT_FOUND,
        Problem::SignInRequired => StatusCode::UNAUTHORIZED,
        Problem::Forbidden | Problem::FormRefused => StatusCode::FORBIDDEN,
        Problem::TooMany => StatusCode::TOO_MANY_REQUESTS,
        Problem::TooLarge | Problem::FilesTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Problem::Unreadable | Problem::BadText => StatusCode::BAD_REQUEST,
        Problem::ServerError => StatusCode::INTERNAL_SERVER_ERROR,
        Problem::Digid(DigidProblem::Unavailable) => StatusCode::SERVICE_UNAVAILABLE,
        Problem::Digid(DigidProblem::Failed) => StatusCode::BAD_REQUEST,
        Problem::Digid(DigidProblem::LevelTooLow | DigidProblem::NoBsn) => StatusCode::FORBIDDEN,
    }
}

/// The page of a request that could not be read, by the status that says why: the
/// framework's refusals (`refusals::portal_refusals`) and the handlers' alike.
pub fn unreadable(status: StatusCode) -> Problem {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        Problem::TooLarge
    } else {
        Problem::Unreadable
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, problem) = match self {
            PageError::Problem(problem) => (status_of(problem), problem),
            PageError::Unreadable(status) => (status, unreadable(status)),
            PageError::Internal(error) => {
                tracing::error!(%error, "a page could not be served: a failure on our side");
                (StatusCode::INTERNAL_SERVER_ERROR, Problem::ServerError)
            }
            PageError::SeeOther(to) => return Redirect::to(&to).into_response(),
            PageError::WithCookie(error, cookie) => {
                let mut response = error.into_response();
                response.headers_mut().append(header::SET_COOKIE, cookie);
                return response;
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(problem);
        response
    }
}

/// The store's errors that handlers meet are failures on our side.
macro_rules! internal_from {
    ($($error:ty),*) => {$(
        impl From<$error> for PageError {
            fn from(error: $error) -> Self {
                PageError::internal(error)
            }
        }
    )*};
}

internal_from!(StoreError, NoticeError, DraftError);

/// A body the framework could not read for a handler keeps the status it gave.
macro_rules! unreadable_from {
    ($($rejection:ty),*) => {$(
        impl From<$rejection> for PageError {
            fn from(rejection: $rejection) -> Self {
                PageError::Unreadable(rejection.status())
            }
        }
    )*};
}

unreadable_from!(BytesRejection, FormRejection, PathRejection);
