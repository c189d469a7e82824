//! `GET /api/v1/selfcheck?lang=nl`: the questions in a language.

use crate::domain::selfcheck::{PersonEntry, Question, QuestionKind};
use crate::i18n::I18n;
use crate::server::api::{ApiError, FieldMessage};
use crate::server::AppState;
use axum::extract::{RawQuery, State};
use axum::Json;

use super::{language, OptionBody, QuestionBody, QuestionList};

pub(in crate::server::api) async fn questions(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<QuestionList>, ApiError> {
    let mut langs = Vec::new();
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if name == "lang" {
            langs.push(value.into_owned());
        }
    }
    if langs.len() > 1 {
        // Developer-facing (see `language`).
        return Err(ApiError::bad_request(
            "invalid-query",
            "The query names `lang` more than once.",
        )
        .with_fields(vec![FieldMessage {
            field: "lang".into(),
            problem: "repeated",
            message: "Give `lang` once.".into(),
        }]));
    }
    let i18n = language(&state, langs.first().map(String::as_str))?;
    let questions = state
        .selfcheck
        .questions()
        .iter()
        .map(|q| question_body(&i18n, q))
        .collect();
    Ok(Json(QuestionList {
        lang: i18n.lang.code.clone(),
        direction: i18n.lang.direction.as_str(),
        questions,
    }))
}

pub(super) fn question_body(i18n: &I18n, question: &Question) -> QuestionBody {
    let id = &question.id;
    let options = match &question.kind {
        QuestionKind::YesNo => vec![
            OptionBody {
                id: "yes".into(),
                text: i18n.t("selfcheck-answer-yes"),
            },
            OptionBody {
                id: "no".into(),
                text: i18n.t("selfcheck-answer-no"),
            },
        ],
        kind => kind
            .choices()
            .iter()
            .map(|c| OptionBody {
                id: c.id.clone(),
                text: i18n.t(&c.text),
            })
            .collect(),
    };
    let fields = match &question.kind {
        QuestionKind::Period => vec![format!("{id}.from"), format!("{id}.to")],
        QuestionKind::People { .. } => vec![format!("{id}.count"), format!("{id}.1..{id}.N")],
        _ => vec![id.clone()],
    };
    QuestionBody {
        id: id.clone(),
        kind: question.kind.name(),
        text: i18n.t(&question.text),
        hint: question.hint.as_deref().map(|h| i18n.t(h)),
        options,
        max: match question.kind {
            QuestionKind::Number { max } => Some(max),
            _ => None,
        },
        person: match question.kind {
            QuestionKind::People {
                entry: PersonEntry::Age,
            } => Some("age"),
            QuestionKind::People {
                entry: PersonEntry::BirthMonth,
            } => Some("birth-month"),
            _ => None,
        },
        fields,
    }
}
