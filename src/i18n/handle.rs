//! The per-request language handle that page components use to get their texts.

use super::{Catalog, Language};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;
use time::{Date, Month};

/// The visitor's language, a snapshot of the catalog and the day the texts are for,
/// taken once per request so one page never mixes texts from before and after a
/// publish, or from before and after midnight (texts and figures may be dated).
#[derive(Clone, Debug)]
pub struct I18n {
    pub lang: Language,
    pub catalog: Arc<Catalog>,
    /// Today in the Netherlands (or `MELDWIJZER_TODAY`): which dated texts and figures
    /// are in force.
    pub today: Date,
}

impl I18n {
    /// The text of message `id`.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The text of message `id` with values.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.catalog.format(&self.lang.code, id, args, self.today)
    }

    /// The text of message `id` in another language (a language's own name).
    pub fn t_in(&self, lang: &str, id: &str) -> String {
        self.catalog.format(lang, id, &[], self.today)
    }

    /// A date as this language writes it in a sentence, e.g. `3 maart 2026`,
    /// `3 marca 2026`. Month names are texts (`dates.ftl`), so staff can edit them.
    pub fn date(&self, date: Date) -> String {
        self.catalog.format_date(&self.lang.code, date, self.today)
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
