//! The rule file's model: its questions, calculators and outcomes as the self-check
//! uses them, once read and checked.

use crate::domain::selfcheck::calculators::CalculatorKind;
use crate::domain::selfcheck::conditions::{Condition, Limit};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// Fluent message id of the question.
    pub text: String,
    pub hint: Option<String>,
    /// Asked only when this holds for the earlier answers; always asked without one.
    pub ask_if: Option<Condition>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    YesNo,
    One(Vec<Choice>),
    Several(Vec<Choice>),
    Date,
    Amount,
    Number { max: u32 },
    Period,
    People { entry: PersonEntry },
}

impl QuestionKind {
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::One(c) | QuestionKind::Several(c) => c,
            _ => &[],
        }
    }

    /// The name of the kind in the API and the rule file.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::YesNo => "yes-no",
            QuestionKind::One(_) => "one",
            QuestionKind::Several(_) => "several",
            QuestionKind::Date => "date",
            QuestionKind::Amount => "amount",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Period => "period",
            QuestionKind::People { .. } => "people",
        }
    }

    /// Whether the answer is a single choice (yes/no or one of several).
    pub(in crate::domain::selfcheck) fn is_single_choice(&self) -> bool {
        matches!(self, QuestionKind::YesNo | QuestionKind::One(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
}

/// What is asked for each person of a people question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonEntry {
    Age,
    /// Month and year of birth (`birth-month`), never a full date of birth.
    BirthMonth,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Calculator {
    pub id: String,
    pub kind: CalculatorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    Report,
    NoNeed,
    AskUs,
}

/// How soon the resident should act. The order is the order on the result page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    High,
    Normal,
    Low,
}

/// How an outcome's deadline is found.
#[derive(Debug, Clone, PartialEq)]
pub enum DeadlineRule {
    /// `days` after the date of a date question (or the start of a period).
    After { question: String, days: Limit },
    /// `days` before the date of a date question (or the start of a period).
    Before { question: String, days: Limit },
    /// `days` after the date of a calculator's fact.
    Fact {
        calculator: String,
        fact: String,
        days: Limit,
    },
    /// The last day of the first monthly income statement after a date.
    Statement { after: String },
}

/// The Fluent message ids of an outcome's texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeTexts {
    pub what: Option<String>,
    pub how: Option<String>,
    pub documents: Option<String>,
    pub why: Option<String>,
    pub reason: Option<String>,
}

impl OutcomeTexts {
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        [
            &self.what,
            &self.how,
            &self.documents,
            &self.why,
            &self.reason,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRule {
    pub id: String,
    pub kind: OutcomeKind,
    pub urgency: Urgency,
    /// `None` only for the fallback outcome.
    pub when: Option<Condition>,
    pub deadline: Option<DeadlineRule>,
    pub texts: OutcomeTexts,
    /// The information page section that explains the rule: `<page>#<section>`, e.g.
    /// `what-to-report#gifts`, so the two parts of the portal can be held together.
    pub section: Option<String>,
}

impl OutcomeRule {
    /// The information page and the section name of [`OutcomeRule::section`].
    pub fn info_section(&self) -> Option<(&str, &str)> {
        self.section.as_deref()?.split_once('#')
    }
}
