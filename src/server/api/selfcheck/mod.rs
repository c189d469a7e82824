//! `GET /api/v1/selfcheck` (the questions in a language) and
//! `POST /api/v1/selfcheck/evaluate` (answers in, outcomes out).
//!
//! The answers travel as JSON and become the same answer pairs a web form sends
//! (see the key format at the top of `domain/selfcheck/answers.rs`), so the API and the
//! pages share one parser, one rule set and, through [`describe`], one set of texts.

mod answers;
mod evaluate;
mod questions;

pub(super) use evaluate::evaluate;
pub(super) use questions::questions;

use crate::i18n::I18n;
use crate::server::api::{ApiError, FieldMessage};
use crate::server::AppState;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct QuestionList {
    pub lang: String,
    pub direction: &'static str,
    pub questions: Vec<QuestionBody>,
}

#[derive(Debug, Serialize)]
pub struct QuestionBody {
    pub id: String,
    pub kind: &'static str,
    pub text: String,
    pub hint: Option<String>,
    pub options: Vec<OptionBody>,
    pub max: Option<u32>,
    pub person: Option<&'static str>,
    /// The answer keys this question takes; they are also the `field` of its errors.
    pub fields: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct OptionBody {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct EvaluationBody {
    pub lang: String,
    pub today: String,
    pub complete: bool,
    pub next_question: Option<String>,
    pub progress: ProgressBody,
    pub outcomes: Vec<OutcomeBody>,
}

#[derive(Debug, Serialize)]
pub struct ProgressBody {
    pub answered: usize,
    pub about_total: usize,
}

#[derive(Debug, Serialize)]
pub struct OutcomeBody {
    pub id: String,
    pub kind: &'static str,
    pub urgency: &'static str,
    pub deadline: Option<String>,
    pub deadline_passed: bool,
    pub texts: OutcomeTextsBody,
}

#[derive(Debug, Serialize)]
pub struct OutcomeTextsBody {
    pub what: Option<String>,
    pub how: Option<String>,
    pub documents: Option<String>,
    pub why: Option<String>,
    pub reason: Option<String>,
    /// "Report this by 3 April 2026", or "report it now"; report outcomes only.
    pub deadline: Option<String>,
}

/// The texts of the requested language; without `lang`, the first offered one.
fn language(state: &AppState, code: Option<&str>) -> Result<I18n, ApiError> {
    let catalog = state.catalog.current();
    let lang = match code {
        None => catalog.source_language().clone(),
        Some(code) => match catalog.language(code) {
            Some(lang) => lang.clone(),
            None => {
                let offered: Vec<&str> = catalog
                    .languages()
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect();
                // Developer-facing: the language is unknown, so there is no language
                // to say it in; a client sends a wrong code only by mistake.
                let message = format!("Unknown language. Offered: {}.", offered.join(", "));
                return Err(ApiError::bad_request("unknown-language", message.clone())
                    .with_fields(vec![FieldMessage {
                        field: "lang".into(),
                        problem: "unknown-language",
                        message,
                    }]));
            }
        },
    };
    Ok(I18n {
        lang,
        catalog,
        today: state.today(),
    })
}
