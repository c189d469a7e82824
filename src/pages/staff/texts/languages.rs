//! The languages dashboard: per language how many texts are edited, outdated or
//! missing, with export and import.

use super::back_to_list;
use crate::components::page_title::PageTitle;
use crate::i18n::{use_i18n, Language};
use crate::pages::staff::format::{language_label, language_name};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct LanguageCounts {
    pub lang: Language,
    pub is_source: bool,
    pub total: usize,
    pub edited: usize,
    pub outdated: usize,
    pub missing: usize,
}

#[derive(Clone, Debug)]
pub struct TextLanguagesView {
    pub languages: Vec<LanguageCounts>,
    /// After an import: how many texts it published.
    pub imported: Option<i64>,
}

pub fn languages_view(v: TextLanguagesView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-texts-languages-title");
    let notice = v.imported.map(|count| {
        view! {
            <p class="callout" role="status">
                {i18n.t_with("staff-texts-imported", &[("count", count.into())])}
            </p>
        }
    });
    let rows = v
        .languages
        .iter()
        .map(|c| {
            let code = c.lang.code.clone();
            let filter = |status: &str, n: usize| {
                let href = format!("/staff/texts?lang={code}&status={status}");
                if n == 0 {
                    view! { <span>{n}</span> }.into_any()
                } else {
                    view! { <a href=href>{n}</a> }.into_any()
                }
            };
            let source = c
                .is_source
                .then(|| view! { " " <span class="hint">{i18n.t("staff-texts-source-language")}</span> });
            view! {
                <tr>
                    <th scope="row">{language_label(&i18n, &c.lang)} {source}</th>
                    <td>{c.total}</td>
                    <td>{filter("edited", c.edited)}</td>
                    <td>{filter("outdated", c.outdated)}</td>
                    <td>{filter("missing", c.missing)}</td>
                    <td>
                        <a href=format!("/staff/texts/languages/{code}/export") download="">
                            {i18n.t("staff-texts-export")}
                            <span class="visually-hidden">" " {language_name(&i18n, &c.lang.code)}</span>
                        </a>
                        " · "
                        <a href=format!("/staff/texts/languages/{code}/import")>
                            {i18n.t("staff-texts-import-link")}
                            <span class="visually-hidden">" " {language_name(&i18n, &c.lang.code)}</span>
                        </a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        {back_to_list(&i18n)}
        {notice}
        <h1>{heading}</h1>
        <p>{i18n.t("staff-texts-languages-intro")}</p>
        <div class="table-scroll">
            <table class="text-table" id="languages">
                <caption class="visually-hidden">{i18n.t("staff-texts-languages-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("staff-texts-col-language")}</th>
                        <th scope="col">{i18n.t("staff-texts-col-total")}</th>
                        <th scope="col">{i18n.t("staff-texts-status-edited")}</th>
                        <th scope="col">{i18n.t("staff-texts-status-outdated")}</th>
                        <th scope="col">{i18n.t("staff-texts-status-missing")}</th>
                        <th scope="col">{i18n.t("staff-texts-col-files")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
