//! The built-in calculators for the sums residents most often get wrong. The rule file
//! names a calculator, its kind and which questions feed it; the sums are here.
//! A calculator comes to one or more named *facts* (e.g. `over`), each with an
//! optional date (for a deadline) and named arguments for the texts.

mod gifts;
mod people;
#[cfg(test)]
mod tests;
mod travel;

use crate::domain::selfcheck::answers::{AnswerValue, Answers, Person};
use crate::domain::selfcheck::dates::add_days;
use crate::domain::selfcheck::Policy;
use gifts::gifts;
use people::{count_aged, milestones};
use serde::Deserialize;
use std::collections::BTreeMap;
use time::{Date, Month};
use travel::days_abroad;

/// A value for a text, e.g. `{ $deadline }` or `{ $days-used }`. The web layer
/// formats it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    Number(i64),
    Euro {
        cents: u64,
    },
    Date(Date),
    Month {
        year: i32,
        month: Month,
    },
    /// Whether what the outcome is about lies before today: `$when` is `past` or
    /// `future`, for a Fluent selector ("you started" / "you start").
    Tense(Tense),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

impl Tense {
    /// The selector key in the texts.
    pub fn key(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Future => "future",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum CalculatorKind {
    /// Days abroad against `days_abroad`: per calendar year the trip touches, and for
    /// the trip as one unbroken stay (Participatiewet art. 13(1)(e)).
    DaysAbroad {
        /// A period question: departure and return date.
        trip: String,
        /// A number question: days abroad earlier in the calendar year the trip starts.
        earlier_days: Option<String>,
    },
    /// Gifts in the calendar year against `gift_limit`: a monthly gift since a date,
    /// and/or the total of one-off gifts up to a date.
    Gifts {
        monthly_amount: Option<String>,
        monthly_since: Option<String>,
        other_total: Option<String>,
        other_date: Option<String>,
    },
    /// How many people are at least `min_age` (on the date of `on`, or today).
    CountAged {
        people: String,
        min_age: u32,
        on: Option<String>,
    },
    /// The nearest month in which someone turns one of `ages` (people given by month
    /// of birth), from `past_days` ago up to `ahead_days` from today.
    Milestones {
        people: String,
        ages: Vec<u32>,
        past_days: u32,
        ahead_days: u32,
    },
}

/// The kind of question a calculator input must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Period,
    Number,
    Amount,
    Date,
    PeopleAge,
    PeopleBirthMonth,
    /// People with an age or a month of birth.
    People,
}

impl CalculatorKind {
    /// Every fact this kind can come to.
    pub fn facts(&self) -> &'static [&'static str] {
        match self {
            CalculatorKind::DaysAbroad { .. } => {
                &["within", "reached", "over", "crosses-year", "unbroken-over"]
            }
            CalculatorKind::Gifts { .. } => &[
                "under-limit",
                "at-limit",
                "over-limit",
                "over-limit-next-year",
            ],
            CalculatorKind::CountAged { .. } => &["some", "none"],
            CalculatorKind::Milestones { .. } => &["turns", "later", "none"],
        }
    }

    /// Facts of which at most one holds at a time (for the reachability check).
    pub fn exclusive(&self) -> &'static [&'static str] {
        match self {
            CalculatorKind::DaysAbroad { .. } => &["within", "reached", "over"],
            CalculatorKind::Gifts { .. } => &["under-limit", "at-limit", "over-limit"],
            _ => self.facts(),
        }
    }

    /// Every input with its field name and the question kind it needs.
    pub fn inputs(&self) -> Vec<(&'static str, &str, InputKind)> {
        use InputKind as K;
        let list: Vec<(&'static str, Option<&String>, InputKind)> = match self {
            CalculatorKind::DaysAbroad { trip, earlier_days } => vec![
                ("trip", Some(trip), K::Period),
                ("earlier_days", earlier_days.as_ref(), K::Number),
            ],
            CalculatorKind::Gifts {
                monthly_amount,
                monthly_since,
                other_total,
                other_date,
            } => vec![
                ("monthly_amount", monthly_amount.as_ref(), K::Amount),
                ("monthly_since", monthly_since.as_ref(), K::Date),
                ("other_total", other_total.as_ref(), K::Amount),
                ("other_date", other_date.as_ref(), K::Date),
            ],
            CalculatorKind::CountAged { people, on, .. } => vec![
                ("people", Some(people), K::People),
                ("on", on.as_ref(), K::Date),
            ],
            CalculatorKind::Milestones { people, .. } => {
                vec![("people", Some(people), K::PeopleBirthMonth)]
            }
        };
        list.into_iter()
            .filter_map(|(name, question, kind)| Some((name, question?.as_str(), kind)))
            .collect()
    }

    /// The inputs that must be answered before the calculator runs: any one of the
    /// groups, each group all of its questions.
    pub fn required(&self) -> Vec<Vec<&str>> {
        match self {
            CalculatorKind::DaysAbroad { trip, .. } => vec![vec![trip.as_str()]],
            CalculatorKind::Gifts {
                monthly_amount,
                monthly_since,
                other_total,
                other_date,
            } => [(monthly_amount, monthly_since), (other_total, other_date)]
                .into_iter()
                .filter_map(|pair| match pair {
                    (Some(a), Some(b)) => Some(vec![a.as_str(), b.as_str()]),
                    _ => None,
                })
                .collect(),
            CalculatorKind::CountAged { people, .. }
            | CalculatorKind::Milestones { people, .. } => {
                vec![vec![people.as_str()]]
            }
        }
    }

    /// Problems with the kind's own settings (inputs are checked by the rules).
    pub fn check(&self) -> Result<(), String> {
        match self {
            CalculatorKind::Gifts {
                monthly_amount,
                monthly_since,
                other_total,
                other_date,
            } => {
                if monthly_amount.is_some() != monthly_since.is_some() {
                    return Err("`monthly_amount` and `monthly_since` go together".into());
                }
                if other_total.is_some() != other_date.is_some() {
                    return Err("`other_total` and `other_date` go together".into());
                }
                if monthly_amount.is_none() && other_total.is_none() {
                    return Err("needs `monthly_amount` or `other_total`".into());
                }
                Ok(())
            }
            CalculatorKind::Milestones { ages, .. } if ages.is_empty() => {
                Err("`ages` needs at least one age".into())
            }
            _ => Ok(()),
        }
    }
}

/// What one calculator came to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CalcResult {
    facts: BTreeMap<&'static str, Fact>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fact {
    pub date: Option<Date>,
    pub args: Vec<(&'static str, ArgValue)>,
}

impl CalcResult {
    pub fn has(&self, fact: &str) -> bool {
        self.facts.contains_key(fact)
    }

    pub fn fact(&self, fact: &str) -> Option<&Fact> {
        self.facts.get(fact)
    }

    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.facts.values()
    }

    fn with(
        mut self,
        name: &'static str,
        date: Option<Date>,
        args: Vec<(&'static str, ArgValue)>,
    ) -> Self {
        self.facts.insert(name, Fact { date, args });
        self
    }
}

/// Results by calculator id.
pub type Results = BTreeMap<String, CalcResult>;

/// Runs a calculator on the (applicable) answers; `None` when its inputs are missing.
pub fn compute(
    kind: &CalculatorKind,
    answers: &Answers,
    policy: &Policy,
    today: Date,
) -> Option<CalcResult> {
    match kind {
        CalculatorKind::DaysAbroad { trip, earlier_days } => {
            let (from, to) = period(answers, trip)?;
            let earlier = earlier_days.as_deref().and_then(|q| number(answers, q));
            Some(days_abroad(from, to, earlier.unwrap_or(0), policy))
        }
        CalculatorKind::Gifts {
            monthly_amount,
            monthly_since,
            other_total,
            other_date,
        } => {
            let pair = |amount_q: &Option<String>, date_q: &Option<String>| {
                Some((
                    amount(answers, amount_q.as_deref()?)?,
                    date(answers, date_q.as_deref()?)?,
                ))
            };
            let monthly = pair(monthly_amount, monthly_since);
            let other = pair(other_total, other_date);
            gifts(monthly, other, policy, today)
        }
        CalculatorKind::CountAged {
            people: people_q,
            min_age,
            on,
        } => {
            let people = people(answers, people_q)?;
            let on = on
                .as_deref()
                .and_then(|q| date(answers, q))
                .unwrap_or(today);
            Some(count_aged(people, *min_age, on))
        }
        CalculatorKind::Milestones {
            people: people_q,
            ages,
            past_days,
            ahead_days,
        } => {
            let people = people(answers, people_q)?;
            let window = (
                add_days(today, -i64::from(*past_days)),
                add_days(today, i64::from(*ahead_days)),
            );
            Some(milestones(people, ages, window))
        }
    }
}

fn period(answers: &Answers, q: &str) -> Option<(Date, Date)> {
    match answers.get(q)? {
        AnswerValue::Period { from, to } => Some((*from, *to)),
        _ => None,
    }
}

fn number(answers: &Answers, q: &str) -> Option<u32> {
    match answers.get(q)? {
        AnswerValue::Number(n) => Some(*n),
        _ => None,
    }
}

fn amount(answers: &Answers, q: &str) -> Option<u64> {
    match answers.get(q)? {
        AnswerValue::Amount { cents } => Some(*cents),
        _ => None,
    }
}

fn date(answers: &Answers, q: &str) -> Option<Date> {
    match answers.get(q)? {
        AnswerValue::Date(d) => Some(*d),
        _ => None,
    }
}

fn people<'a>(answers: &'a Answers, q: &str) -> Option<&'a [Person]> {
    match answers.get(q)? {
        AnswerValue::People(people) => Some(people),
        _ => None,
    }
}

fn num(n: impl Into<i64>) -> ArgValue {
    ArgValue::Number(n.into())
}
