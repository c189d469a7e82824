//! The floor plan, held against the code: a module of the web layer names only the
//! layers below it (`server → app → pages → shell → components`), never one above.
//! A page gets what it needs as a plain value from its handler; it never reaches into
//! the server or the route table. Doc comments count too: a link that runs back up is
//! the first step of an import that does.

use std::path::{Path, PathBuf};

/// Each folder of `src/` with the top-level modules its files must not name.
const NEVER: [(&str, &[&str]); 3] = [
    ("pages", &["server", "app"]),
    ("shell", &["server", "app", "pages"]),
    ("components", &["server", "app", "pages", "shell"]),
];

/// The top-level modules that `text` names as `crate::module` or in a group
/// `crate::{module::…, …}`, each with the line (from 1) it is named on.
fn named_modules(text: &str) -> Vec<(usize, String)> {
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    let mut found = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        // `crate::` itself, not the end of another name (`my_crate::`).
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The first segment of every item of the group (depth 1 only).
            let group_start = at + "crate::{".len();
            let mut depth = 1;
            let mut item_start = Some(0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = Some(i + 1),
                    _ => {}
                }
                if let Some(start) = item_start {
                    if !c.is_whitespace() && c != ',' {
                        let name = identifier(group[start..].trim_start());
                        if !name.is_empty() {
                            found.push((line_of(group_start + i), name));
                        }
                        item_start = None;
                    }
                }
            }
        } else {
            let name = identifier(rest);
            if !name.is_empty() {
                found.push((line_of(at), name));
            }
        }
    }
    found
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every place in `src/` where a module names a layer above its own, as
/// `file:line: names crate::module`.
fn upward_references(src: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (folder, never) in NEVER {
        let mut files = Vec::new();
        rust_files(&src.join(folder), &mut files);
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file is readable");
            for (line, module) in named_modules(&text) {
                if never.contains(&module.as_str()) {
                    let shown = file
                        .strip_prefix(src.parent().unwrap_or(src))
                        .unwrap_or(&file);
                    found.push(format!(
                        "{}:{line}: names crate::{module}, a layer above {folder}",
                        shown.display()
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_module_of_the_web_layer_names_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = upward_references(&src);
    assert!(
        found.is_empty(),
        "imports must point down (server → app → pages → shell → components); these run \
         back up:\n{}",
        found.join("\n")
    );
}

#[test]
fn finds_modules_named_alone_and_in_groups() {
    let text = "use crate::i18n::I18n;\n\
                // see `crate::server::page`\n\
                use crate::{\n    app::shell,\n    domain::{notice, selfcheck::{Rules}},\n    server,\n};\n\
                let x = crate::pages::x();\n\
                use other_crate::server;\n";
    let expected = [
        (1, "i18n"),
        (2, "server"),
        (4, "app"),
        (5, "domain"),
        (6, "server"),
        (8, "pages"),
    ]
    .map(|(line, name)| (line, name.to_owned()));
    assert_eq!(named_modules(text), expected);
}
