//! A value that changes on known days, as the settings file may give a figure
//! (`asset_limit_single = [{ from = "2024-01-01", value = 7575 }]`): the portal uses
//! the period in force on the day it computes for.

use time::Date;

/// A value over time: periods in the order of their first day. A plain value is one
/// period without a first day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated<T> {
    periods: Vec<Period<T>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period<T> {
    /// The first day the value holds; `None` for a plain value (it always holds).
    pub from: Option<Date>,
    pub value: T,
}

impl<T> Dated<T> {
    pub fn plain(value: T) -> Self {
        Dated {
            periods: vec![Period { from: None, value }],
        }
    }

    /// Periods in order of their first day; `None` if they are out of order or there
    /// are none.
    pub fn new(periods: Vec<Period<T>>) -> Option<Self> {
        let ordered = periods.windows(2).all(|w| w[0].from < w[1].from);
        (ordered && !periods.is_empty()).then_some(Dated { periods })
    }

    pub fn periods(&self) -> &[Period<T>] {
        &self.periods
    }

    /// The period in force on `day`: the last one that starts on or before it. Before
    /// the first period the first one holds, so the portal never has no value.
    pub fn period_on(&self, day: Date) -> &Period<T> {
        let started = self
            .periods
            .partition_point(|p| p.from.is_none_or(|from| from <= day));
        &self.periods[started.saturating_sub(1)]
    }

    pub fn on(&self, day: Date) -> &T {
        &self.period_on(day).value
    }

    /// The same periods with other values.
    pub fn map<U>(&self, mut f: impl FnMut(&Period<T>) -> U) -> Dated<U> {
        Dated {
            periods: self
                .periods
                .iter()
                .map(|p| Period {
                    from: p.from,
                    value: f(p),
                })
                .collect(),
        }
    }

    /// The period that starts last (it may lie in the future).
    pub fn newest(&self) -> &Period<T> {
        self.periods.last().expect("a dated value has a period")
    }
}
