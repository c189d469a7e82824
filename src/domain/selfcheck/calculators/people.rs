//! People in the household: how many are of an age, and who turns an age when.

use super::{num, ArgValue, CalcResult};
use crate::domain::selfcheck::answers::Person;
use crate::domain::selfcheck::dates::{age_on_month, month_turning};
use time::Date;

pub(super) fn count_aged(people: &[Person], min_age: u32, on: Date) -> CalcResult {
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
pub(super) fn milestones(people: &[Person], ages: &[u32], window: (Date, Date)) -> CalcResult {
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
