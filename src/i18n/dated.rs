//! Texts that know the date: a message may have dated versions, `<id>-from-YYYY-MM-DD`,
//! each shown from that day on instead of `<id>`. A page asks for `<id>` and gets the
//! version in force on the day it is rendered for, so a text that describes a coming
//! change ("from 1 January 2027 …") turns into one that describes it as the present
//! ("since 1 January 2027 …") on that day, without a redeploy.
//!
//! Every version is an ordinary message: every language has it, staff edit it in the
//! browser like any other, and the text checks hold for it.

use crate::config::figures::parse_day;
use std::collections::HashMap;
use time::Date;

const MARK: &str = "-from-";

/// The undated id and the first day of a dated version's id:
/// `info-x-title-from-2027-01-01` → (`info-x-title`, 1 January 2027).
pub fn dated_version(id: &str) -> Option<(&str, Date)> {
    let (base, day) = id.rsplit_once(MARK)?;
    let from = parse_day(day).filter(|_| !base.is_empty() && day.len() == 10)?;
    Some((base, from))
}

/// Whether `id` looks like a dated version whose date does not exist (a typo that
/// would otherwise make it an ordinary message, shown nowhere).
pub fn has_bad_date(id: &str) -> bool {
    id.rsplit_once(MARK)
        .is_some_and(|(_, day)| day.starts_with(|c: char| c.is_ascii_digit()))
        && dated_version(id).is_none()
}

/// The dated versions of the source language's messages, by undated id.
#[derive(Debug, Clone, Default)]
pub struct DatedTexts {
    versions: HashMap<String, Vec<(Date, String)>>,
}

impl DatedTexts {
    pub fn from_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut versions: HashMap<String, Vec<(Date, String)>> = HashMap::new();
        for id in ids {
            if let Some((base, from)) = dated_version(id) {
                versions
                    .entry(base.to_owned())
                    .or_default()
                    .push((from, id.to_owned()));
            }
        }
        for list in versions.values_mut() {
            list.sort();
        }
        DatedTexts { versions }
    }

    /// The message to show for `id` on `day`: its newest version from on or before
    /// that day, or `id` itself.
    pub fn in_force<'a>(&'a self, id: &'a str, day: Date) -> &'a str {
        self.versions
            .get(id)
            .and_then(|list| list.iter().rev().find(|(from, _)| *from <= day))
            .map_or(id, |(_, version)| version)
    }
}

/// The day to preview message `id` on: a dated version from its first day, when that
/// lies after `today`, so staff see the text they edit in its place.
pub fn preview_day(id: &str, today: Date) -> Date {
    dated_version(id).map_or(today, |(_, from)| from.max(today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn reads_the_date_of_a_version() {
        let cases = [
            (
                "a-title-from-2027-01-01",
                Some(("a-title", date!(2027 - 01 - 01))),
            ),
            (
                "a-from-b-from-2026-12-31",
                Some(("a-from-b", date!(2026 - 12 - 31))),
            ),
            ("a-title", None),
            ("a-title-from-2027-02-30", None),
            ("a-title-from-2027-1-01", None),
            ("a-title-from-20270101", None),
            ("-from-2027-01-01", None),
            ("a-title-from-soon", None),
        ];
        for (id, expected) in cases {
            assert_eq!(dated_version(id), expected, "{id}");
        }
        assert!(has_bad_date("a-title-from-2027-02-30"));
        assert!(has_bad_date("a-title-from-2027-1-01"));
        assert!(!has_bad_date("a-title-from-2027-01-01"));
        assert!(!has_bad_date("a-title-from-people"));
    }

    /// The version in force on each side of each date.
    #[test]
    fn chooses_the_version_in_force() {
        let texts = DatedTexts::from_ids(["t", "t-from-2028-01-01", "t-from-2027-01-01", "other"]);
        let cases = [
            ("t", date!(2026 - 12 - 31), "t"),
            ("t", date!(2027 - 01 - 01), "t-from-2027-01-01"),
            ("t", date!(2027 - 12 - 31), "t-from-2027-01-01"),
            ("t", date!(2028 - 01 - 01), "t-from-2028-01-01"),
            ("other", date!(2030 - 01 - 01), "other"),
            ("missing", date!(2030 - 01 - 01), "missing"),
        ];
        for (id, day, shown) in cases {
            assert_eq!(texts.in_force(id, day), shown, "{id} on {day}");
        }
        assert_eq!(
            preview_day("t-from-2027-01-01", date!(2026 - 12 - 05)),
            date!(2027 - 01 - 01)
        );
        assert_eq!(
            preview_day("t-from-2027-01-01", date!(2027 - 03 - 01)),
            date!(2027 - 03 - 01)
        );
        assert_eq!(
            preview_day("t", date!(2026 - 12 - 05)),
            date!(2026 - 12 - 05)
        );
    }
}
