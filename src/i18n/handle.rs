//! The per-request language handle that page components use to get their texts.

use super::{Catalog, Language};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;

/// The visitor's language and a snapshot of the catalog, taken once per request so one
/// page never mixes texts from before and after a publish.
#[derive(Clone, Debug)]
pub struct I18n {
    pub lang: Language,
    pub catalog: Arc<Catalog>,
}

impl I18n {
    /// The text of message `id`.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(&self.lang.code, id, &[])
    }

    /// The text of message `id` with values.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.catalog.format(&self.lang.code, id, args)
    }

    /// An address inside the portal in this language, e.g. `href("/accessibility")`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang.code, path)
    }
}

/// The language handle of the page being rendered (provided by the shell).
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
