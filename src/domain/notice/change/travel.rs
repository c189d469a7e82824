//! A trip abroad.

use super::{change_date, end_within, spec, COUNTRY_CHARS, DATE_CHARS, TRIP_YEARS};
use crate::domain::notice::fields::{single_line, FieldSpec, Form, Input, Need};
use crate::domain::selfcheck::format_date;
use time::Date;

/// A trip abroad; the date of the change is the day of departure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Travel {
    pub country: String,
    pub from: Date,
    pub to: Date,
}

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
pub(super) const TRAVEL_FIELDS: &[FieldSpec] = &[TRAVEL_COUNTRY, TRAVEL_FROM, TRAVEL_TO];

pub(super) fn read_travel(form: &mut Form, today: Date) -> Option<Travel> {
    let country = form.get(&TRAVEL_COUNTRY, single_line);
    let from = form.get(&TRAVEL_FROM, change_date(today));
    let to = form.get(&TRAVEL_TO, end_within(from, TRIP_YEARS));
    Some(Travel {
        country: country?,
        from: from?,
        to: to?,
    })
}

/// The form pairs of a trip (`Change::to_fields`).
pub(super) fn write_travel(c: &Travel, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&TRAVEL_COUNTRY, c.country.clone());
    push(&TRAVEL_FROM, format_date(c.from));
    push(&TRAVEL_TO, format_date(c.to));
}
