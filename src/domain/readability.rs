//! A readability proxy for Dutch plain language (B1): sentence lengths and the
//! Flesch–Douma score (206.835 − 0.93 × words per sentence − 77 × syllables per word).
//! It is a proxy — it cannot judge word choice — but it catches drift towards long,
//! heavy sentences before residents meet them.

/// The figures of one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    pub longest_sentence: usize,
    pub average_sentence: f64,
    pub flesch_douma: f64,
    /// Sentences longer than the B1 limit, for the editor to rewrite.
    pub too_long: Vec<String>,
}

/// The B1 limits this project holds its Dutch texts to.
pub const MAX_AVERAGE_SENTENCE: f64 = 15.0;
pub const MAX_SENTENCE: usize = 25;
pub const MIN_FLESCH_DOUMA: f64 = 60.0;

impl Readability {
    pub fn is_b1(&self) -> bool {
        self.sentences > 0
            && self.average_sentence <= MAX_AVERAGE_SENTENCE
            && self.longest_sentence <= MAX_SENTENCE
            && self.flesch_douma >= MIN_FLESCH_DOUMA
    }
}

const VOWELS: &str = "aeiouyàáâèéêìíîòóôùúû";
/// A vowel with a diaeresis starts a new syllable (geëmigreerd, reünie).
const DIAERESIS: &str = "äëïöü";

/// Syllables of a Dutch word, counted as groups of vowels; "ij" is one vowel.
pub fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase().replace("ij", "y");
    let mut count = 0;
    let mut in_vowel = false;
    for ch in lower.chars() {
        if DIAERESIS.contains(ch) {
            count += 1;
            in_vowel = true;
        } else if VOWELS.contains(ch) {
            if !in_vowel {
                count += 1;
            }
            in_vowel = true;
        } else {
            in_vowel = false;
        }
    }
    count.max(1)
}

fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '€' || c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Splits after `.`, `!` or `?` followed by white space; every text unit (a
/// paragraph, a list item) ends a sentence too.
fn sentences(unit: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = unit.char_indices().collect();
    for (i, &(pos, ch)) in chars.iter().enumerate() {
        let next_is_space = chars.get(i + 1).is_some_and(|(_, c)| c.is_whitespace());
        if matches!(ch, '.' | '!' | '?') && next_is_space {
            out.push(&unit[start..pos + ch.len_utf8()]);
            start = pos + ch.len_utf8();
        }
    }
    out.push(&unit[start..]);
    out.into_iter().filter(|s| !words(s).is_empty()).collect()
}

/// The text of a Fluent message value with every placeable (`{ $deadline }`, …)
/// replaced by one short neutral word, so a variable counts as one plain word.
pub fn without_placeables(value: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for ch in value.chars() {
        match ch {
            '{' => {
                if depth == 0 {
                    out.push_str("tien");
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// Measures a text given as units (paragraphs, list items).
pub fn measure<'a>(units: impl IntoIterator<Item = &'a str>) -> Readability {
    let mut sentence_count = 0;
    let mut word_count = 0;
    let mut syllable_count = 0;
    let mut longest = 0;
    let mut too_long = Vec::new();
    for unit in units {
        for sentence in sentences(unit) {
            let ws = words(sentence);
            sentence_count += 1;
            word_count += ws.len();
            syllable_count += ws.iter().map(|w| syllables(w)).sum::<usize>();
            longest = longest.max(ws.len());
            if ws.len() > MAX_SENTENCE {
                too_long.push(sentence.trim().to_owned());
            }
        }
    }
    let average = if sentence_count == 0 {
        0.0
    } else {
        word_count as f64 / sentence_count as f64
    };
    let per_word = if word_count == 0 {
        0.0
    } else {
        syllable_count as f64 / word_count as f64
    };
    Readability {
        sentences: sentence_count,
        words: word_count,
        syllables: syllable_count,
        longest_sentence: longest,
        average_sentence: average,
        flesch_douma: 206.835 - 0.93 * average - 77.0 * per_word,
        too_long,
    }
}

/// Words of five syllables or more, or of fourteen letters or more, each once in the
/// order they first appear: candidates for a shorter, more common word.
pub fn long_words(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let long = word.chars().count() >= 14 || syllables(word) >= 5;
        if long && word.chars().any(char::is_alphabetic) && !seen.iter().any(|w| w == word) {
            seen.push(word.to_owned());
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_once_each() {
        let words = long_words(
            "De inlichtingenplicht en de inlichtingenplicht; arbeidsongeschiktheidsverzekering.",
        );
        assert_eq!(
            words,
            ["inlichtingenplicht", "arbeidsongeschiktheidsverzekering"]
        );
        assert!(long_words("Bel ons.").is_empty());
    }

    #[test]
    fn syllable_table() {
        let cases = [
            ("u", 1),
            ("bijstand", 2),
            ("gemeente", 3),
            ("inlichtingenplicht", 5),
            ("uitkering", 3),
            ("geëmigreerd", 4),
            ("reünie", 3),
            ("doorgeven", 3),
            ("14", 1),
            ("€", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn placeables_read_as_one_word() {
        let cases = [
            (
                "Geef het binnen { $days } dagen door.",
                "Geef het binnen tien dagen door.",
            ),
            ("{ $a }{ $b }", "tientien"),
            ("Geen variabelen.", "Geen variabelen."),
            ("{ { \"x\" } }", "tien"),
        ];
        for (value, expected) in cases {
            assert_eq!(without_placeables(value), expected, "{value}");
        }
    }

    #[test]
    fn sentences_and_scores() {
        let r = measure(["Geef het door. Wij helpen u graag!", "Bel ons."]);
        assert_eq!((r.sentences, r.words, r.longest_sentence), (3, 9, 4));
        assert!((r.average_sentence - 3.0).abs() < 1e-9);
        assert!(r.is_b1(), "{r:?}");

        // Decimal points and abbreviations without a following space do not split.
        assert_eq!(measure(["Het kost 1.200 euro per jaar."]).sentences, 1);

        let long = "Wanneer u als ontvanger van een bijstandsuitkering een verandering in uw \
                    persoonlijke omstandigheden niet tijdig doorgeeft aan de gemeente kan dit \
                    gevolgen hebben voor de hoogte van uw uitkering en voor eventuele boetes.";
        let r = measure([long]);
        assert_eq!(r.too_long.len(), 1);
        assert!(!r.is_b1());
        assert!(r.flesch_douma < 60.0, "{r:?}");
        assert!(!measure([""]).is_b1(), "an empty text is not B1");
    }
}
