//! The texts as staff edit them: one Fluent message at a time.
//!
//! Staff see and type only a message's *value* (what residents read); the server turns
//! it into the whole entry (`id = value`) that is validated, stored, published and
//! exported. Every message belongs to the file it is shipped in, which is also how the
//! editor groups the texts (one information page, the self-check, the change-notice
//! form, the shell around every page, …).

use super::catalog::LocaleSource;
use std::collections::{BTreeMap, HashMap};

/// Files whose texts only staff see; they are not edited in the portal.
pub const STAFF_GROUP_PREFIX: &str = "staff";

/// The messages of a Fluent file as `(id, entry source)`, in file order. An entry
/// starts at a line with `identifier =` in the first column and runs until the next
/// entry, term or comment in the first column; terms are skipped.
pub fn split_messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    let mut flush = |current: &mut Option<(String, Vec<&str>)>| {
        if let Some((id, mut lines)) = current.take() {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            out.push((id, lines.join("\n")));
        }
    };
    for line in text.lines() {
        let first = line.chars().next();
        let starts_entry = first.is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if !starts_entry {
            if let Some((_, lines)) = current.as_mut() {
                lines.push(line);
            }
            continue;
        }
        flush(&mut current);
        if let Some(id) = message_id_of_line(line) {
            current = Some((id.to_owned(), vec![line]));
        }
    }
    flush(&mut current);
    out
}

/// The id of a line that starts a message (`id = …`).
fn message_id_of_line(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

/// Whether `id` is a well-formed message id (safe in a URL path, too).
pub fn is_message_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 200 && message_id_of_line(&format!("{id} =")) == Some(id)
}

/// The value of an entry as an editor sees it: without `id =`, continuation lines
/// without their common indentation.
pub fn entry_value(entry: &str) -> String {
    let mut lines = entry.lines();
    let first = lines
        .next()
        .and_then(|l| l.split_once('='))
        .map_or("", |(_, v)| v.trim());
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !first.is_empty() {
        out.push(first.to_owned());
    }
    for line in rest {
        out.push(line.get(indent..).unwrap_or("").trim_end().to_owned());
    }
    out.join("\n").trim().to_owned()
}

/// The entry of message `id` with `value` (as typed: any line ending, any spacing
/// around it). Continuation lines are indented by four spaces.
pub fn entry_from_value(id: &str, value: &str) -> String {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = value.trim().lines().map(str::trim_end);
    let mut entry = format!("{id} = {}", lines.next().unwrap_or(""));
    for line in lines {
        entry.push('\n');
        if !line.is_empty() {
            entry.push_str("    ");
            entry.push_str(line);
        }
    }
    entry
}

/// A stable fingerprint of an entry's text (FNV-1a, 64 bits, hex), insensitive to how
/// the entry is laid out. Translations remember the fingerprint of the Dutch entry
/// they were written against.
pub fn fingerprint(id: &str, entry: &str) -> String {
    let normal = entry_from_value(id, &entry_value(entry));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in normal.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Whether two entries say the same (ignoring layout).
pub fn same_text(a: &str, b: &str) -> bool {
    entry_value(a) == entry_value(b)
}

/// One message as shipped in `locales/`: its group (the file name without `.ftl`) and
/// its entry in every language that ships it.
#[derive(Debug, Clone)]
pub struct ShippedText {
    pub id: String,
    pub group: String,
    pub entries: BTreeMap<String, String>,
}

/// Every editable message, in the order of the source language's files.
#[derive(Debug, Clone, Default)]
pub struct TextIndex {
    pub texts: Vec<ShippedText>,
    by_id: HashMap<String, usize>,
}

fn file_group(path: &std::path::Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl TextIndex {
    /// Builds the index from the shipped files; the first locale is the source.
    pub fn build(sources: &[LocaleSource]) -> TextIndex {
        let mut index = TextIndex::default();
        let Some((source, _)) = sources.split_first() else {
            return index;
        };
        for (path, text) in &source.files {
            let group = file_group(path);
            if group.starts_with(STAFF_GROUP_PREFIX) {
                continue;
            }
            for (id, entry) in split_messages(text) {
                if index.by_id.contains_key(&id) {
                    continue;
                }
                index.by_id.insert(id.clone(), index.texts.len());
                let entries = BTreeMap::from([(source.language.code.clone(), entry)]);
                index.texts.push(ShippedText {
                    id,
                    group: group.clone(),
                    entries,
                });
            }
        }
        for locale in &sources[1..] {
            for (_, text) in &locale.files {
                for (id, entry) in split_messages(text) {
                    if let Some(&i) = index.by_id.get(&id) {
                        index.texts[i]
                            .entries
                            .insert(locale.language.code.clone(), entry);
                    }
                }
            }
        }
        index
    }

    pub fn get(&self, id: &str) -> Option<&ShippedText> {
        self.by_id.get(id).map(|&i| &self.texts[i])
    }

    /// The groups in file order.
    pub fn groups(&self) -> Vec<&str> {
        let mut groups: Vec<&str> = Vec::new();
        for t in &self.texts {
            if groups.last() != Some(&t.group.as_str()) && !groups.contains(&t.group.as_str()) {
                groups.push(&t.group);
            }
        }
        groups
    }
}

/// Where a text stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStatus {
    /// The language has no text for this message at all.
    Missing,
    /// A translation written against a Dutch text that has since changed.
    Outdated,
    /// Staff published a text over the shipped one (and, for a translation, it is
    /// up to date).
    Edited,
    /// The shipped text, up to date (for the source language: the original).
    Shipped,
}

impl TextStatus {
    pub fn code(self) -> &'static str {
        match self {
            TextStatus::Missing => "missing",
            TextStatus::Outdated => "outdated",
            TextStatus::Edited => "edited",
            TextStatus::Shipped => "shipped",
        }
    }

    pub fn from_code(code: &str) -> Option<TextStatus> {
        [
            TextStatus::Missing,
            TextStatus::Outdated,
            TextStatus::Edited,
            TextStatus::Shipped,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// What is known about one message in one language.
#[derive(Debug, Clone, Copy)]
pub struct StatusInput<'a> {
    pub is_source: bool,
    pub shipped: Option<&'a str>,
    pub published: Option<&'a str>,
    /// The fingerprint of the Dutch entry this translation was last written or
    /// confirmed against; `None`: against the shipped Dutch entry.
    pub stamp: Option<&'a str>,
    /// The fingerprint of the Dutch entry residents see now.
    pub source_now: &'a str,
    /// The fingerprint of the shipped Dutch entry.
    pub source_shipped: &'a str,
}

pub fn status(input: StatusInput<'_>) -> TextStatus {
    if input.shipped.is_none() && input.published.is_none() {
        return TextStatus::Missing;
    }
    if !input.is_source {
        let against = input.stamp.unwrap_or(input.source_shipped);
        if against != input.source_now {
            return TextStatus::Outdated;
        }
    }
    if input.published.is_some() {
        TextStatus::Edited
    } else {
        TextStatus::Shipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use std::path::PathBuf;

    const FILE: &str = "# A comment\n\na = Een\nb = { $n ->\n        [one] één\n       *[other] veel\n    }\n\n-term = T\nc =\n    Lang\n    verhaal\n## Section\nd = D { $x }\n";

    #[test]
    fn splits_a_file_into_message_entries() {
        let entries = split_messages(FILE);
        let ids: Vec<&str> = entries.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert_eq!(entries[0].1, "a = Een");
        assert!(entries[1].1.ends_with("    }"), "{:?}", entries[1].1);
        // Every entry parses on its own, as one message with its own id.
        for (id, entry) in &entries {
            let resource = fluent_syntax::parser::parse(entry.as_str()).unwrap();
            assert_eq!(
                crate::i18n::lint::message_ids(entry),
                std::slice::from_ref(id)
            );
            assert_eq!(resource.body.len(), 1);
        }
    }

    #[test]
    fn values_and_entries_round_trip() {
        let cases = [
            ("a = Een", "Een", "a = Een"),
            (
                "c =\n    Lang\n    verhaal",
                "Lang\nverhaal",
                "c = Lang\n    verhaal",
            ),
            (
                "b = { $n ->\n        [one] één\n       *[other] veel\n    }",
                "{ $n ->\n    [one] één\n   *[other] veel\n}",
                "b = { $n ->\n        [one] één\n       *[other] veel\n    }",
            ),
        ];
        for (entry, value, normal) in cases {
            assert_eq!(entry_value(entry), value, "{entry}");
            let id = entry.split(' ').next().unwrap();
            assert_eq!(entry_from_value(id, value), normal);
            assert_eq!(fingerprint(id, entry), fingerprint(id, normal));
        }
        assert_eq!(
            entry_from_value("x", "  Hoi\r\n\r\ndaar  "),
            "x = Hoi\n\n    daar"
        );
        assert_ne!(fingerprint("a", "a = Een"), fingerprint("a", "a = Twee"));
    }

    #[test]
    fn message_ids_are_checked() {
        for (id, ok) in [
            ("info-duties-p1", true),
            ("a_b", true),
            ("", false),
            ("1a", false),
            ("a b", false),
            ("a/b", false),
            ("-term", false),
            ("a=b", false),
        ] {
            assert_eq!(is_message_id(id), ok, "{id}");
        }
    }

    #[test]
    fn the_index_groups_by_file_and_skips_staff_texts() {
        let locale = |code: &str, files: &[(&str, &str)]| LocaleSource {
            language: Language::new(code),
            files: files
                .iter()
                .map(|(p, t)| (PathBuf::from(format!("locales/{code}/{p}")), t.to_string()))
                .collect(),
        };
        let index = TextIndex::build(&[
            locale(
                "nl",
                &[("info-x.ftl", "a = A\nb = B\n"), ("staff.ftl", "s = S\n")],
            ),
            locale("en", &[("info-x.ftl", "a = A en\n")]),
        ]);
        assert_eq!(index.groups(), ["info-x"]);
        assert!(index.get("s").is_none());
        assert_eq!(index.get("a").unwrap().entries["en"], "a = A en");
        assert!(!index.get("b").unwrap().entries.contains_key("en"));
    }

    #[test]
    fn status_table() {
        use TextStatus::*;
        let base = StatusInput {
            is_source: false,
            shipped: Some("a = A"),
            published: None,
            stamp: None,
            source_now: "n0",
            source_shipped: "n0",
        };
        let cases = [
            (base, Shipped),
            (
                StatusInput {
                    shipped: None,
                    ..base
                },
                Missing,
            ),
            (
                StatusInput {
                    published: Some("a = B"),
                    ..base
                },
                Edited,
            ),
            // The Dutch text changed: outdated until updated or confirmed.
            (
                StatusInput {
                    source_now: "n1",
                    ..base
                },
                Outdated,
            ),
            (
                StatusInput {
                    source_now: "n1",
                    published: Some("a = B"),
                    stamp: Some("n0"),
                    ..base
                },
                Outdated,
            ),
            (
                StatusInput {
                    source_now: "n1",
                    stamp: Some("n1"),
                    ..base
                },
                Shipped,
            ),
            // The source language is never outdated.
            (
                StatusInput {
                    is_source: true,
                    source_now: "n1",
                    published: Some("a = B"),
                    ..base
                },
                Edited,
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(status(input), expected, "{input:?}");
        }
    }
}
