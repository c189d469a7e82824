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

mod bank_account;
mod gift;
mod income;
mod moves;
mod own_words;
mod travel;
mod vehicle;
mod work;

pub use bank_account::BankAccount;
pub use gift::{GiftKind, GiftOrInheritance};
pub use income::{IncomeThisMonth, YearMonth};
pub use moves::{MovesIn, MovesOut};
pub use own_words::{Described, Other};
pub use travel::Travel;
pub use vehicle::{Registration, Vehicle};
pub use work::{Hours, Work, WorkEvent};

use super::fields::{date, shift_years, FieldError, FieldSpec, Form, Input, Need, Problem, Window};
use bank_account::{read_bank_account, write_bank_account, BANK_ACCOUNT_FIELDS};
use gift::{read_gift, write_gift, GIFT_FIELDS};
use income::{read_income, write_income, INCOME_FIELDS};
use moves::{
    read_moves_in, read_moves_out, write_moves_in, write_moves_out, MOVES_IN_FIELDS,
    MOVES_OUT_FIELDS,
};
use own_words::{
    read_described, read_other, write_described, write_other, ASSETS_FIELDS, DETAILS_FIELDS,
    EDUCATION_FIELDS, HOUSEHOLD_FIELDS, JUSTICE_FIELDS, OTHER_FIELDS, STAY_FIELDS,
};
use time::Date;
use travel::{read_travel, write_travel, TRAVEL_FIELDS};
use vehicle::{read_vehicle, write_vehicle, VEHICLE_FIELDS};
use work::{read_work, write_work, WORK_FIELDS};

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
            Change::Work(c) => write_work(c, &mut push),
            Change::MovesIn(c) => write_moves_in(c, &mut push),
            Change::MovesOut(c) => write_moves_out(c, &mut push),
            Change::Travel(c) => write_travel(c, &mut push),
            Change::GiftOrInheritance(c) => write_gift(c, &mut push),
            Change::Vehicle(c) => write_vehicle(c, &mut push),
            Change::BankAccount(c) => write_bank_account(c, &mut push),
            Change::IncomeThisMonth(c) => write_income(c, &mut push),
            Change::Described(c) => write_described(c, &mut push),
            Change::Other(c) => write_other(c, &mut push),
        }
        fields
    }
}

#[cfg(test)]
mod tests;
