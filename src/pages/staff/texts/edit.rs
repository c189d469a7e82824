//! The editor of one text: the Dutch text beside a translation, the text box, the
//! preview on the resident page and, for a Dutch text, its plain-language figures.

use super::{back_to_list, group_name};
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::components::rich_text::rich_text;
use crate::components::textarea::TextArea;
use crate::domain::readability::{self, Readability};
use crate::i18n::entries::TextStatus;
use crate::i18n::{use_i18n, Catalog, I18n, Language};
use crate::islands::text_helper::{ids, TextHelper};
use crate::pages::info::InfoPage;
use crate::pages::staff::figures::{self, HelperTexts};
use crate::pages::staff::form::{self, FieldError};
use crate::pages::staff::format::{date_time, language_name, text_status_name};
use crate::pages::start::StartPage;
use crate::store::texts::Draft;
use leptos::prelude::*;
use std::sync::Arc;

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
