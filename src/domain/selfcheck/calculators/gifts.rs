//! Gifts: the yearly limit of the household, this year and the next.

use super::{num, ArgValue, CalcResult};
use crate::config::Figure;
use crate::domain::selfcheck::dates::monthly_date;
use crate::domain::selfcheck::Policy;
use time::{Date, Month};

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
pub(super) fn gifts(
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
pub(super) fn monthly_gifts(amount: u64, since: Date, year: i32) -> Vec<(Date, u64)> {
    (1..=12u8)
        .map(|month| Month::try_from(month).expect("1 to 12 are months"))
        .map(|month| monthly_date(since, year, month))
        .filter(|day| *day >= since)
        .map(|day| (day, amount))
        .collect()
}

/// The limit of a calendar year, in cents: the one in force on its 1 January.
pub(super) fn gift_limit_cents(policy: &Policy, year: i32) -> u64 {
    let new_year = Date::from_calendar_date(year, Month::January, 1).expect("1 January exists");
    u64::from(policy.number(Figure::GiftLimit, new_year)) * 100
}

/// The total of gifts in date order, and the day of the first one that takes the total
/// over the limit.
pub(super) fn count_gifts(events: &[(Date, u64)], limit: u64) -> (u64, Option<Date>) {
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
