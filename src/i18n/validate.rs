//! What a text must satisfy before it is saved or published: it is one Fluent message
//! with the expected id, it parses, it keeps every value the Dutch source uses (the
//! deadline, an amount) and invents none, and its formatting is safe
//! (`crate::domain::markup`). Plain Rust; the editor, the import and the tests use it.

use super::guard::{self, FluentLimit};
use super::lint;
use crate::domain::markup::{self, MarkupProblem, Span};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::unicode::unescape_unicode_to_string;
use std::collections::BTreeSet;

/// The longest entry an editor may save, in characters.
pub const MAX_ENTRY_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    TooLong {
        max: usize,
    },
    /// Placeables `{ … }` nested deeper than `max` (`super::guard`).
    TooDeep {
        max: usize,
    },
    /// More than `max` `{` and `(` in one text (`super::guard`).
    TooManyBraces {
        max: usize,
    },
    /// The Fluent parser's complaint, as "line N: …".
    Syntax {
        detail: String,
    },
    /// The entry is not exactly one message, or not the expected one.
    WrongMessage {
        expected: String,
    },
    /// A value the Dutch source uses is missing.
    DroppedVariable {
        variable: String,
    },
    /// A value that the Dutch source does not use (and that is not a setting).
    UnknownVariable {
        variable: String,
    },
    /// Emphasis or a link in a text that is shown without formatting.
    FormattingNotShown,
    Markup(MarkupProblem),
}

/// What a text is checked against.
#[derive(Debug, Clone, Copy)]
pub struct Reference<'a> {
    /// The variables of the Dutch message (the shipped one for a Dutch text, the one
    /// residents see now for a translation).
    pub variables: &'a BTreeSet<String>,
    /// Values every message may use (the municipality settings).
    pub globals: &'a BTreeSet<&'a str>,
    /// Whether the text is drawn with its formatting (emphasis, links). Where it is
    /// not, `**` and `[…](…)` would reach residents as characters, so they are refused.
    pub formatting: bool,
}

/// The variables of the message `id` in `entry` (empty when it does not parse).
pub fn variables_of(id: &str, entry: &str) -> BTreeSet<String> {
    lint::variables(entry)
        .ok()
        .and_then(|mut vars| vars.remove(id))
        .unwrap_or_default()
}

/// Checks the entry of message `id`; no problems means it may be published.
pub fn check_entry(id: &str, entry: &str, reference: Reference<'_>) -> Vec<TextProblem> {
    if super::entries::entry_value(entry).is_empty() {
        return vec![TextProblem::Empty];
    }
    if entry.chars().count() > MAX_ENTRY_CHARS {
        return vec![TextProblem::TooLong {
            max: MAX_ENTRY_CHARS,
        }];
    }
    // Refused before the parser sees it: a deep text would overflow its stack.
    let parsed = match guard::check_entry(entry).and_then(|()| guard::parse(entry)) {
        Ok(parsed) => parsed,
        Err(FluentLimit::TooDeep { max, .. }) => return vec![TextProblem::TooDeep { max }],
        Err(FluentLimit::TooManyBraces { max }) => return vec![TextProblem::TooManyBraces { max }],
        Err(FluentLimit::TooLong { .. }) => {
            return vec![TextProblem::TooLong {
                max: MAX_ENTRY_CHARS,
            }]
        }
    };
    let resource = match parsed {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return errors
                .iter()
                .take(1)
                .map(|e| TextProblem::Syntax {
                    detail: lint::describe_error(entry, e),
                })
                .collect()
        }
    };
    let messages: Vec<_> = resource
        .body
        .iter()
        .filter(|e| !matches!(e, Entry::Comment(_) | Entry::GroupComment(_)))
        .collect();
    let message = match messages.as_slice() {
        [Entry::Message(m)] if m.id.name == id => m,
        _ => {
            return vec![TextProblem::WrongMessage {
                expected: id.to_owned(),
            }]
        }
    };
    let mut problems = Vec::new();
    let used = variables_of(id, entry);
    for variable in reference.variables.difference(&used) {
        problems.push(TextProblem::DroppedVariable {
            variable: variable.clone(),
        });
    }
    for variable in used.difference(reference.variables) {
        if !reference.globals.contains(variable.as_str()) {
            problems.push(TextProblem::UnknownVariable {
                variable: variable.clone(),
            });
        }
    }
    let mut visible = String::new();
    for pattern in message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value))
    {
        visible_text(pattern, &mut visible);
        visible.push('\n');
    }
    match markup::check(&visible).and_then(|()| markup::parse(&visible)) {
        Err(problem) => problems.push(TextProblem::Markup(problem)),
        Ok(spans) if !reference.formatting && spans.iter().any(|s| !matches!(s, Span::Text(_))) => {
            problems.push(TextProblem::FormattingNotShown)
        }
        Ok(_) => {}
    }
    problems
}

/// The text a pattern can show, every variant of a choice included; string literals
/// are unescaped (so `{ "\u003C" }` is seen as `<`) and a variable reads as `x`.
fn visible_text(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => visible_expression(expression, out),
        }
    }
}

fn visible_expression(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Inline(inline) => visible_inline(inline, out),
        Expression::Select { variants, .. } => {
            for variant in variants {
                visible_text(&variant.value, out);
                out.push('\n');
            }
        }
    }
}

fn visible_inline(inline: &InlineExpression<&str>, out: &mut String) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            out.push_str(&unescape_unicode_to_string(value));
        }
        InlineExpression::NumberLiteral { value } => out.push_str(value),
        InlineExpression::Placeable { expression } => visible_expression(expression, out),
        _ => out.push('x'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_only_where_it_is_shown() {
        let globals = BTreeSet::new();
        let variables = BTreeSet::new();
        for (formatting, entry, refused) in [
            (true, "m = Lees **dit** en [de hulp](/nl/help).", false),
            (false, "m = Lees **dit**.", true),
            (false, "m = Lees [de hulp](/nl/help).", true),
            (false, "m = Lees dit, 2 * 3 = 6.", false),
        ] {
            let reference = Reference {
                variables: &variables,
                globals: &globals,
                formatting,
            };
            let problems = check_entry("m", entry, reference);
            assert_eq!(
                problems.contains(&TextProblem::FormattingNotShown),
                refused,
                "{entry}: {problems:?}"
            );
        }
    }

    #[test]
    fn checks_a_text_before_it_is_saved() {
        let globals = BTreeSet::from(["phone", "change-deadline-days"]);
        let source_vars = BTreeSet::from(["days".to_owned()]);
        let reference = Reference {
            variables: &source_vars,
            globals: &globals,
            formatting: true,
        };
        type Expect = fn(&[TextProblem]) -> bool;
        let cases: [(&str, Expect); 14] = [
            ("m = Binnen { $days } dagen.", |p| p.is_empty()),
            // Settings may be added; emphasis and links are fine.
            (
                "m = **Binnen { $days } dagen.** Bel [ons](tel:140521) op { $phone }.",
                |p| p.is_empty(),
            ),
            (
                "m = { $days ->\n    [one] Eén dag\n   *[other] { $days } dagen\n}",
                |p| p.is_empty(),
            ),
            ("m = ", |p| p == [TextProblem::Empty]),
            (
                "m = Binnen { $days dagen.",
                |p| matches!(p, [TextProblem::Syntax { detail }] if detail.starts_with("line 1")),
            ),
            ("m = Binnen }", |p| {
                matches!(p, [TextProblem::Syntax { .. }])
            }),
            ("other = Binnen { $days } dagen.", |p| {
                matches!(p, [TextProblem::WrongMessage { .. }])
            }),
            ("m = A { $days }\nn = B", |p| {
                matches!(p, [TextProblem::WrongMessage { .. }])
            }),
            ("m = Binnen een week.", |p| {
                p == [TextProblem::DroppedVariable {
                    variable: "days".into(),
                }]
            }),
            ("m = Binnen { $days } dagen, { $name }.", |p| {
                p == [TextProblem::UnknownVariable {
                    variable: "name".into(),
                }]
            }),
            ("m = { $days } <script>alert(1)</script>", |p| {
                matches!(p, [TextProblem::Markup(MarkupProblem::Html { .. })])
            }),
            // A string literal cannot smuggle a tag past the check.
            ("m = { $days } { \"\\u003Cimg\" } src=x>", |p| {
                matches!(p, [TextProblem::Markup(MarkupProblem::Html { .. })])
            }),
            ("m = { $days } [klik](javascript:alert(1))", |p| {
                matches!(
                    p,
                    [TextProblem::Markup(MarkupProblem::UnsafeAddress { .. })]
                )
            }),
            ("m = { $days ->\n   *[other] <b>vet</b>\n}", |p| {
                matches!(p, [TextProblem::Markup(MarkupProblem::Html { .. })])
            }),
        ];
        for (entry, expected) in cases {
            let problems = check_entry("m", entry, reference);
            assert!(expected(&problems), "{entry:?}: {problems:?}");
        }
        let long = format!("m = {}{{ $days }}", "a".repeat(MAX_ENTRY_CHARS));
        assert_eq!(
            check_entry("m", &long, reference),
            [TextProblem::TooLong {
                max: MAX_ENTRY_CHARS
            }]
        );
    }
}
