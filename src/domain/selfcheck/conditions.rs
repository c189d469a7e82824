//! Conditions on earlier answers and on calculator results, as written in the rule
//! file (`ask_if` of a question, `when` of an outcome), and how they are evaluated.

use super::answers::{AnswerValue, Answers};
use super::calculators::Results;
use super::Policy;
use crate::config::Figure;
use serde::Deserialize;
use time::Date;

/// A number in the rule file: written out, or the name of a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Literal(u64),
    /// A number from the settings file, by the name the table of figures gives it
    /// (`crate::config::figures`), so the rule file is the same for every municipality.
    Setting(Figure),
}

/// Written by hand so a misspelt setting name gets an error that lists the names.
impl<'de> Deserialize<'de> for Limit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LimitVisitor;
        impl serde::de::Visitor<'_> for LimitVisitor {
            type Value = Limit;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number or the name of a setting")
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Limit, E> {
                u64::try_from(n)
                    .map(Limit::Literal)
                    .map_err(|_| E::custom("a number here must not be negative"))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Limit, E> {
                Ok(Limit::Literal(n))
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Limit, E> {
                Figure::number_named(name)
                    .map(Limit::Setting)
                    .ok_or_else(|| {
                        let names: Vec<&str> = Figure::ALL
                            .iter()
                            .map(|f| f.spec())
                            .filter(|spec| spec.is_number())
                            .map(|spec| spec.name)
                            .collect();
                        E::custom(format!(
                            "unknown setting `{name}`; the settings are {}",
                            names.join(", ")
                        ))
                    })
            }
        }
        deserializer.deserialize_any(LimitVisitor)
    }
}

impl Limit {
    /// The number, with a setting as it holds on `day`.
    pub fn value(self, policy: &Policy, day: Date) -> u64 {
        match self {
            Limit::Literal(n) => n,
            Limit::Setting(figure) => u64::from(policy.number(figure, day)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// yes/no and one-of-several: the answer is one of `values`; several-of-several:
    /// the answer includes at least one of them.
    AnswerIn {
        question: String,
        values: Vec<String>,
    },
    Answered {
        question: String,
    },
    /// An amount (in euro), a number, or the length of a period in days, compared
    /// with a limit.
    Above {
        question: String,
        limit: Limit,
    },
    AtMost {
        question: String,
        limit: Limit,
    },
    /// A calculator came to one of these facts.
    Fact {
        calculator: String,
        facts: Vec<String>,
    },
}

/// What a condition is evaluated against.
pub struct Context<'a> {
    pub answers: &'a Answers,
    pub results: &'a Results,
    /// The figures and the day they are read on (today); `None` while walking the
    /// questions: `ask_if` never names a setting.
    pub policy: Option<(&'a Policy, Date)>,
}

impl Condition {
    pub fn holds(&self, cx: &Context<'_>) -> bool {
        match self {
            Condition::All(list) => list.iter().all(|c| c.holds(cx)),
            Condition::Any(list) => list.iter().any(|c| c.holds(cx)),
            Condition::Not(inner) => !inner.holds(cx),
            Condition::AnswerIn { question, values } => match cx.answers.get(question) {
                Some(AnswerValue::YesNo(yes)) => {
                    values.iter().any(|v| v == if *yes { "yes" } else { "no" })
                }
                Some(AnswerValue::One(chosen)) => values.contains(chosen),
                Some(AnswerValue::Several(chosen)) => values.iter().any(|v| chosen.contains(v)),
                _ => false,
            },
            Condition::Answered { question } => cx.answers.get(question).is_some(),
            Condition::Above { question, limit } => {
                compare(cx, question, *limit).is_some_and(|(value, limit)| value > limit)
            }
            Condition::AtMost { question, limit } => {
                compare(cx, question, *limit).is_some_and(|(value, limit)| value <= limit)
            }
            Condition::Fact { calculator, facts } => cx
                .results
                .get(calculator)
                .is_some_and(|result| facts.iter().any(|f| result.has(f))),
        }
    }

    /// Every condition inside this one, this one included (for checks and lookups).
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Condition)) {
        visit(self);
        match self {
            Condition::All(list) | Condition::Any(list) => {
                list.iter().for_each(|c| c.walk(visit));
            }
            Condition::Not(inner) => inner.walk(visit),
            _ => {}
        }
    }

    /// The question a leaf condition is about.
    pub fn question(&self) -> Option<&str> {
        match self {
            Condition::AnswerIn { question, .. }
            | Condition::Answered { question }
            | Condition::Above { question, .. }
            | Condition::AtMost { question, .. } => Some(question),
            _ => None,
        }
    }
}

/// The answer and the limit in the same unit (amounts in cents).
fn compare(cx: &Context<'_>, question: &str, limit: Limit) -> Option<(u64, u64)> {
    let limit = match (limit, cx.policy) {
        (Limit::Literal(n), _) => n,
        (limit, Some((policy, day))) => limit.value(policy, day),
        (Limit::Setting(_), None) => return None,
    };
    match cx.answers.get(question)? {
        AnswerValue::Amount { cents } => Some((*cents, limit.saturating_mul(100))),
        AnswerValue::Number(n) => Some((u64::from(*n), limit)),
        AnswerValue::Period { from, to } => Some(((*to - *from).whole_days() as u64, limit)),
        _ => None,
    }
}

/// A condition as written in the file. Every form is a table with its own keys; the
/// conversion checks that exactly one form is used, so a typo gives a clear error
/// instead of a condition that silently never holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCondition {
    all: Option<Vec<RawCondition>>,
    any: Option<Vec<RawCondition>>,
    not: Option<Box<RawCondition>>,
    question: Option<String>,
    calculator: Option<String>,
    is: Option<String>,
    #[serde(rename = "in")]
    in_list: Option<Vec<String>>,
    answered: Option<bool>,
    above: Option<Limit>,
    at_most: Option<Limit>,
}

impl RawCondition {
    pub(super) fn into_condition(self) -> Result<Condition, String> {
        let forms = [
            self.all.is_some(),
            self.any.is_some(),
            self.not.is_some(),
            self.question.is_some(),
            self.calculator.is_some(),
        ];
        if forms.iter().filter(|f| **f).count() != 1 {
            return Err(
                "a condition needs exactly one of `all`, `any`, `not`, `question` or `calculator`"
                    .into(),
            );
        }
        let tests = [
            self.is.is_some(),
            self.in_list.is_some(),
            self.answered.is_some(),
            self.above.is_some(),
            self.at_most.is_some(),
        ];
        let test_count = tests.iter().filter(|t| **t).count();
        let list = |list: Vec<RawCondition>, name: &str| -> Result<Vec<Condition>, String> {
            if list.is_empty() {
                return Err(format!("`{name}` needs at least one condition"));
            }
            list.into_iter().map(RawCondition::into_condition).collect()
        };
        if let Some(all) = self.all {
            return no_tests(test_count).and(list(all, "all").map(Condition::All));
        }
        if let Some(any) = self.any {
            return no_tests(test_count).and(list(any, "any").map(Condition::Any));
        }
        if let Some(not) = self.not {
            no_tests(test_count)?;
            return Ok(Condition::Not(Box::new(not.into_condition()?)));
        }
        if test_count != 1 {
            return Err(
                "a condition on a question or calculator needs exactly one of `is`, `in`, \
                 `answered`, `above` or `at_most`"
                    .into(),
            );
        }
        let values = self.is.map(|v| vec![v]).or(self.in_list);
        if let Some(calculator) = self.calculator {
            let facts = values.ok_or("a calculator condition takes `is` or `in`")?;
            return non_empty(&facts).map(|_| Condition::Fact { calculator, facts });
        }
        let question = self.question.unwrap_or_default();
        if let Some(values) = values {
            non_empty(&values)?;
            return Ok(Condition::AnswerIn { question, values });
        }
        if let Some(answered) = self.answered {
            let condition = Condition::Answered { question };
            return Ok(if answered {
                condition
            } else {
                Condition::Not(Box::new(condition))
            });
        }
        if let Some(limit) = self.above {
            return Ok(Condition::Above { question, limit });
        }
        let limit = self.at_most.expect("one test is present");
        Ok(Condition::AtMost { question, limit })
    }
}

fn no_tests(count: usize) -> Result<(), String> {
    if count == 0 {
        Ok(())
    } else {
        Err("`all`, `any` and `not` take no `is`, `in`, `answered`, `above` or `at_most`".into())
    }
}

fn non_empty(values: &[String]) -> Result<(), String> {
    if values.is_empty() {
        Err("`in` needs at least one value".into())
    } else {
        Ok(())
    }
}
