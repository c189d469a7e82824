//! Editing the resident-facing texts (editors and admins), one file per action: the
//! list ([`list`]), the language dashboard with "still correct" ([`languages`]), the
//! editor with preview and plain-language figures, publishing and confirming
//! ([`edit`]), history and revert ([`history`]), and a language's texts as a file
//! ([`export`], [`import`]). Every handler starts from a [`Desk`] (or, for a form, a
//! [`Posted`]): the signed-in editor, the request and the texts as they stand.
//!
//! What a text must satisfy is decided in `crate::i18n::validate`, where it stands in
//! `crate::i18n::workspace`; what is stored in `crate::store::texts`; publishing
//! reloads this instance's catalog at once and the other instances through
//! `crate::server::texts_sync`.

mod desk;
mod edit;
mod export;
mod history;
mod import;
mod languages;
mod list;

use crate::i18n::guard::FluentLimit;
use crate::i18n::validate::TextProblem;
use crate::pages::staff::FieldError;
use crate::server::AppState;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

pub use desk::{Desk, Posted};

/// The largest import of a language's texts (a whole `.ftl` export, URL-encoded).
const IMPORT_BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The routes of the text editor; the staff area lays its layers over them.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/texts", get(list::list))
        .route("/staff/texts/languages", get(languages::languages))
        .route("/staff/texts/languages/{lang}/export", get(export::export))
        .route(
            "/staff/texts/languages/{lang}/import",
            get(import::import_page)
                .post(import::import)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/staff/texts/{lang}/{id}",
            get(edit::edit_page).post(edit::save),
        )
        .route("/staff/texts/{lang}/{id}/confirm", post(edit::confirm))
        .route("/staff/texts/{lang}/{id}/history", get(history::history))
        .route("/staff/texts/{lang}/{id}/revert", post(history::revert))
}

/// A problem with a text as a form error on field `field`.
fn field_error(field: &'static str, problem: &TextProblem) -> FieldError {
    use crate::domain::markup::MarkupProblem as M;
    let variable = |v: &str| format!("{{ ${v} }}");
    match problem {
        TextProblem::Empty => FieldError::new(field, "staff-texts-error-empty"),
        TextProblem::TooLong { max } => {
            FieldError::new(field, "staff-texts-error-too-long").with("max", *max as i64)
        }
        TextProblem::TooDeep { max } => {
            FieldError::new(field, "staff-texts-error-too-deep").with("max", *max as i64)
        }
        TextProblem::TooManyBraces { max } => {
            FieldError::new(field, "staff-texts-error-too-many-braces").with("max", *max as i64)
        }
        TextProblem::Syntax { detail } => {
            FieldError::new(field, "staff-texts-error-syntax").with_text("detail", detail)
        }
        TextProblem::WrongMessage { expected } => {
            FieldError::new(field, "staff-texts-error-wrong-message").with_text("id", expected)
        }
        TextProblem::DroppedVariable { variable: v } => {
            FieldError::new(field, "staff-texts-error-dropped-variable")
                .with_text("variable", variable(v))
        }
        TextProblem::UnknownVariable { variable: v } => {
            FieldError::new(field, "staff-texts-error-unknown-variable")
                .with_text("variable", variable(v))
        }
        TextProblem::Markup(M::Html { snippet }) => {
            FieldError::new(field, "staff-texts-error-html").with_text("snippet", snippet)
        }
        TextProblem::Markup(M::UnsafeAddress { snippet }) => {
            FieldError::new(field, "staff-texts-error-unsafe-address").with_text("snippet", snippet)
        }
        TextProblem::FormattingNotShown => {
            FieldError::new(field, "staff-texts-error-formatting-not-shown")
        }
        TextProblem::Markup(M::Image) => FieldError::new(field, "staff-texts-error-image"),
        TextProblem::Markup(M::LinkTarget { target }) => {
            FieldError::new(field, "staff-texts-error-link-target").with_text("target", target)
        }
        TextProblem::Markup(M::UnclosedEmphasis) => {
            FieldError::new(field, "staff-texts-error-emphasis")
        }
    }
}

/// A text beyond the limits of `crate::i18n::guard` as a form error on field `field`.
fn limit_error(field: &'static str, limit: &FluentLimit) -> FieldError {
    match limit {
        FluentLimit::TooLong { max } => field_error(field, &TextProblem::TooLong { max: *max }),
        FluentLimit::TooDeep { max, .. } => field_error(field, &TextProblem::TooDeep { max: *max }),
        FluentLimit::TooManyBraces { max } => {
            field_error(field, &TextProblem::TooManyBraces { max: *max })
        }
    }
}
