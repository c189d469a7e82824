//! The texts as the editors work on them: the shipped files, what staff published over
//! them, which Dutch text each translation was written against (its stamp) and the
//! drafts. From these it answers what the text editor asks: where a text stands in a
//! language, what residents see, whether an entry may be published and with which
//! stamp. Plain data and rules, no web types: the server reads the store into a
//! [`Stored`] and builds a [`Workspace`] once per request.

use super::catalog::GLOBAL_VARIABLES;
use super::entries::{self, fingerprint, ShippedText, TextIndex, TextStatus};
use super::validate::{self, Reference, TextProblem};
use super::{Catalog, Language};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// A language code and a message id.
pub type TextKey = (String, String);

/// What the store holds about the texts.
#[derive(Debug, Clone, Default)]
pub struct Stored {
    /// The published entry of each edited text.
    pub published: HashMap<TextKey, String>,
    /// The fingerprint of the Dutch entry each translation was last written or
    /// confirmed against.
    pub stamps: HashMap<TextKey, String>,
    /// The texts that have a draft.
    pub drafts: HashSet<TextKey>,
}

/// Whether message `id` is drawn with its formatting (emphasis, links): the pages
/// decide that, so the workspace is told how to ask them.
pub type ShowsFormatting = fn(&str, &Catalog) -> bool;

/// Everything known about the texts at the moment of one request. What is published is
/// read from the database, so it is right even while this instance's catalog has yet
/// to reload.
pub struct Workspace {
    pub catalog: Arc<Catalog>,
    pub index: TextIndex,
    pub stored: Stored,
    shows_formatting: ShowsFormatting,
}

fn key(lang: &str, id: &str) -> TextKey {
    (lang.to_owned(), id.to_owned())
}

impl Workspace {
    pub fn new(catalog: Arc<Catalog>, stored: Stored, shows_formatting: ShowsFormatting) -> Self {
        Workspace {
            index: TextIndex::build(catalog.sources()),
            catalog,
            stored,
            shows_formatting,
        }
    }

    pub fn source_lang(&self) -> &Language {
        self.catalog.source_language()
    }

    pub fn is_source(&self, lang: &str) -> bool {
        self.source_lang().code == lang
    }

    /// The language and the text that an address names, if both exist.
    pub fn locate(&self, lang: &str, id: &str) -> Option<(Language, &ShippedText)> {
        let language = self.catalog.language(lang)?;
        let text = entries::is_message_id(id)
            .then(|| self.index.get(id))
            .flatten()?;
        Some((language.clone(), text))
    }

    /// The entry residents see in `lang` (published, else shipped).
    pub fn effective<'a>(&'a self, lang: &str, text: &'a ShippedText) -> Option<&'a str> {
        self.stored
            .published
            .get(&key(lang, &text.id))
            .or_else(|| text.entries.get(lang))
            .map(String::as_str)
    }

    /// Whether the text has a draft in `lang`.
    pub fn has_draft(&self, lang: &str, text: &ShippedText) -> bool {
        self.stored.drafts.contains(&key(lang, &text.id))
    }

    fn source_fingerprint_now(&self, text: &ShippedText) -> String {
        let source = &self.source_lang().code;
        fingerprint(&text.id, self.effective(source, text).unwrap_or(""))
    }

    pub fn status(&self, lang: &str, text: &ShippedText) -> TextStatus {
        let source = &self.source_lang().code;
        let now = self.source_fingerprint_now(text);
        let shipped = fingerprint(
            &text.id,
            text.entries.get(source).map_or("", String::as_str),
        );
        entries::status(entries::StatusInput {
            is_source: self.is_source(lang),
            shipped: text.entries.get(lang).map(String::as_str),
            published: self
                .stored
                .published
                .get(&key(lang, &text.id))
                .map(String::as_str),
            stamp: self
                .stored
                .stamps
                .get(&key(lang, &text.id))
                .map(String::as_str),
            source_now: &now,
            source_shipped: &shipped,
        })
    }

    /// The variables a text in `lang` must use: the shipped Dutch message's for a
    /// Dutch text (the code passes those), the current Dutch message's for a
    /// translation.
    fn reference_variables(&self, lang: &str, text: &ShippedText) -> BTreeSet<String> {
        let source = &self.source_lang().code;
        let entry = if self.is_source(lang) {
            text.entries.get(source).map(String::as_str)
        } else {
            self.effective(source, text)
        };
        validate::variables_of(&text.id, entry.unwrap_or(""))
    }

    /// What keeps `entry` from being published as the text in `lang`.
    pub fn check(&self, lang: &str, text: &ShippedText, entry: &str) -> Vec<TextProblem> {
        let variables = self.reference_variables(lang, text);
        validate::check_entry(
            &text.id,
            entry,
            Reference {
                variables: &variables,
                globals: &GLOBAL_VARIABLES,
                formatting: (self.shows_formatting)(&text.id, &self.catalog),
            },
        )
    }

    /// The stamp a translation gets when it is published now; the Dutch text has none.
    pub fn stamp_for(&self, lang: &str, text: &ShippedText) -> Option<String> {
        (!self.is_source(lang)).then(|| self.source_fingerprint_now(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::i18n::catalog::LocaleSource;
    use std::path::PathBuf;

    const NL: &str = "hello = Hallo { $name }\nbye = Dag\n";
    const EN: &str = "hello = Hello { $name }\n";

    fn catalog() -> Arc<Catalog> {
        let settings = Settings::parse(include_str!("../../config/steenwijkerland.toml"))
            .expect("the shipped settings are valid");
        let source = |code: &str, text: &str| LocaleSource {
            language: Language::new(code),
            files: vec![(PathBuf::from("start.ftl"), text.to_owned())],
        };
        let sources = vec![source("nl", NL), source("en", EN), source("tr", "")];
        Arc::new(Catalog::from_sources(sources, &settings, &[]).expect("the texts parse"))
    }

    /// A workspace with these texts published and these stamps.
    fn workspace(published: &[(&str, &str, &str)], stamps: &[(&str, &str, &str)]) -> Workspace {
        let map = |rows: &[(&str, &str, &str)]| {
            rows.iter()
                .map(|(lang, id, value)| (key(lang, id), (*value).to_owned()))
                .collect()
        };
        let stored = Stored {
            published: map(published),
            stamps: map(stamps),
            drafts: HashSet::from([key("en", "bye")]),
        };
        Workspace::new(catalog(), stored, |id, _| id == "bye")
    }

    fn stamp(id: &str, entry: &str) -> String {
        fingerprint(id, entry)
    }

    #[test]
    fn where_a_text_stands_in_each_language() {
        let new_dutch = "hello = Hoi { $name }";
        let dutch_now = stamp("hello", new_dutch);
        let published_en = [("en", "hello", "hello = Hi { $name }")];
        let cases: Vec<(&str, Workspace, &str, &str, TextStatus)> = vec![
            (
                "shipped Dutch",
                workspace(&[], &[]),
                "nl",
                "hello",
                TextStatus::Shipped,
            ),
            (
                "shipped translation",
                workspace(&[], &[]),
                "en",
                "hello",
                TextStatus::Shipped,
            ),
            (
                "no translation",
                workspace(&[], &[]),
                "en",
                "bye",
                TextStatus::Missing,
            ),
            (
                "empty language",
                workspace(&[], &[]),
                "tr",
                "hello",
                TextStatus::Missing,
            ),
            (
                "edited Dutch",
                workspace(&[("nl", "hello", new_dutch)], &[]),
                "nl",
                "hello",
                TextStatus::Edited,
            ),
            (
                "Dutch changed under a translation",
                workspace(&[("nl", "hello", new_dutch)], &[]),
                "en",
                "hello",
                TextStatus::Outdated,
            ),
            (
                "translation confirmed against the new Dutch",
                workspace(
                    &[("nl", "hello", new_dutch)],
                    &[("en", "hello", &dutch_now)],
                ),
                "en",
                "hello",
                TextStatus::Shipped,
            ),
            (
                "edited translation",
                workspace(&published_en, &[]),
                "en",
                "hello",
                TextStatus::Edited,
            ),
            (
                "translation stamped against an older Dutch text",
                workspace(&published_en, &[("en", "hello", "0000000000000000")]),
                "en",
                "hello",
                TextStatus::Outdated,
            ),
            (
                "a Dutch text published back as shipped, laid out anew",
                workspace(&[("nl", "hello", "hello =\n    Hallo { $name }")], &[]),
                "en",
                "hello",
                TextStatus::Shipped,
            ),
        ];
        for (what, ws, lang, id, expected) in cases {
            let text = ws.index.get(id).expect("a shipped text");
            assert_eq!(ws.status(lang, text), expected, "{what}");
        }
    }

    #[test]
    fn residents_see_the_published_text_else_the_shipped_one() {
        let ws = workspace(&[("en", "hello", "hello = Hi { $name }")], &[]);
        let hello = ws.index.get("hello").unwrap();
        let bye = ws.index.get("bye").unwrap();
        let cases = [
            ("nl", hello, Some("hello = Hallo { $name }")),
            ("en", hello, Some("hello = Hi { $name }")),
            ("en", bye, None),
        ];
        for (lang, text, expected) in cases {
            assert_eq!(ws.effective(lang, text), expected, "{lang} {}", text.id);
        }
        assert!(ws.has_draft("en", bye));
        assert!(!ws.has_draft("nl", bye));
    }

    #[test]
    fn translations_are_stamped_with_the_dutch_text_they_follow() {
        let new_dutch = "hello = Hoi { $name }";
        let cases = [
            (
                workspace(&[], &[]),
                "en",
                Some(stamp("hello", NL.lines().next().unwrap())),
            ),
            (
                workspace(&[("nl", "hello", new_dutch)], &[]),
                "en",
                Some(stamp("hello", new_dutch)),
            ),
            (workspace(&[], &[]), "nl", None),
        ];
        for (ws, lang, expected) in cases {
            let text = ws.index.get("hello").unwrap();
            assert_eq!(ws.stamp_for(lang, text), expected, "{lang}");
        }
    }

    #[test]
    fn entries_are_checked_against_the_right_dutch_text() {
        // The Dutch text now says { $other }: a translation must follow it, a Dutch
        // text must keep the variables the code passes ({ $name }).
        let ws = workspace(
            &[("nl", "hello", "hello = Hallo { $name } { $other }")],
            &[],
        );
        let hello = ws.index.get("hello").unwrap();
        let bye = ws.index.get("bye").unwrap();
        let dropped = |v: &str| TextProblem::DroppedVariable {
            variable: v.to_owned(),
        };
        let cases: [(&str, &ShippedText, &str, Vec<TextProblem>); 6] = [
            ("nl", hello, "hello = Hoi { $name }", vec![]),
            ("nl", hello, "hello = Hoi", vec![dropped("name")]),
            ("en", hello, "hello = Hi { $name }", vec![dropped("other")]),
            ("en", hello, "hello = Hi { $name } { $other }", vec![]),
            ("en", hello, "hello = ", vec![TextProblem::Empty]),
            // Only texts drawn with their formatting may use it.
            ("nl", bye, "bye = **Dag**", vec![]),
        ];
        for (lang, text, entry, expected) in cases {
            assert_eq!(ws.check(lang, text, entry), expected, "{lang}: {entry}");
        }
        assert_eq!(
            ws.check("nl", hello, "hello = **Hoi** { $name }"),
            vec![TextProblem::FormattingNotShown]
        );
    }

    #[test]
    fn addresses_name_a_language_and_a_text() {
        let ws = workspace(&[], &[]);
        let cases = [
            ("nl", "hello", true),
            ("en", "bye", true),
            ("xx", "hello", false),
            ("nl", "nowhere", false),
            ("nl", "hello.attr", false),
            ("nl", "", false),
        ];
        for (lang, id, found) in cases {
            assert_eq!(ws.locate(lang, id).is_some(), found, "{lang}/{id}");
        }
    }
}
