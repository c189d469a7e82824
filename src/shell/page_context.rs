//! What the shell learns from the request: the page's language and its address
//! without the language prefix (so the language switcher can link to the same page).

use crate::domain::calendar::Today;
use crate::i18n::{language::negotiate, Catalog, I18n};
use leptos::prelude::*;
use std::sync::Arc;
use time::Date;

/// The name of the cookie that remembers the chosen language (not personal data: it
/// holds only a language code).
pub const LANGUAGE_COOKIE: &str = "mw_lang";

#[derive(Clone, Debug)]
pub struct PageContext {
    pub catalog: Arc<Catalog>,
    /// The day the page is for (dated texts and figures).
    pub today: Date,
    pub lang_code: String,
    /// Path and query after the language prefix, e.g. `/accessibility` or `` for the
    /// start page.
    pub rest: String,
}

impl PageContext {
    pub fn from_request() -> Self {
        let catalog = expect_context::<Arc<Catalog>>();
        let Today(today) = expect_context::<Today>();
        let parts = use_context::<http::request::Parts>();
        let path = parts.as_ref().map(|p| p.uri.path()).unwrap_or("/");
        let query = parts
            .as_ref()
            .and_then(|p| p.uri.query())
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let (first, rest) = split_language(path);
        if catalog.language(first).is_some() {
            return PageContext {
                lang_code: first.to_owned(),
                rest: format!("{rest}{query}"),
                catalog,
                today,
            };
        }
        // Not under a language: a page that does not exist. Answer in the language
        // the visitor most likely reads.
        let header = |name| {
            parts
                .as_ref()
                .and_then(|p| p.headers.get(name))
                .and_then(|v| v.to_str().ok())
        };
        let remembered = header("cookie").and_then(|c| cookie_value(c, LANGUAGE_COOKIE));
        let lang = negotiate(catalog.languages(), remembered, header("accept-language"));
        PageContext {
            lang_code: lang.code.clone(),
            rest: String::new(),
            catalog,
            today,
        }
    }

    pub fn i18n(&self) -> I18n {
        let lang = self
            .catalog
            .language(&self.lang_code)
            .unwrap_or_else(|| self.catalog.source_language())
            .clone();
        I18n {
            lang,
            catalog: self.catalog.clone(),
            today: self.today,
        }
    }
}

/// Splits a path into its first segment (the language code, if it is one) and the
/// rest: `/nl/help` → (`nl`, `/help`), `/nl` → (`nl`, ``).
pub fn split_language(path: &str) -> (&str, &str) {
    let path = path.trim_start_matches('/');
    match path.find('/') {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    }
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_language_from_the_rest() {
        let cases = [
            ("/nl/help", ("nl", "/help")),
            ("/nl", ("nl", "")),
            ("/nl/", ("nl", "/")),
            ("/ar/a/b", ("ar", "/a/b")),
            ("/", ("", "")),
            ("/healthz", ("healthz", "")),
        ];
        for (path, expected) in cases {
            assert_eq!(split_language(path), expected, "{path}");
        }
    }

    #[test]
    fn finds_a_cookie_among_others() {
        assert_eq!(cookie_value("a=1; mw_lang=ar", LANGUAGE_COOKIE), Some("ar"));
        assert_eq!(cookie_value("mw_langx=ar", LANGUAGE_COOKIE), None);
    }
}
