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
mod context;
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
pub use conditions::{Condition, Limit};
pub use context::SelfCheckContext;
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

use crate::config::{Figure, Figures, Settings};
use time::Date;

/// The municipality's figures that the rules name ([`Figure`]), each as it holds on a
/// given day. They come from the settings file, never from constants, so each
/// municipality gets its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    figures: Figures,
}

impl Policy {
    /// A number figure as it holds on `day`.
    pub fn number(&self, figure: Figure, day: Date) -> u32 {
        self.figures.number(figure, day)
    }
}

impl From<&Settings> for Policy {
    fn from(settings: &Settings) -> Self {
        Policy {
            figures: settings.figures.clone(),
        }
    }
}

/// The rule file that ships with the portal, for tests.
#[cfg(test)]
pub(crate) const SHIPPED_RULES: &str = include_str!("../../../content/selfcheck.toml");

/// The Dutch texts that ship with the portal, for tests.
#[cfg(test)]
pub(crate) const SHIPPED_DUTCH: &str = include_str!("../../../locales/nl/selfcheck.ftl");

/// The settings file that ships with the portal, for tests.
#[cfg(test)]
pub(crate) const SHIPPED_SETTINGS: &str = include_str!("../../../config/steenwijkerland.toml");

#[cfg(test)]
pub(crate) fn steenwijkerland() -> Policy {
    Policy::from(&Settings::parse(SHIPPED_SETTINGS).expect("shipped settings are valid"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn policy_comes_from_the_settings_file() {
        let policy = steenwijkerland();
        let on = date!(2026 - 12 - 01);
        let figures = [
            (Figure::ChangeDeadlineDays, 7),
            (Figure::TravelNoticeDays, 14),
            (Figure::GiftLimit, 1200),
            (Figure::DaysAbroad, 28),
            (Figure::StatementDay, 27),
            (Figure::AssetLimitSingle, 7575),
            (Figure::AssetLimitCouple, 15150),
        ];
        for (figure, value) in figures {
            assert_eq!(policy.number(figure, on), value, "{figure:?}");
        }
        assert_eq!(
            policy.number(Figure::AssetLimitSingle, date!(2023 - 12 - 31)),
            7605
        );
    }
}
