//! The checks that refuse a broken rule file: ids, message ids, conditions and
//! calculators. Each error names its place in the file.

use super::{invalid, Calculator, PersonEntry, Question, QuestionKind, RulesError};
use crate::domain::selfcheck::calculators::InputKind;
use crate::domain::selfcheck::conditions::{Condition, Limit};
use std::collections::BTreeSet;

pub(super) fn check_id(place: &str, id: &str) -> Result<(), RulesError> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(invalid(
            place,
            "ids use only a-z, 0-9 and `-` (they appear in web addresses)",
        ))
    }
}

pub(super) fn check_message(place: &str, id: &str) -> Result<(), RulesError> {
    if id.starts_with("selfcheck-") {
        Ok(())
    } else {
        Err(invalid(
            place,
            format!("message id `{id}` must start with `selfcheck-`"),
        ))
    }
}

pub(super) fn unique<'a>(
    what: &str,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<(), RulesError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(invalid(format!("{what} `{id}`"), "the id is used twice"));
        }
    }
    Ok(())
}

/// Which question comes next must follow from the answers alone, so the web layer
/// can walk the questions without the municipality figures or calculators.
pub(super) fn check_ask_if(condition: &Condition) -> Result<(), String> {
    let mut problem = Ok(());
    condition.walk(&mut |c| match c {
        Condition::Fact { .. } => {
            problem = Err("`ask_if` cannot use a calculator, only earlier answers".into())
        }
        Condition::Above {
            limit: Limit::Setting(_),
            ..
        }
        | Condition::AtMost {
            limit: Limit::Setting(_),
            ..
        } => problem = Err("`ask_if` compares with numbers only, not with settings".into()),
        _ => {}
    });
    problem
}

/// Checks that a condition names known questions, options, calculators and facts, and
/// compares only what can be compared. The error is the problem, without the place.
pub(super) fn check_condition(
    condition: &Condition,
    questions: &[Question],
    calculators: &[Calculator],
) -> Result<(), String> {
    let mut result = Ok(());
    condition.walk(&mut |c| {
        if result.is_err() {
            return;
        }
        result = check_leaf(c, questions, calculators);
    });
    result
}

fn check_leaf(
    condition: &Condition,
    questions: &[Question],
    calculators: &[Calculator],
) -> Result<(), String> {
    if let Condition::Fact { calculator, facts } = condition {
        let found = calculators
            .iter()
            .find(|c| &c.id == calculator)
            .ok_or_else(|| format!("names unknown calculator `{calculator}`"))?;
        for fact in facts {
            if !found.kind.facts().contains(&fact.as_str()) {
                return Err(format!(
                    "names fact `{fact}`, which calculator `{calculator}` does not have (it has {})",
                    found.kind.facts().join(", ")
                ));
            }
        }
        return Ok(());
    }
    let Some(id) = condition.question() else {
        return Ok(());
    };
    let question = questions
        .iter()
        .find(|q| q.id == id)
        .ok_or_else(|| format!("names unknown or later question `{id}`"))?;
    match condition {
        Condition::AnswerIn { values, .. } => {
            let allowed: Vec<&str> = match &question.kind {
                QuestionKind::YesNo => vec!["yes", "no"],
                QuestionKind::One(c) | QuestionKind::Several(c) => {
                    c.iter().map(|c| c.id.as_str()).collect()
                }
                other => {
                    return Err(format!(
                        "uses `is`/`in` on question `{id}` of kind {}",
                        other.name()
                    ))
                }
            };
            match values.iter().find(|v| !allowed.contains(&v.as_str())) {
                Some(value) => Err(format!("names unknown option `{value}` of question `{id}`")),
                None => Ok(()),
            }
        }
        Condition::Above { .. } | Condition::AtMost { .. } => match question.kind {
            QuestionKind::Amount | QuestionKind::Number { .. } | QuestionKind::Period => Ok(()),
            ref other => Err(format!(
                "compares question `{id}` of kind {}, which has no amount",
                other.name()
            )),
        },
        _ => Ok(()),
    }
}

pub(super) fn check_calculator(
    calculator: &Calculator,
    questions: &[Question],
) -> Result<(), RulesError> {
    let place = format!("calculator `{}`", calculator.id);
    check_id(&place, &calculator.id)?;
    calculator.kind.check().map_err(|p| invalid(&place, p))?;
    for (field, id, wanted) in calculator.kind.inputs() {
        let question = questions
            .iter()
            .find(|q| q.id == id)
            .ok_or_else(|| invalid(&place, format!("`{field}` names unknown question `{id}`")))?;
        let fits = matches!(
            (&question.kind, wanted),
            (QuestionKind::Period, InputKind::Period)
                | (QuestionKind::Number { .. }, InputKind::Number)
                | (QuestionKind::Amount, InputKind::Amount)
                | (QuestionKind::Date, InputKind::Date)
                | (QuestionKind::People { .. }, InputKind::People)
                | (
                    QuestionKind::People {
                        entry: PersonEntry::Age,
                    },
                    InputKind::PeopleAge,
                )
                | (
                    QuestionKind::People {
                        entry: PersonEntry::BirthMonth,
                    },
                    InputKind::PeopleBirthMonth,
                )
        );
        if !fits {
            return Err(invalid(
                &place,
                format!(
                    "`{field}` needs a {wanted:?} question, but `{id}` is of kind {}",
                    question.kind.name()
                ),
            ));
        }
    }
    Ok(())
}
