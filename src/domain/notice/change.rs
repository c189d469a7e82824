//! The kinds of change a resident can report, the fields each one asks, and the strict
//! reading of those fields from a form.
//!
//! Every change has a date: the day it happened or will happen ([`Change::date`]).
//! Dates are checked against windows around "today" (a parameter, never the clock):
//!
//! | field | allowed |
//! | --- | --- |
//! | the date of a change | from 1 year before today to 1 year after |
//! | a date of birth | from 1 January 1900 to today |
//! | the end of temporary work | from the start to 3 years after it (the longest chain of temporary contracts) |
//! | the return from a trip | from the day of departure to 1 year after it |
//! | the month of an income | from 12 months before this month to next month |
//!
//! Older changes are still worth reporting, but not through this form: the error
//! message asks the resident to call, so a case worker can help.
//!
//! Amounts are euro as residents type them (`1.250,50`, `1250.50`, `€ 1250`); negative
//! amounts are refused, and so are amounts no one on bijstand reports through a form:
//! over € 100.000 a month, a vehicle worth over € 1.000.000, a gift or inheritance over
//! € 10.000.000. Hours per week run from 0 (an on-call contract) to 80.

use super::fields::{
    amount, birth_date, choice, date, multi_line, shift_years, single_line, Choice, FieldError,
    FieldSpec, Form, Input, Need, Problem, Window,
};
use super::iban::Iban;
use crate::domain::selfcheck::{format_cents, format_date};
use std::fmt;
use time::{Date, Month};

/// The kinds of change, in the order the notice lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    Work,
    MovesIn,
    MovesOut,
    Travel,
    GiftOrInheritance,
    Vehicle,
    BankAccount,
    IncomeThisMonth,
    /// Kinds told in the resident's own words, with a date (see [`Described`]).
    Household,
    Stay,
    Education,
    Justice,
    Assets,
    Details,
    Other,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 15] = [
        ChangeKind::Work,
        ChangeKind::MovesIn,
        ChangeKind::MovesOut,
        ChangeKind::Travel,
        ChangeKind::GiftOrInheritance,
        ChangeKind::Vehicle,
        ChangeKind::BankAccount,
        ChangeKind::IncomeThisMonth,
        ChangeKind::Household,
        ChangeKind::Stay,
        ChangeKind::Education,
        ChangeKind::Justice,
        ChangeKind::Assets,
        ChangeKind::Details,
        ChangeKind::Other,
    ];

    /// The id in URLs and forms.
    pub fn id(self) -> &'static str {
        match self {
            ChangeKind::Work => "work",
            ChangeKind::MovesIn => "moves-in",
            ChangeKind::MovesOut => "moves-out",
            ChangeKind::Travel => "travel",
            ChangeKind::GiftOrInheritance => "gift-or-inheritance",
            ChangeKind::Vehicle => "vehicle",
            ChangeKind::BankAccount => "bank-account",
            ChangeKind::IncomeThisMonth => "income-this-month",
            ChangeKind::Household => "household",
            ChangeKind::Stay => "stay",
            ChangeKind::Education => "education",
            ChangeKind::Justice => "justice",
            ChangeKind::Assets => "assets",
            ChangeKind::Details => "details",
            ChangeKind::Other => "other",
        }
    }

    pub fn parse(id: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The Fluent message with the kind's name, `notice-kind-<id>`.
    pub fn label_id(self) -> &'static str {
        match self {
            ChangeKind::Work => "notice-kind-work",
            ChangeKind::MovesIn => "notice-kind-moves-in",
            ChangeKind::MovesOut => "notice-kind-moves-out",
            ChangeKind::Travel => "notice-kind-travel",
            ChangeKind::GiftOrInheritance => "notice-kind-gift-or-inheritance",
            ChangeKind::Vehicle => "notice-kind-vehicle",
            ChangeKind::BankAccount => "notice-kind-bank-account",
            ChangeKind::IncomeThisMonth => "notice-kind-income-this-month",
            ChangeKind::Household => "notice-kind-household",
            ChangeKind::Stay => "notice-kind-stay",
            ChangeKind::Education => "notice-kind-education",
            ChangeKind::Justice => "notice-kind-justice",
            ChangeKind::Assets => "notice-kind-assets",
            ChangeKind::Details => "notice-kind-details",
            ChangeKind::Other => "notice-kind-other",
        }
    }

    /// The fields of the kind's detail page, in page order. Labels are
    /// `notice-field-<kind>-<key>`.
    pub fn fields(self) -> &'static [FieldSpec] {
        match self {
            ChangeKind::Work => WORK_FIELDS,
            ChangeKind::MovesIn => MOVES_IN_FIELDS,
            ChangeKind::MovesOut => MOVES_OUT_FIELDS,
            ChangeKind::Travel => TRAVEL_FIELDS,
            ChangeKind::GiftOrInheritance => GIFT_FIELDS,
            ChangeKind::Vehicle => VEHICLE_FIELDS,
            ChangeKind::BankAccount => BANK_ACCOUNT_FIELDS,
            ChangeKind::IncomeThisMonth => INCOME_FIELDS,
            ChangeKind::Household => HOUSEHOLD_FIELDS,
            ChangeKind::Stay => STAY_FIELDS,
            ChangeKind::Education => EDUCATION_FIELDS,
            ChangeKind::Justice => JUSTICE_FIELDS,
            ChangeKind::Assets => ASSETS_FIELDS,
            ChangeKind::Details => DETAILS_FIELDS,
            ChangeKind::Other => OTHER_FIELDS,
        }
    }
}

// ---------------------------------------------------------------------------------
// Windows and limits (see the module documentation).

const CHANGE_YEARS_BACK: i32 = 1;
const CHANGE_YEARS_AHEAD: i32 = 1;
/// Temporary contracts chain for at most 36 months (Burgerlijk Wetboek 7:668a).
const TEMPORARY_WORK_YEARS: i32 = 3;
const TRIP_YEARS: i32 = 1;
const INCOME_MONTHS_BACK: i32 = 12;
const INCOME_MONTHS_AHEAD: i32 = 1;

const MAX_MONTHLY_INCOME_CENTS: u64 = 100_000 * 100;
const MAX_VEHICLE_VALUE_CENTS: u64 = 1_000_000 * 100;
const MAX_GIFT_CENTS: u64 = 10_000_000 * 100;
const MAX_HOURS_PER_WEEK: u32 = 80;

const NAME_CHARS: usize = 100;
const COUNTRY_CHARS: usize = 60;
const DESCRIPTION_CHARS: usize = 100;
/// The free text of "something else".
pub const OTHER_DESCRIPTION_CHARS: usize = 2000;

fn change_window(today: Date) -> Window {
    Window::around(today, CHANGE_YEARS_BACK, CHANGE_YEARS_AHEAD)
}

/// The date of a change: a date within [`change_window`].
fn change_date(today: Date) -> impl Fn(&str) -> Result<Date, Problem> {
    move |v| date(v).and_then(|d| change_window(today).check(d))
}

/// An end date from `start` to `years` years after it.
fn end_within(start: Option<Date>, years: i32) -> impl Fn(&str) -> Result<Date, Problem> {
    move |v| {
        let end = date(v)?;
        match start {
            Some(start) if end < start => Err(Problem::EndsBeforeStart),
            Some(start) if end > shift_years(start, years) => Err(Problem::TooFarAhead),
            _ => Ok(end),
        }
    }
}

const fn spec(
    key: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    input: Input,
    need: Need,
    max_chars: usize,
) -> FieldSpec {
    FieldSpec {
        key,
        label,
        hint,
        input,
        need,
        max_chars,
    }
}

const DATE_CHARS: usize = 10;
const AMOUNT_CHARS: usize = 20;
const CHOICE_CHARS: usize = 20;

// ---------------------------------------------------------------------------------
// The changes.

/// One reported change, with the details its kind asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Work(Work),
    MovesIn(MovesIn),
    MovesOut(MovesOut),
    Travel(Travel),
    GiftOrInheritance(GiftOrInheritance),
    Vehicle(Vehicle),
    BankAccount(BankAccount),
    IncomeThisMonth(IncomeThisMonth),
    /// Household, stay, education, justice, assets or details: the kind's own
    /// questions, the same two fields.
    Described(Described),
    Other(Other),
}

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

/// Someone comes to live with the resident (a partner, a child born, a lodger, family).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovesIn {
    pub name: String,
    pub date_of_birth: Date,
    pub date: Date,
}

/// Someone leaves the resident's home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovesOut {
    pub name: String,
    pub date: Date,
}

/// A trip abroad; the date of the change is the day of departure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Travel {
    pub country: String,
    pub from: Date,
    pub to: Date,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiftOrInheritance {
    pub kind: GiftKind,
    /// The money, or what the gift or inheritance is worth.
    pub amount_cents: u64,
    pub date: Date,
    pub from_whom: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiftKind {
    Gift,
    Inheritance,
}

/// A car, motorbike, scooter, camper, caravan or boat, bought or received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vehicle {
    /// What it is: kind, make, model, year.
    pub description: String,
    pub registration: Option<Registration>,
    pub value_cents: Option<u64>,
    pub date: Date,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankAccount {
    pub iban: Iban,
    pub date: Date,
}

/// Money received in one month; the date of the change is the month's first day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeThisMonth {
    pub amount_cents: u64,
    pub month: YearMonth,
    /// Who paid it (an employer, the UWV, …).
    pub source: String,
}

/// Any other change, in the resident's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Other {
    pub description: String,
    pub date: Date,
}

/// A change of one of the kinds that have no fields of their own beyond a description
/// and a date (household, a stay in an institution, education, a sentence, possessions,
/// personal details). They are kinds of their own, not "something else", so a case
/// worker sees at once what the notice is about and the resident gets questions that
/// fit ("Where are you staying?" instead of "What changed?").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub kind: ChangeKind,
    pub description: String,
    pub date: Date,
}

impl Change {
    pub fn kind(&self) -> ChangeKind {
        match self {
            Change::Work(_) => ChangeKind::Work,
            Change::MovesIn(_) => ChangeKind::MovesIn,
            Change::MovesOut(_) => ChangeKind::MovesOut,
            Change::Travel(_) => ChangeKind::Travel,
            Change::GiftOrInheritance(_) => ChangeKind::GiftOrInheritance,
            Change::Vehicle(_) => ChangeKind::Vehicle,
            Change::BankAccount(_) => ChangeKind::BankAccount,
            Change::IncomeThisMonth(_) => ChangeKind::IncomeThisMonth,
            Change::Described(c) => c.kind,
            Change::Other(_) => ChangeKind::Other,
        }
    }

    /// The day the change happened or will happen.
    pub fn date(&self) -> Date {
        match self {
            Change::Work(c) => c.date,
            Change::MovesIn(c) => c.date,
            Change::MovesOut(c) => c.date,
            Change::Travel(c) => c.from,
            Change::GiftOrInheritance(c) => c.date,
            Change::Vehicle(c) => c.date,
            Change::BankAccount(c) => c.date,
            Change::IncomeThisMonth(c) => c.month.first_day(),
            Change::Described(c) => c.date,
            Change::Other(c) => c.date,
        }
    }

    /// Reads the detail page of a change of `kind`. Returns every wrong field, in page
    /// order (keys the page does not have first).
    pub fn from_fields(
        kind: ChangeKind,
        fields: &[(&str, &str)],
        today: Date,
    ) -> Result<Change, Vec<FieldError>> {
        let mut form = Form::new(fields, kind.fields());
        let change = match kind {
            ChangeKind::Work => read_work(&mut form, today).map(Change::Work),
            ChangeKind::MovesIn => read_moves_in(&mut form, today).map(Change::MovesIn),
            ChangeKind::MovesOut => read_moves_out(&mut form, today).map(Change::MovesOut),
            ChangeKind::Travel => read_travel(&mut form, today).map(Change::Travel),
            ChangeKind::GiftOrInheritance => {
                read_gift(&mut form, today).map(Change::GiftOrInheritance)
            }
            ChangeKind::Vehicle => read_vehicle(&mut form, today).map(Change::Vehicle),
            ChangeKind::BankAccount => read_bank_account(&mut form, today).map(Change::BankAccount),
            ChangeKind::IncomeThisMonth => {
                read_income(&mut form, today).map(Change::IncomeThisMonth)
            }
            ChangeKind::Household
            | ChangeKind::Stay
            | ChangeKind::Education
            | ChangeKind::Justice
            | ChangeKind::Assets
            | ChangeKind::Details => read_described(kind, &mut form, today).map(Change::Described),
            ChangeKind::Other => read_other(&mut form, today).map(Change::Other),
        };
        form.finish(change)
    }

    /// The form pairs of the detail page; [`Change::from_fields`] reads them back.
    /// Empty optional fields are left out.
    pub fn to_fields(&self) -> Vec<(&'static str, String)> {
        let mut fields = Vec::new();
        let mut push = |spec: &FieldSpec, value: String| fields.push((spec.key, value));
        match self {
            Change::Work(c) => {
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
            Change::MovesIn(c) => {
                push(&MOVES_IN_NAME, c.name.clone());
                push(&MOVES_IN_DATE_OF_BIRTH, format_date(c.date_of_birth));
                push(&MOVES_IN_DATE, format_date(c.date));
            }
            Change::MovesOut(c) => {
                push(&MOVES_OUT_NAME, c.name.clone());
                push(&MOVES_OUT_DATE, format_date(c.date));
            }
            Change::Travel(c) => {
                push(&TRAVEL_COUNTRY, c.country.clone());
                push(&TRAVEL_FROM, format_date(c.from));
                push(&TRAVEL_TO, format_date(c.to));
            }
            Change::GiftOrInheritance(c) => {
                push(&GIFT_KIND, c.kind.choice().value.to_owned());
                push(&GIFT_AMOUNT, format_cents(c.amount_cents));
                push(&GIFT_DATE, format_date(c.date));
                push(&GIFT_FROM_WHOM, c.from_whom.clone());
            }
            Change::Vehicle(c) => {
                push(&VEHICLE_DESCRIPTION, c.description.clone());
                if let Some(registration) = &c.registration {
                    push(&VEHICLE_REGISTRATION, registration.to_string());
                }
                if let Some(cents) = c.value_cents {
                    push(&VEHICLE_VALUE, format_cents(cents));
                }
                push(&VEHICLE_DATE, format_date(c.date));
            }
            Change::BankAccount(c) => {
                push(&BANK_ACCOUNT_IBAN, c.iban.electronic().to_owned());
                push(&BANK_ACCOUNT_DATE, format_date(c.date));
            }
            Change::IncomeThisMonth(c) => {
                push(&INCOME_AMOUNT, format_cents(c.amount_cents));
                push(&INCOME_MONTH, c.month.to_string());
                push(&INCOME_SOURCE, c.source.clone());
            }
            Change::Described(c) => {
                let [description, date] = described_fields(c.kind);
                push(description, c.description.clone());
                push(date, format_date(c.date));
            }
            Change::Other(c) => {
                push(&OTHER_DESCRIPTION, c.description.clone());
                push(&OTHER_DATE, format_date(c.date));
            }
        }
        fields
    }
}

// ---------------------------------------------------------------------------------
// Work

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
const WORK_FIELDS: &[FieldSpec] = &[
    WORK_EVENT,
    WORK_EMPLOYER,
    WORK_HOURS,
    WORK_DATE,
    WORK_END_DATE,
    WORK_INCOME,
];

fn read_work(form: &mut Form, today: Date) -> Option<Work> {
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

// ---------------------------------------------------------------------------------
// Someone moves in or out

const MOVES_IN_NAME: FieldSpec = spec(
    "name",
    "notice-field-moves-in-name",
    None,
    Input::Text,
    Need::Required,
    NAME_CHARS,
);
const MOVES_IN_DATE_OF_BIRTH: FieldSpec = spec(
    "date-of-birth",
    "notice-field-moves-in-date-of-birth",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const MOVES_IN_DATE: FieldSpec = spec(
    "date",
    "notice-field-moves-in-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const MOVES_IN_FIELDS: &[FieldSpec] = &[MOVES_IN_NAME, MOVES_IN_DATE_OF_BIRTH, MOVES_IN_DATE];

fn read_moves_in(form: &mut Form, today: Date) -> Option<MovesIn> {
    let name = form.get(&MOVES_IN_NAME, single_line);
    let date_of_birth = form.get(&MOVES_IN_DATE_OF_BIRTH, |v| birth_date(v, today));
    let date = form.get(&MOVES_IN_DATE, change_date(today));
    Some(MovesIn {
        name: name?,
        date_of_birth: date_of_birth?,
        date: date?,
    })
}

const MOVES_OUT_NAME: FieldSpec = spec(
    "name",
    "notice-field-moves-out-name",
    None,
    Input::Text,
    Need::Required,
    NAME_CHARS,
);
const MOVES_OUT_DATE: FieldSpec = spec(
    "date",
    "notice-field-moves-out-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const MOVES_OUT_FIELDS: &[FieldSpec] = &[MOVES_OUT_NAME, MOVES_OUT_DATE];

fn read_moves_out(form: &mut Form, today: Date) -> Option<MovesOut> {
    let name = form.get(&MOVES_OUT_NAME, single_line);
    let date = form.get(&MOVES_OUT_DATE, change_date(today));
    Some(MovesOut {
        name: name?,
        date: date?,
    })
}

// ---------------------------------------------------------------------------------
// Travel

const TRAVEL_COUNTRY: FieldSpec = spec(
    "country",
    "notice-field-travel-country",
    None,
    Input::Text,
    Need::Required,
    COUNTRY_CHARS,
);
const TRAVEL_FROM: FieldSpec = spec(
    "from",
    "notice-field-travel-from",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const TRAVEL_TO: FieldSpec = spec(
    "to",
    "notice-field-travel-to",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const TRAVEL_FIELDS: &[FieldSpec] = &[TRAVEL_COUNTRY, TRAVEL_FROM, TRAVEL_TO];

fn read_travel(form: &mut Form, today: Date) -> Option<Travel> {
    let country = form.get(&TRAVEL_COUNTRY, single_line);
    let from = form.get(&TRAVEL_FROM, change_date(today));
    let to = form.get(&TRAVEL_TO, end_within(from, TRIP_YEARS));
    Some(Travel {
        country: country?,
        from: from?,
        to: to?,
    })
}

// ---------------------------------------------------------------------------------
// Gift or inheritance

const GIFT_KINDS: &[Choice] = &[
    Choice {
        value: "gift",
        label: "notice-field-gift-or-inheritance-kind-gift",
    },
    Choice {
        value: "inheritance",
        label: "notice-field-gift-or-inheritance-kind-inheritance",
    },
];

impl GiftKind {
    pub const ALL: [GiftKind; 2] = [GiftKind::Gift, GiftKind::Inheritance];

    pub fn choice(self) -> &'static Choice {
        &GIFT_KINDS[self as usize]
    }

    fn parse(value: &str) -> Result<GiftKind, Problem> {
        let chosen = choice(value, GIFT_KINDS)?;
        GiftKind::ALL
            .into_iter()
            .find(|k| k.choice() == chosen)
            .ok_or(Problem::UnknownChoice)
    }
}

const GIFT_KIND: FieldSpec = spec(
    "kind",
    "notice-field-gift-or-inheritance-kind",
    None,
    Input::Choice(GIFT_KINDS),
    Need::Required,
    CHOICE_CHARS,
);
const GIFT_AMOUNT: FieldSpec = spec(
    "amount",
    "notice-field-gift-or-inheritance-amount",
    None,
    Input::Amount,
    Need::Required,
    AMOUNT_CHARS,
);
const GIFT_DATE: FieldSpec = spec(
    "date",
    "notice-field-gift-or-inheritance-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const GIFT_FROM_WHOM: FieldSpec = spec(
    "from-whom",
    "notice-field-gift-or-inheritance-from-whom",
    None,
    Input::Text,
    Need::Required,
    NAME_CHARS,
);
const GIFT_FIELDS: &[FieldSpec] = &[GIFT_KIND, GIFT_AMOUNT, GIFT_DATE, GIFT_FROM_WHOM];

fn read_gift(form: &mut Form, today: Date) -> Option<GiftOrInheritance> {
    let kind = form.get(&GIFT_KIND, GiftKind::parse);
    let amount_cents = form.get(&GIFT_AMOUNT, |v| amount(v, 1, MAX_GIFT_CENTS));
    let date = form.get(&GIFT_DATE, change_date(today));
    let from_whom = form.get(&GIFT_FROM_WHOM, single_line);
    Some(GiftOrInheritance {
        kind: kind?,
        amount_cents: amount_cents?,
        date: date?,
        from_whom: from_whom?,
    })
}

// ---------------------------------------------------------------------------------
// Vehicle

const VEHICLE_DESCRIPTION: FieldSpec = spec(
    "description",
    "notice-field-vehicle-description",
    Some("notice-field-vehicle-description-hint"),
    Input::Text,
    Need::Required,
    DESCRIPTION_CHARS,
);
const VEHICLE_REGISTRATION: FieldSpec = spec(
    "registration",
    "notice-field-vehicle-registration",
    Some("notice-field-vehicle-registration-hint"),
    Input::Registration,
    Need::Optional,
    10,
);
const VEHICLE_VALUE: FieldSpec = spec(
    "value",
    "notice-field-vehicle-value",
    None,
    Input::Amount,
    Need::Optional,
    AMOUNT_CHARS,
);
const VEHICLE_DATE: FieldSpec = spec(
    "date",
    "notice-field-vehicle-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const VEHICLE_FIELDS: &[FieldSpec] = &[
    VEHICLE_DESCRIPTION,
    VEHICLE_REGISTRATION,
    VEHICLE_VALUE,
    VEHICLE_DATE,
];

fn read_vehicle(form: &mut Form, today: Date) -> Option<Vehicle> {
    let description = form.get(&VEHICLE_DESCRIPTION, single_line);
    let registration = form.get(&VEHICLE_REGISTRATION, Registration::parse);
    let value_cents = form.get(&VEHICLE_VALUE, |v| amount(v, 0, MAX_VEHICLE_VALUE_CENTS));
    let date = form.get(&VEHICLE_DATE, change_date(today));
    Some(Vehicle {
        description: description?,
        registration,
        value_cents,
        date: date?,
    })
}

/// A Dutch registration number (kenteken): six letters and digits in one of the
/// patterns (sidecodes) the RDW issues, such as `AB-12-34`, `12-ABC-3` or `AB-123-C`.
/// Special plates (diplomats, trade plates) do not fit; the resident writes those in the
/// description, which the error message says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration(String);

/// The RDW sidecodes 1 to 14 (L = letter, D = digit). The first six are written in
/// pairs, the others with a dash where letters and digits meet.
const SIDECODES: [&str; 14] = [
    "LLDDDD", "DDDDLL", "DDLLDD", "LLDDLL", "LLLLDD", "DDLLLL", "DDLLLD", "DLLLDD", "LLDDDL",
    "LDDDLL", "LLLDDL", "LDDLLL", "DLLDDD", "DDDLLD",
];
const PAIRED_SIDECODES: usize = 6;

impl Registration {
    /// Reads a registration as typed: dashes, spaces and lower case allowed.
    pub fn parse(value: &str) -> Result<Registration, Problem> {
        let compact: String = value
            .chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .collect::<String>()
            .to_ascii_uppercase();
        if compact.len() != 6 || !compact.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Problem::Registration);
        }
        if sidecode(&compact).is_none() {
            return Err(Problem::Registration);
        }
        Ok(Registration(compact))
    }

    /// Six characters without dashes, as the RDW registers it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn sidecode(compact: &str) -> Option<usize> {
    let shape: String = compact
        .bytes()
        .map(|b| if b.is_ascii_digit() { 'D' } else { 'L' })
        .collect();
    SIDECODES.iter().position(|s| *s == shape)
}

/// With dashes, as on the plate: `AB-12-34`, `12-ABC-3`.
impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chars = self.0.as_bytes();
        let paired = sidecode(&self.0).is_none_or(|i| i < PAIRED_SIDECODES);
        for (i, &c) in chars.iter().enumerate() {
            let dash = if paired {
                i == 2 || i == 4
            } else {
                i > 0 && chars[i - 1].is_ascii_digit() != c.is_ascii_digit()
            };
            if dash {
                f.write_str("-")?;
            }
            write!(f, "{}", c as char)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// Bank account

const BANK_ACCOUNT_IBAN: FieldSpec = spec(
    "iban",
    "notice-field-bank-account-iban",
    Some("notice-field-bank-account-iban-hint"),
    Input::Iban,
    Need::Required,
    50,
);
const BANK_ACCOUNT_DATE: FieldSpec = spec(
    "date",
    "notice-field-bank-account-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const BANK_ACCOUNT_FIELDS: &[FieldSpec] = &[BANK_ACCOUNT_IBAN, BANK_ACCOUNT_DATE];

fn read_bank_account(form: &mut Form, today: Date) -> Option<BankAccount> {
    let iban = form.get(&BANK_ACCOUNT_IBAN, Iban::parse);
    let date = form.get(&BANK_ACCOUNT_DATE, change_date(today));
    Some(BankAccount {
        iban: iban?,
        date: date?,
    })
}

// ---------------------------------------------------------------------------------
// Income this month

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
const INCOME_FIELDS: &[FieldSpec] = &[INCOME_AMOUNT, INCOME_MONTH, INCOME_SOURCE];

fn read_income(form: &mut Form, today: Date) -> Option<IncomeThisMonth> {
    let amount_cents = form.get(&INCOME_AMOUNT, |v| amount(v, 0, MAX_MONTHLY_INCOME_CENTS));
    let month = form.get(&INCOME_MONTH, income_month(today));
    let source = form.get(&INCOME_SOURCE, single_line);
    Some(IncomeThisMonth {
        amount_cents: amount_cents?,
        month: month?,
        source: source?,
    })
}

// ---------------------------------------------------------------------------------
// Something else

const OTHER_DESCRIPTION: FieldSpec = spec(
    "description",
    "notice-field-other-description",
    Some("notice-field-other-description-hint"),
    Input::LongText,
    Need::Required,
    OTHER_DESCRIPTION_CHARS,
);
const OTHER_DATE: FieldSpec = spec(
    "date",
    "notice-field-other-date",
    None,
    Input::Date,
    Need::Required,
    DATE_CHARS,
);
const OTHER_FIELDS: &[FieldSpec] = &[OTHER_DESCRIPTION, OTHER_DATE];

fn read_other(form: &mut Form, today: Date) -> Option<Other> {
    let description = form.get(&OTHER_DESCRIPTION, multi_line);
    let date = form.get(&OTHER_DATE, change_date(today));
    Some(Other {
        description: description?,
        date: date?,
    })
}

// ---------------------------------------------------------------------------------
// Kinds told in the resident's own words: a description and a date, with the kind's
// own labels (`notice-field-<kind>-description`, `-description-hint`, `-date`).

const fn described_spec(description: &'static str, hint: &'static str) -> FieldSpec {
    spec(
        "description",
        description,
        Some(hint),
        Input::LongText,
        Need::Required,
        OTHER_DESCRIPTION_CHARS,
    )
}

const fn described_date(label: &'static str) -> FieldSpec {
    spec("date", label, None, Input::Date, Need::Required, DATE_CHARS)
}

const HOUSEHOLD_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-household-description",
        "notice-field-household-description-hint",
    ),
    described_date("notice-field-household-date"),
];

const STAY_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-stay-description",
        "notice-field-stay-description-hint",
    ),
    described_date("notice-field-stay-date"),
];

const EDUCATION_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-education-description",
        "notice-field-education-description-hint",
    ),
    described_date("notice-field-education-date"),
];

const JUSTICE_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-justice-description",
        "notice-field-justice-description-hint",
    ),
    described_date("notice-field-justice-date"),
];

const ASSETS_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-assets-description",
        "notice-field-assets-description-hint",
    ),
    described_date("notice-field-assets-date"),
];

const DETAILS_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-details-description",
        "notice-field-details-description-hint",
    ),
    described_date("notice-field-details-date"),
];

/// The description and date fields of a described kind.
fn described_fields(kind: ChangeKind) -> [&'static FieldSpec; 2] {
    let fields = kind.fields();
    debug_assert_eq!(fields.len(), 2, "{kind:?} is a described kind");
    [&fields[0], &fields[1]]
}

fn read_described(kind: ChangeKind, form: &mut Form, today: Date) -> Option<Described> {
    let [description_spec, date_spec] = described_fields(kind);
    let description = form.get(description_spec, multi_line);
    let date = form.get(date_spec, change_date(today));
    Some(Described {
        kind,
        description: description?,
        date: date?,
    })
}
