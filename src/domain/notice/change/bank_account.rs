//! A new bank account.

use super::{change_date, spec, DATE_CHARS};
use crate::domain::notice::fields::{FieldSpec, Form, Input, Need};
use crate::domain::notice::iban::Iban;
use crate::domain::selfcheck::format_date;
use time::Date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankAccount {
    pub iban: Iban,
    pub date: Date,
}

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
pub(super) const BANK_ACCOUNT_FIELDS: &[FieldSpec] = &[BANK_ACCOUNT_IBAN, BANK_ACCOUNT_DATE];

pub(super) fn read_bank_account(form: &mut Form, today: Date) -> Option<BankAccount> {
    let iban = form.get(&BANK_ACCOUNT_IBAN, Iban::parse);
    let date = form.get(&BANK_ACCOUNT_DATE, change_date(today));
    Some(BankAccount {
        iban: iban?,
        date: date?,
    })
}

/// The form pairs of a bank account (`Change::to_fields`).
pub(super) fn write_bank_account(c: &BankAccount, push: &mut impl FnMut(&FieldSpec, String)) {
    push(&BANK_ACCOUNT_IBAN, c.iban.electronic().to_owned());
    push(&BANK_ACCOUNT_DATE, format_date(c.date));
}
