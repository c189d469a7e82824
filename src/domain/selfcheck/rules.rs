//! The rule file: its model, how it is read, and the checks that refuse a broken file
//! at start-up with a message naming the question, calculator or outcome.

use super::calculators::{CalculatorKind, InputKind};
use super::conditions::{Condition, Limit, RawCondition};
use super::reachability;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
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

    fn name(&self) -> &'static str {
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
    pub(super) fn is_single_choice(&self) -> bool {
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
struct RawQuestion {
    id: String,
    kind: RawKind,
    text: String,
    hint: Option<String>,
    ask_if: Option<RawCondition>,
    options: Option<Vec<Choice>>,
    max: Option<u32>,
    person: Option<PersonEntry>,
}

#[derive(Deserialize)]
struct RawCalculator {
    id: String,
    #[serde(flatten)]
    kind: CalculatorKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    id: String,
    kind: OutcomeKind,
    urgency: Urgency,
    when: Option<RawCondition>,
    deadline: Option<RawDeadline>,
    what: Option<String>,
    how: Option<String>,
    documents: Option<String>,
    why: Option<String>,
    reason: Option<String>,
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

fn check_id(place: &str, id: &str) -> Result<(), RulesError> {
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

fn check_message(place: &str, id: &str) -> Result<(), RulesError> {
    if id.starts_with("selfcheck-") {
        Ok(())
    } else {
        Err(invalid(
            place,
            format!("message id `{id}` must start with `selfcheck-`"),
        ))
    }
}

fn unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) -> Result<(), RulesError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(invalid(format!("{what} `{id}`"), "the id is used twice"));
        }
    }
    Ok(())
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

fn convert_question(raw: RawQuestion) -> Result<Question, RulesError> {
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

/// Which question comes next must follow from the answers alone, so the web layer
/// can walk the questions without the municipality figures or calculators.
fn check_ask_if(condition: &Condition) -> Result<(), String> {
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
fn check_condition(
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

fn check_calculator(calculator: &Calculator, questions: &[Question]) -> Result<(), RulesError> {
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

fn convert_outcome(
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
    Ok(OutcomeRule {
        id: raw.id,
        kind: raw.kind,
        urgency: raw.urgency,
        when,
        deadline,
        texts,
    })
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
        let text = include_str!("../../../content/selfcheck.toml");
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
