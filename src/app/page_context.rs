//! What the shell learns from the request: the page's language and its address
//! without the language prefix (so the language switcher can link to the same page).

use crate::i18n::{language::negotiate, Catalog, I18n};
use leptos::prelude::*;
use std::sync::Arc;

/// The name of the cookie that remembers the chosen language (not personal data: it
/// holds only a language code).
pub const LANGUAGE_COOKIE: &str = "mw_lang";

#[derive(Clone, Debug)]
pub struct PageContext {
    pub catalog: Arc<Catalog>,
    pub lang_code: String,
    /// Path and query after the language prefix, e.g. `/accessibility` or `` for the
    /// start page.
    pub rest: String,
}

impl PageContext {
    pub fn from_request() -> Self {
        let catalog = expect_context::<Arc<Catalog>>();
        let parts = use_context::<http::request::Parts>();
        let path = parts.as_ref().map(|p| p.uri.path()).unwrap_or("/");
        let query = parts
            .as_ref()
            .and_then(|p| p.uri.query())
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let mut segments = path.trim_start_matches('/').splitn(2, '/');
        let first = segments.next().unwrap_or_default();
        if catalog.language(first).is_some() {
            let rest = segments.next().map(|r| format!("/{r}")).unwrap_or_default();
            return PageContext {
                lang_code: first.to_owned(),
                rest: format!("{rest}{query}"),
                catalog,
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
        }
    }
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}
