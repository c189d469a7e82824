//! Language codes, writing direction and choosing a language for a visitor.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// An offered language: its code (as used in URLs and `lang`) and writing direction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub code: String,
    pub direction: Direction,
}

impl Language {
    pub fn new(code: &str) -> Self {
        let direction = match code.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) if id.character_direction() == unic_langid::CharacterDirection::RTL => {
                Direction::Rtl
            }
            _ => Direction::Ltr,
        };
        Language {
            code: code.to_owned(),
            direction,
        }
    }
}

/// Picks the language for a visitor who did not name one in the URL: the remembered
/// choice first, then the browser's `Accept-Language` preferences, then the source.
pub fn negotiate<'a>(
    offered: &'a [Language],
    remembered: Option<&str>,
    accept_language: Option<&str>,
) -> &'a Language {
    let find = |code: &str| offered.iter().find(|l| l.code.eq_ignore_ascii_case(code));
    if let Some(lang) = remembered.and_then(find) {
        return lang;
    }
    if let Some(header) = accept_language {
        for tag in preferred_tags(header) {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            if let Some(lang) = find(primary) {
                return lang;
            }
        }
    }
    &offered[0]
}

/// The language tags of an `Accept-Language` header, most preferred first; tags with
/// `q=0` (explicitly not wanted) are dropped.
fn preferred_tags(header: &str) -> Vec<&str> {
    let mut tags: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((tag, q))
        })
        .collect();
    // A stable sort keeps the header's order among equal weights.
    tags.sort_by(|a, b| b.1.total_cmp(&a.1));
    tags.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Vec<Language> {
        ["nl", "en", "ar", "tr", "pl", "uk"]
            .map(Language::new)
            .to_vec()
    }

    #[test]
    fn direction_follows_the_script() {
        let dirs: Vec<_> = offered().iter().map(|l| l.direction).collect();
        use Direction::*;
        assert_eq!(dirs, [Ltr, Ltr, Rtl, Ltr, Ltr, Ltr]);
    }

    #[test]
    fn negotiation_table() {
        let cases = [
            (None, None, "nl"),
            (Some("ar"), Some("en"), "ar"),
            (Some("xx"), Some("tr-TR,tr;q=0.9"), "tr"),
            (None, Some("de-DE,de;q=0.9,en;q=0.8"), "en"),
            (None, Some("en;q=0.5, pl;q=0.9"), "pl"),
            (None, Some("uk-UA"), "uk"),
            (None, Some("ar-MA;q=0, en"), "en"),
            (None, Some("*"), "nl"),
            (None, Some(";;,,q=x"), "nl"),
            (None, Some("EN-gb"), "en"),
        ];
        let offered = offered();
        for (remembered, header, expected) in cases {
            assert_eq!(
                negotiate(&offered, remembered, header).code,
                expected,
                "remembered {remembered:?}, header {header:?}"
            );
        }
    }
}
