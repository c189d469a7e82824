//! The small formatting that editable texts may use, and nothing else.
//!
//! Paragraphs and list items are given by the page: every paragraph and every list
//! item is a message of its own (see `crate::pages::info::outline`). Inside a text an
//! editor may write
//!
//! - `**emphasis**` (shown as `<strong>`), and
//! - `[link text](target)`, where the target is a page of this portal (`/nl/help`),
//!   an `https://` address, `mailto:` or `tel:`.
//!
//! Everything is rendered as escaped text with those two elements added by the
//! server, never as HTML. Texts that look like an attempt at HTML (`<script`, `<img`,
//! `<a onclick=…`), name a script or data URL, or embed an image (`![…](…)`) are
//! refused when they are saved, so an editor learns at once that it will not work.

/// A piece of formatted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Strong(&'a str),
    Link { text: &'a str, target: &'a str },
}

/// Why a text's formatting is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupProblem {
    /// Something that looks like an HTML tag or comment.
    Html { snippet: String },
    /// A `javascript:`, `vbscript:` or `data:` address.
    UnsafeAddress { snippet: String },
    /// An image or other embedded resource.
    Image,
    /// A link target that is neither a page of the portal nor https, mailto or tel.
    LinkTarget { target: String },
    /// `**` without its closing `**`.
    UnclosedEmphasis,
}

const FORBIDDEN_SCHEMES: [&str; 3] = ["javascript:", "vbscript:", "data:"];

/// Checks a text (what residents would read) against the rules above.
pub fn check(text: &str) -> Result<(), MarkupProblem> {
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices('<') {
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?') {
            return Err(MarkupProblem::Html {
                snippet: snippet(text, i),
            });
        }
    }
    // Browsers ignore white space and control characters inside a scheme.
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(scheme) = FORBIDDEN_SCHEMES.iter().find(|s| squeezed.contains(*s)) {
        return Err(MarkupProblem::UnsafeAddress {
            snippet: (*scheme).to_owned(),
        });
    }
    if text.contains("![") {
        return Err(MarkupProblem::Image);
    }
    parse(text).map(|_| ())
}

/// The text around byte `at`, for an error message.
fn snippet(text: &str, at: usize) -> String {
    text[at..].chars().take(20).collect()
}

/// Whether `target` may be linked to.
pub fn allowed_target(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    let local = target.starts_with('/') && !target.starts_with("//") && !target.contains('\\');
    let external = ["https://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len());
    (local || external) && !target.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Splits a text into plain text, emphasis and links.
pub fn parse(text: &str) -> Result<Vec<Span<'_>>, MarkupProblem> {
    let mut spans = Vec::new();
    let mut rest = text;
    loop {
        let strong = rest.find("**");
        let link = find_link(rest);
        let next = match (strong, link) {
            (None, None) => break,
            (Some(s), Some((l, ..))) if l < s => Next::Link,
            (Some(_), _) => Next::Strong,
            (None, Some(_)) => Next::Link,
        };
        match next {
            Next::Strong => {
                let start = strong.unwrap_or_default();
                let inner = &rest[start + 2..];
                let Some(end) = inner.find("**") else {
                    return Err(MarkupProblem::UnclosedEmphasis);
                };
                push_text(&mut spans, &rest[..start]);
                spans.push(Span::Strong(&inner[..end]));
                rest = &inner[end + 2..];
            }
            Next::Link => {
                let Some((start, label, target, end)) = link else {
                    break;
                };
                if !allowed_target(target) {
                    return Err(MarkupProblem::LinkTarget {
                        target: target.to_owned(),
                    });
                }
                push_text(&mut spans, &rest[..start]);
                spans.push(Span::Link {
                    text: label,
                    target,
                });
                rest = &rest[end..];
            }
        }
    }
    push_text(&mut spans, rest);
    Ok(spans)
}

enum Next {
    Strong,
    Link,
}

fn push_text<'a>(spans: &mut Vec<Span<'a>>, text: &'a str) {
    if !text.is_empty() {
        spans.push(Span::Text(text));
    }
}

/// The first `[label](target)` in `text`: its start, label, target and end.
fn find_link(text: &str) -> Option<(usize, &str, &str, usize)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        let after = &text[open + 1..];
        if let Some(close) = after.find("](") {
            let label = &after[..close];
            let target_start = open + 1 + close + 2;
            if !label.contains('[') && !label.is_empty() {
                if let Some(end) = text[target_start..].find(')') {
                    let target = &text[target_start..target_start + end];
                    return Some((open, label, target, target_start + end + 1));
                }
            }
        }
        from = open + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_emphasis_and_links() {
        assert_eq!(
            parse("Gewoon tekst.").unwrap(),
            [Span::Text("Gewoon tekst.")]
        );
        assert_eq!(
            parse("Dit is **belangrijk**. Zie [hulp](/nl/help) of [de site](https://x.nl).")
                .unwrap(),
            [
                Span::Text("Dit is "),
                Span::Strong("belangrijk"),
                Span::Text(". Zie "),
                Span::Link {
                    text: "hulp",
                    target: "/nl/help"
                },
                Span::Text(" of "),
                Span::Link {
                    text: "de site",
                    target: "https://x.nl"
                },
                Span::Text("."),
            ]
        );
        // Square brackets that are not a link stay text.
        assert_eq!(parse("[een] (twee)").unwrap(), [Span::Text("[een] (twee)")]);
    }

    #[test]
    fn allows_simple_formatting_and_refuses_everything_else() {
        let ok = [
            "Bel ons op 14 0521.",
            "Minder dan 5 < 6 en 7 > 3.",
            "**Let op:** geef het binnen 7 dagen door.",
            "[Bel ons](tel:140521) of [mail](mailto:info@example.nl).",
            "Lees [de regels](/nl/duties).",
        ];
        for text in ok {
            assert_eq!(check(text), Ok(()), "{text}");
        }
        type Expect = fn(&MarkupProblem) -> bool;
        let refused: [(&str, Expect); 12] = [
            ("<script>alert(1)</script>", |p| {
                matches!(p, MarkupProblem::Html { .. })
            }),
            ("Hallo <img src=x onerror=alert(1)>", |p| {
                matches!(p, MarkupProblem::Html { .. })
            }),
            ("<a href=\"/x\" onclick=\"x()\">klik</a>", |p| {
                matches!(p, MarkupProblem::Html { .. })
            }),
            ("<!-- verborgen -->", |p| {
                matches!(p, MarkupProblem::Html { .. })
            }),
            ("</p>", |p| matches!(p, MarkupProblem::Html { .. })),
            ("[klik](javascript:alert(1))", |p| {
                matches!(p, MarkupProblem::UnsafeAddress { .. })
            }),
            ("[klik](JaVa\tScript:alert(1))", |p| {
                matches!(p, MarkupProblem::UnsafeAddress { .. })
            }),
            ("[x](data:text/html;base64,xx)", |p| {
                matches!(p, MarkupProblem::UnsafeAddress { .. })
            }),
            ("![logo](https://evil.example/x.png)", |p| {
                matches!(p, MarkupProblem::Image)
            }),
            ("[x](http://example.nl)", |p| {
                matches!(p, MarkupProblem::LinkTarget { .. })
            }),
            ("[x](//evil.example/)", |p| {
                matches!(p, MarkupProblem::LinkTarget { .. })
            }),
            ("**niet gesloten", |p| {
                matches!(p, MarkupProblem::UnclosedEmphasis)
            }),
        ];
        for (text, expected) in refused {
            let problem = check(text).expect_err(text);
            assert!(expected(&problem), "{text}: {problem:?}");
        }
    }
}
