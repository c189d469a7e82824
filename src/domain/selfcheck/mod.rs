//! The self-check "what changes must I report?".
//!
//! The questions, follow-up questions and outcomes are data: `content/selfcheck.toml`,
//! with every text a Fluent message id. This module only reads that file, checks it, and
//! evaluates it against a resident's answers. Nothing here knows about the web, reads
//! the clock or stores anything: "today" and the municipality's figures ([`Policy`]) are
//! parameters, and the answers travel as answer codes in the form or query string.
//!
//! Flow for the web layer:
//! 1. at start-up: [`Rules::parse`], then [`Rules::validate_messages`] with the catalog;
//! 2. per request: [`Answers::from_pairs`] on the submitted pairs, then
//!    [`Rules::next_question`] / [`Rules::progress`] for the next step, or
//!    [`evaluate`] when no question is left.

mod answers;
mod calculators;
mod conditions;
mod dates;
mod evaluate;
mod flow;
mod messages;
mod reachability;
mod rules;

#[cfg(test)]
mod rule_file_tests;
#[cfg(test)]
mod situations;

pub use answers::{AnswerValue, Answers, FieldError, FieldProblem, Person};
pub use calculators::{ArgValue, CalculatorKind, Tense};
pub use conditions::{Condition, Limit, Setting};
pub use evaluate::{evaluate, Evaluation, Outcome};
pub use flow::Progress;
pub use messages::FIXED_MESSAGE_IDS;
pub use rules::{
    Calculator, Choice, DeadlineRule, OutcomeKind, OutcomeRule, OutcomeTexts, PersonEntry,
    Question, QuestionKind, Rules, RulesError, Urgency,
};

// Shared with the change notice (`domain::notice`): dates and amounts read the same way
// in every form.
pub(crate) use answers::{format_cents, parse_cents};
pub(crate) use dates::{format_date, parse_date};

use crate::config::Settings;

/// The municipality's figures the rules refer to by name (see [`Setting`]). They come
/// from the settings file, never from constants, so each municipality gets its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Report a change within this many days after it happened.
    pub change_deadline_days: u32,
    /// Report a trip abroad at least this many days before leaving.
    pub travel_notice_days: u32,
    /// Report gifts once their total in a calendar year passes this amount (euro).
    pub gift_limit_eur: u32,
    /// Days abroad with bijstand: at most this many in one calendar year and at most
    /// this many in one unbroken stay (Participatiewet art. 13(1)(e): 4 weeks).
    pub days_abroad_per_year: u32,
    /// The monthly income statement must arrive before this day of the month.
    pub statement_day: u32,
}

impl From<&Settings> for Policy {
    fn from(settings: &Settings) -> Self {
        Policy {
            change_deadline_days: settings.reporting.change_deadline_days,
            travel_notice_days: settings.reporting.travel_notice_days,
            gift_limit_eur: settings.limits.gift_allowance_per_year_eur,
            days_abroad_per_year: settings.limits.days_abroad_per_year,
            statement_day: settings.reporting.monthly_statement_day,
        }
    }
}

/// The rule file that ships with the portal, for tests.
#[cfg(test)]
pub(crate) const SHIPPED_RULES: &str = include_str!("../../../content/selfcheck.toml");

/// The Dutch texts that ship with the portal, for tests.
#[cfg(test)]
pub(crate) const SHIPPED_DUTCH: &str = include_str!("../../../locales/nl/selfcheck.ftl");

#[cfg(test)]
pub(crate) fn steenwijkerland() -> Policy {
    let text = include_str!("../../../config/steenwijkerland.toml");
    Policy::from(&Settings::parse(text).expect("shipped settings are valid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_comes_from_the_settings_file() {
        assert_eq!(
            steenwijkerland(),
            Policy {
                change_deadline_days: 7,
                travel_notice_days: 14,
                gift_limit_eur: 1200,
                days_abroad_per_year: 28,
                statement_day: 27,
            }
        );
    }
}
