//! A text's history: each publication as a comparison of before and after, with a
//! button to publish an earlier version (or the shipped text) again.

use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::domain::text_diff::{side_by_side, Change, Piece};
use crate::i18n::entries::entry_value;
use crate::i18n::{use_i18n, I18n, Language};
use crate::pages::staff::format::{date_time, language_name};
use crate::store::texts::{HistoryEntry, PublishKind};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct TextHistoryView {
    pub csrf: String,
    pub id: String,
    pub lang: Language,
    /// The text residents see now, and the one shipped in `locales/`.
    pub current: String,
    pub shipped: Option<String>,
    /// Newest first.
    pub entries: Vec<HistoryEntry>,
}

fn pieces_view(pieces: Vec<Piece>, i18n: &I18n) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| match p.change {
            Change::Same => p.text.into_any(),
            Change::Removed => view! {
                <del>
                    <span class="visually-hidden">"[" {i18n.t("staff-texts-history-removed")} ": "</span>
                    {p.text}
                    <span class="visually-hidden">"]"</span>
                </del>
            }
            .into_any(),
            Change::Added => view! {
                <ins>
                    <span class="visually-hidden">"[" {i18n.t("staff-texts-history-added")} ": "</span>
                    {p.text}
                    <span class="visually-hidden">"]"</span>
                </ins>
            }
            .into_any(),
        })
        .collect_view()
}

fn restore_form(i18n: &I18n, v: &TextHistoryView, version: String, label: &str) -> impl IntoView {
    view! {
        <form method="post" action=format!("/staff/texts/{}/{}/revert", v.lang.code, v.id)>
            {form_token(v.csrf.clone())}
            <input type="hidden" name="version" value=version />
            <button type="submit" class="button button--secondary">{i18n.t(label)}</button>
        </form>
    }
}

pub fn history_view(v: TextHistoryView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t_with(
        "staff-texts-history-title",
        &[
            ("id", v.id.clone().into()),
            ("language", language_name(&i18n, &v.lang.code).into()),
        ],
    );
    let lang = v.lang.code.clone();
    let dir = v.lang.direction.as_str();
    let entries = v
        .entries
        .iter()
        .map(|e| {
            let old = entry_value(&e.old_source);
            let new = entry_value(&e.new_source);
            let (left, right) = side_by_side(&old, &new);
            let kind = match e.kind {
                PublishKind::Publish => "staff-texts-history-kind-publish",
                PublishKind::Revert => "staff-texts-history-kind-revert",
                PublishKind::Import => "staff-texts-history-kind-import",
            };
            let who = i18n.t_with(
                "staff-texts-history-entry",
                &[
                    ("kind", i18n.t(kind).into()),
                    ("date", date_time(&i18n, e.published_at).into()),
                    (
                        "name",
                        e.actor
                            .clone()
                            .unwrap_or_else(|| i18n.t("staff-texts-unknown-person"))
                            .into(),
                    ),
                ],
            );
            let action = if new == v.current {
                view! { <p class="hint">{i18n.t("staff-texts-history-current")}</p> }.into_any()
            } else {
                restore_form(&i18n, &v, e.id.to_string(), "staff-texts-history-restore").into_any()
            };
            view! {
                <li class="history__entry">
                    <h2 class="history__title">{who}</h2>
                    <div class="diff">
                        <div class="diff__side">
                            <h3>{i18n.t("staff-texts-history-before")}</h3>
                            <p lang=lang.clone() dir=dir>{pieces_view(left, &i18n)}</p>
                        </div>
                        <div class="diff__side">
                            <h3>{i18n.t("staff-texts-history-after")}</h3>
                            <p lang=lang.clone() dir=dir>{pieces_view(right, &i18n)}</p>
                        </div>
                    </div>
                    {action}
                </li>
            }
        })
        .collect_view();
    let empty = v
        .entries
        .is_empty()
        .then(|| view! { <p>{i18n.t("staff-texts-history-empty")}</p> });
    let shipped = v
        .shipped
        .as_ref()
        .filter(|s| **s != v.current && !v.entries.is_empty())
        .map(|_| {
            restore_form(
                &i18n,
                &v,
                "shipped".into(),
                "staff-texts-history-restore-shipped",
            )
        });
    view! {
        <PageTitle text=heading.clone() />
        <p class="no-print">
            <a class="back-link" href=format!("/staff/texts/{}/{}", v.lang.code, v.id)>
                {i18n.t("staff-texts-back-to-text")}
            </a>
        </p>
        <h1>{heading}</h1>
        {empty}
        <ol class="history plain-list">{entries}</ol>
        {shipped}
    }
}
