//! Checks that keep translations in step with the Dutch source: every message exists
//! in every language, none is invented, no translation uses a value the source does not
//! pass, and every file parses. Used by the test suite and, later, when staff save a text.

use super::catalog::LocaleSource;
use super::dated;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::ParserError;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Message (and term) ids with the variables each one uses, attributes included.
pub type Variables = BTreeMap<String, BTreeSet<String>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Syntax {
        lang: String,
        file: String,
        error: String,
    },
    Missing {
        lang: String,
        id: String,
    },
    NotInSource {
        lang: String,
        id: String,
    },
    UnknownVariable {
        lang: String,
        id: String,
        variable: String,
    },
    /// A dated version (`super::dated`) whose date does not exist, or whose undated
    /// message is missing: it would be shown nowhere.
    DatedText {
        id: String,
        problem: &'static str,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax { lang, file, error } => write!(f, "[{lang}] {file}: {error}"),
            Problem::Missing { lang, id } => write!(f, "[{lang}] missing message `{id}`"),
            Problem::NotInSource { lang, id } => {
                write!(
                    f,
                    "[{lang}] message `{id}` does not exist in the source language"
                )
            }
            Problem::UnknownVariable { lang, id, variable } => write!(
                f,
                "[{lang}] message `{id}` uses ${variable}, which the source message does not use"
            ),
            Problem::DatedText { id, problem } => write!(f, "dated text `{id}`: {problem}"),
        }
    }
}

/// A parser error as "line N: what is wrong", N being where the broken entry starts.
pub fn describe_error(text: &str, error: &ParserError) -> String {
    let start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
    let line = text[..start.min(text.len())].matches('\n').count() + 1;
    format!("line {line}: {}", error.kind)
}

/// The message ids of a Fluent text in file order (what parses of it).
pub fn message_ids(text: &str) -> Vec<String> {
    let Ok(parsed) = super::guard::parse(text) else {
        return Vec::new();
    };
    let resource = parsed.unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Parses one Fluent text and collects the variables per message.
pub fn variables(text: &str) -> Result<Variables, Vec<String>> {
    let parsed = super::guard::parse(text).map_err(|limit| vec![limit.to_string()])?;
    let resource = parsed.map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| describe_error(text, e))
            .collect::<Vec<_>>()
    })?;
    let mut out = Variables::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let vars = out.entry(id).or_default();
        for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
            collect_pattern(pattern, vars);
        }
    }
    Ok(out)
}

fn collect_pattern(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, vars),
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_pattern(&variant.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, vars);
            }
            for named in &arguments.named {
                collect_inline(&named.value, vars);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                collect_inline(arg, vars);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

/// Compares a translation with the source. `globals` are values every message may use
/// (the municipality settings), so a translation may mention them even where the
/// source message does not.
pub fn compare(
    lang: &str,
    source: &Variables,
    translation: &Variables,
    globals: &BTreeSet<&str>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for id in source.keys().filter(|id| !translation.contains_key(*id)) {
        problems.push(Problem::Missing {
            lang: lang.into(),
            id: id.clone(),
        });
    }
    for (id, vars) in translation {
        let Some(source_vars) = source.get(id) else {
            problems.push(Problem::NotInSource {
                lang: lang.into(),
                id: id.clone(),
            });
            continue;
        };
        for variable in vars {
            if !source_vars.contains(variable) && !globals.contains(variable.as_str()) {
                problems.push(Problem::UnknownVariable {
                    lang: lang.into(),
                    id: id.clone(),
                    variable: variable.clone(),
                });
            }
        }
    }
    problems
}

/// Checks every language against the first (the source).
pub fn check_locales(locales: &[LocaleSource], globals: &BTreeSet<&str>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut per_language = Vec::new();
    for locale in locales {
        let lang = &locale.language.code;
        let mut merged = Variables::new();
        for (path, text) in &locale.files {
            match variables(text) {
                Ok(vars) => merged.extend(vars),
                Err(errors) => problems.extend(errors.into_iter().map(|error| Problem::Syntax {
                    lang: lang.clone(),
                    file: path.display().to_string(),
                    error,
                })),
            }
        }
        per_language.push((lang, merged));
    }
    if let Some(((_, source), rest)) = per_language.split_first() {
        problems.extend(check_dated(source));
        for (lang, vars) in rest {
            problems.extend(compare(lang, source, vars, globals));
        }
    }
    problems
}

/// The source's dated versions have a real date and an undated message to replace.
fn check_dated(source: &Variables) -> Vec<Problem> {
    source
        .keys()
        .filter_map(|id| {
            let problem = if dated::has_bad_date(id) {
                "the date after `-from-` is not a day written YYYY-MM-DD"
            } else {
                let (base, _) = dated::dated_version(id)?;
                if source.contains_key(base) {
                    return None;
                }
                "there is no message without the date to replace"
            };
            Some(Problem::DatedText {
                id: id.clone(),
                problem,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use std::path::PathBuf;

    fn locale(code: &str, text: &str) -> LocaleSource {
        LocaleSource {
            language: Language::new(code),
            files: vec![(PathBuf::from("x.ftl"), text.into())],
        }
    }

    #[test]
    fn collects_variables_from_selects_functions_and_attributes() {
        let vars = variables(
            "a = { $n ->\n    [one] { $x }\n   *[other] { NUMBER($y) }\n}\n    .title = { $z }\n-t = { $w }\n",
        )
        .unwrap();
        assert_eq!(vars["a"], ["n", "x", "y", "z"].map(String::from).into());
        assert_eq!(vars["-t"], ["w"].map(String::from).into());
    }

    #[test]
    fn a_dated_text_needs_a_real_date_and_its_undated_message() {
        let source =
            "a = A\na-from-2027-01-01 = A2\nb-from-2027-01-01 = B\nc-from-2027-02-30 = C\n";
        let problems = check_locales(&[locale("nl", source)], &BTreeSet::new());
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            text,
            [
                "dated text `b-from-2027-01-01`: there is no message without the date to replace",
                "dated text `c-from-2027-02-30`: the date after `-from-` is not a day written YYYY-MM-DD",
            ]
        );
    }

    #[test]
    fn finds_every_kind_of_problem() {
        let globals = BTreeSet::from(["phone"]);
        let cases: [(&str, Vec<&str>); 6] = [
            ("a = A { $x }\nb = B\n", vec![]),
            ("a = A { $x } { $phone }\nb = B\n", vec![]),
            ("a = A\n", vec!["missing message `b`"]),
            ("a = A\nb = B\nc = C\n", vec!["`c` does not exist"]),
            ("a = A { $y }\nb = B\n", vec!["uses $y"]),
            (
                "a = A {\nb = B\n",
                vec!["line 1", "missing message `a`", "missing message `b`"],
            ),
        ];
        for (translation, expected) in cases {
            let problems = check_locales(
                &[
                    locale("nl", "a = A { $x }\nb = B\n"),
                    locale("en", translation),
                ],
                &globals,
            );
            let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            assert_eq!(text.len(), expected.len(), "{translation:?}: {text:?}");
            for (got, want) in text.iter().zip(expected) {
                assert!(got.contains(want), "{got} should contain {want}");
            }
        }
    }
}
