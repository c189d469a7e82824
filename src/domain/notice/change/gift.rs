//! A gift or an inheritance.

use super::{
    change_date, spec, AMOUNT_CHARS, CHOICE_CHARS, DATE_CHARS, MAX_GIFT_CENTS, NAME_CHARS,
};
use crate::domain::notice::fields::{
    amount, choice, single_line, Choice, FieldSpec, Form, Input, Need, Problem,
};
use crate::domain::selfcheck::{format_cents, format_date};
use time::Date;

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
pub(super) const GIFT_FIELDS: &[FieldSpec] = &[GIFT_KIND, GIFT_AMOUNT, GIFT_DATE, GIFT_FROM_WHOM];

pub(super) fn read_gift(form: &mut Form, today: Date) -> Option<GiftOrInheritance> {
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

/// The form pairs of a gift or inheritance (`Change::to_fields`).
pub(super) fn write_gift(c: &GiftOrInheritance, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&GIFT_KIND, c.kind.choice().value.to_owned());
    push(&GIFT_AMOUNT, format_cents(c.amount_cents));
    push(&GIFT_DATE, format_date(c.date));
    push(&GIFT_FROM_WHOM, c.from_whom.clone());
}
