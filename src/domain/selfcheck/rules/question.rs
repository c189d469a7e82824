//! A question as the rule file writes it, and how it is read.

use super::checks::{check_id, check_message, unique};
use super::{invalid, Choice, PersonEntry, Question, QuestionKind, RulesError};
use crate::domain::selfcheck::conditions::RawCondition;
use serde::Deserialize;

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum RawKind {
    YesNo,
    One,
    Several,
    Date,
    Amount,
    Number,
    Period,
    People,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) id: String,
    kind: RawKind,
    text: String,
    hint: Option<String>,
    ask_if: Option<RawCondition>,
    options: Option<Vec<Choice>>,
    max: Option<u32>,
    person: Option<PersonEntry>,
}

pub(super) fn convert_question(raw: RawQuestion) -> Result<Question, RulesError> {
    let place = format!("question `{}`", raw.id);
    check_id(&place, &raw.id)?;
    check_message(&place, &raw.text)?;
    if let Some(hint) = &raw.hint {
        check_message(&place, hint)?;
    }
    let takes = |field: &str, present: bool, wanted: bool| match (present, wanted) {
        (true, false) => Err(invalid(&place, format!("`{field}` does not fit this kind"))),
        (false, true) => Err(invalid(&place, format!("this kind needs `{field}`"))),
        _ => Ok(()),
    };
    let choice_kind = matches!(raw.kind, RawKind::One | RawKind::Several);
    takes("options", raw.options.is_some(), choice_kind)?;
    takes(
        "max",
        raw.max.is_some(),
        matches!(raw.kind, RawKind::Number),
    )?;
    takes(
        "person",
        raw.person.is_some(),
        matches!(raw.kind, RawKind::People),
    )?;
    let options = raw.options.unwrap_or_default();
    if choice_kind {
        if options.len() < 2 {
            return Err(invalid(&place, "needs at least two options"));
        }
        unique(
            &format!("{place}: option"),
            options.iter().map(|o| o.id.as_str()),
        )?;
        for option in &options {
            let option_place = format!("{place}, option `{}`", option.id);
            check_id(&option_place, &option.id)?;
            check_message(&option_place, &option.text)?;
        }
    }
    let kind = match raw.kind {
        RawKind::YesNo => QuestionKind::YesNo,
        RawKind::One => QuestionKind::One(options),
        RawKind::Several => QuestionKind::Several(options),
        RawKind::Date => QuestionKind::Date,
        RawKind::Amount => QuestionKind::Amount,
        RawKind::Number => QuestionKind::Number {
            max: raw.max.unwrap_or_default(),
        },
        RawKind::Period => QuestionKind::Period,
        RawKind::People => QuestionKind::People {
            entry: raw.person.unwrap_or(PersonEntry::Age),
        },
    };
    let ask_if = raw
        .ask_if
        .map(|c| c.into_condition())
        .transpose()
        .map_err(|p| invalid(&place, format!("`ask_if`: {p}")))?;
    Ok(Question {
        id: raw.id,
        kind,
        text: raw.text,
        hint: raw.hint,
        ask_if,
    })
}
