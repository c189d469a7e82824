//! The rule file: its model, how it is read, and the checks that refuse a broken file
//! at start-up with a message naming the question, calculator or outcome.

mod checks;
mod model;
mod outcome;
mod question;

pub use model::{
    Calculator, Choice, DeadlineRule, OutcomeKind, OutcomeRule, OutcomeTexts, PersonEntry,
    Question, QuestionKind, Urgency,
};

use super::calculators::CalculatorKind;
use super::reachability;
use checks::{check_ask_if, check_calculator, check_condition, unique};
use outcome::{convert_outcome, RawOutcome};
use question::{convert_question, RawQuestion};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// The parsed and checked rule file.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    questions: Vec<Question>,
    calculators: Vec<Calculator>,
    outcomes: Vec<OutcomeRule>,
    fallback: usize,
    index: BTreeMap<String, usize>,
}

/// Why a rule file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulesError {
    Syntax(String),
    /// `place` is e.g. "question `work-date`".
    Invalid {
        place: String,
        problem: String,
    },
    /// Message ids the catalog lacks, each with where it is used.
    MissingMessages(Vec<(String, String)>),
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RulesError::Syntax(msg) => write!(f, "self-check rule file is not valid: {msg}"),
            RulesError::Invalid { place, problem } => {
                write!(f, "self-check rule file: {place}: {problem}")
            }
            RulesError::MissingMessages(missing) => {
                write!(f, "self-check rule file uses texts that do not exist:")?;
                for (place, id) in missing {
                    write!(f, " `{id}` ({place});")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for RulesError {}

pub(super) fn invalid(place: impl Into<String>, problem: impl Into<String>) -> RulesError {
    RulesError::Invalid {
        place: place.into(),
        problem: problem.into(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    selfcheck: RawHeader,
    #[serde(default)]
    question: Vec<RawQuestion>,
    #[serde(default)]
    calculator: Vec<RawCalculator>,
    #[serde(default)]
    outcome: Vec<RawOutcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    /// The ask-us outcome shown when no other outcome applies.
    fallback: String,
}

#[derive(Deserialize)]
struct RawCalculator {
    id: String,
    #[serde(flatten)]
    kind: CalculatorKind,
}

/// The deepest nesting of arrays and inline tables a rule file may have; the shipped
/// file needs five.
const MAX_NESTING: usize = 32;

/// How deep `[` and `{` nest in a TOML text, outside strings and comments. A rough
/// scan (a table header `[[question]]` counts as two), enough to refuse absurd depth.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            (None, '[' | '{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            (None, _) => {}
        }
    }
    deepest
}

impl Rules {
    /// Reads and checks the text of a rule file. Message ids are checked separately
    /// with [`Rules::validate_messages`], because only the web layer has the catalog.
    pub fn parse(text: &str) -> Result<Rules, RulesError> {
        // The TOML parser and the condition checks recurse per level: a file nested
        // thousands deep would overflow the stack and end the process instead of
        // failing with a message.
        if nesting_depth(text) > MAX_NESTING {
            return Err(RulesError::Syntax(format!(
                "arrays or tables are nested more than {MAX_NESTING} levels deep"
            )));
        }
        let raw: RawFile = toml::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        unique("question", raw.question.iter().map(|q| q.id.as_str()))?;
        unique("calculator", raw.calculator.iter().map(|c| c.id.as_str()))?;
        unique("outcome", raw.outcome.iter().map(|o| o.id.as_str()))?;
        let mut questions: Vec<Question> = Vec::new();
        for raw_question in raw.question {
            let question = convert_question(raw_question)?;
            if let Some(condition) = &question.ask_if {
                let place = format!("question `{}`", question.id);
                check_ask_if(condition).map_err(|p| invalid(&place, p))?;
                // Only earlier questions: the resident answers in file order, and
                // this also rules out circles.
                check_condition(condition, &questions, &[])
                    .map_err(|p| invalid(&place, format!("`ask_if` {p}")))?;
            }
            questions.push(question);
        }
        let calculators: Vec<Calculator> = raw
            .calculator
            .into_iter()
            .map(|c| Calculator {
                id: c.id,
                kind: c.kind,
            })
            .collect();
        for calculator in &calculators {
            check_calculator(calculator, &questions)?;
        }
        let mut outcomes = Vec::new();
        for raw_outcome in raw.outcome {
            outcomes.push(convert_outcome(raw_outcome, &questions, &calculators)?);
        }
        let fallback = outcomes
            .iter()
            .position(|o| o.id == raw.selfcheck.fallback)
            .ok_or_else(|| {
                invalid(
                    "selfcheck.fallback",
                    format!("names unknown outcome `{}`", raw.selfcheck.fallback),
                )
            })?;
        for (i, outcome) in outcomes.iter().enumerate() {
            let place = format!("outcome `{}`", outcome.id);
            match (i == fallback, &outcome.when) {
                (true, Some(_)) => {
                    return Err(invalid(place, "the fallback outcome takes no `when`"))
                }
                (true, None) if outcome.kind != OutcomeKind::AskUs => {
                    return Err(invalid(
                        place,
                        "the fallback outcome must be of kind ask-us",
                    ))
                }
                (false, None) => return Err(invalid(place, "needs a `when` condition")),
                _ => {}
            }
        }
        let index = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        let rules = Rules {
            questions,
            calculators,
            outcomes,
            fallback,
            index,
        };
        reachability::check(&rules)?;
        Ok(rules)
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index(id).map(|i| &self.questions[i])
    }

    pub(super) fn question_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn calculators(&self) -> &[Calculator] {
        &self.calculators
    }

    pub fn calculator(&self, id: &str) -> Option<&Calculator> {
        self.calculators.iter().find(|c| c.id == id)
    }

    pub fn outcomes(&self) -> &[OutcomeRule] {
        &self.outcomes
    }

    /// The ask-us outcome shown when no other outcome applies.
    pub fn fallback(&self) -> &OutcomeRule {
        &self.outcomes[self.fallback]
    }
}

#[cfg(test)]
mod nesting_tests {
    use super::{nesting_depth, Rules, MAX_NESTING};

    #[test]
    fn counts_brackets_outside_strings_and_comments() {
        let cases = [
            ("", 0),
            ("a = 1", 0),
            ("a = [1, [2, 3]]", 2),
            ("[[question]]\nid = \"x\"", 2),
            ("a = { b = { c = [1] } }", 3),
            ("a = \"[[[[{{{{\"", 0),
            ("a = 'no [ here'", 0),
            ("a = \"esc \\\" [[[\"", 0),
            ("# [[[[[[\na = [1]", 1),
            ("a = ]]]] [", 1),
        ];
        for (text, depth) in cases {
            assert_eq!(nesting_depth(text), depth, "{text}");
        }
    }

    #[test]
    fn the_shipped_file_is_far_below_the_limit() {
        let text = include_str!("../../../../content/selfcheck.toml");
        assert!(
            nesting_depth(text) <= MAX_NESTING / 2,
            "{}",
            nesting_depth(text)
        );
    }

    #[test]
    fn a_deeply_nested_file_is_refused() {
        let text = format!(
            "a = {}{}",
            "[".repeat(MAX_NESTING + 1),
            "]".repeat(MAX_NESTING + 1)
        );
        assert!(Rules::parse(&text)
            .unwrap_err()
            .to_string()
            .contains("nested"));
    }
}
