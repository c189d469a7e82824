//! Life situations, each with the answers a form would send, a fixed "today", and the
//! exact outcomes with their deadlines, in the order the resident sees them. The
//! municipality figures are Steenwijkerland's: report a change within 7 days, a trip
//! 14 days ahead, gifts above €1,200 a year, 28 days abroad, statement before the 27th.

use super::{evaluate, steenwijkerland, AnswerValue, Answers, ArgValue, Rules, SHIPPED_RULES};
use time::macros::date;
use time::{Date, Month};

struct Situation {
    description: &'static str,
    today: Date,
    answers: &'static [(&'static str, &'static str)],
    /// Outcome ids with their deadline, in order.
    expected: &'static [(&'static str, Option<Date>)],
}

const MARCH_10: Date = date!(2026 - 03 - 10);

const SITUATIONS: &[Situation] = &[
    // --- Work and income
    Situation {
        description: "started a part-time job on the 3rd",
        today: date!(2026 - 03 - 05),
        answers: &[
            ("life-areas", "work"),
            ("work-change", "job-started"),
            ("work-date", "2026-03-03"),
        ],
        expected: &[
            ("report-job-started", Some(date!(2026 - 03 - 10))),
            ("report-monthly-income", Some(date!(2026 - 04 - 26))),
        ],
    },
    Situation {
        description: "stopped working on 1 February: the deadline has passed, report now",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "job-stopped"),
            ("work-date", "2026-02-01"),
        ],
        expected: &[("report-job-stopped", Some(date!(2026 - 02 - 08)))],
    },
    Situation {
        description: "fewer hours from April",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "hours-changed"),
            ("work-date", "2026-04-01"),
        ],
        expected: &[
            ("report-hours-changed", Some(date!(2026 - 04 - 08))),
            ("report-monthly-income", Some(date!(2026 - 05 - 26))),
        ],
    },
    Situation {
        description: "paid babysitting for the neighbours since 20 December",
        today: date!(2026 - 12 - 22),
        answers: &[
            ("life-areas", "work"),
            ("work-change", "side-jobs"),
            ("work-date", "2026-12-20"),
        ],
        expected: &[
            ("report-side-jobs", Some(date!(2026 - 12 - 27))),
            ("report-monthly-income", Some(date!(2027 - 01 - 26))),
        ],
    },
    Situation {
        description: "unpaid care for my mother (mantelzorg)",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "informal-care"),
            ("care-paid", "no"),
        ],
        expected: &[("no-need-informal-care", None)],
    },
    Situation {
        description: "care for my father paid from his pgb since 1 March",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "informal-care"),
            ("care-paid", "yes"),
            ("work-date", "2026-03-01"),
        ],
        expected: &[("report-paid-care", Some(date!(2026 - 03 - 08)))],
    },
    Situation {
        description: "AOW starts in October: the change is in the future",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "aow"),
            ("work-date", "2026-10-01"),
        ],
        expected: &[("report-aow", Some(date!(2026 - 10 - 08)))],
    },
    Situation {
        description: "volunteering at the library and a tax refund",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "volunteering"),
            ("work-change", "tax-refund"),
            ("work-date", "2026-03-09"),
        ],
        expected: &[
            ("report-tax-refund", Some(date!(2026 - 03 - 16))),
            ("report-volunteering", Some(date!(2026 - 03 - 16))),
        ],
    },
    // --- Household and housing
    Situation {
        description: "daughter of 22 moved back in",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "child"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "22"),
            ("household-date", "2026-03-08"),
        ],
        // Since 2023 the kostendelersnorm counts housemates from 27, not 21: still
        // reported (anyone moving in is), but not as a cost sharer.
        expected: &[("report-moves-in-under-27", Some(date!(2026 - 03 - 15)))],
    },
    Situation {
        description: "son of 29 moved back in",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "child"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "29"),
            ("household-date", "2026-03-08"),
        ],
        expected: &[("report-moves-in-27-plus", Some(date!(2026 - 03 - 15)))],
    },
    Situation {
        description: "a lodger of exactly 27 moves in",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "other"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "27"),
            ("household-date", "2026-03-08"),
        ],
        expected: &[("report-moves-in-27-plus", Some(date!(2026 - 03 - 15)))],
    },
    Situation {
        description: "nephew of 19 comes to live with me",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "other"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "19"),
            ("household-date", "2026-04-01"),
        ],
        expected: &[("report-moves-in-under-27", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "a friend of 25 and her son of 17 move in",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "other"),
            ("moves-in-ages.count", "2"),
            ("moves-in-ages.1", "25"),
            ("moves-in-ages.2", "17"),
            ("household-date", "2026-03-20"),
        ],
        expected: &[("report-moves-in-under-27", Some(date!(2026 - 03 - 27)))],
    },
    Situation {
        description: "a friend of 28 and her son of 17 move in",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "other"),
            ("moves-in-ages.count", "2"),
            ("moves-in-ages.1", "28"),
            ("moves-in-ages.2", "17"),
            ("household-date", "2026-03-20"),
        ],
        expected: &[("report-moves-in-27-plus", Some(date!(2026 - 03 - 27)))],
    },
    Situation {
        description: "my partner moves in on 1 April",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "partner"),
            ("household-date", "2026-04-01"),
        ],
        expected: &[("report-partner-moves-in", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "getting married in June",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "relationship"),
            ("relationship-change", "marriage"),
            ("household-date", "2026-06-12"),
        ],
        expected: &[("report-living-together", Some(date!(2026 - 06 - 19)))],
    },
    Situation {
        description: "my partner and I split up last week",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "relationship"),
            ("relationship-change", "separation"),
            ("household-date", "2026-03-04"),
        ],
        expected: &[("report-separation", Some(date!(2026 - 03 - 11)))],
    },
    // Months of birth, no days: the deadline counts from the first day of the month
    // in which the person turns the age (change_deadline_days = 7).
    Situation {
        description: "housemate turning 27 next month",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "housemate"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "1999-04"),
        ],
        expected: &[("report-housemate-turns-27", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "housemate turning 21 next month: not a cost sharer until 27",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "housemate"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "2005-04"),
        ],
        expected: &[("no-need-housemate-turns-later", None)],
    },
    Situation {
        description: "son turning 18 in May",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "2008-05"),
        ],
        expected: &[("report-child-turns-age", Some(date!(2026 - 05 - 08)))],
    },
    Situation {
        description: "daughter turned 21 last month: report now",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "2005-02"),
        ],
        expected: &[("report-child-turns-age", Some(date!(2026 - 02 - 08)))],
    },
    Situation {
        description: "son turning 27 in April",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "1999-04"),
        ],
        expected: &[("report-child-turns-age", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "two children: the one turning 18 soonest counts",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "2"),
            ("turns-birth-months.1", "2012-06"),
            ("turns-birth-months.2", "2008-04"),
        ],
        expected: &[("report-child-turns-age", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "child turns 18 in September: nothing to report yet",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "2008-09"),
        ],
        expected: &[("no-need-child-turns-later", None)],
    },
    Situation {
        description: "daughter turns 18 this month: the first of the month counts",
        today: date!(2026 - 02 - 03),
        answers: &[
            ("life-areas", "household"),
            ("household-change", "turns-age"),
            ("turns-who", "child"),
            ("turns-birth-months.count", "1"),
            ("turns-birth-months.1", "02-2008"),
        ],
        expected: &[("report-child-turns-age", Some(date!(2026 - 02 - 08)))],
    },
    Situation {
        description: "moving house, and the rent changes",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moving-house"),
            ("household-change", "rent-change"),
            ("household-date", "2026-05-01"),
        ],
        expected: &[
            ("report-moving-house", Some(date!(2026 - 05 - 08))),
            ("report-rent-change", Some(date!(2026 - 05 - 08))),
        ],
    },
    Situation {
        description: "renting out a room to a student",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "lodger"),
            ("household-date", "2026-03-15"),
        ],
        expected: &[("report-lodger", Some(date!(2026 - 03 - 22)))],
    },
    // Issue 18.3: moving in together for care is a move and a household change.
    Situation {
        description: "moving in with my mother on 1 April because she needs care",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "care-household"),
            ("household-date", "2026-04-01"),
        ],
        expected: &[("report-care-household", Some(date!(2026 - 04 - 08)))],
    },
    Situation {
        description: "my father moved in for care on 1 February: the deadline has passed",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "care-household"),
            ("household-date", "2026-02-01"),
        ],
        expected: &[("report-care-household", Some(date!(2026 - 02 - 08)))],
    },
    // --- Money and possessions
    Situation {
        description: "bought a second-hand car",
        today: MARCH_10,
        answers: &[
            ("life-areas", "money"),
            ("money-change", "vehicle"),
            ("money-date", "2026-03-06"),
        ],
        expected: &[("report-vehicle", Some(date!(2026 - 03 - 13)))],
    },
    Situation {
        description: "sold my mother's jewellery and my savings went up",
        today: MARCH_10,
        answers: &[
            ("life-areas", "money"),
            ("money-change", "sold"),
            ("money-change", "savings"),
            ("money-date", "2026-03-10"),
        ],
        expected: &[
            ("report-savings", Some(date!(2026 - 03 - 17))),
            ("report-sold", Some(date!(2026 - 03 - 17))),
        ],
    },
    // --- Gifts
    Situation {
        description: "€150 a month from my brother since January",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "150"),
            ("gift-monthly-since", "2026-01-01"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 09 - 08)))],
    },
    Situation {
        description: "€200 a month from mid-January: report in month 7",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "200"),
            ("gift-monthly-since", "2026-01-15"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 07 - 22)))],
    },
    Situation {
        description: "€100 a month all year: exactly at the limit, no need",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "100"),
            ("gift-monthly-since", "2026-01-01"),
        ],
        expected: &[("no-need-gifts-at-limit", None)],
    },
    Situation {
        description: "€100.01 a month all year: one cent over in December",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "100,01"),
            ("gift-monthly-since", "2026-01-01"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 12 - 08)))],
    },
    Situation {
        description: "€50 a month from my aunt since June: under the limit",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "50"),
            ("gift-monthly-since", "2026-06-01"),
        ],
        expected: &[("no-need-gifts-under-limit", None)],
    },
    Situation {
        description: "€150 a month since last September: only this calendar year counts",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "150"),
            ("gift-monthly-since", "2025-09-01"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 09 - 08)))],
    },
    Situation {
        description: "€1,200 birthday money in total this year: at the limit",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "once"),
            ("gift-total", "1.200"),
            ("gift-date", "2026-03-03"),
        ],
        expected: &[("no-need-gifts-at-limit", None)],
    },
    Situation {
        description: "€1,250 in gifts by 3 March: the deadline is today",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "once"),
            ("gift-total", "1250"),
            ("gift-date", "2026-03-03"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 03 - 10)))],
    },
    Situation {
        description: "€150 a month and €300 birthday money in April: passes in July",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-kind", "once"),
            ("gift-monthly-amount", "150"),
            ("gift-monthly-since", "2026-01-01"),
            ("gift-total", "300"),
            ("gift-date", "2026-04-10"),
        ],
        expected: &[("report-gifts-over-limit", Some(date!(2026 - 07 - 08)))],
    },
    Situation {
        description: "food-bank parcels",
        today: MARCH_10,
        answers: &[("life-areas", "gifts"), ("gift-kind", "food-bank")],
        expected: &[("no-need-food-bank", None)],
    },
    Situation {
        description: "my father pays my health insurance since February",
        today: MARCH_10,
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "bills-paid"),
            ("bills-paid-since", "2026-02-01"),
        ],
        expected: &[("report-bills-paid", Some(date!(2026 - 02 - 08)))],
    },
    Situation {
        description: "my sister often brings groceries and clothes",
        today: MARCH_10,
        answers: &[("life-areas", "gifts"), ("gift-kind", "goods")],
        expected: &[("ask-us-goods", None)],
    },
    // Issue 18.8: a monthly gift that starts late in the year.
    Situation {
        description: "€300 a month from my son since October: under in 2026, over in May 2027",
        today: date!(2026 - 10 - 05),
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "300"),
            ("gift-monthly-since", "2026-10-01"),
        ],
        expected: &[
            (
                "report-gifts-over-limit-next-year",
                Some(date!(2027 - 05 - 08)),
            ),
            ("no-need-gifts-under-limit", None),
        ],
    },
    Situation {
        description: "€100 a month from my aunt since October: under the limit this year and next",
        today: date!(2026 - 10 - 05),
        answers: &[
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "100"),
            ("gift-monthly-since", "2026-10-01"),
        ],
        expected: &[("no-need-gifts-under-limit", None)],
    },
    // --- Inheritance, prizes and compensation
    Situation {
        description: "inherited a car",
        today: MARCH_10,
        answers: &[
            ("life-areas", "windfall"),
            ("windfall-kind", "inheritance"),
            ("windfall-date", "2026-03-06"),
        ],
        expected: &[("report-inheritance", Some(date!(2026 - 03 - 13)))],
    },
    Situation {
        description: "inherited €50 from my grandmother: any amount is reported",
        today: MARCH_10,
        answers: &[
            ("life-areas", "windfall"),
            ("windfall-kind", "inheritance"),
            ("windfall-date", "2026-02-20"),
        ],
        expected: &[("report-inheritance", Some(date!(2026 - 02 - 27)))],
    },
    Situation {
        description: "won €500 in the lottery",
        today: MARCH_10,
        answers: &[
            ("life-areas", "windfall"),
            ("windfall-kind", "prize"),
            ("windfall-date", "2026-03-09"),
        ],
        expected: &[("report-prize", Some(date!(2026 - 03 - 16)))],
    },
    // --- Travel and stays elsewhere
    Situation {
        description: "three weeks in Morocco in July after one week in March",
        today: date!(2026 - 04 - 01),
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-07-01"),
            ("trip-dates.to", "2026-07-22"),
            ("abroad-earlier-days", "7"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-reaches-limit", Some(date!(2026 - 06 - 17)))],
    },
    Situation {
        description: "four weeks exactly: departure day not counted, return day counted",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-08-01"),
            ("trip-dates.to", "2026-08-29"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-reaches-limit", Some(date!(2026 - 07 - 18)))],
    },
    Situation {
        description: "one day more passes the 28 days",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-08-01"),
            ("trip-dates.to", "2026-08-30"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-over-limit", Some(date!(2026 - 07 - 18)))],
    },
    Situation {
        description: "too long abroad because my father is very ill",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-04-01"),
            ("trip-dates.to", "2026-05-15"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "family-emergency"),
        ],
        expected: &[
            ("report-trip-over-limit", Some(date!(2026 - 03 - 18))),
            ("ask-us-trip-hardship", None),
        ],
    },
    Situation {
        description: "10 December to 20 January: 41 days in one stay is over the limit",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-12-10"),
            ("trip-dates.to", "2027-01-20"),
            ("abroad-earlier-days", "5"),
            ("trip-reason", "holiday"),
        ],
        // 26 days in 2026 and 20 in 2027 are each under 28, but more than 4 weeks in
        // one unbroken stay passes the limit too (art. 13(1)(e)).
        expected: &[("report-trip-over-limit", Some(date!(2026 - 11 - 26)))],
    },
    Situation {
        description: "exactly 28 days in one stay over New Year: allowed",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-12-20"),
            ("trip-dates.to", "2027-01-17"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-reaches-limit", Some(date!(2026 - 12 - 06)))],
    },
    Situation {
        description: "a trip next year: earlier days count in the year it starts",
        today: date!(2026 - 11 - 20),
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2027-03-01"),
            ("trip-dates.to", "2027-03-15"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-within-limit", Some(date!(2027 - 02 - 15)))],
    },
    Situation {
        description: "over New Year after 20 days earlier: next year's days cannot help",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-12-20"),
            ("trip-dates.to", "2027-01-10"),
            ("abroad-earlier-days", "20"),
            ("trip-reason", "holiday"),
        ],
        expected: &[("report-trip-over-limit", Some(date!(2026 - 12 - 06)))],
    },
    Situation {
        description: "leaving in five days: the notice period has passed, report now",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-03-15"),
            ("trip-dates.to", "2026-03-22"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "other"),
        ],
        expected: &[("report-trip-within-limit", Some(date!(2026 - 03 - 01)))],
    },
    Situation {
        description: "a week with my sister in Groningen",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "elsewhere"),
            ("stay-dates.from", "2026-04-10"),
            ("stay-dates.to", "2026-04-17"),
        ],
        expected: &[("report-stay-elsewhere", Some(date!(2026 - 04 - 10)))],
    },
    Situation {
        description: "two nights at a friend's",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "elsewhere"),
            ("stay-dates.from", "2026-04-10"),
            ("stay-dates.to", "2026-04-12"),
        ],
        expected: &[("no-need-short-stay", None)],
    },
    // Issue 18.4: bijstand stops on the day of leaving; reported before, like a trip.
    Situation {
        description: "moving to Poland for good on 1 June",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "emigrate"),
            ("emigrate-date", "2026-06-01"),
        ],
        expected: &[("report-emigration", Some(date!(2026 - 05 - 18)))],
    },
    Situation {
        description: "left for Turkey on 3 March to live there: report now",
        today: MARCH_10,
        answers: &[
            ("life-areas", "travel"),
            ("travel-kind", "emigrate"),
            ("emigrate-date", "2026-03-03"),
        ],
        expected: &[("report-emigration", Some(date!(2026 - 02 - 17)))],
    },
    // --- Detention and institutions
    Situation {
        description: "detained yesterday",
        today: MARCH_10,
        answers: &[
            ("life-areas", "institution"),
            ("institution-kind", "detention"),
            ("institution-date", "2026-03-09"),
        ],
        expected: &[("report-detention", Some(date!(2026 - 03 - 16)))],
    },
    Situation {
        description: "admitted to hospital next week",
        today: MARCH_10,
        answers: &[
            ("life-areas", "institution"),
            ("institution-kind", "hospital"),
            ("institution-date", "2026-03-16"),
        ],
        expected: &[("report-institution-stay", Some(date!(2026 - 03 - 23)))],
    },
    Situation {
        description: "community service sentence from April",
        today: MARCH_10,
        answers: &[
            ("life-areas", "institution"),
            ("institution-kind", "community-service"),
            ("institution-date", "2026-04-01"),
        ],
        expected: &[("report-community-service", Some(date!(2026 - 04 - 08)))],
    },
    // --- Education
    Situation {
        description: "starting an MBO course in September",
        today: MARCH_10,
        answers: &[
            ("life-areas", "education"),
            ("education-who", "me"),
            ("education-date", "2026-09-01"),
        ],
        expected: &[("report-education", Some(date!(2026 - 09 - 08)))],
    },
    Situation {
        description: "housemate of 23 gets student finance",
        today: MARCH_10,
        answers: &[
            ("life-areas", "education"),
            ("education-who", "housemate"),
            ("housemate-27-plus", "yes"),
            ("education-date", "2026-02-01"),
        ],
        expected: &[(
            "report-housemate-student-finance",
            Some(date!(2026 - 02 - 08)),
        )],
    },
    Situation {
        description: "housemate of 19 gets student finance",
        today: MARCH_10,
        answers: &[
            ("life-areas", "education"),
            ("education-who", "housemate"),
            ("housemate-27-plus", "no"),
        ],
        expected: &[("no-need-housemate-under-27-study", None)],
    },
    // --- Bank account and contact details
    Situation {
        description: "new bank account and new phone number",
        today: MARCH_10,
        answers: &[
            ("life-areas", "admin"),
            ("admin-change", "bank-account"),
            ("admin-change", "phone"),
        ],
        expected: &[
            ("report-bank-account", None),
            ("report-contact-details", None),
        ],
    },
    Situation {
        description: "a bewindvoerder was appointed",
        today: MARCH_10,
        answers: &[("life-areas", "admin"), ("admin-change", "guardian")],
        expected: &[("report-guardian", None)],
    },
    // --- When the rules cannot decide, and several areas at once
    Situation {
        description: "something else happened",
        today: MARCH_10,
        answers: &[("life-areas", "other")],
        expected: &[("ask-us-other", None)],
    },
    Situation {
        description: "new job, gifts over the limit, a trip and food-bank parcels at once",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("life-areas", "gifts"),
            ("life-areas", "travel"),
            ("work-change", "job-started"),
            ("work-date", "2026-03-16"),
            ("gift-kind", "regular"),
            ("gift-kind", "food-bank"),
            ("gift-monthly-amount", "200"),
            ("gift-monthly-since", "2026-01-01"),
            ("travel-kind", "abroad"),
            ("trip-dates.from", "2026-03-20"),
            ("trip-dates.to", "2026-03-27"),
            ("abroad-earlier-days", "0"),
            ("trip-reason", "holiday"),
        ],
        expected: &[
            // The trip's notice date has passed, so it comes first.
            ("report-trip-within-limit", Some(date!(2026 - 03 - 06))),
            ("report-job-started", Some(date!(2026 - 03 - 23))),
            ("report-monthly-income", Some(date!(2026 - 04 - 26))),
            ("report-gifts-over-limit", Some(date!(2026 - 07 - 08))),
            ("no-need-food-bank", None),
        ],
    },
];

/// Issue 12 (self-check gaps): "nothing changed", "none of these" in every life area,
/// and the new situations. A block of its own, so it merges apart from the law
/// corrections of the same issue.
const GAP_SITUATIONS: &[Situation] = &[
    Situation {
        description: "nothing changed: a clear result, not a dead end",
        today: MARCH_10,
        answers: &[("life-areas", "nothing")],
        expected: &[("no-need-nothing-changed", None)],
    },
    Situation {
        description: "\"nothing changed\" ticked with work: the work questions win",
        today: date!(2026 - 03 - 05),
        answers: &[
            ("life-areas", "nothing"),
            ("life-areas", "work"),
            ("work-change", "job-started"),
            ("work-date", "2026-03-03"),
        ],
        expected: &[
            ("report-job-started", Some(date!(2026 - 03 - 10))),
            ("report-monthly-income", Some(date!(2026 - 04 - 26))),
        ],
    },
    Situation {
        description: "work changed, but none of the listed things",
        today: MARCH_10,
        answers: &[("life-areas", "work"), ("work-change", "none")],
        expected: &[("ask-us-not-listed", None)],
    },
    Situation {
        description: "none of these in every life area: one result, no date asked",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("life-areas", "household"),
            ("life-areas", "money"),
            ("life-areas", "gifts"),
            ("life-areas", "windfall"),
            ("life-areas", "travel"),
            ("life-areas", "institution"),
            ("life-areas", "education"),
            ("life-areas", "admin"),
            ("work-change", "none"),
            ("household-change", "none"),
            ("money-change", "none"),
            ("gift-kind", "none"),
            ("windfall-kind", "none"),
            ("travel-kind", "none"),
            ("institution-kind", "none"),
            ("education-who", "none"),
            ("admin-change", "none"),
        ],
        expected: &[("ask-us-not-listed", None)],
    },
    Situation {
        description: "a relationship change that is none of the listed ones",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "relationship"),
            ("relationship-change", "none"),
            ("household-date", "2026-03-01"),
        ],
        expected: &[("ask-us-not-listed", None)],
    },
    Situation {
        description: "a new job and something not in the list",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "job-started"),
            ("work-change", "none"),
            ("work-date", "2026-03-16"),
        ],
        expected: &[
            ("report-job-started", Some(date!(2026 - 03 - 23))),
            ("report-monthly-income", Some(date!(2026 - 04 - 26))),
            ("ask-us-not-listed", None),
        ],
    },
    Situation {
        description: "my boyfriend sleeps here most nights since 1 March, he keeps his own address",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "partner-stays"),
            ("household-date", "2026-03-01"),
        ],
        expected: &[("report-partner-stays", Some(date!(2026 - 03 - 08)))],
    },
    // Issue 18.2: a guest is asked about a relationship, a home of their own, and how
    // long and how often they stay; only a short, one-off stay needs no report.
    Situation {
        description: "my sister stays with me and has no home of her own",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "guest"),
            ("guest-partner", "no"),
            ("guest-own-home", "no"),
            ("household-date", "2026-03-09"),
        ],
        expected: &[("report-guest", Some(date!(2026 - 03 - 16)))],
    },
    Situation {
        description: "my mother visits for two weeks and goes back home",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "guest"),
            ("guest-partner", "no"),
            ("guest-own-home", "yes"),
            ("guest-stay", "once-short"),
            ("household-date", "2026-03-09"),
        ],
        expected: &[("no-need-guest", None)],
    },
    Situation {
        description: "my brother stays two months, then goes back to his own flat",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "guest"),
            ("guest-partner", "no"),
            ("guest-own-home", "yes"),
            ("guest-stay", "once-long"),
            ("household-date", "2026-03-09"),
        ],
        expected: &[("report-guest", Some(date!(2026 - 03 - 16)))],
    },
    Situation {
        description: "my father has his own home but sleeps here every weekend",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "guest"),
            ("guest-partner", "no"),
            ("guest-own-home", "yes"),
            ("guest-stay", "often"),
            ("household-date", "2026-03-01"),
        ],
        expected: &[("report-guest", Some(date!(2026 - 03 - 08)))],
    },
    Situation {
        description: "my girlfriend stays over as a guest: the partner path, not the guest one",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "guest"),
            ("guest-partner", "yes"),
            ("household-date", "2026-03-01"),
        ],
        expected: &[("report-partner-stays", Some(date!(2026 - 03 - 08)))],
    },
    Situation {
        description: "partner sleeps here often, ticked twice: one result",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "partner-stays"),
            ("household-change", "guest"),
            ("guest-partner", "yes"),
            ("household-date", "2026-03-01"),
        ],
        expected: &[("report-partner-stays", Some(date!(2026 - 03 - 08)))],
    },
    // Issue 18.12: tell the consulent; not a duty like a birth.
    Situation {
        description: "I am pregnant",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "pregnancy"),
        ],
        expected: &[("no-need-pregnancy", None)],
    },
    Situation {
        description: "moving to Meppel on 15 April",
        today: MARCH_10,
        answers: &[
            ("life-areas", "household"),
            ("household-change", "moving-away"),
            ("household-date", "2026-04-15"),
        ],
        expected: &[("report-moving-away", Some(date!(2026 - 04 - 22)))],
    },
    Situation {
        description: "my partner gets AOW from 1 June",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "partner-aow"),
            ("work-date", "2026-06-01"),
        ],
        expected: &[("report-partner-aow", Some(date!(2026 - 06 - 08)))],
    },
    Situation {
        description: "selling clothes on Vinted every week since 1 March",
        today: MARCH_10,
        answers: &[
            ("life-areas", "work"),
            ("work-change", "selling-online"),
            ("work-date", "2026-03-01"),
        ],
        expected: &[
            ("report-selling-online", Some(date!(2026 - 03 - 08))),
            ("report-monthly-income", Some(date!(2026 - 04 - 26))),
        ],
    },
    Situation {
        description: "sold my old car on 5 March",
        today: MARCH_10,
        answers: &[
            ("life-areas", "money"),
            ("money-change", "vehicle-sold"),
            ("money-date", "2026-03-05"),
        ],
        expected: &[("report-vehicle-sold", Some(date!(2026 - 03 - 12)))],
    },
    Situation {
        description: "debts and a loan from my brother: report the loan, get help with the debts",
        today: MARCH_10,
        answers: &[
            ("life-areas", "money"),
            ("money-change", "loan"),
            ("money-change", "debts"),
            ("money-date", "2026-03-09"),
        ],
        expected: &[
            ("report-loan", Some(date!(2026 - 03 - 16))),
            ("no-need-debts-help", None),
        ],
    },
    Situation {
        description: "debts only: help is offered, nothing to report, no date asked",
        today: MARCH_10,
        answers: &[("life-areas", "money"), ("money-change", "debts")],
        expected: &[("no-need-debts-help", None)],
    },
    Situation {
        description: "my residence permit was extended",
        today: MARCH_10,
        answers: &[
            ("life-areas", "admin"),
            ("admin-change", "residence-permit"),
        ],
        expected: &[("report-residence-permit", None)],
    },
];

fn all_situations() -> impl Iterator<Item = &'static Situation> {
    SITUATIONS.iter().chain(GAP_SITUATIONS)
}

fn answers(rules: &Rules, situation: &Situation) -> Answers {
    Answers::from_pairs(rules, situation.answers.iter().copied(), situation.today)
        .unwrap_or_else(|e| panic!("{}: {e:?}", situation.description))
}

#[test]
fn life_situations_give_the_exact_outcomes_and_deadlines() {
    assert!(SITUATIONS.len() >= 40, "{} situations", SITUATIONS.len());
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let policy = steenwijkerland();
    let mut failures = Vec::new();
    for situation in all_situations() {
        let answers = answers(&rules, situation);
        let evaluation = evaluate(&rules, &answers, &policy, situation.today);
        assert!(
            evaluation.complete,
            "{}: not every question is answered; next is {:?}",
            situation.description,
            rules.next_question(&answers).map(|q| &q.id)
        );
        let got: Vec<(&str, Option<Date>)> = evaluation
            .outcomes
            .iter()
            .map(|o| (o.id.as_str(), o.deadline))
            .collect();
        if got != situation.expected {
            failures.push(format!(
                "{}\n   expected {:?}\n   got      {got:?}",
                situation.description, situation.expected
            ));
        }
        for outcome in &evaluation.outcomes {
            let passed = outcome.deadline.is_some_and(|d| d < situation.today);
            assert_eq!(outcome.deadline_passed, passed, "{}", situation.description);
        }
        // Same answers, same day: the same result.
        assert_eq!(
            evaluation,
            evaluate(&rules, &answers, &policy, situation.today)
        );
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn situation(description: &str) -> &'static Situation {
    all_situations()
        .find(|s| s.description == description)
        .unwrap_or_else(|| panic!("no situation {description}"))
}

fn arg(description: &str, outcome: &str, name: &str) -> ArgValue {
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let s = situation(description);
    let evaluation = evaluate(&rules, &answers(&rules, s), &steenwijkerland(), s.today);
    let found = evaluation
        .outcomes
        .iter()
        .find(|o| o.id == outcome)
        .unwrap();
    found
        .args
        .get(name)
        .unwrap_or_else(|| panic!("{outcome} has no {name}: {:?}", found.args))
        .clone()
}

#[test]
fn outcomes_carry_the_figures_for_their_texts() {
    let morocco = "three weeks in Morocco in July after one week in March";
    assert_eq!(
        arg(morocco, "report-trip-reaches-limit", "days-used"),
        ArgValue::Number(28)
    );
    assert_eq!(
        arg(morocco, "report-trip-reaches-limit", "days-left"),
        ArgValue::Number(0)
    );
    assert_eq!(
        arg(morocco, "report-trip-reaches-limit", "deadline"),
        ArgValue::Date(date!(2026 - 06 - 17))
    );
    let brother = "€150 a month from my brother since January";
    assert_eq!(
        arg(brother, "report-gifts-over-limit", "gift-month"),
        ArgValue::Month {
            year: 2026,
            month: Month::September
        }
    );
    assert_eq!(
        arg(brother, "report-gifts-over-limit", "gift-total"),
        ArgValue::Euro { cents: 180_000 }
    );
    assert_eq!(
        arg(
            "€200 a month from mid-January: report in month 7",
            "report-gifts-over-limit",
            "gift-month"
        ),
        ArgValue::Month {
            year: 2026,
            month: Month::July
        }
    );
    assert_eq!(
        arg(
            "one day more passes the 28 days",
            "report-trip-over-limit",
            "days-over"
        ),
        ArgValue::Number(1)
    );
    assert_eq!(
        arg(
            "son turning 18 in May",
            "report-child-turns-age",
            "turns-age"
        ),
        ArgValue::Number(18)
    );
    assert_eq!(
        arg(
            "child turns 18 in September: nothing to report yet",
            "no-need-child-turns-later",
            "turns-month"
        ),
        ArgValue::Month {
            year: 2026,
            month: Month::September
        }
    );
    let new_year = "10 December to 20 January: 41 days in one stay is over the limit";
    assert_eq!(
        arg(new_year, "report-trip-over-limit", "trip-days"),
        ArgValue::Number(41)
    );
    assert_eq!(
        arg(new_year, "report-trip-over-limit", "days-over"),
        ArgValue::Number(13)
    );
    assert_eq!(
        arg(new_year, "report-trip-over-limit", "trip-year"),
        ArgValue::Number(2026)
    );
    assert_eq!(
        arg(new_year, "report-trip-over-limit", "next-year"),
        ArgValue::Number(2027)
    );
    assert_eq!(
        arg(
            "a trip next year: earlier days count in the year it starts",
            "report-trip-within-limit",
            "trip-year"
        ),
        ArgValue::Number(2027)
    );
    assert_eq!(
        arg(
            "a friend of 28 and her son of 17 move in",
            "report-moves-in-27-plus",
            "aged-count"
        ),
        ArgValue::Number(1)
    );
    // Issue 18.8: every gift result names its year; the next-year result says when.
    let october = "€300 a month from my son since October: under in 2026, over in May 2027";
    assert_eq!(
        arg(october, "no-need-gifts-under-limit", "gift-year"),
        ArgValue::Number(2026)
    );
    assert_eq!(
        arg(october, "report-gifts-over-limit-next-year", "next-year"),
        ArgValue::Number(2027)
    );
    assert_eq!(
        arg(
            october,
            "report-gifts-over-limit-next-year",
            "next-passes-on"
        ),
        ArgValue::Date(date!(2027 - 05 - 01))
    );
    for (description, outcome) in [
        (brother, "report-gifts-over-limit"),
        (
            "€1,200 birthday money in total this year: at the limit",
            "no-need-gifts-at-limit",
        ),
        (
            "€50 a month from my aunt since June: under the limit",
            "no-need-gifts-under-limit",
        ),
    ] {
        assert_eq!(
            arg(description, outcome, "gift-year"),
            ArgValue::Number(2026),
            "{description}"
        );
    }
}

#[test]
fn a_passed_deadline_makes_an_outcome_urgent() {
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let s = situation("stopped working on 1 February: the deadline has passed, report now");
    let evaluation = evaluate(&rules, &answers(&rules, s), &steenwijkerland(), s.today);
    let outcome = &evaluation.outcomes[0];
    assert!(outcome.deadline_passed);
    assert_eq!(outcome.urgency, super::Urgency::High);
}

#[test]
fn other_municipality_figures_change_the_results_without_code() {
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let settings = [
        ("change_deadline_days = 7", "change_deadline_days = 14"),
        ("travel_notice_days = 14", "travel_notice_days = 28"),
        ("gift_limit = 1200", "gift_limit = 1800"),
        ("statement_day = 27", "statement_day = 15"),
    ]
    .into_iter()
    .fold(super::SHIPPED_SETTINGS.to_owned(), |text, (from, to)| {
        assert!(text.contains(from), "{from}");
        text.replacen(from, to, 1)
    });
    let policy = super::Policy::from(&crate::config::Settings::parse(&settings).unwrap());
    let s = situation("€150 a month from my brother since January");
    let evaluation = evaluate(&rules, &answers(&rules, s), &policy, s.today);
    // €1,800 is reached in December, not passed.
    assert_eq!(evaluation.outcomes[0].id, "no-need-gifts-at-limit");
    let s = situation("started a part-time job on the 3rd");
    let evaluation = evaluate(&rules, &answers(&rules, s), &policy, s.today);
    let deadlines: Vec<Option<Date>> = evaluation.outcomes.iter().map(|o| o.deadline).collect();
    assert_eq!(
        deadlines,
        [Some(date!(2026 - 03 - 17)), Some(date!(2026 - 04 - 14))]
    );
}

#[test]
fn unfinished_answers_fall_back_to_ask_us() {
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let answers = Answers::from_pairs(&rules, [("life-areas", "travel")], MARCH_10).unwrap();
    let evaluation = evaluate(&rules, &answers, &steenwijkerland(), MARCH_10);
    assert!(!evaluation.complete);
    let ids: Vec<&str> = evaluation.outcomes.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["ask-us-not-sure"]);
    assert!(matches!(
        answers.get("life-areas"),
        Some(AnswerValue::Several(_))
    ));
}

/// Issue 12: a date before today reads in the past tense. Every outcome passes `$when`
/// (past or future) for a Fluent selector; without a date it is the future.
#[test]
fn outcomes_say_whether_what_they_are_about_is_past_or_future() {
    use super::Tense;
    let cases = [
        (
            "started a part-time job on the 3rd",
            "report-job-started",
            Tense::Past,
        ),
        (
            "fewer hours from April",
            "report-hours-changed",
            Tense::Future,
        ),
        (
            "moving to Meppel on 15 April",
            "report-moving-away",
            Tense::Future,
        ),
        (
            "my partner gets AOW from 1 June",
            "report-partner-aow",
            Tense::Future,
        ),
        (
            "sold my old car on 5 March",
            "report-vehicle-sold",
            Tense::Past,
        ),
        ("I am pregnant", "no-need-pregnancy", Tense::Future),
        (
            "left for Turkey on 3 March to live there: report now",
            "report-emigration",
            Tense::Past,
        ),
        (
            "moving to Poland for good on 1 June",
            "report-emigration",
            Tense::Future,
        ),
    ];
    for (description, outcome, tense) in cases {
        assert_eq!(
            arg(description, outcome, "when"),
            ArgValue::Tense(tense),
            "{description}"
        );
    }
    // Today itself is not the past: "you start today".
    let rules = Rules::parse(SHIPPED_RULES).unwrap();
    let answers = Answers::from_pairs(
        &rules,
        [
            ("life-areas", "work"),
            ("work-change", "job-started"),
            ("work-date", "2026-03-10"),
        ],
        MARCH_10,
    )
    .unwrap();
    let evaluation = evaluate(&rules, &answers, &steenwijkerland(), MARCH_10);
    assert_eq!(
        evaluation.outcomes[0].args.get("when"),
        Some(&ArgValue::Tense(Tense::Future))
    );
}
