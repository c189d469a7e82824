//! Calendar rules of the self-check: reading dates, counting days abroad, birthdays
//! and the monthly statement date.

use super::answers::FieldProblem;
use time::{Date, Duration, Month};

/// Dates residents can mean: a date of birth a century ago, a trip some years ahead.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2100;

/// An ISO date `YYYY-MM-DD`, as an HTML date field sends it. A day that does not exist
/// (2026-02-30) is refused, never moved to another day.
pub fn parse_date(value: &str) -> Result<Date, FieldProblem> {
    let bytes = value.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(FieldProblem::NotADate);
    }
    let year: i32 = value[..4].parse().map_err(|_| FieldProblem::NotADate)?;
    let month: u8 = value[5..7].parse().map_err(|_| FieldProblem::NotADate)?;
    let day: u8 = value[8..].parse().map_err(|_| FieldProblem::NotADate)?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(FieldProblem::NotADate);
    }
    let month = Month::try_from(month).map_err(|_| FieldProblem::NotADate)?;
    Date::from_calendar_date(year, month, day).map_err(|_| FieldProblem::NotADate)
}

/// A month of a year as residents type it: `2008-05` (what an HTML month field sends),
/// or `05-2008`, `5-2008`, `5/2008`, `05.2008`, `5 2008` where the browser shows a
/// plain text field. Only a month and a year: a day of birth is personal data that
/// the self-check does not need and must not put in its address.
pub fn parse_month(value: &str) -> Result<(i32, Month), FieldProblem> {
    let parts: Vec<&str> = value
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b] = parts[..] else {
        return Err(FieldProblem::NotAMonth);
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return Err(FieldProblem::NotAMonth);
    }
    let (year, month) = match (a.len(), b.len()) {
        (4, 1..=2) => (a, b),
        (1..=2, 4) => (b, a),
        _ => return Err(FieldProblem::NotAMonth),
    };
    let year: i32 = year.parse().map_err(|_| FieldProblem::NotAMonth)?;
    let month: u8 = month.parse().map_err(|_| FieldProblem::NotAMonth)?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(FieldProblem::NotAMonth);
    }
    let month = Month::try_from(month).map_err(|_| FieldProblem::NotAMonth)?;
    Ok((year, month))
}

/// `YYYY-MM`, as an HTML month field sends it; `parse_month` reads it back.
pub fn format_month(year: i32, month: Month) -> String {
    format!("{year:04}-{:02}", u8::from(month))
}

/// The first day of a month.
pub fn first_of_month(year: i32, month: Month) -> Option<Date> {
    Date::from_calendar_date(year, month, 1).ok()
}

/// The month in which someone born in `year`/`month` turns `age`, as its first day.
pub fn month_turning(year: i32, month: Month, age: u32) -> Option<Date> {
    first_of_month(year.checked_add(i32::try_from(age).ok()?)?, month)
}

/// Age in whole years on `on` of someone born in `year`/`month`, counted as if born on
/// the first of that month: at most one month early, never late.
pub fn age_on_month(year: i32, month: Month, on: Date) -> u32 {
    first_of_month(year, month).map_or(0, |birth| age_on(birth, on))
}

pub fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(Duration::days(days)).unwrap_or(date)
}

/// The day someone born on `birth` turns `age`. Someone born on 29 February turns a
/// year older on 1 March in a year without that day.
pub fn birthday(birth: Date, age: u32) -> Option<Date> {
    let year = birth.year().checked_add(i32::try_from(age).ok()?)?;
    Date::from_calendar_date(year, birth.month(), birth.day())
        .ok()
        .or_else(|| Date::from_calendar_date(year, Month::March, 1).ok())
}

/// Age in whole years on `on`.
pub fn age_on(birth: Date, on: Date) -> u32 {
    let mut age = (on.year() - birth.year()).max(0) as u32;
    while age > 0 && birthday(birth, age).is_some_and(|b| b > on) {
        age -= 1;
    }
    age
}

/// Days abroad that a trip counts in `year`: the departure day does not count, the
/// return day does, and each day counts in its own calendar year.
pub fn days_abroad_in_year(departure: Date, back: Date, year: i32) -> u32 {
    let Ok(first_of_year) = Date::from_calendar_date(year, Month::January, 1) else {
        return 0;
    };
    let Ok(last_of_year) = Date::from_calendar_date(year, Month::December, 31) else {
        return 0;
    };
    // Counted days are (departure, back]; the first counted day is the day after leaving.
    let first = add_days(departure, 1).max(first_of_year);
    let last = back.min(last_of_year);
    if last < first {
        0
    } else {
        (last - first).whole_days() as u32 + 1
    }
}

/// The last day for the first monthly income statement after a change on `change`:
/// the day before `statement_day` of the next month ("before the 27th").
pub fn statement_deadline(change: Date, statement_day: u32) -> Date {
    let (year, month) = if change.month() == Month::December {
        (change.year() + 1, Month::January)
    } else {
        (change.year(), change.month().next())
    };
    let day = u8::try_from(statement_day.clamp(1, 28)).unwrap_or(28);
    let statement = Date::from_calendar_date(year, month, day).unwrap_or(change);
    add_days(statement, -1)
}

/// The date of the monthly payment in `month` of a gift that first came on `first`:
/// the same day of the month, or the month's last day when it is shorter.
pub fn monthly_date(first: Date, year: i32, month: Month) -> Date {
    let last_day = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, first.day().min(last_day)).unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_of_birth_read_as_residents_type_them() {
        let cases: &[(&str, Option<(i32, Month)>)] = &[
            ("2008-05", Some((2008, Month::May))),
            ("05-2008", Some((2008, Month::May))),
            ("5-2008", Some((2008, Month::May))),
            ("5/2008", Some((2008, Month::May))),
            ("12.1999", Some((1999, Month::December))),
            ("5 2008", Some((2008, Month::May))),
            ("2008-5", Some((2008, Month::May))),
            // A full date is refused: the self-check asks no day of birth.
            ("2008-05-14", None),
            ("14-05-2008", None),
            ("2008-13", None),
            ("2008-00", None),
            ("1899-12", None),
            ("2101-01", None),
            ("08-05", None),
            ("mei 2008", None),
            ("2008", None),
            ("", None),
        ];
        for (input, expected) in cases {
            let got = parse_month(input).ok();
            assert_eq!(got, *expected, "{input:?}");
        }
        assert_eq!(format_month(2008, Month::May), "2008-05");
        assert_eq!(
            month_turning(2008, Month::February, 18),
            Some(date!(2026 - 02 - 01))
        );
        assert_eq!(age_on_month(2005, Month::March, date!(2026 - 02 - 28)), 20);
        assert_eq!(age_on_month(2005, Month::March, date!(2026 - 03 - 01)), 21);
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2026-03-03"), Ok(date!(2026 - 03 - 03)));
        assert_eq!(parse_date("2028-02-29"), Ok(date!(2028 - 02 - 29)));
        for bad in [
            "2026-02-30",
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-3-3",
            "03-03-2026",
            "2026/03/03",
            "1899-12-31",
            "2101-01-01",
            "2026-03-03T00:00",
            "+026-03-03",
        ] {
            assert_eq!(parse_date(bad), Err(FieldProblem::NotADate), "{bad}");
        }
        assert_eq!(format_date(date!(2026 - 03 - 03)), "2026-03-03");
    }

    #[test]
    fn days_abroad_count_the_return_day_but_not_the_departure_day() {
        let cases = [
            (date!(2026 - 07 - 01), date!(2026 - 07 - 22), 2026, 21),
            (date!(2026 - 07 - 01), date!(2026 - 07 - 01), 2026, 0),
            (date!(2026 - 07 - 01), date!(2026 - 07 - 02), 2026, 1),
            (date!(2026 - 12 - 20), date!(2027 - 01 - 10), 2026, 11),
            (date!(2026 - 12 - 20), date!(2027 - 01 - 10), 2027, 10),
            (date!(2026 - 12 - 31), date!(2027 - 01 - 01), 2026, 0),
            (date!(2026 - 12 - 31), date!(2027 - 01 - 01), 2027, 1),
            (date!(2026 - 07 - 01), date!(2026 - 07 - 22), 2027, 0),
        ];
        for (from, to, year, expected) in cases {
            assert_eq!(
                days_abroad_in_year(from, to, year),
                expected,
                "{from}–{to} in {year}"
            );
        }
    }

    #[test]
    fn birthdays_and_ages() {
        assert_eq!(
            birthday(date!(2008 - 05 - 14), 18),
            Some(date!(2026 - 05 - 14))
        );
        assert_eq!(
            birthday(date!(2008 - 02 - 29), 18),
            Some(date!(2026 - 03 - 01))
        );
        assert_eq!(age_on(date!(2005 - 03 - 11), date!(2026 - 03 - 10)), 20);
        assert_eq!(age_on(date!(2005 - 03 - 10), date!(2026 - 03 - 10)), 21);
        assert_eq!(age_on(date!(2026 - 03 - 10), date!(2026 - 03 - 10)), 0);
    }

    #[test]
    fn statement_and_monthly_dates() {
        assert_eq!(
            statement_deadline(date!(2026 - 03 - 03), 27),
            date!(2026 - 04 - 26)
        );
        assert_eq!(
            statement_deadline(date!(2026 - 12 - 30), 27),
            date!(2027 - 01 - 26)
        );
        assert_eq!(
            monthly_date(date!(2026 - 01 - 31), 2026, Month::February),
            date!(2026 - 02 - 28)
        );
    }
}
