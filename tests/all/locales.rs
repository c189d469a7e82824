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
