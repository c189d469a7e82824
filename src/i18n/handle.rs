//! The per-request language handle that page components use to get their texts.

use super::{Catalog, Language};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;
use time::{Date, Month};

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

    /// A date as this language writes it in a sentence, e.g. `3 maart 2026`,
    /// `3 marca 2026`. Month names are texts (`dates.ftl`), so staff can edit them.
    pub fn date(&self, date: Date) -> String {
        let month = self.t(&format!("date-in-month-{}", u8::from(date.month())));
        self.t_with(
            "date-full",
            &[
                ("day", FluentValue::from(date.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }

    /// A month of a year, e.g. `maart 2026`.
    pub fn month(&self, year: i32, month: Month) -> String {
        let name = self.t(&format!("month-{}", u8::from(month)));
        self.t_with(
            "date-month-year",
            &[
                ("month", FluentValue::from(name)),
                ("year", FluentValue::from(year.to_string())),
            ],
        )
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
