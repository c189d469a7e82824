//! Importing a language's texts: a text box for the exported file, and every problem
//! found in it, by message.

use crate::components::error_summary::ErrorSummary;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::components::textarea::TextArea;
use crate::i18n::{use_i18n, Language};
use crate::pages::staff::form::FieldError;
use crate::pages::staff::format::language_name;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct TextImportView {
    pub csrf: String,
    pub lang: Language,
    pub text: String,
    /// (message id, problem); the id is empty for a problem with the whole file.
    pub problems: Vec<(String, FieldError)>,
}

pub fn import_view(v: TextImportView) -> impl IntoView {
    let i18n = use_i18n();
    let language = language_name(&i18n, &v.lang.code);
    let heading = i18n.t_with("staff-texts-import-title", &[("language", language.into())]);
    let title = if v.problems.is_empty() {
        heading.clone()
    } else {
        format!("{} {heading}", i18n.t("staff-error-prefix"))
    };
    let messages: Vec<String> = v
        .problems
        .iter()
        .map(|(id, e)| {
            if id.is_empty() {
                e.text(&i18n)
            } else {
                format!("{id}: {}", e.text(&i18n))
            }
        })
        .collect();
    let summary = (!messages.is_empty()).then(|| {
        let items = messages
            .iter()
            .map(|m| ("ftl".to_owned(), m.clone()))
            .collect();
        view! { <ErrorSummary title=i18n.t("staff-error-summary-title") items /> }
    });
    let invalid = !messages.is_empty();
    let error_view = invalid.then(|| {
        let items = messages
            .iter()
            .map(|m| view! { <li>{m.clone()}</li> })
            .collect_view();
        view! {
            <div class="error-message" id="ftl-error">
                <span class="visually-hidden">{i18n.t("staff-error-prefix")}" "</span>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <PageTitle text=title />
        <p class="no-print">
            <a class="back-link" href="/staff/texts/languages">
                {i18n.t("staff-texts-languages-title")}
            </a>
        </p>
        {summary}
        <h1>{heading}</h1>
        <p>{i18n.t("staff-texts-import-intro")}</p>
        <form method="post" action=format!("/staff/texts/languages/{}/import", v.lang.code) novalidate="">
            {form_token(v.csrf.clone())}
            <div class=if invalid { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for="ftl">{i18n.t("staff-texts-import-label")}</label>
                <p class="hint" id="ftl-hint">{i18n.t("staff-texts-import-hint")}</p>
                {error_view}
                <TextArea
                    id="ftl".to_owned()
                    name="ftl"
                    rows="20".to_owned()
                    value=v.text.clone()
                    lang=v.lang.code.clone()
                    dir=v.lang.direction.as_str()
                    spellcheck="false"
                    described_by=Some(if invalid { "ftl-hint ftl-error" } else { "ftl-hint" }.to_owned())
                    invalid=invalid
                />
            </div>
            <button type="submit" class="button">{i18n.t("staff-texts-import-button")}</button>
        </form>
    }
}
