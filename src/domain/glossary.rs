//! The glossary: jargon residents meet in the texts (zzp, WW, AOW, taakstraf, IND, …),
//! explained on one page (`/<lang>/glossary`), and the links from a text to it.
//!
//! The explanations are Fluent texts (`locales/<lang>/glossary.ftl`:
//! `glossary-<key>-term` and `glossary-<key>-definition`), so staff edit them like any
//! other text. This module knows the terms and finds them in a text; it knows nothing
//! about HTML.

/// The terms in page order: the anchor (`#aow`) and the Dutch word as the texts of
/// every language write it (the translations keep the Dutch word, often in brackets).
pub const TERMS: [(&str, &str); 20] = [
    ("aow", "AOW"),
    ("bbl", "BBL"),
    ("bewindvoerder", "bewindvoerder"),
    ("duo", "DUO"),
    ("huis-van-bewaring", "huis van bewaring"),
    ("ind", "IND"),
    ("kalenderjaar", "kalenderjaar"),
    ("openbaar-ministerie", "Openbaar Ministerie"),
    ("pgb", "pgb"),
    ("rdw", "RDW"),
    ("taakstraf", "taakstraf"),
    ("taxatie", "taxatie"),
    ("uwv", "UWV"),
    ("verklaring-van-erfrecht", "verklaring van erfrecht"),
    ("vrijwaringsbewijs", "vrijwaringsbewijs"),
    ("wia", "WIA"),
    ("wtos", "WTOS"),
    ("ww", "WW"),
    ("zw", "ZW"),
    ("zzp", "zzp"),
];

/// The Fluent message with the term as the page shows it.
pub fn term_id(key: &str) -> String {
    format!("glossary-{key}-term")
}

/// The Fluent message with the explanation.
pub fn definition_id(key: &str) -> String {
    format!("glossary-{key}-definition")
}

/// A piece of a text: plain, or a glossary term that links to its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Term { text: &'a str, key: &'static str },
}

/// Whether `text[at..at + len]` stands as a word of its own: no letter or digit right
/// before or after it ("WW" in "WW-uitkering" and "zzp" in "zzp'er" do, "ww" in "www"
/// does not).
fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The first place in `text` where one of `names` stands as a whole word, as
/// `(start, end)`; where two names start at the same place, the longer one.
fn first_place(text: &str, names: &[String]) -> Option<(usize, usize)> {
    names
        .iter()
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            text.match_indices(w.as_str())
                .find(|(at, _)| whole_word(text, *at, w.len()))
                .map(|(at, _)| (at, at + w.len()))
        })
        .min_by_key(|(start, end)| (*start, usize::MAX - end))
}

/// The glossary terms that appear in any of `texts`, in glossary order, once each,
/// with the words as the first text that uses the term writes them (the place
/// [`link_terms`] would link).
pub fn terms_in(
    texts: &[String],
    words: &[(&'static str, Vec<String>)],
) -> Vec<(&'static str, String)> {
    words
        .iter()
        .filter_map(|(key, names)| {
            texts.iter().find_map(|text| {
                first_place(text, names).map(|(start, end)| (*key, text[start..end].to_owned()))
            })
        })
        .collect()
}

/// Splits `text` so the first place each term appears becomes a link. `words` gives,
/// per term key, the words that name it in the reader's language (the Dutch word and,
/// when it differs, the language's own, e.g. "calendar year"). Matching is exact and
/// by whole word; a longer word wins where two start at the same place.
pub fn link_terms<'a>(text: &'a str, words: &[(&'static str, Vec<String>)]) -> Vec<Segment<'a>> {
    // Every first whole-word place per term: (start, end, key).
    let mut found: Vec<(usize, usize, &'static str)> = words
        .iter()
        .filter_map(|(key, names)| first_place(text, names).map(|(start, end)| (start, end, *key)))
        .collect();
    found.sort_by_key(|(start, end, _)| (*start, usize::MAX - end));
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, key) in found {
        if start < at {
            continue; // overlaps a term already linked
        }
        if start > at {
            segments.push(Segment::Text(&text[at..start]));
        }
        segments.push(Segment::Term {
            text: &text[start..end],
            key,
        });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment::Text(&text[at..]));
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dutch() -> Vec<(&'static str, Vec<String>)> {
        TERMS
            .iter()
            .map(|(key, word)| (*key, vec![(*word).to_owned()]))
            .collect()
    }

    #[test]
    fn terms_become_links_once_and_only_as_whole_words() {
        let words = dutch();
        let cases: [(&str, &[Segment]); 6] = [
            ("Geen vakjargon.", &[Segment::Text("Geen vakjargon.")]),
            (
                "Ik krijg WW of WIA.",
                &[
                    Segment::Text("Ik krijg "),
                    Segment::Term {
                        text: "WW",
                        key: "ww",
                    },
                    Segment::Text(" of "),
                    Segment::Term {
                        text: "WIA",
                        key: "wia",
                    },
                    Segment::Text("."),
                ],
            ),
            (
                "als zzp'er",
                &[
                    Segment::Text("als "),
                    Segment::Term {
                        text: "zzp",
                        key: "zzp",
                    },
                    Segment::Text("'er"),
                ],
            ),
            (
                "AOW en nog eens AOW",
                &[
                    Segment::Term {
                        text: "AOW",
                        key: "aow",
                    },
                    Segment::Text(" en nog eens AOW"),
                ],
            ),
            ("www.WWW.nl en WWB", &[Segment::Text("www.WWW.nl en WWB")]),
            (
                "(taakstraf)",
                &[
                    Segment::Text("("),
                    Segment::Term {
                        text: "taakstraf",
                        key: "taakstraf",
                    },
                    Segment::Text(")"),
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(link_terms(text, &words), expected, "{text}");
        }
    }

    #[test]
    fn a_language_word_links_too_and_the_longest_wins() {
        let words = vec![
            (
                "kalenderjaar",
                vec!["kalenderjaar".into(), "calendar year".into()],
            ),
            ("uwv", vec!["UWV".into()]),
        ];
        assert_eq!(
            link_terms("this calendar year, from the UWV", &words),
            [
                Segment::Text("this "),
                Segment::Term {
                    text: "calendar year",
                    key: "kalenderjaar"
                },
                Segment::Text(", from the "),
                Segment::Term {
                    text: "UWV",
                    key: "uwv"
                },
            ]
        );
        // Pieces always add up to the text.
        let text = "UWV, RDW en DUO weten het in dit kalenderjaar.";
        let joined: String = link_terms(text, &dutch())
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Term { text: t, .. } => *t,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn the_terms_of_several_texts_once_each_in_glossary_order() {
        let words = vec![
            ("aow", vec!["AOW".into()]),
            (
                "kalenderjaar",
                vec!["kalenderjaar".into(), "calendar year".into()],
            ),
            ("uwv", vec!["UWV".into()]),
            ("ww", vec!["WW".into()]),
        ];
        let texts = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);
        let cases: [Case; 6] = [
            (&[], &[]),
            (&["Geen vakjargon."], &[]),
            // Glossary order, not the order in the texts.
            (&["UWV and AOW"], &[("aow", "AOW"), ("uwv", "UWV")]),
            // Once each; the words as the first text that has the term writes them.
            (
                &["this calendar year", "dit kalenderjaar, UWV", "UWV"],
                &[("kalenderjaar", "calendar year"), ("uwv", "UWV")],
            ),
            // Whole words only: "www" has no WW, "WW-uitkering" has.
            (&["www.uwv.nl", "een WW-uitkering"], &[("ww", "WW")]),
            // The first place in a text: the longer of two names at one place.
            (
                &["calendar kalenderjaar"],
                &[("kalenderjaar", "kalenderjaar")],
            ),
        ];
        for (given, expected) in cases {
            let found = terms_in(&texts(given), &words);
            let expected: Vec<(&str, String)> =
                expected.iter().map(|(k, t)| (*k, t.to_string())).collect();
            assert_eq!(found, expected, "{given:?}");
            // What the links of the term alone would show in the first text that has it.
            for (key, shown) in &found {
                let alone: Vec<_> = words.iter().filter(|(k, _)| k == key).cloned().collect();
                let linked = given.iter().find_map(|text| {
                    link_terms(text, &alone).into_iter().find_map(|s| match s {
                        Segment::Term { text, .. } => Some(text.to_owned()),
                        Segment::Text(_) => None,
                    })
                });
                assert_eq!(linked.as_ref(), Some(shown), "{key} in {given:?}");
            }
        }
    }
}
