//! The calendar day in the Netherlands. Deadlines are calendar dates in Dutch time, so
//! "today" is the date in Europe/Amsterdam, not in UTC: between midnight and 01:00 or
//! 02:00 local time the two differ.

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, Month, OffsetDateTime, UtcOffset, Weekday};

/// The day a request is served for: today in Europe/Amsterdam, or the fixed day of
/// `MELDWIJZER_TODAY`. The server gives it to every page, which reads its dated texts
/// and figures as they are on that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub Date);

/// The date in Europe/Amsterdam at the moment `now`.
///
/// Central European Time is UTC+1; summer time (UTC+2) runs from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October (EU rule since 1996).
pub fn amsterdam_date(now: OffsetDateTime) -> Date {
    amsterdam_time(now).date()
}

/// The moment `now` as a clock in Europe/Amsterdam shows it, with that offset (for
/// times shown to staff, e.g. when a notice was received).
pub fn amsterdam_time(now: OffsetDateTime) -> OffsetDateTime {
    let utc = now.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let summer_starts =
        last_sunday(year, Month::March).midnight().assume_utc() + Duration::hours(1);
    let summer_ends =
        last_sunday(year, Month::October).midnight().assume_utc() + Duration::hours(1);
    let hours = if utc >= summer_starts && utc < summer_ends {
        2
    } else {
        1
    };
    let offset = UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC);
    utc.to_offset(offset)
}

/// A stored moment (seconds since 1970) as a clock in Europe/Amsterdam shows it; `None`
/// when it is beyond the calendar. The one place that turns the store's seconds into
/// Dutch time: the staff pages and the exported documents both read it here.
pub fn amsterdam_moment(seconds: i64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(amsterdam_time)
}

/// A stored moment as RFC 3339 in Dutch time (`2027-01-15T09:30:00+01:00`), for
/// documents that programs read: unambiguous for a program, readable for a person.
/// The number itself when it is beyond the calendar.
pub fn timestamp(seconds: i64) -> String {
    amsterdam_moment(seconds)
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| seconds.to_string())
}

fn last_sunday(year: i32, month: Month) -> Date {
    let last_day = time::util::days_in_month(month, year);
    let mut day = Date::from_calendar_date(year, month, last_day).unwrap_or(Date::MIN);
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().unwrap_or(day);
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn amsterdam_date_around_midnight_and_summer_time() {
        let cases = [
            // Winter: UTC+1.
            (datetime!(2026-01-15 22:59 UTC), date!(2026 - 01 - 15)),
            (datetime!(2026-01-15 23:00 UTC), date!(2026 - 01 - 16)),
            // Summer: UTC+2.
            (datetime!(2026-07-01 21:59 UTC), date!(2026 - 07 - 01)),
            (datetime!(2026-07-01 22:00 UTC), date!(2026 - 07 - 02)),
            // Summer time starts 29 March 2026 01:00 UTC.
            (datetime!(2026-03-29 00:59 UTC), date!(2026 - 03 - 29)),
            (datetime!(2026-03-28 22:30 UTC), date!(2026 - 03 - 28)),
            (datetime!(2026-03-28 23:30 UTC), date!(2026 - 03 - 29)),
            // Summer time ends 25 October 2026 01:00 UTC; 22:30 UTC the day before is
            // already the 25th in Amsterdam (UTC+2).
            (datetime!(2026-10-24 22:30 UTC), date!(2026 - 10 - 25)),
            (datetime!(2026-10-25 22:30 UTC), date!(2026 - 10 - 25)),
            (datetime!(2026-10-25 23:30 UTC), date!(2026 - 10 - 26)),
            // New Year's Eve in UTC is already New Year in Amsterdam.
            (datetime!(2026-12-31 23:30 UTC), date!(2027 - 01 - 01)),
            // An offset other than UTC is converted first.
            (datetime!(2026-01-16 01:30 +3), date!(2026 - 01 - 15)),
        ];
        for (now, expected) in cases {
            assert_eq!(amsterdam_date(now), expected, "{now}");
        }
    }

    #[test]
    fn amsterdam_time_has_the_offset_of_the_season() {
        let winter = amsterdam_time(datetime!(2026-01-15 23:30 UTC));
        assert_eq!(
            (winter.date(), winter.hour(), winter.minute()),
            (date!(2026 - 01 - 16), 0, 30)
        );
        assert_eq!(winter.offset().whole_hours(), 1);
        let summer = amsterdam_time(datetime!(2026-07-01 08:05 UTC));
        assert_eq!((summer.hour(), summer.offset().whole_hours()), (10, 2));
        assert_eq!(summer, datetime!(2026-07-01 08:05 UTC), "the same moment");
    }

    #[test]
    fn stored_moments_read_in_dutch_time() {
        let cases = [
            // 2027-01-15 08:30 UTC is 09:30 in winter; 2027-07-01 08:30 UTC is 10:30.
            (datetime!(2027-01-15 08:30 UTC), "2027-01-15T09:30:00+01:00"),
            (datetime!(2027-07-01 08:30 UTC), "2027-07-01T10:30:00+02:00"),
            // Half past eleven at night in UTC is the next day in Amsterdam.
            (datetime!(2027-01-15 23:30 UTC), "2027-01-16T00:30:00+01:00"),
            (datetime!(2027-07-01 23:30 UTC), "2027-07-02T01:30:00+02:00"),
        ];
        for (moment, expected) in cases {
            let seconds = moment.unix_timestamp();
            assert_eq!(timestamp(seconds), expected, "{moment}");
            assert_eq!(amsterdam_moment(seconds), Some(moment), "the same moment");
        }
        assert_eq!(amsterdam_moment(i64::MAX), None);
        assert_eq!(timestamp(i64::MAX), i64::MAX.to_string());
    }

    #[test]
    fn last_sundays() {
        assert_eq!(last_sunday(2026, Month::March), date!(2026 - 03 - 29));
        assert_eq!(last_sunday(2026, Month::October), date!(2026 - 10 - 25));
        assert_eq!(last_sunday(2027, Month::March), date!(2027 - 03 - 28));
    }
}
