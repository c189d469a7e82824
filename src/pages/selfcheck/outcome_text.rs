//! An evaluated outcome in words: its Fluent texts formatted with its values (dates and
//! amounts written the way the resident's language writes them). The results page and
//! the JSON API both use this, so every channel says the same thing.

use crate::domain::money::format_euro_cents;
use crate::domain::selfcheck::{ArgValue, Outcome, OutcomeKind, Urgency};
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use time::Date;

#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeView {
    pub id: String,
    pub kind: OutcomeKind,
    pub urgency: Urgency,
    pub deadline: Option<Date>,
    pub deadline_passed: bool,
    /// "Report this by 3 April 2026", or "report it now" when the date has passed;
    /// only for outcomes of kind report.
    pub deadline_text: Option<String>,
    pub what: Option<String>,
    pub how: Option<String>,
    pub documents: Option<String>,
    pub why: Option<String>,
    pub reason: Option<String>,
    /// The information page section that explains the rule: its address and heading.
    pub more: Option<(String, String)>,
}

/// The outcome's values as Fluent arguments in this language.
fn arguments<'a>(i18n: &I18n, outcome: &'a Outcome) -> Vec<(&'a str, FluentValue<'static>)> {
    outcome
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                ArgValue::Number(n) => FluentValue::from(*n),
                ArgValue::Euro { cents } => {
                    FluentValue::from(format_euro_cents(*cents, &i18n.lang.code))
                }
                ArgValue::Date(date) => FluentValue::from(i18n.date(*date)),
                ArgValue::Month { year, month } => FluentValue::from(i18n.month(*year, *month)),
                ArgValue::Tense(tense) => FluentValue::from(tense.key()),
            };
            (name.as_str(), value)
        })
        .collect()
}

pub fn describe(i18n: &I18n, outcome: &Outcome) -> OutcomeView {
    let args = arguments(i18n, outcome);
    let text = |id: &Option<String>| id.as_deref().map(|id| i18n.t_with(id, &args));
    let deadline_text = (outcome.kind == OutcomeKind::Report).then(|| match outcome.deadline {
        Some(_) if outcome.deadline_passed => i18n.t_with("selfcheck-deadline-passed", &args),
        Some(_) => i18n.t_with("selfcheck-deadline", &args),
        None => i18n.t("selfcheck-no-deadline"),
    });
    OutcomeView {
        id: outcome.id.clone(),
        kind: outcome.kind,
        urgency: outcome.urgency,
        deadline: outcome.deadline,
        deadline_passed: outcome.deadline_passed,
        deadline_text,
        what: text(&outcome.texts.what),
        how: text(&outcome.texts.how),
        documents: text(&outcome.texts.documents),
        why: text(&outcome.texts.why),
        reason: text(&outcome.texts.reason),
        more: outcome
            .section
            .as_deref()
            .and_then(|s| s.split_once('#'))
            .map(|(page, section)| {
                (
                    format!("{}#s-{section}", i18n.href(&format!("/{page}"))),
                    i18n.t(&format!("info-{page}-{section}-heading")),
                )
            }),
    }
}
