//! The text editor's pages: the list of every text, the languages dashboard, the
//! editor with its preview and plain-language figures, a text's history, and import.
//! The server's handlers decide everything; these only show it.

use super::figures::{self, HelperTexts};
use super::form::{self, FieldError};
use super::format::{date_time, language_label, language_name, text_status_name};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::components::rich_text::rich_text;
use crate::components::textarea::TextArea;
use crate::domain::readability::{self, Readability};
use crate::domain::text_diff::{side_by_side, Change, Piece};
use crate::i18n::entries::{entry_value, TextStatus};
use crate::i18n::{use_i18n, Catalog, I18n, Language};
use crate::islands::text_helper::{ids, TextHelper};
use crate::pages::info::InfoPage;
use crate::pages::start::StartPage;
use crate::store::texts::{Draft, HistoryEntry, PublishKind};
use leptos::prelude::*;
use std::sync::Arc;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditNotice {
    DraftSaved,
    Published,
    Confirmed,
    Reverted,
}

/// The resident page that shows a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewTarget {
    InfoPage(&'static str),
    StartPage,
    /// The text is not on one fixed page (a self-check step, a form error, …).
    TextOnly,
}

/// A resident page rendered with the text in the editor applied to a copy of the
/// catalog.
#[derive(Clone, Debug)]
pub struct PreviewView {
    pub lang: Language,
    pub catalog: Arc<Catalog>,
    pub target: PreviewTarget,
    pub id: String,
}

#[derive(Clone, Debug)]
pub struct TextEditView {
    pub csrf: String,
    pub id: String,
    pub group: String,
    pub lang: Language,
    pub source_lang: Language,
    /// The Dutch text residents see now.
    pub source_value: String,
    /// What is in the text box.
    pub value: String,
    pub status: TextStatus,
    pub draft: Option<Draft>,
    pub errors: Vec<FieldError>,
    pub notice: Option<EditNotice>,
    /// For a Dutch text: its plain-language figures.
    pub readability: Option<Readability>,
    pub long_words: Vec<String>,
    pub preview: Option<PreviewView>,
}

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

#[derive(Clone, Debug)]
pub struct TextImportView {
    pub csrf: String,
    pub lang: Language,
    pub text: String,
    /// (message id, problem); the id is empty for a problem with the whole file.
    pub problems: Vec<(String, FieldError)>,
}

/// The name of a group of texts as residents meet them.
fn group_name(i18n: &I18n, group: &str) -> String {
    match group.strip_prefix("info-") {
        Some(page) if page != "common" => i18n.t_with(
            "staff-texts-group-info",
            &[("page", i18n.t(&format!("info-{page}-nav")).into())],
        ),
        _ => i18n.t(&format!("staff-texts-group-{group}")),
    }
}

fn back_to_list(i18n: &I18n) -> impl IntoView {
    view! {
        <p class="no-print">
            <a class="back-link" href="/staff/texts">{i18n.t("staff-texts-back-to-list")}</a>
        </p>
    }
}

// ---------------------------------------------------------------------------------
// The list

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

// ---------------------------------------------------------------------------------
// The languages dashboard

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

// ---------------------------------------------------------------------------------
// Editing one text

/// Renders the resident page of the preview with the preview's catalog and language.
/// Components read their texts from context when they are built, so the preview's
/// language handle is provided for exactly that moment and the staff page's restored
/// afterwards.
fn resident_page(preview: &PreviewView) -> AnyView {
    let staff = use_context::<I18n>();
    let crate::domain::calendar::Today(today) = expect_context();
    let resident = I18n {
        lang: preview.lang.clone(),
        catalog: preview.catalog.clone(),
        // A dated version is shown on its first day, so staff see it in its place.
        today: crate::i18n::dated::preview_day(&preview.id, today),
    };
    provide_context(resident.clone());
    let page = match preview.target {
        PreviewTarget::InfoPage(key) => view! { <InfoPage key /> }.into_any(),
        PreviewTarget::StartPage => view! { <StartPage /> }.into_any(),
        PreviewTarget::TextOnly => {
            let text = resident.t(&preview.id);
            view! { <p>{rich_text(text)}</p> }.into_any()
        }
    };
    if let Some(staff) = staff {
        provide_context(staff);
    }
    page
}

fn preview_section(i18n: &I18n, preview: Option<&PreviewView>) -> impl IntoView {
    let body = match preview {
        Some(p) => {
            let note = (p.target == PreviewTarget::TextOnly)
                .then(|| view! { <p class="hint">{i18n.t("staff-texts-preview-text-only")}</p> });
            let page = resident_page(p);
            view! {
                {note}
                <div class="phone-frame">
                    <div class="phone-frame__screen" lang=p.lang.code.clone() dir=p.lang.direction.as_str()>
                        {page}
                    </div>
                </div>
            }
            .into_any()
        }
        None => view! { <p>{i18n.t("staff-texts-preview-unavailable")}</p> }.into_any(),
    };
    view! {
        <section class="text-preview" id=ids::PREVIEW aria-labelledby="preview-heading">
            <h2 id="preview-heading">{i18n.t("staff-texts-preview-heading")}</h2>
            {body}
        </section>
    }
}

/// The helper's texts in the reader's language, with marks for the figures that the
/// `TextHelper` island fills in as the editor types (and this page for the first view).
fn helper_texts(i18n: &I18n) -> HelperTexts {
    HelperTexts {
        b1: i18n.t("staff-texts-readability-b1"),
        not_b1: i18n.t("staff-texts-readability-not-b1"),
        sentences: i18n.t_with(
            "staff-texts-readability-sentences",
            &[
                ("sentences", figures::MARK_SENTENCES.into()),
                ("average", figures::MARK_AVERAGE.into()),
                ("longest", figures::MARK_LONGEST.into()),
                (
                    "max-average",
                    (readability::MAX_AVERAGE_SENTENCE as i64).into(),
                ),
                ("max-sentence", (readability::MAX_SENTENCE as i64).into()),
            ],
        ),
        score: i18n.t_with(
            "staff-texts-readability-score",
            &[
                ("score", figures::MARK_SCORE.into()),
                ("min", (readability::MIN_FLESCH_DOUMA as i64).into()),
            ],
        ),
    }
}

/// A list of long sentences or words, hidden while empty (the island fills it).
fn helper_list(id: &'static str, label: String, items: &[String]) -> impl IntoView {
    let empty = items.is_empty();
    let items = items
        .iter()
        .map(|s| view! { <li lang="nl">{s.clone()}</li> })
        .collect_view();
    view! {
        <div id=id hidden=empty>
            <p>{label}</p>
            <ul>{items}</ul>
        </div>
    }
}

/// The plain-language figures of a Dutch text. Hidden while the text has no sentence;
/// with JavaScript the island keeps them up to date as the editor types.
fn readability_section(
    i18n: &I18n,
    texts: &HelperTexts,
    r: &Readability,
    long_words: &[String],
) -> impl IntoView {
    let too_long = helper_list(
        ids::LONG_SENTENCES,
        i18n.t("staff-texts-readability-long-sentences"),
        &r.too_long,
    );
    let words = helper_list(
        ids::LONG_WORDS,
        i18n.t("staff-texts-readability-long-words"),
        long_words,
    );
    view! {
        <section
            id=ids::SECTION
            class=figures::section_class(r)
            aria-labelledby="readability-heading"
            hidden=r.sentences == 0
        >
            <h2 id="readability-heading">{i18n.t("staff-texts-readability-heading")}</h2>
            <p id=ids::VERDICT aria-live="polite"><strong>{texts.verdict(r).to_owned()}</strong></p>
            <p id=ids::FIGURES>{texts.sentences_line(r)}</p>
            <p id=ids::SCORE>{texts.score_line(r)}</p>
            {too_long}
            {words}
        </section>
    }
}

pub fn edit_view(v: TextEditView) -> impl IntoView {
    let i18n = use_i18n();
    // The preview first: its page sets a document title, and the last one set wins.
    let preview = preview_section(&i18n, v.preview.as_ref());
    let language = language_name(&i18n, &v.lang.code);
    let heading = i18n.t_with(
        "staff-texts-edit-title",
        &[
            ("id", v.id.clone().into()),
            ("language", language.clone().into()),
        ],
    );
    let is_source = v.lang.code == v.source_lang.code;
    let notice = v.notice.map(|n| {
        let id = match n {
            EditNotice::DraftSaved => "staff-texts-done-draft",
            EditNotice::Published => "staff-texts-done-published",
            EditNotice::Confirmed => "staff-texts-done-confirmed",
            EditNotice::Reverted => "staff-texts-done-reverted",
        };
        view! { <p class="callout" role="status">{i18n.t(id)}</p> }
    });
    let outdated = (v.status == TextStatus::Outdated).then(|| {
        view! {
            <div class="callout">
                <p>{i18n.t("staff-texts-outdated-explain")}</p>
                <form method="post" action=format!("/staff/texts/{}/{}/confirm", v.lang.code, v.id)>
                    {form_token(v.csrf.clone())}
                    <button type="submit" class="button button--secondary">
                        {i18n.t("staff-texts-confirm")}
                    </button>
                </form>
            </div>
        }
    });
    let source = (!is_source).then(|| {
        view! {
            <section class="text-source" aria-labelledby="source-heading">
                <h2 id="source-heading">{i18n.t("staff-texts-source-heading")}</h2>
                <p
                    class="text-source__value"
                    lang=v.source_lang.code.clone()
                    dir=v.source_lang.direction.as_str()
                >
                    {v.source_value.clone()}
                </p>
            </section>
        }
    });
    let draft = v.draft.as_ref().map(|d| {
        view! {
            <p class="hint">
                {i18n.t_with(
                    "staff-texts-draft-saved-by",
                    &[
                        (
                            "name",
                            d.author.clone().unwrap_or_else(|| i18n.t("staff-texts-unknown-person")).into(),
                        ),
                        ("date", date_time(&i18n, d.saved_at).into()),
                    ],
                )}
            </p>
        }
    });
    let error = form::error_for(&v.errors, "value");
    let error_view = error.map(|e| {
        view! {
            <p class="error-message" id="value-error">
                <span class="visually-hidden">{i18n.t("staff-error-prefix")}" "</span>
                {e.text(&i18n)}
            </p>
        }
    });
    let described = if error.is_some() {
        "value-hint value-error"
    } else {
        "value-hint"
    };
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let rows = (v.value.lines().count() + 2).clamp(4, 20).to_string();
    let texts = v.readability.as_ref().map(|_| helper_texts(&i18n));
    let readability = v
        .readability
        .as_ref()
        .zip(texts.as_ref())
        .map(|(r, texts)| readability_section(&i18n, texts, r, &v.long_words));
    let live_hint_id = if texts.is_some() {
        "staff-texts-live-hint-figures"
    } else {
        "staff-texts-live-hint"
    };
    let status = i18n.t_with(
        "staff-texts-status",
        &[(
            "status",
            text_status_name(&i18n, v.status, is_source).into(),
        )],
    );
    view! {
        <PageTitle text=form::title(&i18n, &heading, &v.errors) />
        {back_to_list(&i18n)}
        {form::summary(&i18n, &v.errors)}
        {notice}
        <h1>{heading}</h1>
        <p>
            {group_name(&i18n, &v.group)} " · " {status} " · "
            <a href=format!("/staff/texts/{}/{}/history", v.lang.code, v.id)>
                {i18n.t("staff-texts-history-link")}
            </a>
        </p>
        {outdated}
        <div class="text-editor">
            {source}
            <form method="post" action=format!("/staff/texts/{}/{}", v.lang.code, v.id) novalidate="">
                {form_token(v.csrf.clone())}
                <div class=group>
                    <label class="label" for="value">
                        {i18n.t_with("staff-texts-value-label", &[("language", language.into())])}
                    </label>
                    <p class="hint" id="value-hint">{i18n.t("staff-texts-value-hint")}</p>
                    {error_view}
                    <TextArea
                        id="value".to_owned()
                        name="value"
                        rows=rows
                        value=v.value.clone()
                        lang=v.lang.code.clone()
                        dir=v.lang.direction.as_str()
                        described_by=Some(described.to_owned())
                        invalid=error.is_some()
                    />
                </div>
                {draft}
                <p class="hint" id=ids::LIVE_HINT hidden>{i18n.t(live_hint_id)}</p>
                <div class="button-group">
                    <button type="submit" class="button" name="action" value="publish">
                        {i18n.t("staff-texts-publish")}
                    </button>
                    <button type="submit" class="button button--secondary" name="action" value="preview">
                        {i18n.t("staff-texts-preview-button")}
                    </button>
                    <button type="submit" class="button button--secondary" name="action" value="draft">
                        {i18n.t("staff-texts-save-draft")}
                    </button>
                </div>
            </form>
        </div>
        {readability}
        {preview}
        <TextHelper />
    }
}

// ---------------------------------------------------------------------------------
// History

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

// ---------------------------------------------------------------------------------
// Import

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
