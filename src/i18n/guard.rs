//! Limits on Fluent text before it reaches the parser.
//!
//! The Fluent parser (`fluent-syntax`) and the formatter (`fluent-bundle`) recurse once
//! per nested placeable `{ … }` and per call's argument list `( … )`. A text of a few
//! thousand `{` overflows the stack of the thread that parses it, which ends the whole
//! process. Staff type texts, import files and publish texts that every instance loads,
//! so every Fluent text that did not ship with the portal passes through here first:
//!
//! 1. [`check`] refuses a text that is too long or nests placeables deeper than
//!    [`MAX_NESTING`], with a problem an editor can act on. The scan follows the
//!    syntax closely enough (string literals, select variants, comments) that every
//!    real text passes.
//! 2. [`parse`] also counts every `{` and `(` — an upper bound of the parser's depth
//!    whatever the scan made of the text — and parses a text with many of them on a
//!    thread whose stack is sized for that bound, so even a text that fooled the scan
//!    cannot overflow a stack.
//! 3. A single message (a text as editors edit it, a published override) may hold at
//!    most [`MAX_ENTRY_OPENERS`] `{` and `(` in all: it is formatted on the server's
//!    request threads at every page view, so its depth must be small by any count.
//!
//! Plain Rust, no web types.

use fluent_syntax::ast::Resource;
use fluent_syntax::parser::ParserError;

/// The deepest nesting of placeables and argument lists a text may have. Shipped texts
/// use at most 2 (a choice with a value in one of its variants).
pub const MAX_NESTING: usize = 10;

/// The most `{` and `(` one message may contain (shipped messages have at most 7).
pub const MAX_ENTRY_OPENERS: usize = 40;

/// The longest Fluent text parsed at all, in bytes (an import of a whole language is
/// about 100 KB).
pub const MAX_SOURCE_BYTES: usize = 2 * 1024 * 1024;

/// Texts with at most this many `{` and `(` are parsed on the calling thread: their
/// depth fits any thread's stack (at most 40 × 16 KiB in a debug build).
const INLINE_OPENERS: usize = MAX_ENTRY_OPENERS;

/// Stack reserved per possible level of nesting on the parsing thread. A level of the
/// parser takes under 16 KiB in a debug build, much less in a release build (see the
/// tests).
const STACK_PER_LEVEL: usize = 32 * 1024;

/// The most `{` and `(` a whole file may contain (a whole language has about 300): the
/// thread that parses it reserves 32 KiB × this (128 MiB), of which it touches only
/// what the real nesting needs.
pub const MAX_OPENERS: usize = 4096;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FluentLimit {
    /// Longer than [`MAX_SOURCE_BYTES`].
    TooLong { max: usize },
    /// Placeables nested deeper than `max`, first at `line`.
    TooDeep { max: usize, line: usize },
    /// More `{` and `(` than `max` in all.
    TooManyBraces { max: usize },
}

impl std::fmt::Display for FluentLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FluentLimit::TooLong { max } => write!(f, "longer than {max} bytes"),
            FluentLimit::TooDeep { max, line } => {
                write!(f, "line {line}: placeables nested deeper than {max}")
            }
            FluentLimit::TooManyBraces { max } => write!(f, "more than {max} `{{` and `(`"),
        }
    }
}

/// What the scan knows about one open placeable.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Inside `{ … }` before `->`: an expression; `"` starts a string literal and
    /// `(` an argument list (the count of open ones).
    Expression { parens: usize },
    /// After `->`: the variants, whose values are text again.
    Variants,
}

/// The deepest nesting of placeables and argument lists in `text`, and the line where
/// it is first reached.
pub fn nesting(text: &str) -> (usize, usize) {
    nesting_up_to(text, usize::MAX)
}

/// [`nesting`], but the scan stops once the depth passes `cap` (and answers
/// `cap + 1`): a text of a million `{` is refused after a few bytes, without a stack of
/// a million frames.
fn nesting_up_to(text: &str, cap: usize) -> (usize, usize) {
    let mut frames: Vec<Frame> = Vec::new();
    let mut open_parens = 0usize;
    let mut in_string = false;
    let mut deepest = (0, 1);
    let mut line = 1;
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_start = std::mem::replace(&mut at_line_start, c == '\n');
        if c == '\n' {
            line += 1;
            in_string = false;
            continue;
        }
        if in_string {
            match c {
                '\\' => {
                    chars.next_if(|&n| n != '\n');
                }
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        // A comment line (a `#` in the first column) holds no syntax; the parser
        // cannot be inside a placeable there without having failed already.
        if line_start && c == '#' && frames.is_empty() {
            while chars.next_if(|&n| n != '\n').is_some() {}
            continue;
        }
        let top = frames.last_mut();
        match (c, top) {
            ('{', _) => frames.push(Frame::Expression { parens: 0 }),
            ('}', Some(_)) => {
                if let Some(Frame::Expression { parens }) = frames.pop() {
                    open_parens -= parens;
                }
            }
            ('"', Some(Frame::Expression { .. })) => in_string = true,
            ('(', Some(Frame::Expression { parens })) => {
                *parens += 1;
                open_parens += 1;
            }
            (')', Some(Frame::Expression { parens })) if *parens > 0 => {
                *parens -= 1;
                open_parens -= 1;
            }
            ('-', Some(frame @ Frame::Expression { .. })) if chars.peek() == Some(&'>') => {
                chars.next();
                if let Frame::Expression { parens } = *frame {
                    open_parens -= parens;
                }
                *frame = Frame::Variants;
            }
            _ => {}
        }
        let depth = frames.len() + open_parens;
        if depth > deepest.0 {
            deepest = (depth, line);
            if depth > cap {
                break;
            }
        }
    }
    deepest
}

/// How many `{` and `(` `text` holds: the parser cannot nest deeper than that.
pub fn openers(text: &str) -> usize {
    text.bytes().filter(|b| matches!(b, b'{' | b'(')).count()
}

/// Whether `text` may be handed to the Fluent parser (see the module).
pub fn check(text: &str) -> Result<(), FluentLimit> {
    if text.len() > MAX_SOURCE_BYTES {
        return Err(FluentLimit::TooLong {
            max: MAX_SOURCE_BYTES,
        });
    }
    let (depth, line) = nesting_up_to(text, MAX_NESTING);
    if depth > MAX_NESTING {
        return Err(FluentLimit::TooDeep {
            max: MAX_NESTING,
            line,
        });
    }
    if openers(text) > MAX_OPENERS {
        return Err(FluentLimit::TooManyBraces { max: MAX_OPENERS });
    }
    Ok(())
}

/// [`check`] for one message (a text as editors edit it, a published override).
pub fn check_entry(entry: &str) -> Result<(), FluentLimit> {
    check(entry)?;
    if openers(entry) > MAX_ENTRY_OPENERS {
        return Err(FluentLimit::TooManyBraces {
            max: MAX_ENTRY_OPENERS,
        });
    }
    Ok(())
}

/// What parsing a text gave: refused before parsing, or the parser's own result.
pub type Parsed<'s> =
    Result<Result<Resource<&'s str>, (Resource<&'s str>, Vec<ParserError>)>, FluentLimit>;

/// Parses `text` within the limits of [`check`], on a thread with a stack big enough
/// for its worst case when it holds many `{` and `(`.
pub fn parse(text: &str) -> Parsed<'_> {
    check(text)?;
    Ok(on_stack_for(text, || fluent_syntax::parser::parse(text)))
}

/// Runs `work` (which parses or formats `text`) where the stack fits `text`'s worst
/// case: here, or on a scoped thread with a stack sized for every `{` and `(` in it.
/// Call only after [`check`] (which bounds that count).
pub fn on_stack_for<T: Send>(text: &str, work: impl FnOnce() -> T + Send) -> T {
    let levels = openers(text);
    if levels <= INLINE_OPENERS {
        return work();
    }
    let stack = 1024 * 1024 + levels * STACK_PER_LEVEL;
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .name("fluent-parse".into())
            .stack_size(stack)
            .spawn_scoped(scope, work)
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had (the process is out of threads or memory): parsing
            // here could overflow, so this is a bug report, not a crash of the server.
            Err(error) => panic!("cannot start a thread to parse a Fluent text: {error}"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_table() {
        let cases: &[(&str, usize)] = &[
            ("m = Tekst zonder waarden.", 0),
            ("m = Binnen { $days } dagen.", 1),
            (
                "m = { $n ->\n    [one] Eén dag\n   *[other] { $n } dagen\n}",
                2,
            ),
            ("m = Kijk naar de accolades {\"{\"} en {\"}\"}.", 1),
            // A string literal's braces do not count, escaped quotes included.
            ("m = { \"}}}{{{\\\"{{{\" }", 1),
            ("m = { NUMBER($n, minimumFractionDigits: 2) }", 2),
            ("m = { F(G(H($n))) }", 4),
            // Brackets and quotes in text are text.
            ("m = Zie (hierboven) \"{ $x }\" en )))", 1),
            ("m = { $n ->\n   *[a] \"{ { $x } }\n}", 3),
            // Comments are skipped.
            ("# {{{{{{{{{{{{\nm = A", 0),
            ("m = {{{{{", 5),
            ("m = }}}} {", 1),
            // A string ends at the end of the line.
            ("m = { \"abc\n{{{", 4),
        ];
        for (text, depth) in cases {
            assert_eq!(nesting(text).0, *depth, "{text:?}");
        }
    }

    #[test]
    fn refuses_deep_long_and_brace_heavy_texts() {
        let deep = format!("m = {}", "{".repeat(2500));
        assert_eq!(
            check(&deep),
            Err(FluentLimit::TooDeep {
                max: MAX_NESTING,
                line: 1
            })
        );
        let at_limit = format!(
            "m = {}$x{}",
            "{ ".repeat(MAX_NESTING),
            " }".repeat(MAX_NESTING)
        );
        assert_eq!(check(&at_limit), Ok(()));
        let over = format!(
            "m = {}$x{}",
            "{ ".repeat(MAX_NESTING + 1),
            " }".repeat(MAX_NESTING + 1)
        );
        assert!(matches!(check(&over), Err(FluentLimit::TooDeep { .. })));
        // A huge text is refused as soon as it is too deep, where it first is.
        let huge = format!("m = A\nb = {}", "{".repeat(MAX_SOURCE_BYTES - 16));
        assert_eq!(
            check(&huge),
            Err(FluentLimit::TooDeep {
                max: MAX_NESTING,
                line: 2
            })
        );
        assert_eq!(nesting_up_to(&huge, 3), (4, 2));
        let second_line = format!("m = A\n    {}", "{".repeat(20));
        assert!(matches!(
            check(&second_line),
            Err(FluentLimit::TooDeep { line: 2, .. })
        ));
        let long = "a".repeat(MAX_SOURCE_BYTES + 1);
        assert!(matches!(check(&long), Err(FluentLimit::TooLong { .. })));
        let many = format!("m = {}", "{ $x } ".repeat(MAX_ENTRY_OPENERS + 1));
        assert_eq!(check(&many), Ok(()));
        assert_eq!(
            check_entry(&many),
            Err(FluentLimit::TooManyBraces {
                max: MAX_ENTRY_OPENERS
            })
        );
    }

    /// Every shipped file passes, and so does every message in it.
    #[test]
    fn every_shipped_text_passes() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for lang in std::fs::read_dir(dir).unwrap() {
            for file in std::fs::read_dir(lang.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                assert_eq!(check(&text), Ok(()), "{}", path.display());
                for (id, entry) in crate::i18n::entries::split_messages(&text) {
                    assert_eq!(check_entry(&entry), Ok(()), "{id}");
                }
            }
        }
    }

    /// A text that fools the scan (here: a parse is forced past it) still cannot
    /// overflow: many `{` are parsed on a thread with a stack to match.
    #[test]
    fn many_braces_parse_on_a_big_enough_stack() {
        let text = format!("m = {}", "{".repeat(MAX_OPENERS));
        let result = on_stack_for(&text, || {
            fluent_syntax::parser::parse(text.as_str()).is_err()
        });
        assert!(result);
    }

    /// The parser's stack use per level stays well under [`STACK_PER_LEVEL`]: 2 000
    /// levels parse on a thread of 2 000 × half of it (plus the thread's own needs).
    /// `PER_LEVEL=8192 cargo test … a_level_of` shows where a debug build overflows.
    #[test]
    fn a_level_of_the_parser_takes_less_than_stack_per_level() {
        let levels = 2_000;
        let per_level: usize =
            std::env::var("PER_LEVEL").map_or(STACK_PER_LEVEL / 2, |v| v.parse().unwrap());
        let text = format!("m = {}$x{}", "{ ".repeat(levels), " }".repeat(levels));
        let ok = std::thread::Builder::new()
            .stack_size(256 * 1024 + levels * per_level)
            .spawn(move || fluent_syntax::parser::parse(text.as_str()).is_ok())
            .unwrap()
            .join()
            .unwrap();
        assert!(ok);
    }

    mod properties {
        use crate::i18n::validate::{check_entry as validate, Reference};
        use proptest::prelude::*;
        use std::collections::BTreeSet;

        /// Pieces of Fluent syntax that nest, and some that confuse a scan.
        fn fragment() -> impl Strategy<Value = &'static str> {
            prop::sample::select(vec![
                "{", "}", "{ ", " }", "(", ")", "F(", "-t(", "\"", "\\", "->", " -> ", "\n",
                "\n    ", "[a] ", "*[b] ", "$x", "a", " ", "#", ",", ":", ".", "\\u00", "é",
            ])
        }

        /// Runs the whole path an editor's text takes (the limits, the parser, the
        /// checks, the variables) on a thread with a small stack like a server
        /// thread's; an overflow would abort the test run.
        fn validate_on_small_stack(entry: String) {
            std::thread::Builder::new()
                .stack_size(2 * 1024 * 1024)
                .spawn(move || {
                    let globals = BTreeSet::new();
                    let variables = BTreeSet::from(["x".to_owned()]);
                    let reference = Reference {
                        variables: &variables,
                        globals: &globals,
                        formatting: true,
                    };
                    let _ = validate("m", &entry, reference);
                    let _ = crate::i18n::lint::variables(&entry);
                    let _ = crate::i18n::lint::message_ids(&entry);
                    let _ = super::super::parse(&entry);
                })
                .unwrap()
                .join()
                .expect("no panic");
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            #[test]
            fn arbitrary_text_never_panics(text in ".{0,300}") {
                validate_on_small_stack(format!("m = {text}"));
            }

            #[test]
            fn nested_syntax_never_overflows(
                pieces in prop::collection::vec(fragment(), 0..6000),
            ) {
                validate_on_small_stack(format!("m = {}", pieces.concat()));
            }

            #[test]
            fn deep_placeables_never_overflow(depth in 0usize..5000, select in any::<bool>()) {
                let open = if select { "{ $x ->\n *[a] " } else { "{ " };
                let text = format!("m = {}$x{}", open.repeat(depth), " }".repeat(depth));
                validate_on_small_stack(text);
            }
        }
    }
}
