//! The list of every text, grouped by where residents meet it, with its status per
//! language, a search and the filter the languages dashboard links to.

use super::group_name;
use crate::components::page_title::PageTitle;
use crate::i18n::entries::TextStatus;
use crate::i18n::{use_i18n, I18n, Language};
use crate::pages::staff::format::{language_label, language_name, text_status_name};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct LanguageStatus {
    pub lang: Language,
    pub status: TextStatus,
    pub draft: bool,
}

#[derive(Clone, Debug)]
pub struct TextRow {
    pub id: String,
    /// The Dutch text residents see now.
    pub dutch: String,
    pub statuses: Vec<LanguageStatus>,
}

#[derive(Clone, Debug)]
pub struct TextGroup {
    /// The file the texts are shipped in, e.g. `info-duties`.
    pub group: String,
    pub rows: Vec<TextRow>,
}

#[derive(Clone, Debug)]
pub struct TextListView {
    pub query: String,
    pub filter_lang: Option<String>,
    pub filter_status: Option<TextStatus>,
    pub groups: Vec<TextGroup>,
    pub matches: usize,
    pub languages: Vec<Language>,
}

pub fn list_view(v: TextListView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-texts-title");
    let filtered = v.filter_status.map(|status| {
        let lang = v
            .filter_lang
            .as_deref()
            .and_then(|code| v.languages.iter().find(|l| l.code == code));
        let language = lang
            .map(|l| language_name(&i18n, &l.code))
            .unwrap_or_default();
        view! {
            <p class="callout" role="status">
                {i18n.t_with(
                    "staff-texts-filtered",
                    &[
                        ("status", text_status_name(&i18n, status, false).into()),
                        ("language", language.into()),
                    ],
                )}
                " "
                <a href="/staff/texts">{i18n.t("staff-texts-show-all")}</a>
            </p>
        }
    });
    let searching = !v.query.trim().is_empty() || v.filter_status.is_some();
    let groups = v
        .groups
        .iter()
        .map(|g| group_table(&i18n, g, &v.languages, searching))
        .collect_view();
    let hidden = [
        ("lang", v.filter_lang.clone()),
        ("status", v.filter_status.map(|s| s.code().to_owned())),
    ]
    .into_iter()
    .filter_map(|(name, value)| {
        value.map(|value| view! { <input type="hidden" name=name value=value /> })
    })
    .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        <p class="no-print">
            <a class="back-link" href="/staff">{i18n.t("staff-home-title")}</a>
        </p>
        <h1>{heading}</h1>
        <p>{i18n.t("staff-texts-intro")}</p>
        <p>
            <a href="/staff/texts/languages">{i18n.t("staff-texts-languages-link")}</a>
        </p>
        <form method="get" action="/staff/texts" role="search" class="text-search">
            {hidden}
            <div class="form-group">
                <label class="label" for="q">{i18n.t("staff-texts-search-label")}</label>
                <p class="hint" id="q-hint">{i18n.t("staff-texts-search-hint")}</p>
                <input
                    class="input"
                    type="search"
                    id="q"
                    name="q"
                    value=v.query.clone()
                    aria-describedby="q-hint"
                />
            </div>
            <button type="submit" class="button">{i18n.t("staff-texts-search-button")}</button>
        </form>
        {filtered}
        <p role="status">
            {i18n.t_with("staff-texts-results", &[("count", (v.matches as i64).into())])}
        </p>
        {groups}
    }
}

fn group_table(i18n: &I18n, g: &TextGroup, languages: &[Language], open: bool) -> impl IntoView {
    let name = group_name(i18n, &g.group);
    let count = i18n.t_with(
        "staff-texts-group-count",
        &[("count", (g.rows.len() as i64).into())],
    );
    let columns = languages
        .iter()
        .map(|l| view! { <th scope="col">{language_label(i18n, l)}</th> })
        .collect_view();
    let rows = g
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .statuses
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let label = text_status_name(i18n, s.status, i == 0);
                    let draft = s.draft.then(|| {
                        view! { <span class="tag">{i18n.t("staff-texts-draft")}</span> }
                    });
                    view! {
                        <td class=format!("text-status text-status--{}", s.status.code())>
                            <a href=format!("/staff/texts/{}/{}", s.lang.code, row.id)>
                                {label}
                                <span class="visually-hidden">
                                    " – " {language_name(i18n, &s.lang.code)} ", " {row.id.clone()}
                                </span>
                            </a>
                            " "
                            {draft}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <code>{row.id.clone()}</code>
                        <br />
                        <span lang="nl">{row.dutch.clone()}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="text-group" open=open>
            <summary>
                <span class="text-group__name">{name.clone()}</span>
                " "
                <span class="hint">"(" {count} ")"</span>
            </summary>
            <div class="table-scroll">
                <table class="text-table">
                    <caption class="visually-hidden">{name}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("staff-texts-col-text")}</th>
                            {columns}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
