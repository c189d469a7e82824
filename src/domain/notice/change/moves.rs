//! Someone moves in or out.

use super::{change_date, spec, DATE_CHARS, NAME_CHARS};
use crate::domain::notice::fields::{birth_date, single_line, FieldSpec, Form, Input, Need};
use crate::domain::selfcheck::format_date;
use time::Date;

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
pub(super) const MOVES_IN_FIELDS: &[FieldSpec] =
    &[MOVES_IN_NAME, MOVES_IN_DATE_OF_BIRTH, MOVES_IN_DATE];

pub(super) fn read_moves_in(form: &mut Form, today: Date) -> Option<MovesIn> {
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
pub(super) const MOVES_OUT_FIELDS: &[FieldSpec] = &[MOVES_OUT_NAME, MOVES_OUT_DATE];

pub(super) fn read_moves_out(form: &mut Form, today: Date) -> Option<MovesOut> {
    let name = form.get(&MOVES_OUT_NAME, single_line);
    let date = form.get(&MOVES_OUT_DATE, change_date(today));
    Some(MovesOut {
        name: name?,
        date: date?,
    })
}

/// The form pairs of someone moving in (`Change::to_fields`).
pub(super) fn write_moves_in(c: &MovesIn, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&MOVES_IN_NAME, c.name.clone());
    push(&MOVES_IN_DATE_OF_BIRTH, format_date(c.date_of_birth));
    push(&MOVES_IN_DATE, format_date(c.date));
}

/// The form pairs of someone moving out (`Change::to_fields`).
pub(super) fn write_moves_out(c: &MovesOut, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&MOVES_OUT_NAME, c.name.clone());
    push(&MOVES_OUT_DATE, format_date(c.date));
}
