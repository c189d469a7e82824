//! The resident's answers as they read them back: on "check your answers", on the
//! confirmation and in the receipt. Dates and amounts in their language; the BSN and
//! the IBAN in full only where the resident checks them, masked on the receipt.

use super::draft::{borrow, DraftDoc, DraftFileRef};
use crate::domain::money::format_euro_cents;
use crate::domain::notice::{
    Bsn, ChangeKind, FieldSpec, Iban, Input, Missing, PersonDetails, YearMonth,
};
use crate::domain::selfcheck::{parse_cents, parse_date};
use crate::i18n::I18n;
use crate::pages::report::form::{Answer, ChangeSummary, FileRow};
use time::Date;

/// Whether numbers that identify the resident are shown in full.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Show {
    Full,
    Masked,
}

pub fn identity(i18n: &I18n, doc: &DraftDoc, show: Show) -> Vec<Answer> {
    answers(i18n, &PersonDetails::FIELDS, &doc.identity, show)
}

/// One summary per chosen change; with `today`, also what still stops it from being
/// sent on that day (not for a notice already sent).
pub fn changes(i18n: &I18n, doc: &DraftDoc, today: Option<Date>, show: Show) -> Vec<ChangeSummary> {
    let missing = today
        .and_then(|today| doc.to_domain(today).ready_to_submit(today).err())
        .unwrap_or_default();
    doc.chosen_kinds()
        .into_iter()
        .map(|kind| {
            let pairs = doc.details.get(kind.id());
            let problem = missing.iter().find_map(|m| match m {
                Missing::Details(k) if *k == kind => Some(if pairs.is_some() {
                    "notice-missing-outdated"
                } else {
                    "notice-missing-details"
                }),
                Missing::Outdated { kind: k, .. } if *k == kind => Some("notice-missing-outdated"),
                _ => None,
            });
            ChangeSummary {
                kind,
                answers: pairs
                    .map(|p| answers(i18n, kind.fields(), p, show))
                    .unwrap_or_default(),
                files: file_rows(doc.files_for(kind)),
                problem,
            }
        })
        .collect()
}

pub fn file_rows<'a>(files: impl Iterator<Item = &'a DraftFileRef>) -> Vec<FileRow> {
    files
        .map(|f| FileRow {
            id: f.id.clone(),
            name: f.name.clone().unwrap_or_else(|| f.media_type.clone()),
            size: f.size,
        })
        .collect()
}

fn answers(
    i18n: &I18n,
    specs: &[FieldSpec],
    pairs: &[(String, String)],
    show: Show,
) -> Vec<Answer> {
    let pairs = borrow(pairs);
    specs
        .iter()
        .filter_map(|spec| {
            let value = pairs.iter().find(|(k, _)| *k == spec.key)?.1;
            if value.is_empty() {
                return None;
            }
            Some(Answer {
                label: spec.label,
                value: display(i18n, spec, value, show),
            })
        })
        .collect()
}

fn display(i18n: &I18n, spec: &FieldSpec, value: &str, show: Show) -> String {
    match spec.input {
        Input::Choice(choices) => choices
            .iter()
            .find(|c| c.value == value)
            .map_or_else(|| value.to_owned(), |c| i18n.t(c.label)),
        Input::Date => parse_date(value).map_or_else(|_| value.to_owned(), |d| i18n.date(d)),
        Input::Month => YearMonth::parse(value)
            .map_or_else(|_| value.to_owned(), |m| i18n.month(m.year(), m.month())),
        Input::Amount => parse_cents(value).map_or_else(
            |_| value.to_owned(),
            |cents| format_euro_cents(cents, &i18n.lang.code),
        ),
        Input::Bsn if show == Show::Masked => {
            Bsn::parse(value).map_or_else(|_| "*********".to_owned(), |b| b.masked())
        }
        Input::Iban if show == Show::Masked => {
            Iban::parse(value).map_or_else(|_| "****".to_owned(), |i| i.masked())
        }
        _ => value.to_owned(),
    }
}

/// The receipt as plain text in the resident's language: reference, time, and what
/// was sent, with the BSN and IBAN masked.
pub fn receipt_text(
    i18n: &I18n,
    doc: &DraftDoc,
    reference: &str,
    received_on: &str,
    municipality: &str,
) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(&mut out, i18n.t("report-receipt-title"));
    line(&mut out, municipality.to_owned());
    line(&mut out, String::new());
    line(
        &mut out,
        format!("{} {reference}", i18n.t("report-received-reference")),
    );
    line(
        &mut out,
        i18n.t_with(
            "report-received-when",
            &[("date", received_on.to_owned().into())],
        ),
    );
    line(&mut out, String::new());
    line(&mut out, i18n.t("report-identity-title"));
    for answer in identity(i18n, doc, Show::Masked) {
        line(
            &mut out,
            format!("  {}: {}", i18n.t(answer.label), answer.value),
        );
    }
    for change in changes(i18n, doc, None, Show::Masked) {
        line(&mut out, String::new());
        line(&mut out, i18n.t(change.kind.label_id()));
        for answer in change.answers {
            line(
                &mut out,
                format!("  {}: {}", i18n.t(answer.label), answer.value),
            );
        }
        for file in change.files {
            line(
                &mut out,
                format!("  {}: {}", i18n.t("report-files-heading"), file.name),
            );
        }
    }
    out
}

/// The kinds a notice contains, as ids.
pub fn kind_ids(kinds: &[ChangeKind]) -> Vec<String> {
    kinds.iter().map(|k| k.id().to_owned()).collect()
}
