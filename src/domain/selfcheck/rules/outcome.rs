//! An outcome and its deadline as the rule file writes them, and how they are read.

use super::checks::{check_condition, check_id, check_message};
use super::{
    invalid, Calculator, DeadlineRule, OutcomeKind, OutcomeRule, OutcomeTexts, Question,
    QuestionKind, RulesError, Urgency,
};
use crate::domain::selfcheck::conditions::{Condition, Limit, RawCondition};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOutcome {
    pub(super) id: String,
    kind: OutcomeKind,
    urgency: Urgency,
    when: Option<RawCondition>,
    deadline: Option<RawDeadline>,
    what: Option<String>,
    how: Option<String>,
    documents: Option<String>,
    why: Option<String>,
    reason: Option<String>,
    section: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    from: Option<String>,
    before: Option<String>,
    calculator: Option<String>,
    fact: Option<String>,
    days: Option<Limit>,
    statement_after: Option<String>,
}

pub(super) fn convert_outcome(
    raw: RawOutcome,
    questions: &[Question],
    calculators: &[Calculator],
) -> Result<OutcomeRule, RulesError> {
    let place = format!("outcome `{}`", raw.id);
    check_id(&place, &raw.id)?;
    let texts = OutcomeTexts {
        what: raw.what,
        how: raw.how,
        documents: raw.documents,
        why: raw.why,
        reason: raw.reason,
    };
    for id in texts.ids() {
        check_message(&place, id)?;
    }
    let t = &texts;
    // Texts as (name, present): those this kind needs, and those it does not take.
    type Texts<'a> = &'a [(&'a str, bool)];
    let (needed, not_allowed): (Texts, Texts) = match raw.kind {
        OutcomeKind::Report => (
            &[
                ("what", t.what.is_some()),
                ("how", t.how.is_some()),
                ("why", t.why.is_some()),
            ],
            &[("reason", t.reason.is_some())],
        ),
        OutcomeKind::NoNeed | OutcomeKind::AskUs => (
            &[("reason", t.reason.is_some())],
            &[
                ("what", t.what.is_some()),
                ("documents", t.documents.is_some()),
                ("why", t.why.is_some()),
            ],
        ),
    };
    if let Some((field, _)) = needed.iter().find(|(_, present)| !present) {
        return Err(invalid(
            &place,
            format!("this kind needs the text `{field}`"),
        ));
    }
    if let Some((field, _)) = not_allowed.iter().find(|(_, present)| *present) {
        return Err(invalid(
            &place,
            format!("this kind takes no text `{field}`"),
        ));
    }
    if raw.kind == OutcomeKind::NoNeed && texts.how.is_some() {
        return Err(invalid(&place, "a no-need outcome takes no text `how`"));
    }
    let when = raw
        .when
        .map(|c| c.into_condition())
        .transpose()
        .map_err(|p| invalid(&place, format!("`when`: {p}")))?;
    if let Some(condition) = &when {
        check_condition(condition, questions, calculators)
            .map_err(|p| invalid(&place, format!("`when` {p}")))?;
    }
    let deadline = raw
        .deadline
        .map(|d| convert_deadline(&place, d, questions, calculators))
        .transpose()?;
    if deadline.is_some() && raw.kind != OutcomeKind::Report {
        return Err(invalid(&place, "only a report outcome has a deadline"));
    }
    if let Some(section) = &raw.section {
        check_section(&place, section)?;
    }
    Ok(OutcomeRule {
        id: raw.id,
        kind: raw.kind,
        urgency: raw.urgency,
        when,
        deadline,
        texts,
        section: raw.section,
    })
}

/// `section` is `<page>#<section>`, both parts ids: they become a web address. Whether
/// the page and section exist is for the texts to say (a test holds them together).
fn check_section(place: &str, section: &str) -> Result<(), RulesError> {
    let Some((page, name)) = section.split_once('#') else {
        return Err(invalid(
            place,
            format!(
                "`section` is `<page>#<section>`, e.g. `what-to-report#gifts`, not `{section}`"
            ),
        ));
    };
    check_id(place, page)?;
    check_id(place, name)
}

fn convert_deadline(
    place: &str,
    raw: RawDeadline,
    questions: &[Question],
    calculators: &[Calculator],
) -> Result<DeadlineRule, RulesError> {
    let anchors = [
        raw.from.is_some(),
        raw.before.is_some(),
        raw.calculator.is_some(),
        raw.statement_after.is_some(),
    ];
    if anchors.iter().filter(|a| **a).count() != 1 {
        return Err(invalid(
            place,
            "a deadline needs exactly one of `from`, `before`, `calculator` or `statement_after`",
        ));
    }
    let date_question = |id: &str, period_ok: bool| -> Result<(), RulesError> {
        let question = questions
            .iter()
            .find(|q| q.id == id)
            .ok_or_else(|| invalid(place, format!("the deadline names unknown question `{id}`")))?;
        match question.kind {
            QuestionKind::Date => Ok(()),
            QuestionKind::Period if period_ok => Ok(()),
            _ => Err(invalid(
                place,
                format!("the deadline needs a date question, but `{id}` is not one"),
            )),
        }
    };
    let days = raw.days.unwrap_or(Limit::Literal(0));
    if raw.fact.is_some() != raw.calculator.is_some() {
        return Err(invalid(
            place,
            "`calculator` and `fact` go together in a deadline",
        ));
    }
    if let Some(question) = raw.from {
        date_question(&question, true)?;
        return Ok(DeadlineRule::After { question, days });
    }
    if let Some(question) = raw.before {
        date_question(&question, true)?;
        return Ok(DeadlineRule::Before { question, days });
    }
    if raw.days.is_some() && raw.statement_after.is_some() {
        return Err(invalid(place, "`statement_after` takes no `days`"));
    }
    if let Some(after) = raw.statement_after {
        date_question(&after, false)?;
        return Ok(DeadlineRule::Statement { after });
    }
    let calculator = raw.calculator.unwrap_or_default();
    let fact = raw.fact.unwrap_or_default();
    let condition = Condition::Fact {
        calculator: calculator.clone(),
        facts: vec![fact.clone()],
    };
    check_condition(&condition, questions, calculators)
        .map_err(|p| invalid(place, format!("the deadline {p}")))?;
    Ok(DeadlineRule::Fact {
        calculator,
        fact,
        days,
    })
}
