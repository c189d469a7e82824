//! Counts read right in every language (issue 12): "Er komen 1 mensen" must never show.
//!
//! 1. Every count a message shows sits inside a Fluent selector on that count, so the
//!    language's CLDR plural category picks the word (nl/en one/other, pl/uk
//!    one/few/many/other, ar zero/one/two/few/many/other). Turkish keeps the noun
//!    singular after a number ("7 gün"), so it needs no selector.
//! 2. Rendered with the count 1 and with 2, no message in any language contains a
//!    wrong form such as "1 dagen", "1 days", "1 dni" or "2 dzień".

use crate::support;

use fluent_bundle::FluentValue;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use meldwijzer::config::{Figure, Settings};
use meldwijzer::i18n::catalog::read_locale;
use meldwijzer::i18n::lint::variables;
use meldwijzer::i18n::Catalog;
use std::collections::BTreeSet;

/// Variables that hold a count of things (days, people, hours, files, texts).
const COUNTS: [&str; 11] = [
    "days-abroad",
    "trip-days",
    "change-deadline-days",
    "travel-notice-days",
    "days-used",
    "days-left",
    "days-over",
    "aged-count",
    "hours",
    "minutes",
    "count",
];

/// `$max` is a count of files in this message; elsewhere it is a number of characters
/// (never 1), shown as "at most 2000 characters".
const FILE_COUNT: (&str, &str) = ("notice-error-too-many-files", "max");

/// A count shown without a noun: "New (3)".
const NO_NOUN: [&str; 1] = ["staff-notices-tab"];

const LANGUAGES: [&str; 6] = ["nl", "en", "ar", "tr", "pl", "uk"];

fn settings_text() -> String {
    std::fs::read_to_string(support::project_path("config/steenwijkerland.toml")).unwrap()
}

fn is_count(id: &str, var: &str) -> bool {
    COUNTS.contains(&var) || (id, var) == FILE_COUNT
}

fn skipped(id: &str) -> bool {
    NO_NOUN.contains(&id)
}

/// Counts shown in `pattern` outside a selector on that same count.
fn bare_counts(id: &str, pattern: &Pattern<&str>, selected: &[String], out: &mut Vec<String>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id: var }) => {
                if is_count(id, var.name) && !selected.iter().any(|s| s == var.name) {
                    out.push(var.name.to_owned());
                }
            }
            Expression::Select { selector, variants } => {
                let mut inner = selected.to_vec();
                if let InlineExpression::VariableReference { id: var } = selector {
                    inner.push(var.name.to_owned());
                }
                for variant in variants {
                    bare_counts(id, &variant.value, &inner, out);
                }
            }
            Expression::Inline(_) => {}
        }
    }
}

#[test]
fn every_count_is_shown_through_a_plural_selector() {
    let dir = support::project_path("locales");
    let mut problems = Vec::new();
    for lang in LANGUAGES.into_iter().filter(|l| *l != "tr") {
        let locale = read_locale(&dir, lang).unwrap();
        for (path, text) in &locale.files {
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                let Some(value) = &message.value else {
                    continue;
                };
                if skipped(id) {
                    continue;
                }
                let mut bare = Vec::new();
                bare_counts(id, value, &[], &mut bare);
                for var in bare {
                    problems.push(format!(
                        "{lang} {}: {id} shows ${var} without a plural selector",
                        path.display()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Wrong forms after the count 1 and after 2, per language. Arabic writes one and two
/// as words ("يوم واحد", "يومين"), so a digit before the noun is wrong there.
fn wrong_forms(lang: &str, n: u32) -> &'static [&'static str] {
    match (lang, n) {
        ("nl", 1) => &[
            "1 dagen",
            "1 mensen",
            "1 bestanden",
            "1 teksten",
            "1 minuten",
            "1 wijzigingen",
        ],
        ("nl", _) => &["2 dag", "2 bestand", "2 tekst", "2 minuut", "2 wijziging"],
        ("en", 1) => &[
            "1 days",
            "1 people",
            "1 files",
            "1 hours",
            "1 texts",
            "1 minutes",
        ],
        ("en", _) => &["2 day", "2 file", "2 hour", "2 text", "2 minute"],
        ("pl", 1) => &[
            "1 dni",
            "1 plików",
            "1 pliki",
            "1 godzin",
            "1 godziny",
            "1 tekstów",
            "1 minut",
        ],
        ("pl", _) => &[
            "2 dzień",
            "2 dnia",
            "2 plik",
            "2 plików",
            "2 godzin",
            "2 godzinę",
        ],
        ("uk", 1) => &[
            "1 днів",
            "1 дні",
            "1 календарних",
            "1 файлів",
            "1 годин",
            "1 години",
        ],
        ("uk", _) => &[
            "2 день",
            "2 днів",
            "2 календарного",
            "2 файл",
            "2 файлів",
            "2 годину",
        ],
        ("ar", 1) => &["1 يوم", "1 أيام", "1 ملف", "1 ساعة", "1 ساعات"],
        ("ar", _) => &["2 يوم", "2 أيام", "2 ملف", "2 ساعة", "2 ساعات"],
        _ => &[],
    }
}

/// Whether `text` has `word` as a whole word ("1 dni" is not in "1 dnia").
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn counts_of_one_and_two_read_right_in_every_language() {
    let dir = support::project_path("locales");
    let nl = read_locale(&dir, "nl").unwrap();
    let mut messages: Vec<(String, BTreeSet<String>)> = Vec::new();
    for (_, text) in &nl.files {
        for (id, vars) in variables(text).unwrap() {
            if !skipped(&id) && vars.iter().any(|v| is_count(&id, v)) {
                messages.push((id, vars));
            }
        }
    }
    assert!(
        messages.len() >= 15,
        "{} messages with a count",
        messages.len()
    );
    let mut problems = Vec::new();
    for n in [1u32, 2] {
        let text = settings_text()
            .replacen("days_abroad = 28", &format!("days_abroad = {n}"), 1)
            .replacen(
                "change_deadline_days = 7",
                &format!("change_deadline_days = {n}"),
                1,
            )
            .replacen(
                "travel_notice_days = 14",
                &format!("travel_notice_days = {n}"),
                1,
            );
        let settings = Settings::parse(&text).unwrap();
        let today = time::macros::date!(2026 - 12 - 05);
        assert_eq!(
            settings.figures.number(Figure::ChangeDeadlineDays, today),
            n
        );
        let catalog = Catalog::load(&dir, &settings, &[]).unwrap();
        for (id, vars) in &messages {
            let args: Vec<(&str, FluentValue)> = vars
                .iter()
                .map(|v| {
                    let value = if is_count(id, v) || v == "max" {
                        FluentValue::from(n)
                    } else if v == "when" {
                        FluentValue::from("future")
                    } else {
                        FluentValue::from("X")
                    };
                    (v.as_str(), value)
                })
                .collect();
            for lang in LANGUAGES {
                // Arabic text carries isolation marks around placeables.
                let shown = catalog
                    .format(lang, id, &args, today)
                    .replace(['\u{2068}', '\u{2069}'], "");
                for wrong in wrong_forms(lang, n) {
                    if has_word(&shown, wrong) {
                        problems.push(format!(
                            "{lang} {id} (n = {n}): \"{shown}\" has \"{wrong}\""
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
