//! The built-in calculators for the sums residents most often get wrong. The rule file
//! names a calculator, its kind and which questions feed it; the sums are here.
//! A calculator comes to one or more named *facts* (e.g. `over`), each with an
//! optional date (for a deadline) and named arguments for the texts.

use super::answers::{AnswerValue, Answers, Person};
use super::dates::{add_days, age_on, birthday, days_abroad_in_year, monthly_date};
use super::Policy;
use serde::Deserialize;
use std::collections::BTreeMap;
use time::{Date, Month};

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
    /// Days abroad in the calendar year of a trip, against `days_abroad`.
    DaysAbroad {
        /// A period question: departure and return date.
        trip: String,
        /// A number question: days abroad earlier in the same calendar year.
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
    /// The nearest birthday at which someone turns one of `ages`, from `past_days`
    /// ago up to `ahead_days` from today.
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
    PeopleBirthDate,
    /// People with an age or a date of birth.
    People,
}

impl CalculatorKind {
    /// Every fact this kind can come to.
    pub fn facts(&self) -> &'static [&'static str] {
        match self {
            CalculatorKind::DaysAbroad { .. } => &["within", "reached", "over", "crosses-year"],
            CalculatorKind::Gifts { .. } => &["under-limit", "at-limit", "over-limit"],
            CalculatorKind::CountAged { .. } => &["some", "none"],
            CalculatorKind::Milestones { .. } => &["turns", "later", "none"],
        }
    }

    /// Facts of which at most one holds at a time (for the reachability check).
    pub fn exclusive(&self) -> &'static [&'static str] {
        match self {
            CalculatorKind::DaysAbroad { .. } => &["within", "reached", "over"],
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
                vec![("people", Some(people), K::PeopleBirthDate)]
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

/// Only days within one calendar year add up: a trip over New Year is checked against
/// the limit of each year it touches, with the earlier days in the year it starts.
fn days_abroad(from: Date, to: Date, earlier: u32, policy: &Policy) -> CalcResult {
    let limit = policy.days_abroad_per_year;
    let year = from.year();
    let this_year = days_abroad_in_year(from, to, year);
    let used = earlier + this_year;
    let later_years: Vec<(i32, u32)> = (year + 1..=to.year())
        .map(|y| (y, days_abroad_in_year(from, to, y)))
        .collect();
    let worst = later_years.iter().map(|(_, d)| *d).fold(used, u32::max);
    let trip_days = this_year + later_years.iter().map(|(_, d)| d).sum::<u32>();
    let mut args = vec![
        ("days-used", num(used)),
        ("days-left", num(limit.saturating_sub(used))),
        ("trip-days", num(trip_days)),
        ("trip-year", num(year)),
    ];
    let verdict = if worst > limit {
        args.push(("days-over", num(worst - limit)));
        "over"
    } else if worst == limit {
        "reached"
    } else {
        "within"
    };
    let result = CalcResult::default().with(verdict, Some(from), args);
    match later_years.first() {
        Some((next_year, days)) => result.with(
            "crosses-year",
            Some(from),
            vec![
                ("next-year", num(*next_year)),
                ("days-next-year", num(*days)),
            ],
        ),
        None => result,
    }
}

/// The limit is passed on the first gift that takes the year's total above it; that
/// day starts the reporting period. A monthly gift is counted on the same day each
/// month for the rest of the year, so the month it passes the limit is known ahead.
fn gifts(
    monthly: Option<(u64, Date)>,
    other: Option<(u64, Date)>,
    policy: &Policy,
    today: Date,
) -> Option<CalcResult> {
    let year = match (other, monthly) {
        (Some((_, date)), _) => date.year(),
        (None, Some((_, since))) => today.year().max(since.year()),
        (None, None) => return None,
    };
    let mut events: Vec<(Date, u64)> = Vec::new();
    if let Some((amount, since)) = monthly {
        for month in 1..=12u8 {
            let month = Month::try_from(month).expect("1 to 12 are months");
            let day = monthly_date(since, year, month);
            if day >= since {
                events.push((day, amount));
            }
        }
    }
    events.extend(other.map(|(amount, day)| (day, amount)));
    events.sort_by_key(|(day, _)| *day);
    let limit = u64::from(policy.gift_limit_eur) * 100;
    let mut total = 0;
    let mut passed_on = None;
    for (day, amount) in events {
        total += amount;
        if passed_on.is_none() && total > limit {
            passed_on = Some(day);
        }
    }
    let mut args = vec![
        ("gift-total", ArgValue::Euro { cents: total }),
        ("gift-year", num(year)),
    ];
    let result = CalcResult::default();
    Some(match passed_on {
        Some(day) => {
            args.push(("passes-on", ArgValue::Date(day)));
            args.push((
                "gift-month",
                ArgValue::Month {
                    year: day.year(),
                    month: day.month(),
                },
            ));
            result.with("over-limit", Some(day), args)
        }
        None if total == limit => result.with("at-limit", None, args),
        None => result.with("under-limit", None, args),
    })
}

fn count_aged(people: &[Person], min_age: u32, on: Date) -> CalcResult {
    let aged = people
        .iter()
        .filter(|p| match p {
            Person::Age(age) => *age >= min_age,
            Person::BirthDate(birth) => age_on(*birth, on) >= min_age,
        })
        .count() as i64;
    let args = vec![
        ("aged-count", num(aged)),
        ("people-count", num(people.len() as i64)),
    ];
    CalcResult::default().with(if aged > 0 { "some" } else { "none" }, None, args)
}

/// The earliest milestone in the window (an overdue one first), else the next one
/// after it, else none left.
fn milestones(people: &[Person], ages: &[u32], window: (Date, Date)) -> CalcResult {
    let mut days: Vec<(Date, u32)> = people
        .iter()
        .filter_map(|p| match p {
            Person::BirthDate(birth) => Some(*birth),
            Person::Age(_) => None,
        })
        .flat_map(|birth| {
            ages.iter()
                .filter_map(move |age| Some((birthday(birth, *age)?, *age)))
        })
        .filter(|(day, _)| *day >= window.0)
        .collect();
    days.sort();
    let Some(&(day, age)) = days.first() else {
        return CalcResult::default().with("none", None, Vec::new());
    };
    let args = vec![("turns-age", num(age)), ("turns-on", ArgValue::Date(day))];
    let fact = if day <= window.1 { "turns" } else { "later" };
    CalcResult::default().with(fact, Some(day), args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::selfcheck::steenwijkerland;
    use time::macros::date;

    fn names(result: &CalcResult) -> Vec<&'static str> {
        result.facts.keys().copied().collect()
    }

    fn arg(result: &CalcResult, fact: &str, name: &str) -> ArgValue {
        let fact = result.fact(fact).unwrap();
        fact.args
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1
            .clone()
    }

    #[test]
    fn days_abroad_verdicts() {
        let policy = steenwijkerland();
        let r = days_abroad(date!(2026 - 07 - 01), date!(2026 - 07 - 22), 7, &policy);
        assert_eq!(names(&r), ["reached"]);
        assert_eq!(arg(&r, "reached", "days-used"), ArgValue::Number(28));
        let r = days_abroad(date!(2026 - 07 - 01), date!(2026 - 07 - 23), 7, &policy);
        assert_eq!(arg(&r, "over", "days-over"), ArgValue::Number(1));
        let r = days_abroad(date!(2026 - 12 - 10), date!(2027 - 01 - 20), 0, &policy);
        assert_eq!(names(&r), ["crosses-year", "within"]);
        assert_eq!(
            arg(&r, "crosses-year", "days-next-year"),
            ArgValue::Number(20)
        );
    }

    #[test]
    fn gifts_pass_the_limit_in_the_right_month() {
        let policy = steenwijkerland();
        let today = date!(2026 - 02 - 01);
        let r = gifts(Some((20_000, date!(2026 - 01 - 01))), None, &policy, today).unwrap();
        assert_eq!(
            r.fact("over-limit").unwrap().date,
            Some(date!(2026 - 07 - 01))
        );
        let r = gifts(Some((10_000, date!(2026 - 01 - 15))), None, &policy, today).unwrap();
        assert_eq!(names(&r), ["at-limit"]);
        let r = gifts(None, Some((5_000, date!(2026 - 01 - 15))), &policy, today).unwrap();
        assert_eq!(names(&r), ["under-limit"]);
        assert_eq!(gifts(None, None, &policy, today), None);
    }

    #[test]
    fn milestones_pick_the_nearest_birthday() {
        let born = Person::BirthDate(date!(2008 - 05 - 14));
        let window = (date!(2025 - 03 - 10), date!(2026 - 06 - 10));
        let r = milestones(&[born], &[18, 21, 27], window);
        assert_eq!(r.fact("turns").unwrap().date, Some(date!(2026 - 05 - 14)));
        let r = milestones(&[born], &[21], window);
        assert_eq!(r.fact("later").unwrap().date, Some(date!(2029 - 05 - 14)));
        let old = Person::BirthDate(date!(1990 - 01 - 01));
        assert_eq!(names(&milestones(&[old], &[18, 21, 27], window)), ["none"]);
    }
}
