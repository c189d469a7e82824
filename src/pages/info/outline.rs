//! The structure of an information page, read from the message ids of the source
//! language in file order: `info-<page>-short-N` lines, then per section a `-heading`
//! followed by paragraphs (`-pN`) and list items (`-liN`). Texts change in the browser;
//! the structure changes only with the shipped Dutch file. A dated version of a text
//! (`crate::i18n::dated`) takes its text's place from its day on; it adds no block.

use crate::i18n::dated::dated_version;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The part of the ids that names the section, e.g. `work`; used as anchor.
    pub name: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outline {
    pub short: Vec<String>,
    pub sections: Vec<Section>,
    /// Dated versions of the running text, in file order.
    pub dated: Vec<String>,
}

/// The fixed messages every page has besides its sections.
const FIXED: [&str; 3] = ["title", "nav", "summary"];

fn is_numbered(part: &str, prefix: &str) -> bool {
    part.strip_prefix(prefix)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Outline {
    /// Builds the outline of page `key` from the ordered message ids of the source
    /// language.
    pub fn from_ids<'a>(key: &str, ids: impl IntoIterator<Item = &'a str>) -> Outline {
        let prefix = format!("info-{key}-");
        let mut outline = Outline::default();
        for id in ids {
            let Some(rest) = id.strip_prefix(&prefix) else {
                continue;
            };
            if dated_version(id).is_some() {
                outline.dated.push(id.to_owned());
                continue;
            }
            if FIXED.contains(&rest) {
                continue;
            }
            if is_numbered(rest, "short-") {
                outline.short.push(id.to_owned());
                continue;
            }
            let Some((section, part)) = rest.rsplit_once('-') else {
                continue;
            };
            let index = match outline.sections.iter().position(|s| s.name == section) {
                Some(i) => i,
                None => {
                    outline.sections.push(Section {
                        name: section.to_owned(),
                        heading: format!("{prefix}{section}-heading"),
                        blocks: Vec::new(),
                    });
                    outline.sections.len() - 1
                }
            };
            let blocks = &mut outline.sections[index].blocks;
            if is_numbered(part, "p") {
                blocks.push(Block::Paragraph(id.to_owned()));
            } else if is_numbered(part, "li") {
                match blocks.last_mut() {
                    Some(Block::List(items)) => items.push(id.to_owned()),
                    _ => blocks.push(Block::List(vec![id.to_owned()])),
                }
            }
        }
        let running: Vec<String> = outline.text_ids().into_iter().map(str::to_owned).collect();
        outline.dated.retain(|id| {
            dated_version(id).is_some_and(|(base, _)| running.iter().any(|r| r == base))
        });
        outline
    }

    /// Every message of the running text, in reading order, then the dated versions
    /// (for readability checks, and to know which texts show their formatting).
    pub fn text_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.short.iter().map(String::as_str).collect();
        for section in &self.sections {
            for block in &section.blocks {
                match block {
                    Block::Paragraph(id) => ids.push(id),
                    Block::List(items) => ids.extend(items.iter().map(String::as_str)),
                }
            }
        }
        ids.extend(self.dated.iter().map(String::as_str));
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_sections_paragraphs_and_lists_in_order() {
        let ids = [
            "info-x-title",
            "info-x-nav",
            "info-x-summary",
            "info-x-short-1",
            "info-x-short-2",
            "info-x-work-heading",
            "info-x-work-p1",
            "info-x-work-li1",
            "info-x-work-li2",
            "info-x-work-p2",
            "info-x-work-p2-from-2027-01-01",
            "info-x-title-from-2027-01-01",
            "info-x-gifts-and-prizes-heading",
            "info-x-gifts-and-prizes-heading-from-2027-01-01",
            "info-x-gifts-and-prizes-li1",
            "info-y-title",
            "other-message",
        ];
        let o = Outline::from_ids("x", ids);
        assert_eq!(o.short, ["info-x-short-1", "info-x-short-2"]);
        assert_eq!(o.sections.len(), 2);
        assert_eq!(o.sections[0].name, "work");
        assert_eq!(o.sections[0].heading, "info-x-work-heading");
        assert_eq!(
            o.sections[0].blocks,
            [
                Block::Paragraph("info-x-work-p1".into()),
                Block::List(vec!["info-x-work-li1".into(), "info-x-work-li2".into()]),
                Block::Paragraph("info-x-work-p2".into()),
            ]
        );
        assert_eq!(o.sections[1].name, "gifts-and-prizes");
        // Dated versions add no section or block; those of running text are checked
        // as running text.
        assert_eq!(o.dated, ["info-x-work-p2-from-2027-01-01"]);
        assert_eq!(o.text_ids().len(), 8);
        assert_eq!(Outline::from_ids("z", ids), Outline::default());
    }
}
