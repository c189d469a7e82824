//! Days abroad: the yearly limit and the limit of one unbroken stay.

use super::{num, CalcResult};
use crate::config::Figure;
use crate::domain::selfcheck::dates::days_abroad_in_year;
use crate::domain::selfcheck::Policy;
use time::Date;

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
pub(super) fn days_abroad(from: Date, to: Date, earlier: u32, policy: &Policy) -> CalcResult {
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
