//! The built-in calculators for the sums residents most often get wrong. The rule file
//! names a calculator, its kind and which questions feed it; the sums are here.
//! A calculator comes to one or more named *facts* (e.g. `over`), each with an
//! optional date (for a deadline) and named arguments for the texts.

use super::answers::{AnswerValue, Answers, Person};
use super::dates::{add_days, age_on_month, days_abroad_in_year, month_turning, monthly_date};
use super::Policy;
use crate::config::Figure;
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

/// The limit (`days_abroad`, 4 weeks, as it holds on the day of departure) is passed in
/// two ways (Participatiewet
/// art. 13(1)(e)): more days than the limit in one calendar year, or more days than the
/// limit in one unbroken stay. A trip over New Year counts its days in each year it
/// touches (with the earlier days in the year it starts; no earlier trip can fall in a
/// later year before this one, which covers that year's first day), and as a whole.
/// The departure day does not count, the return day does.
///
/// Facts: one of `within` | `reached` | `over` (the worst of all checks), plus
/// `crosses-year` for a trip over New Year and `unbroken-over` when the trip alone is
/// longer than the limit. Every text names the year it speaks of (`trip-year`,
/// `next-year`), so "this year" never means the wrong year.
fn days_abroad(from: Date, to: Date, earlier: u32, policy: &Policy) -> CalcResult {
    let limit = policy.number(Figure::DaysAbroad, from);
    let year = from.year();
    let this_year = days_abroad_in_year(from, to, year);
    let used = earlier.saturating_add(this_year);
    let later_years: Vec<(i32, u32)> = (year + 1..=to.year())
        .map(|y| (y, days_abroad_in_year(from, to, y)))
        .collect();
    let trip_days = this_year + later_years.iter().map(|(_, d)| d).sum::<u32>();
    let worst = later_years
        .iter()
        .map(|(_, d)| *d)
        .fold(used.max(trip_days), u32::max);
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
    let mut result = CalcResult::default().with(verdict, Some(from), args);
    if let Some((next_year, days)) = later_years.first() {
        result = result.with(
            "crosses-year",
            Some(from),
            vec![
                ("next-year", num(*next_year)),
                ("days-next-year", num(*days)),
                ("trip-year", num(year)),
                ("days-used", num(used)),
            ],
        );
    }
    if trip_days > limit {
        result = result.with(
            "unbroken-over",
            Some(from),
            vec![
                ("trip-days", num(trip_days)),
                ("days-over", num(trip_days - limit)),
            ],
        );
    }
    result
}

/// The limit is passed on the first gift that takes the year's total above it; that
/// day starts the reporting period. The limit is the one in force on 1 January of the
/// gifts' year: it is a limit per calendar year. A monthly gift is counted on the same day each
/// month for the rest of the year, so the month it passes the limit is known ahead.
///
/// A monthly gift that stays under the limit this year because it started late goes on
/// into the next calendar year, where it counts from January: when twelve months of it
/// pass that year's limit, `over-limit-next-year` says on which day (`next-passes-on`,
/// `next-year`), so the resident knows when to report (issue 18.8). Every fact names
/// the year it speaks of (`gift-year`).
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
    let mut events: Vec<(Date, u64)> = monthly
        .map(|(amount, since)| monthly_gifts(amount, since, year))
        .unwrap_or_default();
    events.extend(other.map(|(amount, day)| (day, amount)));
    events.sort_by_key(|(day, _)| *day);
    let limit = gift_limit_cents(policy, year);
    let (total, passed_on) = count_gifts(&events, limit);
    let mut args = vec![
        ("gift-total", ArgValue::Euro { cents: total }),
        ("gift-year", num(year)),
    ];
    let mut result = CalcResult::default();
    if let (None, Some((amount, since))) = (passed_on, monthly) {
        let next = year + 1;
        let events = monthly_gifts(amount, since, next);
        if let (_, Some(day)) = count_gifts(&events, gift_limit_cents(policy, next)) {
            result = result.with(
                "over-limit-next-year",
                Some(day),
                vec![
                    ("gift-year", num(year)),
                    ("next-year", num(next)),
                    ("next-passes-on", ArgValue::Date(day)),
                ],
            );
        }
    }
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

/// A monthly gift in `year`: on the same day of each month, from `since` on.
fn monthly_gifts(amount: u64, since: Date, year: i32) -> Vec<(Date, u64)> {
    (1..=12u8)
        .map(|month| Month::try_from(month).expect("1 to 12 are months"))
        .map(|month| monthly_date(since, year, month))
        .filter(|day| *day >= since)
        .map(|day| (day, amount))
        .collect()
}

/// The limit of a calendar year, in cents: the one in force on its 1 January.
fn gift_limit_cents(policy: &Policy, year: i32) -> u64 {
    let new_year = Date::from_calendar_date(year, Month::January, 1).expect("1 January exists");
    u64::from(policy.number(Figure::GiftLimit, new_year)) * 100
}

/// The total of gifts in date order, and the day of the first one that takes the total
/// over the limit.
fn count_gifts(events: &[(Date, u64)], limit: u64) -> (u64, Option<Date>) {
    let mut total = 0;
    let mut passed_on = None;
    for (day, amount) in events {
        total += amount;
        if passed_on.is_none() && total > limit {
            passed_on = Some(*day);
        }
    }
    (total, passed_on)
}

fn count_aged(people: &[Person], min_age: u32, on: Date) -> CalcResult {
    let aged = people
        .iter()
        .filter(|p| match p {
            Person::Age(age) => *age >= min_age,
            Person::BirthMonth { year, month } => age_on_month(*year, *month, on) >= min_age,
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
///
/// People are given by month of birth only (no day: the answers travel in the page's
/// address). The milestone's date is the *first day* of the month in which the person
/// turns the age: the birthday falls somewhere in that month, and the duty is to report
/// straight away (the deadline is `change_deadline_days` days after the change), so counting
/// from the first day never gives a deadline after the real one. Reporting a few days
/// early is fine: a change that is coming may always be reported ahead.
fn milestones(people: &[Person], ages: &[u32], window: (Date, Date)) -> CalcResult {
    let mut days: Vec<(Date, u32)> = people
        .iter()
        .filter_map(|p| match p {
            Person::BirthMonth { year, month } => Some((*year, *month)),
            Person::Age(_) => None,
        })
        .flat_map(|(year, month)| {
            ages.iter()
                .filter_map(move |age| Some((month_turning(year, month, *age)?, *age)))
        })
        .filter(|(day, _)| *day >= window.0)
        .collect();
    days.sort();
    let Some(&(day, age)) = days.first() else {
        return CalcResult::default().with("none", None, Vec::new());
    };
    let args = vec![
        ("turns-age", num(age)),
        (
            "turns-month",
            ArgValue::Month {
                year: day.year(),
                month: day.month(),
            },
        ),
    ];
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
        // (departure, return, earlier days in the departure year, facts, days-over)
        type Case = (Date, Date, u32, &'static [&'static str], Option<i64>);
        let cases: &[Case] = &[
            // 21 days + 7 earlier = exactly 28: the limit is reached, not passed.
            (
                date!(2026 - 07 - 01),
                date!(2026 - 07 - 22),
                7,
                &["reached"],
                None,
            ),
            (
                date!(2026 - 07 - 01),
                date!(2026 - 07 - 23),
                7,
                &["over"],
                Some(1),
            ),
            // One unbroken stay of exactly 28 days: allowed.
            (
                date!(2026 - 08 - 01),
                date!(2026 - 08 - 29),
                0,
                &["reached"],
                None,
            ),
            // 29 days in one stay: over, also with nothing earlier.
            (
                date!(2026 - 08 - 01),
                date!(2026 - 08 - 30),
                0,
                &["over", "unbroken-over"],
                Some(1),
            ),
            // 10 Dec – 20 Jan: 21 + 20 days, each year under 28, but 41 days in one
            // unbroken stay: over the limit by 13 days.
            (
                date!(2026 - 12 - 10),
                date!(2027 - 01 - 20),
                0,
                &["crosses-year", "over", "unbroken-over"],
                Some(13),
            ),
            // Over New Year, 22 days in one stay, but 20 earlier days in 2026 make
            // 31 days in 2026.
            (
                date!(2026 - 12 - 20),
                date!(2027 - 01 - 10),
                20,
                &["crosses-year", "over"],
                Some(3),
            ),
            // Over New Year, short: within both years and as one stay.
            (
                date!(2026 - 12 - 28),
                date!(2027 - 01 - 04),
                3,
                &["crosses-year", "within"],
                None,
            ),
            // Leap year: 1 Feb – 1 Mar 2028 is 29 counted days (29 February exists).
            (
                date!(2028 - 02 - 01),
                date!(2028 - 03 - 01),
                0,
                &["over", "unbroken-over"],
                Some(1),
            ),
            // The same dates in 2027 are 28 days: reached.
            (
                date!(2027 - 02 - 01),
                date!(2027 - 03 - 01),
                0,
                &["reached"],
                None,
            ),
            // 31 Dec – 28 Jan: 0 days in the departure year, 28 in the next.
            (
                date!(2026 - 12 - 31),
                date!(2027 - 01 - 28),
                10,
                &["crosses-year", "reached"],
                None,
            ),
        ];
        for (from, to, earlier, facts, over) in cases {
            let r = days_abroad(*from, *to, *earlier, &policy);
            assert_eq!(names(&r), *facts, "{from}–{to} after {earlier}");
            if let Some(over) = over {
                assert_eq!(
                    arg(&r, "over", "days-over"),
                    ArgValue::Number(*over),
                    "{from}–{to}"
                );
            }
        }
        let r = days_abroad(date!(2026 - 12 - 10), date!(2027 - 01 - 20), 5, &policy);
        assert_eq!(arg(&r, "over", "trip-days"), ArgValue::Number(41));
        assert_eq!(arg(&r, "over", "trip-year"), ArgValue::Number(2026));
        assert_eq!(arg(&r, "over", "days-used"), ArgValue::Number(26));
        assert_eq!(arg(&r, "crosses-year", "next-year"), ArgValue::Number(2027));
        assert_eq!(
            arg(&r, "crosses-year", "days-next-year"),
            ArgValue::Number(20)
        );
    }

    /// A municipality whose gift limit and days abroad change on 1 January 2027: a
    /// calculator counts with the figures in force on the day of the change it checks.
    #[test]
    fn figures_in_force_on_the_day_of_the_change() {
        let settings = crate::domain::selfcheck::SHIPPED_SETTINGS
            .replacen(
                "gift_limit = 1200",
                "gift_limit = [{ from = \"2021-01-01\", value = 1200 }, { from = \"2027-01-01\", value = 1500 }]",
                1,
            )
            .replacen(
                "days_abroad = 28",
                "days_abroad = [{ from = \"2021-01-01\", value = 28 }, { from = \"2027-01-01\", value = 21 }]",
                1,
            );
        let policy = Policy::from(&crate::config::Settings::parse(&settings).unwrap());
        // €100 a month all year: exactly the 2026 limit, under the 2027 one.
        let year = |since: Date, today| {
            names(&gifts(Some((10_000, since)), None, &policy, today).unwrap())
        };
        assert_eq!(
            year(date!(2026 - 01 - 01), date!(2026 - 12 - 31)),
            ["at-limit"]
        );
        assert_eq!(
            year(date!(2027 - 01 - 01), date!(2027 - 01 - 01)),
            ["under-limit"]
        );
        // 23 days away: within 28 when leaving on 31 December, over 21 a day later.
        let trip = |from: Date| {
            let to = add_days(from, 23);
            names(&days_abroad(from, to, 0, &policy))
        };
        assert_eq!(trip(date!(2026 - 12 - 31)), ["crosses-year", "within"]);
        assert_eq!(trip(date!(2027 - 01 - 01)), ["over", "unbroken-over"]);
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

    /// Issue 18.8: a monthly gift that starts late in the year stays under this year's
    /// limit and passes next year's; one that never passes a year's limit does not.
    #[test]
    fn a_monthly_gift_from_october_passes_the_limit_next_year() {
        let policy = steenwijkerland();
        let today = date!(2026 - 10 - 05);
        // €300 from 1 October: €900 in 2026; in 2027 €1,500 by 1 May.
        let r = gifts(Some((30_000, date!(2026 - 10 - 01))), None, &policy, today).unwrap();
        assert_eq!(names(&r), ["over-limit-next-year", "under-limit"]);
        assert_eq!(
            r.fact("over-limit-next-year").unwrap().date,
            Some(date!(2027 - 05 - 01))
        );
        assert_eq!(
            arg(&r, "over-limit-next-year", "next-year"),
            ArgValue::Number(2027)
        );
        assert_eq!(arg(&r, "under-limit", "gift-year"), ArgValue::Number(2026));
        // €100 a month: €1,200 in a whole year is the limit, not over it.
        let r = gifts(Some((10_000, date!(2026 - 10 - 01))), None, &policy, today).unwrap();
        assert_eq!(names(&r), ["under-limit"]);
        // One-off gifts do not go on: nothing is said about next year.
        let r = gifts(None, Some((100_000, date!(2026 - 10 - 01))), &policy, today).unwrap();
        assert_eq!(names(&r), ["under-limit"]);
        // Over the limit this year already: reported now, no second outcome.
        let r = gifts(Some((50_000, date!(2026 - 09 - 01))), None, &policy, today).unwrap();
        assert_eq!(names(&r), ["over-limit"]);
    }

    #[test]
    fn milestones_pick_the_nearest_month() {
        let born = Person::BirthMonth {
            year: 2008,
            month: Month::May,
        };
        let window = (date!(2025 - 03 - 10), date!(2026 - 06 - 10));
        let r = milestones(&[born], &[18, 21, 27], window);
        // The first day of the month of the 18th birthday.
        assert_eq!(r.fact("turns").unwrap().date, Some(date!(2026 - 05 - 01)));
        assert_eq!(
            arg(&r, "turns", "turns-month"),
            ArgValue::Month {
                year: 2026,
                month: Month::May
            }
        );
        let r = milestones(&[born], &[27], window);
        assert_eq!(r.fact("later").unwrap().date, Some(date!(2035 - 05 - 01)));
        // A month that starts after the window is later, even when the window ends
        // inside it.
        let june = Person::BirthMonth {
            year: 2008,
            month: Month::June,
        };
        let r = milestones(
            &[june],
            &[18],
            (date!(2025 - 06 - 01), date!(2026 - 05 - 31)),
        );
        assert_eq!(names(&r), ["later"]);
        let old = Person::BirthMonth {
            year: 1990,
            month: Month::January,
        };
        assert_eq!(names(&milestones(&[old], &[18, 21, 27], window)), ["none"]);
        // Only people given by age: nothing to compute.
        assert_eq!(
            names(&milestones(&[Person::Age(17)], &[18], window)),
            ["none"]
        );
    }

    #[test]
    fn count_aged_by_month_of_birth() {
        let on = date!(2026 - 03 - 10);
        let people = [
            Person::BirthMonth {
                year: 1999,
                month: Month::March,
            },
            Person::BirthMonth {
                year: 1999,
                month: Month::April,
            },
            Person::Age(30),
        ];
        let r = count_aged(&people, 27, on);
        assert_eq!(arg(&r, "some", "aged-count"), ArgValue::Number(2));
    }
}
