//! The Fluent message ids the change notice names: field errors, the names of the kinds
//! of change, field labels, hints and options, and what is missing before submitting.
//! The texts are in `locales/<lang>/notice.ftl`.

use super::change::ChangeKind;
use super::fields::{spec_message_ids, Problem};
use super::person::PersonDetails;
use super::Missing;

/// Every message id the module can produce. The server checks at start-up that the
/// catalog has each ([`validate_messages`]); a test checks that this list and the
/// module agree.
pub const NOTICE_MESSAGE_IDS: &[&str] = &[
    // Field errors.
    "notice-error-form",
    "notice-error-missing",
    "notice-error-too-long",
    "notice-error-control-character",
    "notice-error-choice",
    "notice-error-not-for-choice",
    "notice-error-date",
    "notice-error-month",
    "notice-error-date-too-far-back",
    "notice-error-date-too-far-ahead",
    "notice-error-birth-date-future",
    "notice-error-birth-date-too-early",
    "notice-error-date-order",
    "notice-error-amount",
    "notice-error-amount-negative",
    "notice-error-amount-too-large",
    "notice-error-amount-zero",
    "notice-error-hours",
    "notice-error-bsn-length",
    "notice-error-bsn-check",
    "notice-error-partner-bsn-same",
    "notice-error-iban",
    "notice-error-iban-country",
    "notice-error-iban-length",
    "notice-error-iban-check",
    "notice-error-registration",
    "notice-error-phone",
    "notice-error-email",
    "notice-error-reference",
    "notice-error-reference-check",
    "notice-error-file-empty",
    "notice-error-file-too-large",
    "notice-error-file-type",
    "notice-error-too-many-files",
    "notice-error-file-name",
    "notice-error-files-too-large-together",
    // Kinds of change.
    "notice-kind-work",
    "notice-kind-moves-in",
    "notice-kind-moves-out",
    "notice-kind-travel",
    "notice-kind-gift-or-inheritance",
    "notice-kind-vehicle",
    "notice-kind-bank-account",
    "notice-kind-income-this-month",
    "notice-kind-household",
    "notice-kind-stay",
    "notice-kind-education",
    "notice-kind-justice",
    "notice-kind-assets",
    "notice-kind-details",
    "notice-kind-other",
    // Fields per kind.
    "notice-field-work-event",
    "notice-field-work-event-started",
    "notice-field-work-event-hours-changed",
    "notice-field-work-event-stopped",
    "notice-field-work-employer",
    "notice-field-work-employer-hint",
    "notice-field-work-hours",
    "notice-field-work-hours-hint",
    "notice-field-work-date",
    "notice-field-work-date-hint",
    "notice-field-work-end-date",
    "notice-field-work-end-date-hint",
    "notice-field-work-income",
    "notice-field-work-income-hint",
    "notice-field-moves-in-name",
    "notice-field-moves-in-date-of-birth",
    "notice-field-moves-in-date",
    "notice-field-moves-out-name",
    "notice-field-moves-out-date",
    "notice-field-travel-country",
    "notice-field-travel-from",
    "notice-field-travel-to",
    "notice-field-gift-or-inheritance-kind",
    "notice-field-gift-or-inheritance-kind-gift",
    "notice-field-gift-or-inheritance-kind-inheritance",
    "notice-field-gift-or-inheritance-amount",
    "notice-field-gift-or-inheritance-date",
    "notice-field-gift-or-inheritance-from-whom",
    "notice-field-vehicle-description",
    "notice-field-vehicle-description-hint",
    "notice-field-vehicle-registration",
    "notice-field-vehicle-registration-hint",
    "notice-field-vehicle-value",
    "notice-field-vehicle-date",
    "notice-field-bank-account-iban",
    "notice-field-bank-account-iban-hint",
    "notice-field-bank-account-date",
    "notice-field-income-this-month-amount",
    "notice-field-income-this-month-month",
    "notice-field-income-this-month-source",
    "notice-field-income-this-month-source-hint",
    "notice-field-household-description",
    "notice-field-household-description-hint",
    "notice-field-household-date",
    "notice-field-stay-description",
    "notice-field-stay-description-hint",
    "notice-field-stay-date",
    "notice-field-education-description",
    "notice-field-education-description-hint",
    "notice-field-education-date",
    "notice-field-justice-description",
    "notice-field-justice-description-hint",
    "notice-field-justice-date",
    "notice-field-assets-description",
    "notice-field-assets-description-hint",
    "notice-field-assets-date",
    "notice-field-details-description",
    "notice-field-details-description-hint",
    "notice-field-details-date",
    "notice-field-other-description",
    "notice-field-other-description-hint",
    "notice-field-other-date",
    // Who you are.
    "notice-field-person-name",
    "notice-field-person-bsn",
    "notice-field-person-bsn-hint",
    "notice-field-person-date-of-birth",
    "notice-field-person-phone",
    "notice-field-person-phone-hint",
    "notice-field-person-email",
    "notice-field-person-partner",
    "notice-field-person-partner-yes",
    "notice-field-person-partner-no",
    "notice-field-person-partner-name",
    "notice-field-person-partner-bsn",
    "notice-field-person-partner-date-of-birth",
    // Before submitting.
    "notice-missing-identity",
    "notice-missing-changes",
    "notice-missing-details",
    "notice-missing-outdated",
    "notice-missing-declaration",
];

/// Every message id the module's types name, each once, gathered from the types
/// themselves (errors, kinds, field specs, missing steps).
pub fn message_ids_in_use() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    let mut add = |id: &'static str| {
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    Problem::ALL.iter().for_each(|p| add(p.message_id()));
    for kind in ChangeKind::ALL {
        add(kind.label_id());
        spec_message_ids(kind.fields())
            .into_iter()
            .for_each(&mut add);
    }
    PersonDetails::message_ids().into_iter().for_each(&mut add);
    Missing::MESSAGE_IDS.into_iter().for_each(&mut add);
    ids
}

/// Checks that the catalog has every message of the notice; the error lists the
/// missing ids.
pub fn validate_messages(exists: impl Fn(&str) -> bool) -> Result<(), Vec<&'static str>> {
    let missing: Vec<&'static str> = NOTICE_MESSAGE_IDS
        .iter()
        .copied()
        .filter(|id| !exists(id))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const LOCALES: [(&str, &str); 6] = [
        ("nl", include_str!("../../../locales/nl/notice.ftl")),
        ("en", include_str!("../../../locales/en/notice.ftl")),
        ("ar", include_str!("../../../locales/ar/notice.ftl")),
        ("tr", include_str!("../../../locales/tr/notice.ftl")),
        ("pl", include_str!("../../../locales/pl/notice.ftl")),
        ("uk", include_str!("../../../locales/uk/notice.ftl")),
    ];

    /// Message ids of a Fluent file whose messages are one line each.
    fn defined(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim()))
            .collect()
    }

    #[test]
    fn the_list_names_exactly_the_messages_the_module_uses() {
        let listed: BTreeSet<&str> = NOTICE_MESSAGE_IDS.iter().copied().collect();
        assert_eq!(
            listed.len(),
            NOTICE_MESSAGE_IDS.len(),
            "an id is listed twice"
        );
        let used: BTreeSet<&str> = message_ids_in_use().into_iter().collect();
        let unlisted: Vec<_> = used.difference(&listed).collect();
        let unused: Vec<_> = listed.difference(&used).collect();
        assert!(unlisted.is_empty(), "used but not listed: {unlisted:?}");
        assert!(unused.is_empty(), "listed but not used: {unused:?}");
    }

    #[test]
    fn every_language_has_every_message_on_one_line() {
        for (lang, text) in LOCALES {
            let ids = defined(text);
            let missing: Vec<_> = NOTICE_MESSAGE_IDS
                .iter()
                .filter(|id| !ids.contains(id))
                .collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert_eq!(validate_messages(|id| ids.contains(&id)), Ok(()), "{lang}");
            // A message goes on over indented lines only for a plural selector.
            for (i, line) in text.lines().enumerate() {
                if line.starts_with(' ') {
                    let trimmed = line.trim_start();
                    assert!(
                        trimmed.starts_with('[')
                            || trimmed.starts_with("*[")
                            || trimmed.starts_with('}'),
                        "{lang}: line {} continues a message without a selector",
                        i + 1
                    );
                }
            }
        }
    }

    #[test]
    fn the_example_reference_in_every_language_is_a_real_one() {
        use super::super::Reference;
        for (lang, text) in LOCALES {
            let line = text
                .lines()
                .find(|l| l.starts_with("notice-error-reference = "))
                .unwrap();
            let at = line
                .find("MW-")
                .unwrap_or_else(|| panic!("{lang}: no example"));
            let example = &line[at..at + 12];
            assert!(Reference::parse(example).is_ok(), "{lang}: {example}");
        }
    }

    #[test]
    fn validation_names_what_is_missing() {
        let missing = validate_messages(|id| id != "notice-kind-work").unwrap_err();
        assert_eq!(missing, ["notice-kind-work"]);
    }

    #[test]
    fn messages_with_numbers_use_them_in_every_language() {
        let with_numbers: Vec<(&str, Vec<&str>)> = Problem::ALL
            .iter()
            .filter(|p| !p.args().is_empty())
            .map(|p| {
                (
                    p.message_id(),
                    p.args().iter().map(|(name, _)| *name).collect(),
                )
            })
            .collect();
        assert_eq!(with_numbers.len(), 4);
        for (lang, text) in LOCALES {
            for (id, names) in &with_numbers {
                // The message with its continuation lines (a plural selector).
                let start = text
                    .find(&format!("\n{id} = "))
                    .unwrap_or_else(|| panic!("{lang}: {id}"));
                let message: String = text[start + 1..]
                    .lines()
                    .enumerate()
                    .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
                    .map(|(_, l)| l)
                    .collect();
                for name in names {
                    assert!(
                        message.contains(&format!("{{ ${name} }}")),
                        "{lang}: {id} uses ${name}"
                    );
                }
            }
        }
    }
}
