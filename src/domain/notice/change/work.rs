//! Work: a new job, other hours or stopping, and the hours per week.

use super::{
    change_date, end_within, spec, AMOUNT_CHARS, CHOICE_CHARS, DATE_CHARS, MAX_HOURS_PER_WEEK,
    MAX_MONTHLY_INCOME_CENTS, NAME_CHARS, TEMPORARY_WORK_YEARS,
};
use crate::domain::notice::fields::{
    amount, choice, single_line, Choice, FieldSpec, Form, Input, Need, Problem,
};
use crate::domain::selfcheck::{format_cents, format_date};
use std::fmt;
use time::Date;

/// Paid or unpaid work: a new job, side jobs, working for yourself, an internship or
/// volunteering; other hours; or stopping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    pub event: WorkEvent,
    /// Who the resident works for (a company, a person, "for myself").
    pub employer: String,
    pub hours_per_week: Hours,
    /// The first working day, the first day with the new hours, or the last working
    /// day ([`WorkEvent::Stopped`]).
    pub date: Date,
    /// The last day of temporary work; never for [`WorkEvent::Stopped`].
    pub end_date: Option<Date>,
    pub expected_monthly_income_cents: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkEvent {
    Started,
    HoursChanged,
    Stopped,
}

const WORK_EVENTS: &[Choice] = &[
    Choice {
        value: "started",
        label: "notice-field-work-event-started",
    },
    Choice {
        value: "hours-changed",
        label: "notice-field-work-event-hours-changed",
    },
    Choice {
        value: "stopped",
        label: "notice-field-work-event-stopped",
    },
];

impl WorkEvent {
    pub const ALL: [WorkEvent; 3] = [
        WorkEvent::Started,
        WorkEvent::HoursChanged,
        WorkEvent::Stopped,
    ];

    /// The option on the page (value and label).
    pub fn choice(self) -> &'static Choice {
        &WORK_EVENTS[self as usize]
    }

    fn parse(value: &str) -> Result<WorkEvent, Problem> {
        let chosen = choice(value, WORK_EVENTS)?;
        WorkEvent::ALL
            .into_iter()
            .find(|e| e.choice() == chosen)
            .ok_or(Problem::UnknownChoice)
    }
}

const WORK_EVENT: FieldSpec = spec(
    "event",
    "notice-field-work-event",
    None,
    Input::Choice(WORK_EVENTS),
    Need::Required,
    CHOICE_CHARS,
);
const WORK_EMPLOYER: FieldSpec = spec(
    "employer",
    "notice-field-work-employer",
    Some("notice-field-work-employer-hint"),
    Input::Text,
    Need::Required,
    NAME_CHARS,
);
const WORK_HOURS: FieldSpec = spec(
    "hours",
    "notice-field-work-hours",
    Some("notice-field-work-hours-hint"),
    Input::Hours,
    Need::Required,
    6,
);
const WORK_DATE: FieldSpec = spec(
    "date",
    "notice-field-work-date",
    Some("notice-field-work-date-hint"),
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const WORK_END_DATE: FieldSpec = spec(
    "end-date",
    "notice-field-work-end-date",
    Some("notice-field-work-end-date-hint"),
    Input::Date,
    Need::Optional,
    DATE_CHARS,
);
const WORK_INCOME: FieldSpec = spec(
    "income",
    "notice-field-work-income",
    Some("notice-field-work-income-hint"),
    Input::Amount,
    Need::Optional,
    AMOUNT_CHARS,
);
pub(super) const WORK_FIELDS: &[FieldSpec] = &[
    WORK_EVENT,
    WORK_EMPLOYER,
    WORK_HOURS,
    WORK_DATE,
    WORK_END_DATE,
    WORK_INCOME,
];

pub(super) fn read_work(form: &mut Form, today: Date) -> Option<Work> {
    let event = form.get(&WORK_EVENT, WorkEvent::parse);
    let employer = form.get(&WORK_EMPLOYER, single_line);
    let hours_per_week = form.get(&WORK_HOURS, Hours::parse);
    let date = form.get(&WORK_DATE, change_date(today));
    let end_date = if event == Some(WorkEvent::Stopped) && form.is_filled(&WORK_END_DATE) {
        form.error(WORK_END_DATE.key, Problem::NotForThisChoice);
        None
    } else {
        form.get(&WORK_END_DATE, end_within(date, TEMPORARY_WORK_YEARS))
    };
    let income = form.get(&WORK_INCOME, |v| amount(v, 0, MAX_MONTHLY_INCOME_CENTS));
    Some(Work {
        event: event?,
        employer: employer?,
        hours_per_week: hours_per_week?,
        date: date?,
        end_date,
        expected_monthly_income_cents: income,
    })
}

/// Hours per week, to the hundredth: `32`, `32,5`, `7.75`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hours {
    hundredths: u32,
}

impl Hours {
    pub fn parse(value: &str) -> Result<Hours, Problem> {
        let (whole, fraction) = match value.split_once([',', '.']) {
            Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
            Some(_) => return Err(Problem::Hours),
            None => (value, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 2 || !digits(whole) {
            return Err(Problem::Hours);
        }
        if fraction.len() > 2 || !digits(fraction) {
            return Err(Problem::Hours);
        }
        let whole: u32 = whole.parse().map_err(|_| Problem::Hours)?;
        let fraction: u32 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<u32>().map_err(|_| Problem::Hours)? * 10,
            _ => fraction.parse().map_err(|_| Problem::Hours)?,
        };
        let hundredths = whole * 100 + fraction;
        if hundredths > MAX_HOURS_PER_WEEK * 100 {
            return Err(Problem::Hours);
        }
        Ok(Hours { hundredths })
    }

    pub fn hundredths(self) -> u32 {
        self.hundredths
    }
}

/// `32`, `32.5`, `7.75`: read back by [`Hours::parse`].
impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, fraction) = (self.hundredths / 100, self.hundredths % 100);
        match fraction {
            0 => write!(f, "{whole}"),
            f10 if f10 % 10 == 0 => write!(f, "{whole}.{}", f10 / 10),
            _ => write!(f, "{whole}.{fraction:02}"),
        }
    }
}

/// The form pairs of a work change (`Change::to_fields`).
pub(super) fn write_work(c: &Work, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&WORK_EVENT, c.event.choice().value.to_owned());
    push(&WORK_EMPLOYER, c.employer.clone());
    push(&WORK_HOURS, c.hours_per_week.to_string());
    push(&WORK_DATE, format_date(c.date));
    if let Some(end) = c.end_date {
        push(&WORK_END_DATE, format_date(end));
    }
    if let Some(cents) = c.expected_monthly_income_cents {
        push(&WORK_INCOME, format_cents(cents));
    }
}
