//! The Dutch information pages stay at language level B1: average sentence length at
//! most 15 words, no sentence over 25 words, Flesch–Douma at least 60. The figures are
//! printed for the record
//! (`cargo test --features ssr --test all -- readability:: --nocapture`).

use crate::support;

use meldwijzer::domain::readability::{measure, without_placeables};
use meldwijzer::i18n::dated::dated_version;
use meldwijzer::i18n::lint::message_ids;
use meldwijzer::pages::info::{outline::Outline, INFO_PAGES};
use std::collections::HashMap;

/// Message values of a Fluent file (single-line messages), with every placeable
/// replaced by a short neutral word so variables count as one word.
fn values(text: &str) -> HashMap<String, String> {
    // A message may go on over indented lines (a plural selector); join them first.
    let mut joined: Vec<String> = Vec::new();
    for line in text.lines() {
        match joined.last_mut() {
            Some(last) if line.starts_with(' ') && !last.starts_with('#') => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => joined.push(line.to_owned()),
        }
    }
    joined
        .iter()
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, value)| (id.trim().to_owned(), without_placeables(value)))
        .collect()
}

#[test]
fn dutch_information_pages_are_b1() {
    let mut failures = Vec::new();
    for (key, _) in INFO_PAGES {
        let path = support::project_path(&format!("locales/nl/info-{key}.ftl"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let ids = message_ids(&text);
        let outline = Outline::from_ids(key, ids.iter().map(String::as_str));
        assert!(
            outline.short.len() >= 3 && outline.short.len() <= 4,
            "{key}: 3 or 4 lines in short"
        );
        assert!(!outline.sections.is_empty(), "{key}: has sections");
        let values = values(&text);
        let summary = format!("info-{key}-summary");
        // The summary with its dated versions (`meldwijzer::i18n::dated`).
        let summaries = ids
            .iter()
            .map(String::as_str)
            .filter(|id| *id == summary || dated_version(id).is_some_and(|(b, _)| b == summary));
        let units: Vec<&str> = summaries
            .chain(outline.text_ids())
            .map(|id| {
                values
                    .get(id)
                    .map(String::as_str)
                    .unwrap_or_else(|| panic!("{id} is not a one-line message"))
            })
            .collect();
        let r = measure(units);
        println!(
            "{key:>15}: {:>3} sentences, {:>4} words, average {:>4.1} words, longest {:>2}, Flesch-Douma {:>5.1}",
            r.sentences, r.words, r.average_sentence, r.longest_sentence, r.flesch_douma
        );
        if !r.is_b1() {
            failures.push(format!("{key}: {r:?}"));
        }
    }
    assert!(failures.is_empty(), "above B1:\n{}", failures.join("\n"));
}

/// The Dutch glossary (issue 12) and the self-check texts added for issue 12 are B1
/// too: the explanation of a difficult word must not be difficult itself.
#[test]
fn dutch_glossary_and_new_selfcheck_texts_are_b1() {
    let read = |name: &str| {
        std::fs::read_to_string(support::project_path(&format!("locales/nl/{name}"))).unwrap()
    };
    let glossary = read("glossary.ftl");
    let glossary_values = values(&glossary);
    let units: Vec<&str> = message_ids(&glossary)
        .iter()
        .filter(|id| id.ends_with("-definition") || *id == "glossary-intro")
        .map(|id| glossary_values[id].as_str())
        .collect();
    let selfcheck = read("selfcheck.ftl");
    let block = selfcheck
        .split("# Issue 12 (self-check gaps)")
        .nth(1)
        .expect("the issue 12 block");
    let selfcheck_values = values(block);
    let new_texts: Vec<&str> = selfcheck_values.values().map(String::as_str).collect();
    for (name, units) in [("glossary", units), ("selfcheck issue 12", new_texts)] {
        let r = measure(units);
        println!(
            "{name:>18}: {:>3} sentences, average {:>4.1} words, longest {:>2}, Flesch-Douma {:>5.1}",
            r.sentences, r.average_sentence, r.longest_sentence, r.flesch_douma
        );
        assert!(r.is_b1(), "{name} above B1: {r:?}");
    }
}
