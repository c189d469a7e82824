//! Income this month, and the calendar month it is for.

use super::{
    spec, AMOUNT_CHARS, INCOME_MONTHS_AHEAD, INCOME_MONTHS_BACK, MAX_MONTHLY_INCOME_CENTS,
    NAME_CHARS,
};
use crate::domain::notice::fields::{amount, single_line, FieldSpec, Form, Input, Need, Problem};
use crate::domain::selfcheck::format_cents;
use std::fmt;
use time::{Date, Month};

/// Money received in one month; the date of the change is the month's first day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeThisMonth {
    pub amount_cents: u64,
    pub month: YearMonth,
    /// Who paid it (an employer, the UWV, …).
    pub source: String,
}

/// A calendar month, `YYYY-MM` as `<input type="month">` sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    year: i32,
    month: Month,
}

impl YearMonth {
    pub fn new(year: i32, month: Month) -> YearMonth {
        YearMonth { year, month }
    }

    pub fn of(date: Date) -> YearMonth {
        YearMonth::new(date.year(), date.month())
    }

    pub fn parse(value: &str) -> Result<YearMonth, Problem> {
        let bytes = value.as_bytes();
        let shape_ok = bytes.len() == 7
            && bytes[4] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || b.is_ascii_digit());
        if !shape_ok {
            return Err(Problem::NotAMonth);
        }
        let year: i32 = value[..4].parse().map_err(|_| Problem::NotAMonth)?;
        let month: u8 = value[5..].parse().map_err(|_| Problem::NotAMonth)?;
        let month = Month::try_from(month).map_err(|_| Problem::NotAMonth)?;
        // The same years as dates (see the self-check's date reading).
        if !(1900..=2100).contains(&year) {
            return Err(Problem::NotAMonth);
        }
        Ok(YearMonth::new(year, month))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> Month {
        self.month
    }

    pub fn first_day(self) -> Date {
        Date::from_calendar_date(self.year, self.month, 1).unwrap_or(Date::MIN)
    }

    /// Months since year 0, to compare months by subtraction.
    fn index(self) -> i32 {
        self.year * 12 + i32::from(u8::from(self.month)) - 1
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, u8::from(self.month))
    }
}

fn income_month(today: Date) -> impl Fn(&str) -> Result<YearMonth, Problem> {
    move |v| {
        let month = YearMonth::parse(v)?;
        let from_now = month.index() - YearMonth::of(today).index();
        if from_now < -INCOME_MONTHS_BACK {
            Err(Problem::TooFarBack)
        } else if from_now > INCOME_MONTHS_AHEAD {
            Err(Problem::TooFarAhead)
        } else {
            Ok(month)
        }
    }
}

const INCOME_AMOUNT: FieldSpec = spec(
    "amount",
    "notice-field-income-this-month-amount",
    None,
    Input::Amount,
    Need::Required,
    AMOUNT_CHARS,
);
const INCOME_MONTH: FieldSpec = spec(
    "month",
    "notice-field-income-this-month-month",
    None,
    Input::Month,
    Need::Required,
    7,
);
const INCOME_SOURCE: FieldSpec = spec(
    "source",
    "notice-field-income-this-month-source",
    Some("notice-field-income-this-month-source-hint"),
    Input::Text,
    Need::Required,
    NAME_CHARS,
);
pub(super) const INCOME_FIELDS: &[FieldSpec] = &[INCOME_AMOUNT, INCOME_MONTH, INCOME_SOURCE];

pub(super) fn read_income(form: &mut Form, today: Date) -> Option<IncomeThisMonth> {
    let amount_cents = form.get(&INCOME_AMOUNT, |v| amount(v, 0, MAX_MONTHLY_INCOME_CENTS));
    let month = form.get(&INCOME_MONTH, income_month(today));
    let source = form.get(&INCOME_SOURCE, single_line);
    Some(IncomeThisMonth {
        amount_cents: amount_cents?,
        month: month?,
        source: source?,
    })
}

/// The form pairs of an income (`Change::to_fields`).
pub(super) fn write_income(c: &IncomeThisMonth, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&INCOME_AMOUNT, format_cents(c.amount_cents));
    push(&INCOME_MONTH, c.month.to_string());
    push(&INCOME_SOURCE, c.source.clone());
}
