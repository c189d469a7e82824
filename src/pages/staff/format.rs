//! How the staff pages name things, in the reader's language: statuses, change kinds,
//! roles, languages and moments. Every staff page takes its words for these from here,
//! so the inbox, a notice and the text editor say the same thing the same way.

use crate::auth::Role;
use crate::domain::calendar::amsterdam_moment;
use crate::domain::notice::ChangeKind;
use crate::i18n::entries::TextStatus;
use crate::i18n::{I18n, Language};
use crate::store::notices::{Status, Verification};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// The name of a notice's status.
pub fn status_name(i18n: &I18n, status: Status) -> String {
    i18n.t(&format!("staff-status-{}", status.code()))
}

/// How the sender of a notice was identified: typed in, or DigiD with its level.
pub fn verification_name(i18n: &I18n, verification: Verification) -> String {
    match verification {
        Verification::Typed => i18n.t("staff-notice-identity-form"),
        Verification::Digid(level) => i18n.t_with(
            "staff-notice-identity-digid",
            &[(
                "level",
                FluentValue::from(i18n.t(&format!("staff-digid-level-{}", level.code()))),
            )],
        ),
    }
}

/// The name of where a text stands in one language; the shipped text of the source
/// language is the original, of another language a translation.
pub fn text_status_name(i18n: &I18n, status: TextStatus, is_source: bool) -> String {
    let id = match status {
        TextStatus::Shipped if is_source => "staff-texts-status-original",
        TextStatus::Shipped => "staff-texts-status-translated",
        TextStatus::Edited => "staff-texts-status-edited",
        TextStatus::Outdated => "staff-texts-status-outdated",
        TextStatus::Missing => "staff-texts-status-missing",
    };
    i18n.t(id)
}

/// The names of change kinds from their codes; an unknown code shows as it is.
pub fn kind_labels(i18n: &I18n, codes: &[String]) -> Vec<String> {
    codes
        .iter()
        .map(|code| match ChangeKind::parse(code) {
            Some(kind) => i18n.t(kind.label_id()),
            None => code.clone(),
        })
        .collect()
}

/// The name of a role.
pub fn role_name(i18n: &I18n, role: Role) -> String {
    i18n.t(&format!("staff-role-{}", role.code()))
}

/// A language's own name (`Nederlands`, `Türkçe`); the code when it is not offered.
pub fn language_name(i18n: &I18n, code: &str) -> String {
    if i18n.catalog.language(code).is_some() {
        i18n.t_in(code, "language-name")
    } else {
        code.to_owned()
    }
}

/// A language's own name, marked up as that language (a screen reader pronounces it
/// in its own tongue; Arabic runs right to left).
pub fn language_label(i18n: &I18n, lang: &Language) -> impl IntoView {
    view! {
        <span lang=lang.code.clone() dir=lang.direction.as_str()>
            {language_name(i18n, &lang.code)}
        </span>
    }
}

/// A stored moment (seconds since 1970) as a date and time in Dutch time, e.g.
/// `16 januari 2027, 00:30`; the number itself when it is beyond the calendar.
pub fn date_time(i18n: &I18n, seconds: i64) -> String {
    let Some(local) = amsterdam_moment(seconds) else {
        return seconds.to_string();
    };
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    i18n.t_with(
        "staff-notices-date-time",
        &[
            ("date", FluentValue::from(i18n.date(local.date()))),
            ("time", FluentValue::from(time)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::i18n::Catalog;
    use std::path::Path;
    use std::sync::Arc;
    use time::macros::{date, datetime};

    fn i18n(lang: &str) -> I18n {
        let settings = Settings::parse(include_str!("../../../config/steenwijkerland.toml"))
            .expect("the shipped settings are valid");
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let catalog = Catalog::load(&locales, &settings, &[]).expect("the shipped texts load");
        I18n {
            lang: catalog.language(lang).expect("an offered language").clone(),
            catalog: Arc::new(catalog),
            today: date!(2027 - 01 - 15),
        }
    }

    /// Between 23:00 and 24:00 UTC it is already the next day in Amsterdam: date and
    /// hour must both be Amsterdam's, in winter (UTC+1) and in summer (UTC+2).
    #[test]
    fn moments_show_the_date_and_hour_of_amsterdam() {
        let nl = i18n("nl");
        let en = i18n("en");
        let cases = [
            (
                &nl,
                datetime!(2027-01-15 23:30 UTC),
                "16 januari 2027, 00:30",
            ),
            (&nl, datetime!(2027-07-01 23:30 UTC), "2 juli 2027, 01:30"),
            (
                &nl,
                datetime!(2027-01-15 08:05 UTC),
                "15 januari 2027, 09:05",
            ),
            (&en, datetime!(2027-07-01 23:30 UTC), "2 July 2027, 01:30"),
        ];
        for (i18n, moment, expected) in cases {
            assert_eq!(
                date_time(i18n, moment.unix_timestamp()),
                expected,
                "{moment}"
            );
        }
        assert_eq!(date_time(&nl, i64::MAX), i64::MAX.to_string());
    }

    #[test]
    fn languages_are_named_in_their_own_tongue() {
        let nl = i18n("nl");
        let cases = [("nl", "Nederlands"), ("tr", "Türkçe"), ("xx", "xx")];
        for (code, expected) in cases {
            assert_eq!(language_name(&nl, code), expected, "{code}");
        }
    }

    #[test]
    fn unknown_change_kinds_show_their_code() {
        let nl = i18n("nl");
        let labels = kind_labels(&nl, &["work".to_owned(), "nonsense".to_owned()]);
        assert_eq!(labels[1], "nonsense");
        assert_ne!(labels[0], "work", "a known kind has a label");
    }
}
