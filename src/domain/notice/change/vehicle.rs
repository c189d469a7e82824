//! A vehicle, with the Dutch registration number it may have.

use super::{
    change_date, spec, AMOUNT_CHARS, DATE_CHARS, DESCRIPTION_CHARS, MAX_VEHICLE_VALUE_CENTS,
};
use crate::domain::notice::fields::{amount, single_line, FieldSpec, Form, Input, Need, Problem};
use crate::domain::selfcheck::{format_cents, format_date};
use std::fmt;
use time::Date;

/// A car, motorbike, scooter, camper, caravan or boat, bought or received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vehicle {
    /// What it is: kind, make, model, year.
    pub description: String,
    pub registration: Option<Registration>,
    pub value_cents: Option<u64>,
    pub date: Date,
}

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
pub(super) const VEHICLE_FIELDS: &[FieldSpec] = &[
    VEHICLE_DESCRIPTION,
    VEHICLE_REGISTRATION,
    VEHICLE_VALUE,
    VEHICLE_DATE,
];

pub(super) fn read_vehicle(form: &mut Form, today: Date) -> Option<Vehicle> {
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

/// The form pairs of a vehicle (`Change::to_fields`).
pub(super) fn write_vehicle(c: &Vehicle, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&VEHICLE_DESCRIPTION, c.description.clone());
    if let Some(registration) = &c.registration {
        push(&VEHICLE_REGISTRATION, registration.to_string());
    }
    if let Some(cents) = c.value_cents {
        push(&VEHICLE_VALUE, format_cents(cents));
    }
    push(&VEHICLE_DATE, format_date(c.date));
}
