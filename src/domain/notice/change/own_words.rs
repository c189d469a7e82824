//! Changes told in the resident's own words: "something else", and the kinds that ask
//! only a description and a date (household, stay, education, justice, assets,
//! details).

use super::{change_date, spec, ChangeKind, DATE_CHARS, OTHER_DESCRIPTION_CHARS};
use crate::domain::notice::fields::{multi_line, FieldSpec, Form, Input, Need};
use crate::domain::selfcheck::format_date;
use time::Date;

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
pub(super) const OTHER_FIELDS: &[FieldSpec] = &[OTHER_DESCRIPTION, OTHER_DATE];

pub(super) fn read_other(form: &mut Form, today: Date) -> Option<Other> {
    let description = form.get(&OTHER_DESCRIPTION, multi_line);
    let date = form.get(&OTHER_DATE, change_date(today));
    Some(Other {
        description: description?,
        date: date?,
    })
}

/// The form pairs of "something else" (`Change::to_fields`).
pub(super) fn write_other(c: &Other, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&OTHER_DESCRIPTION, c.description.clone());
    push(&OTHER_DATE, format_date(c.date));
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

pub(super) const HOUSEHOLD_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-household-description",
        "notice-field-household-description-hint",
    ),
    described_date("notice-field-household-date"),
];

pub(super) const STAY_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-stay-description",
        "notice-field-stay-description-hint",
    ),
    described_date("notice-field-stay-date"),
];

pub(super) const EDUCATION_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-education-description",
        "notice-field-education-description-hint",
    ),
    described_date("notice-field-education-date"),
];

pub(super) const JUSTICE_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-justice-description",
        "notice-field-justice-description-hint",
    ),
    described_date("notice-field-justice-date"),
];

pub(super) const ASSETS_FIELDS: &[FieldSpec] = &[
    described_spec(
        "notice-field-assets-description",
        "notice-field-assets-description-hint",
    ),
    described_date("notice-field-assets-date"),
];

pub(super) const DETAILS_FIELDS: &[FieldSpec] = &[
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

pub(super) fn read_described(kind: ChangeKind, form: &mut Form, today: Date) -> Option<Described> {
    let [description_spec, date_spec] = described_fields(kind);
    let description = form.get(description_spec, multi_line);
    let date = form.get(date_spec, change_date(today));
    Some(Described {
        kind,
        description: description?,
        date: date?,
    })
}

/// The form pairs of a described kind (`Change::to_fields`).
pub(super) fn write_described(c: &Described, push: &mut impl FnMut(&FieldSpec, String)) {
    let [description, date] = described_fields(c.kind);
    push(description, c.description.clone());
    push(date, format_date(c.date));
}
