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
    let year =
        |since: Date, today| names(&gifts(Some((10_000, since)), None, &policy, today).unwrap());
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
