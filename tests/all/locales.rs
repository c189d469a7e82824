//! Every language ships every Dutch message, invents none, uses no value the Dutch
//! message does not pass, and parses.

use crate::support;

use meldwijzer::config::Settings;
use meldwijzer::i18n::catalog::{read_locale, GLOBAL_VARIABLES};
use meldwijzer::i18n::lint::check_locales;

#[test]
fn every_language_matches_the_dutch_source() {
    let settings = Settings::parse(
        &std::fs::read_to_string(support::project_path("config/steenwijkerland.toml")).unwrap(),
    )
    .unwrap();
    assert_eq!(settings.source_language(), "nl");
    let dir = support::project_path("locales");
    let locales: Vec<_> = settings
        .languages
        .offered
        .iter()
        .map(|code| read_locale(&dir, code).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert!(locales.len() >= 6, "nl, en, ar, tr, pl and uk are offered");
    let globals = GLOBAL_VARIABLES.clone();
    let problems = check_locales(&locales, &globals);
    let report: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        report.is_empty(),
        "{} problems:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn every_locale_folder_is_offered() {
    // A folder that is not in the settings is a language nobody can reach.
    let text =
        std::fs::read_to_string(support::project_path("config/steenwijkerland.toml")).unwrap();
    let settings = Settings::parse(&text).unwrap();
    for entry in std::fs::read_dir(support::project_path("locales")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            settings.languages.offered.contains(&name),
            "locales/{name} is not offered"
        );
    }
}

/// The part of a page between `start` and the next `</section>`.
fn section<'a>(html: &'a str, start: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in the page"));
    let rest = &html[from..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// Issue 18.1, in every language: the yearly gift exemption covers gifts in money, for
/// the household (you and your partner together); groceries and goods are not under it,
/// food-bank parcels never count. The information page and the self-check say the same.
#[tokio::test]
async fn gifts_in_kind_are_not_under_the_gift_limit_in_every_language() {
    use support::pages::{app, page};
    // (language, the old wording that put goods under the limit, "money only",
    // "you and your partner together")
    let cases = [
        (
            "nl",
            "geld of spullen",
            "alleen voor geld",
            "u en uw partner samen",
        ),
        (
            "en",
            "money or things",
            "for money only",
            "you and your partner together",
        ),
        ("ar", "مال أو أشياء", "للمال فقط", "لك ولشريكك معًا"),
        (
            "pl",
            "pieniądze albo rzeczy",
            "tylko pieniędzy",
            "ciebie i partnera razem",
        ),
        (
            "tr",
            "para veya eşya",
            "sadece para için",
            "siz ve partneriniz için birlikte",
        ),
        (
            "uk",
            "гроші або речі",
            "лише грошей",
            "для вас і вашого партнера разом",
        ),
    ];
    let (app, _dir) = app(Some(time::macros::date!(2026 - 03 - 10))).await;
    for (lang, old, money_only, together) in cases {
        let (_, html) = page(&app, &format!("/{lang}/what-to-report")).await;
        let gifts = section(&html, r#"id="s-gifts""#);
        assert!(!gifts.contains(old), "{lang}: goods under the limit again");
        assert!(
            gifts.contains(money_only),
            "{lang}: the limit is for money only"
        );
        assert!(gifts.contains(together), "{lang}: per household");
        // The food bank by its Dutch name, which every translation but English keeps.
        let food_bank = if lang == "en" {
            "Food bank"
        } else {
            "voedselbank"
        };
        assert!(gifts.contains(food_bank), "{lang}: food-bank parcels");
        // The self-check's result for groceries and goods says the same.
        let (_, result) = page(
            &app,
            &format!("/{lang}/self-check?life-areas=gifts&gift-kind=goods"),
        )
        .await;
        assert!(result.contains(r#"data-outcome="ask-us-goods""#), "{lang}");
        assert!(result.contains(money_only), "{lang}: the self-check agrees");
        let (_, result) = page(
            &app,
            &format!("/{lang}/self-check?life-areas=gifts&gift-kind=regular&gift-monthly-amount=150&gift-monthly-since=2026-01-01"),
        )
        .await;
        assert!(
            result.contains(together),
            "{lang}: the gift result says it too"
        );
    }
}

/// Issue 18.5, in every language and on both sides of 1 January 2027: "more room to
/// put a mistake right" belongs to the Wet handhaving sociale zekerheid, which is not
/// in force; it is not in what holds since 1 January 2026, only in what comes later.
#[tokio::test]
async fn the_right_to_make_mistakes_is_not_listed_as_in_force() {
    use support::pages::{app, page};
    let old = [
        ("nl", "Er is meer ruimte om een fout te herstellen"),
        ("en", "There is more room to put a mistake right"),
        ("ar", "توجد فرصة أكبر لتصحيح الخطأ"),
        ("pl", "Jest więcej miejsca na naprawienie błędu"),
        ("tr", "Bir hatayı düzeltmek için daha fazla imkân var"),
        ("uk", "Тепер більше можливостей виправити помилку"),
    ];
    for day in [
        time::macros::date!(2026 - 12 - 31),
        time::macros::date!(2027 - 01 - 01),
    ] {
        let (app, _dir) = app(Some(day)).await;
        for (lang, sentence) in old {
            let (_, html) = page(&app, &format!("/{lang}/changes-2026")).await;
            let main = html.split("<main").nth(1).unwrap();
            assert!(!main.contains(sentence), "{lang} on {day}: listed again");
            let in_force = section(main, r#"id="s-now""#);
            let short = section(main, r#"id="in-short-heading""#);
            for part in [in_force, short] {
                assert!(!part.contains("Wet handhaving"), "{lang} on {day}");
            }
            // The law itself is still explained, as coming later.
            assert!(
                section(main, r#"id="s-later""#).contains("Wet handhaving sociale zekerheid"),
                "{lang} on {day}"
            );
        }
    }
}

/// Issue 18.14: the Dutch texts for residents call the municipality "wij", never "we".
#[test]
fn dutch_resident_texts_say_wij() {
    let dir = support::project_path("locales/nl");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("staff") {
            continue; // staff texts address colleagues, not residents
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            let words = value.split(|c: char| !c.is_alphanumeric());
            assert!(
                !words.into_iter().any(|w| w == "we" || w == "We"),
                "{name}: {line}"
            );
        }
    }
}
