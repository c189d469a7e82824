//! The plain-language figures on the edit page of a Dutch text: the verdict, the
//! sentence figures and the Flesch–Douma score, in the reader's language. The server
//! measures (`domain::readability`) and formats them; with WebAssembly the
//! `TextHelper` island fetches them again as the editor types.

use crate::domain::readability::Readability;
use serde::{Deserialize, Serialize};

/// Marks in [`HelperTexts`] that the figures replace.
pub const MARK_SENTENCES: &str = "{sentences}";
pub const MARK_AVERAGE: &str = "{average}";
pub const MARK_LONGEST: &str = "{longest}";
pub const MARK_SCORE: &str = "{score}";

/// The helper's texts in the reader's language, with the marks above for the figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelperTexts {
    pub b1: String,
    pub not_b1: String,
    /// With [`MARK_SENTENCES`], [`MARK_AVERAGE`] and [`MARK_LONGEST`].
    pub sentences: String,
    /// With [`MARK_SCORE`].
    pub score: String,
}

impl HelperTexts {
    pub fn verdict(&self, r: &Readability) -> &str {
        if r.is_b1() {
            &self.b1
        } else {
            &self.not_b1
        }
    }

    pub fn sentences_line(&self, r: &Readability) -> String {
        self.sentences
            .replace(MARK_SENTENCES, &r.sentences.to_string())
            .replace(MARK_AVERAGE, &one_decimal(r.average_sentence))
            .replace(MARK_LONGEST, &r.longest_sentence.to_string())
    }

    pub fn score_line(&self, r: &Readability) -> String {
        self.score
            .replace(MARK_SCORE, &(r.flesch_douma.round() as i64).to_string())
    }
}

/// `3.5`: one decimal without the float formatting machinery (smaller WebAssembly).
fn one_decimal(x: f64) -> String {
    let tenths = (x.abs() * 10.0).round() as u64;
    let sign = if x < 0.0 && tenths > 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The class of the helper's block.
pub fn section_class(r: &Readability) -> &'static str {
    if r.is_b1() {
        "readability readability--ok"
    } else {
        "readability readability--warn"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> HelperTexts {
        HelperTexts {
            b1: "B1".into(),
            not_b1: "not B1".into(),
            sentences: "{sentences} zinnen, gemiddeld {average}, langste {longest}.".into(),
            score: "Score {score}.".into(),
        }
    }

    #[test]
    fn figures_fill_the_marks() {
        let text = crate::domain::readability::without_placeables(
            "Geef het door. Wij helpen u graag! Bel { $phone }.",
        );
        let r = crate::domain::readability::measure([text.as_str()]);
        let words = crate::domain::readability::long_words(&text);
        let t = texts();
        assert_eq!(t.verdict(&r), "B1");
        assert_eq!(t.sentences_line(&r), "3 zinnen, gemiddeld 3.0, langste 4.");
        assert!(t.score_line(&r).starts_with("Score "));
        assert!(words.is_empty());
        assert_eq!(section_class(&r), "readability readability--ok");
    }

    #[test]
    fn one_decimal_rounds() {
        for (x, expected) in [
            (0.0, "0.0"),
            (3.0, "3.0"),
            (3.04, "3.0"),
            (3.06, "3.1"),
            (12.349, "12.3"),
            (-0.04, "0.0"),
            (-2.5, "-2.5"),
        ] {
            assert_eq!(one_decimal(x), expected, "{x}");
        }
    }
}
