//! Editing the resident-facing texts (editors and admins): the list, the editor with
//! preview and plain-language figures, publishing, history and revert, the language
//! dashboard with "still correct", and export and import per language.
//!
//! What a text must satisfy is decided in `crate::i18n::validate`; what is stored in
//! `crate::store::texts`; publishing reloads this instance's catalog at once and the
//! other instances through `crate::server::texts_sync`.

use super::{query_param, render, role, see_other, RequireRole};
use crate::domain::readability;
use crate::i18n::entries::{
    self, entry_from_value, entry_value, fingerprint, ShippedText, TextIndex, TextStatus,
};
use crate::i18n::validate::{self, Reference, TextProblem};
use crate::i18n::{catalog::GLOBAL_VARIABLES, Catalog, Language, TextOverride};
use crate::pages::info::INFO_PAGES;
use crate::pages::problem::Problem;
use crate::pages::staff::texts::{
    EditNotice, LanguageCounts, LanguageStatus, PreviewTarget, PreviewView, TextEditView,
    TextGroup, TextHistoryView, TextImportView, TextLanguagesView, TextListView, TextRow,
};
use crate::pages::staff::{FieldError, StaffView};
use crate::server::csrf::TokenOnly;
use crate::server::error::{PageError, PageResult};
use crate::server::form::Form;
use crate::server::{texts_sync, AppState};
use crate::store::texts::{self as store, Publication, PublishKind};
use crate::store::StoreError;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// The form field of the text (an element id, for the error summary).
pub const VALUE_FIELD: &str = "value";

/// Everything known about the texts at the moment of one request: the shipped files,
/// what is published (read from the database, so it is right even while this
/// instance's catalog has yet to reload), the translation stamps and the drafts.
struct Workspace {
    catalog: Arc<Catalog>,
    index: TextIndex,
    published: HashMap<(String, String), String>,
    stamps: HashMap<(String, String), String>,
    drafts: HashSet<(String, String)>,
}

fn key(lang: &str, id: &str) -> (String, String) {
    (lang.to_owned(), id.to_owned())
}

impl Workspace {
    async fn load(state: &AppState) -> Result<Workspace, StoreError> {
        let catalog = state.catalog.current();
        let index = TextIndex::build(catalog.sources());
        let published = store::published(&state.db)
            .await?
            .into_iter()
            .map(|o| ((o.lang, o.id), o.source))
            .collect();
        Ok(Workspace {
            index,
            catalog,
            published,
            stamps: store::stamps(&state.db).await?,
            drafts: store::draft_keys(&state.db).await?,
        })
    }

    fn source_lang(&self) -> &Language {
        self.catalog.source_language()
    }

    fn is_source(&self, lang: &str) -> bool {
        self.source_lang().code == lang
    }

    /// The entry residents see in `lang` (published, else shipped).
    fn effective<'a>(&'a self, lang: &str, text: &'a ShippedText) -> Option<&'a str> {
        self.published
            .get(&key(lang, &text.id))
            .or_else(|| text.entries.get(lang))
            .map(String::as_str)
    }

    fn source_fingerprint_now(&self, text: &ShippedText) -> String {
        let source = &self.source_lang().code;
        fingerprint(&text.id, self.effective(source, text).unwrap_or(""))
    }

    fn status(&self, lang: &str, text: &ShippedText) -> TextStatus {
        let source = &self.source_lang().code;
        let now = self.source_fingerprint_now(text);
        let shipped = fingerprint(
            &text.id,
            text.entries.get(source).map_or("", String::as_str),
        );
        entries::status(entries::StatusInput {
            is_source: self.is_source(lang),
            shipped: text.entries.get(lang).map(String::as_str),
            published: self.published.get(&key(lang, &text.id)).map(String::as_str),
            stamp: self.stamps.get(&key(lang, &text.id)).map(String::as_str),
            source_now: &now,
            source_shipped: &shipped,
        })
    }

    /// The variables a text in `lang` must use: the shipped Dutch message's for a
    /// Dutch text (the code passes those), the current Dutch message's for a
    /// translation.
    fn reference_variables(&self, lang: &str, text: &ShippedText) -> BTreeSet<String> {
        let source = &self.source_lang().code;
        let entry = if self.is_source(lang) {
            text.entries.get(source).map(String::as_str)
        } else {
            self.effective(source, text)
        };
        validate::variables_of(&text.id, entry.unwrap_or(""))
    }

    fn check(&self, lang: &str, text: &ShippedText, entry: &str) -> Vec<TextProblem> {
        let variables = self.reference_variables(lang, text);
        let globals = GLOBAL_VARIABLES.clone();
        validate::check_entry(
            &text.id,
            entry,
            Reference {
                variables: &variables,
                globals: &globals,
                formatting: crate::pages::info::shows_formatting(&text.id, &self.catalog),
            },
        )
    }

    /// The stamp a translation gets when it is published now.
    fn stamp_for(&self, lang: &str, text: &ShippedText) -> Option<String> {
        (!self.is_source(lang)).then(|| self.source_fingerprint_now(text))
    }
}

/// A problem with a text as a form error on field `field`.
pub fn field_error(field: &'static str, problem: &TextProblem) -> FieldError {
    use crate::domain::markup::MarkupProblem as M;
    let variable = |v: &str| format!("{{ ${v} }}");
    match problem {
        TextProblem::Empty => FieldError::new(field, "staff-texts-error-empty"),
        TextProblem::TooLong { max } => {
            FieldError::new(field, "staff-texts-error-too-long").with("max", *max as i64)
        }
        TextProblem::TooDeep { max } => {
            FieldError::new(field, "staff-texts-error-too-deep").with("max", *max as i64)
        }
        TextProblem::TooManyBraces { max } => {
            FieldError::new(field, "staff-texts-error-too-many-braces").with("max", *max as i64)
        }
        TextProblem::Syntax { detail } => {
            FieldError::new(field, "staff-texts-error-syntax").with_text("detail", detail)
        }
        TextProblem::WrongMessage { expected } => {
            FieldError::new(field, "staff-texts-error-wrong-message").with_text("id", expected)
        }
        TextProblem::DroppedVariable { variable: v } => {
            FieldError::new(field, "staff-texts-error-dropped-variable")
                .with_text("variable", variable(v))
        }
        TextProblem::UnknownVariable { variable: v } => {
            FieldError::new(field, "staff-texts-error-unknown-variable")
                .with_text("variable", variable(v))
        }
        TextProblem::Markup(M::Html { snippet }) => {
            FieldError::new(field, "staff-texts-error-html").with_text("snippet", snippet)
        }
        TextProblem::Markup(M::UnsafeAddress { snippet }) => {
            FieldError::new(field, "staff-texts-error-unsafe-address").with_text("snippet", snippet)
        }
        TextProblem::FormattingNotShown => {
            FieldError::new(field, "staff-texts-error-formatting-not-shown")
        }
        TextProblem::Markup(M::Image) => FieldError::new(field, "staff-texts-error-image"),
        TextProblem::Markup(M::LinkTarget { target }) => {
            FieldError::new(field, "staff-texts-error-link-target").with_text("target", target)
        }
        TextProblem::Markup(M::UnclosedEmphasis) => {
            FieldError::new(field, "staff-texts-error-emphasis")
        }
    }
}

/// A text beyond the limits of `crate::i18n::guard` as a form error on field `field`.
fn limit_error(field: &'static str, limit: &crate::i18n::guard::FluentLimit) -> FieldError {
    use crate::i18n::guard::FluentLimit as L;
    match limit {
        L::TooLong { max } => field_error(field, &TextProblem::TooLong { max: *max }),
        L::TooDeep { max, .. } => field_error(field, &TextProblem::TooDeep { max: *max }),
        L::TooManyBraces { max } => field_error(field, &TextProblem::TooManyBraces { max: *max }),
    }
}

fn now(state: &AppState) -> i64 {
    state.staff_auth.clock.now()
}

/// Makes a publish visible here at once (other instances follow by polling).
async fn reload(state: &AppState) {
    if let Err(error) = texts_sync::reload_texts(state).await {
        tracing::error!(%error, "cannot reload the texts after publishing");
    }
}

// ---------------------------------------------------------------------------------
// The list

/// `GET /staff/texts?q=…&lang=…&status=…`: every text, grouped by where residents
/// meet it, with its status per language.
pub async fn list(
    State(state): State<AppState>,
    _editor: RequireRole<role::Editor>,
    parts: Parts,
) -> PageResult {
    let ws = Workspace::load(&state).await?;
    let query = query_param(&parts, "q").unwrap_or_default();
    let needle = query.trim().to_lowercase();
    let filter_lang = query_param(&parts, "lang").filter(|l| ws.catalog.language(l).is_some());
    let filter_status = query_param(&parts, "status")
        .as_deref()
        .and_then(TextStatus::from_code);
    let source = ws.source_lang().code.clone();
    let mut groups: Vec<TextGroup> = Vec::new();
    let mut matches = 0;
    for text in &ws.index.texts {
        let dutch = ws
            .effective(&source, text)
            .map(entry_value)
            .unwrap_or_default();
        let statuses: Vec<LanguageStatus> = ws
            .catalog
            .languages()
            .iter()
            .map(|lang| LanguageStatus {
                lang: lang.clone(),
                status: ws.status(&lang.code, text),
                draft: ws.drafts.contains(&key(&lang.code, &text.id)),
            })
            .collect();
        if let Some(wanted) = filter_status {
            let hit = statuses.iter().any(|s| {
                s.status == wanted && filter_lang.as_deref().is_none_or(|l| l == s.lang.code)
            });
            if !hit {
                continue;
            }
        }
        if !needle.is_empty() {
            let in_lang = filter_lang
                .as_deref()
                .and_then(|l| ws.effective(l, text))
                .map(entry_value)
                .unwrap_or_default();
            let hit = [&text.id, &dutch, &in_lang]
                .iter()
                .any(|t| t.to_lowercase().contains(&needle));
            if !hit {
                continue;
            }
        }
        matches += 1;
        let row = TextRow {
            id: text.id.clone(),
            dutch,
            statuses,
        };
        match groups.last_mut() {
            Some(g) if g.group == text.group => g.rows.push(row),
            _ => groups.push(TextGroup {
                group: text.group.clone(),
                rows: vec![row],
            }),
        }
    }
    let view = StaffView::TextList(TextListView {
        query,
        filter_lang,
        filter_status,
        groups,
        matches,
        languages: ws.catalog.languages().to_vec(),
    });
    Ok(render(&state, &parts, StatusCode::OK, view).await)
}

/// `GET /staff/texts/languages`: per language how many texts are edited, outdated or
/// missing, with export and import.
pub async fn languages(
    State(state): State<AppState>,
    _editor: RequireRole<role::Editor>,
    parts: Parts,
) -> PageResult {
    let ws = Workspace::load(&state).await?;
    let languages = ws
        .catalog
        .languages()
        .iter()
        .map(|lang| {
            let mut counts = LanguageCounts {
                lang: lang.clone(),
                is_source: ws.is_source(&lang.code),
                total: ws.index.texts.len(),
                edited: 0,
                outdated: 0,
                missing: 0,
            };
            for text in &ws.index.texts {
                match ws.status(&lang.code, text) {
                    TextStatus::Edited => counts.edited += 1,
                    TextStatus::Outdated => counts.outdated += 1,
                    TextStatus::Missing => counts.missing += 1,
                    TextStatus::Shipped => {}
                }
            }
            counts
        })
        .collect();
    let imported = query_param(&parts, "imported").and_then(|n| n.parse().ok());
    let view = StaffView::TextLanguages(TextLanguagesView {
        languages,
        imported,
    });
    Ok(render(&state, &parts, StatusCode::OK, view).await)
}

// ---------------------------------------------------------------------------------
// Editing one text

/// The language and the text that a path names; a page that does not exist otherwise.
fn locate<'a>(
    ws: &'a Workspace,
    lang: &str,
    id: &str,
) -> Result<(Language, &'a ShippedText), PageError> {
    let language = ws.catalog.language(lang).ok_or(Problem::NotFound)?;
    let text = entries::is_message_id(id)
        .then(|| ws.index.get(id))
        .flatten()
        .ok_or(Problem::NotFound)?;
    Ok((language.clone(), text))
}

/// Which resident page shows a text of `group`.
fn preview_target(group: &str) -> PreviewTarget {
    if group == "start" {
        return PreviewTarget::StartPage;
    }
    if group == "info-common" {
        return PreviewTarget::InfoPage(INFO_PAGES[0].0);
    }
    group
        .strip_prefix("info-")
        .and_then(|page| INFO_PAGES.iter().find(|(key, _)| *key == page))
        .map_or(PreviewTarget::TextOnly, |(key, _)| {
            PreviewTarget::InfoPage(key)
        })
}

/// A catalog of the source language and `lang` with the published texts and `entry`
/// laid over them: what residents would see if `entry` were published.
async fn preview_catalog(
    state: &AppState,
    ws: &Workspace,
    lang: &Language,
    id: &str,
    entry: &str,
) -> Option<Arc<Catalog>> {
    let sources: Vec<_> = ws
        .catalog
        .sources()
        .iter()
        .filter(|s| s.language.code == ws.source_lang().code || s.language.code == lang.code)
        .cloned()
        .collect();
    let mut overrides: Vec<TextOverride> = ws
        .published
        .iter()
        .filter(|((l, i), _)| !(l == &lang.code && i == id))
        .map(|((l, i), source)| TextOverride {
            lang: l.clone(),
            id: i.clone(),
            source: source.clone(),
        })
        .collect();
    overrides.push(TextOverride {
        lang: lang.code.clone(),
        id: id.to_owned(),
        source: entry.to_owned(),
    });
    let settings = state.settings.clone();
    tokio::task::spawn_blocking(move || Catalog::from_sources(sources, &settings, &overrides))
        .await
        .ok()?
        .ok()
        .map(Arc::new)
}

struct EditState {
    value: String,
    errors: Vec<FieldError>,
    notice: Option<EditNotice>,
    status: StatusCode,
}

async fn edit_view(
    state: &AppState,
    parts: &Parts,
    editor: &RequireRole<role::Editor>,
    ws: &Workspace,
    lang: Language,
    text: &ShippedText,
    form: EditState,
) -> PageResult {
    let draft = store::draft(&state.db, &lang.code, &text.id).await?;
    let source = ws.source_lang().clone();
    let source_value = ws
        .effective(&source.code, text)
        .map(entry_value)
        .unwrap_or_default();
    // The preview shows what is in the text box, if it may be published.
    let entry = entry_from_value(&text.id, &form.value);
    let previewable = form.errors.is_empty() && ws.check(&lang.code, text, &entry).is_empty();
    let preview = if previewable {
        preview_catalog(state, ws, &lang, &text.id, &entry)
            .await
            .map(|catalog| PreviewView {
                lang: lang.clone(),
                catalog,
                target: preview_target(&text.group),
                id: text.id.clone(),
            })
    } else {
        None
    };
    let plain = readability::without_placeables(&form.value);
    let is_source = ws.is_source(&lang.code);
    let view = StaffView::TextEdit(Box::new(TextEditView {
        csrf: editor.session.csrf_token.clone(),
        id: text.id.clone(),
        group: text.group.clone(),
        status: ws.status(&lang.code, text),
        source_lang: source,
        source_value,
        readability: is_source.then(|| readability::measure([plain.as_str()])),
        long_words: if is_source {
            readability::long_words(&plain)
        } else {
            Vec::new()
        },
        lang,
        value: form.value,
        draft,
        errors: form.errors,
        notice: form.notice,
        preview,
    }));
    Ok(render(state, parts, form.status, view).await)
}

/// `GET /staff/texts/{lang}/{id}`: the editor, with the draft if there is one.
pub async fn edit_page(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path((lang, id)): Path<(String, String)>,
    parts: Parts,
) -> PageResult {
    let ws = Workspace::load(&state).await?;
    let (language, text) = locate(&ws, &lang, &id)?;
    let draft = store::draft(&state.db, &lang, &id).await?;
    let value = draft
        .map(|d| d.source)
        .or_else(|| ws.effective(&lang, text).map(str::to_owned))
        .map(|entry| entry_value(&entry))
        .unwrap_or_default();
    let notice = match query_param(&parts, "done").as_deref() {
        Some("draft") => Some(EditNotice::DraftSaved),
        Some("published") => Some(EditNotice::Published),
        Some("confirmed") => Some(EditNotice::Confirmed),
        Some("reverted") => Some(EditNotice::Reverted),
        _ => None,
    };
    let form = EditState {
        value,
        errors: Vec::new(),
        notice,
        status: StatusCode::OK,
    };
    edit_view(&state, &parts, &editor, &ws, language, text, form).await
}

#[derive(Deserialize)]
pub struct EditFields {
    #[serde(default)]
    value: String,
    #[serde(default)]
    action: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// The workspace for a form an editor posted, once its form token is known to be the
/// session's.
async fn posted_workspace(
    state: &AppState,
    editor: &RequireRole<role::Editor>,
    csrf: &str,
) -> Result<Workspace, PageError> {
    editor.check_form_token(csrf)?;
    Ok(Workspace::load(state).await?)
}

/// `POST /staff/texts/{lang}/{id}`: save a draft, preview, or publish.
pub async fn save(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path((lang, id)): Path<(String, String)>,
    parts: Parts,
    Form(fields): Form<EditFields>,
) -> PageResult {
    let ws = posted_workspace(&state, &editor, &fields.csrf).await?;
    let (language, text) = locate(&ws, &lang, &id)?;
    let entry = entry_from_value(&id, &fields.value);
    let mut errors: Vec<FieldError> = ws
        .check(&lang, text, &entry)
        .iter()
        .map(|p| field_error(VALUE_FIELD, p))
        .collect();
    let current = ws.effective(&lang, text).unwrap_or("");
    if errors.is_empty() && fields.action == "publish" && entries::same_text(current, &entry) {
        errors.push(FieldError::new(VALUE_FIELD, "staff-texts-error-unchanged"));
    }
    let again = |errors: Vec<FieldError>, status| EditState {
        value: fields.value.trim().to_owned(),
        errors,
        notice: None,
        status,
    };
    if !errors.is_empty() {
        let form = again(errors, StatusCode::UNPROCESSABLE_ENTITY);
        return edit_view(&state, &parts, &editor, &ws, language, text, form).await;
    }
    let actor = Some(editor.account.id);
    let back = format!("/staff/texts/{lang}/{id}");
    match fields.action.as_str() {
        "draft" => {
            store::save_draft(&state.db, &lang, &id, &entry, actor, now(&state)).await?;
            Ok(see_other(&format!("{back}?done=draft")))
        }
        "publish" => {
            let stamp = ws.stamp_for(&lang, text);
            let publication = Publication {
                lang: &lang,
                id: &id,
                old_source: current,
                new_source: &entry,
                kind: PublishKind::Publish,
                stamp: stamp.as_deref(),
            };
            store::publish_texts(&state.db, &[publication], actor, now(&state)).await?;
            reload(&state).await;
            Ok(see_other(&format!("{back}?done=published")))
        }
        // "preview" (and a form without a button, e.g. Enter): show it, store nothing.
        _ => {
            let form = again(Vec::new(), StatusCode::OK);
            edit_view(&state, &parts, &editor, &ws, language, text, form).await
        }
    }
}

/// `POST /staff/texts/{lang}/{id}/confirm`: an outdated translation still says what
/// the Dutch text says.
pub async fn confirm(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path((lang, id)): Path<(String, String)>,
    Form(fields): Form<TokenOnly>,
) -> PageResult {
    let ws = posted_workspace(&state, &editor, &fields.csrf).await?;
    let (_, text) = locate(&ws, &lang, &id)?;
    // The Dutch text itself has nothing to confirm.
    let stamp = ws.stamp_for(&lang, text).ok_or(Problem::NotFound)?;
    let actor = Some(editor.account.id);
    store::confirm_translation(&state.db, &lang, &id, &stamp, actor, now(&state)).await?;
    Ok(see_other(&format!(
        "/staff/texts/{lang}/{id}?done=confirmed"
    )))
}

// ---------------------------------------------------------------------------------
// History and revert

/// `GET /staff/texts/{lang}/{id}/history`.
pub async fn history(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path((lang, id)): Path<(String, String)>,
    parts: Parts,
) -> PageResult {
    let ws = Workspace::load(&state).await?;
    let (language, text) = locate(&ws, &lang, &id)?;
    let entries = store::history(&state.db, &lang, &id).await?;
    let view = StaffView::TextHistory(TextHistoryView {
        csrf: editor.session.csrf_token.clone(),
        id: id.clone(),
        lang: language,
        current: ws
            .effective(&lang, text)
            .map(entry_value)
            .unwrap_or_default(),
        shipped: text.entries.get(&lang).map(|e| entry_value(e)),
        entries,
    });
    Ok(render(&state, &parts, StatusCode::OK, view).await)
}

#[derive(Deserialize)]
pub struct RevertFields {
    /// A history row's id, or `shipped` for the text in `locales/`.
    #[serde(default)]
    version: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// `POST /staff/texts/{lang}/{id}/revert`: publishes an earlier version again.
pub async fn revert(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path((lang, id)): Path<(String, String)>,
    Form(fields): Form<RevertFields>,
) -> PageResult {
    let ws = posted_workspace(&state, &editor, &fields.csrf).await?;
    let (_, text) = locate(&ws, &lang, &id)?;
    let target = if fields.version == "shipped" {
        text.entries.get(&lang).cloned()
    } else {
        let version = fields.version.parse::<i64>();
        let version = version.map_err(|_| Problem::NotFound)?;
        store::history(&state.db, &lang, &id)
            .await?
            .into_iter()
            .find(|e| e.id == version)
            .map(|e| e.new_source)
    };
    let target = target.ok_or(Problem::NotFound)?;
    let publication = Publication {
        lang: &lang,
        id: &id,
        old_source: ws.effective(&lang, text).unwrap_or(""),
        new_source: &target,
        kind: PublishKind::Revert,
        // An earlier translation was written against an earlier Dutch text: its stamp
        // stays as it is.
        stamp: None,
    };
    let actor = Some(editor.account.id);
    store::publish_texts(&state.db, &[publication], actor, now(&state)).await?;
    reload(&state).await;
    Ok(see_other(&format!(
        "/staff/texts/{lang}/{id}?done=reverted"
    )))
}

// ---------------------------------------------------------------------------------
// Export and import

/// `GET /staff/texts/languages/{lang}/export`: every resident-facing text of one
/// language as a Fluent file, with the Dutch text above each translation.
pub async fn export(
    State(state): State<AppState>,
    _editor: RequireRole<role::Editor>,
    Path(lang): Path<String>,
) -> PageResult {
    let ws = Workspace::load(&state).await?;
    ws.catalog.language(&lang).ok_or(Problem::NotFound)?;
    let source = ws.source_lang().code.clone();
    let mut out = format!(
        "# Meldwijzer texts, language `{lang}`. Change the text after `=`; keep every\n\
         # {{ $value }} as it is. Lines starting with # are ignored on import.\n"
    );
    let mut group = "";
    for text in &ws.index.texts {
        if text.group != group {
            group = &text.group;
            out.push_str(&format!("\n## {group}\n"));
        }
        out.push('\n');
        if lang != source {
            if let Some(dutch) = ws.effective(&source, text) {
                for line in dutch.lines() {
                    out.push_str(&format!("# {source}: {line}\n"));
                }
            }
            match ws.status(&lang, text) {
                TextStatus::Outdated => out.push_str("# OUTDATED: the Dutch text changed\n"),
                TextStatus::Missing => out.push_str("# MISSING: not translated yet\n"),
                _ => {}
            }
        }
        if let Some(entry) = ws.effective(&lang, text) {
            out.push_str(entry);
            out.push('\n');
        }
    }
    let mut response = out.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"meldwijzer-{lang}.ftl\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

async fn import_view(
    state: &AppState,
    parts: &Parts,
    editor: &RequireRole<role::Editor>,
    lang: Language,
    text: String,
    problems: Vec<(String, FieldError)>,
) -> PageResult {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = StaffView::TextImport(TextImportView {
        csrf: editor.session.csrf_token.clone(),
        lang,
        text,
        problems,
    });
    Ok(render(state, parts, status, view).await)
}

/// `GET /staff/texts/languages/{lang}/import`.
pub async fn import_page(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path(lang): Path<String>,
    parts: Parts,
) -> PageResult {
    let catalog = state.catalog.current();
    let language = catalog.language(&lang).ok_or(Problem::NotFound)?.clone();
    import_view(&state, &parts, &editor, language, String::new(), Vec::new()).await
}

#[derive(Deserialize)]
pub struct ImportFields {
    #[serde(default)]
    ftl: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// The form field of the import.
pub const IMPORT_FIELD: &str = "ftl";

/// `POST /staff/texts/languages/{lang}/import`: every changed text is checked like an
/// edit and, if all are right, published in one go (each with its own history).
pub async fn import(
    State(state): State<AppState>,
    editor: RequireRole<role::Editor>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(fields): Form<ImportFields>,
) -> PageResult {
    let ws = posted_workspace(&state, &editor, &fields.csrf).await?;
    let language = ws.catalog.language(&lang).ok_or(Problem::NotFound)?.clone();
    let text = fields.ftl.replace("\r\n", "\n");
    let mut problems: Vec<(String, FieldError)> = Vec::new();
    // The limits first: a deeply nested text would overflow the parser's stack.
    match crate::i18n::guard::parse(text.as_str()) {
        Err(limit) => problems.push((String::new(), limit_error(IMPORT_FIELD, &limit))),
        Ok(Ok(_)) => {}
        Ok(Err((_, errors))) => {
            for e in errors.iter().take(10) {
                let detail = crate::i18n::lint::describe_error(&text, e);
                problems.push((
                    String::new(),
                    FieldError::new(IMPORT_FIELD, "staff-texts-error-syntax")
                        .with_text("detail", detail),
                ));
            }
        }
    }
    let mut changed: Vec<(String, String, String, Option<String>)> = Vec::new();
    if problems.is_empty() {
        for (id, entry) in entries::split_messages(&text) {
            let Some(shipped) = ws.index.get(&id) else {
                problems.push((
                    id.clone(),
                    FieldError::new(IMPORT_FIELD, "staff-texts-import-unknown"),
                ));
                continue;
            };
            let found = ws.check(&lang, shipped, &entry);
            if !found.is_empty() {
                problems.extend(
                    found
                        .iter()
                        .map(|p| (id.clone(), field_error(IMPORT_FIELD, p))),
                );
                continue;
            }
            let current = ws.effective(&lang, shipped).unwrap_or("");
            if !entries::same_text(current, &entry) {
                let normal = entry_from_value(&id, &entry_value(&entry));
                changed.push((id, current.to_owned(), normal, ws.stamp_for(&lang, shipped)));
            }
        }
    }
    if !problems.is_empty() {
        return import_view(&state, &parts, &editor, language, text, problems).await;
    }
    let actor = Some(editor.account.id);
    let at = now(&state);
    if !changed.is_empty() {
        let publications: Vec<Publication<'_>> = changed
            .iter()
            .map(|(id, old, new, stamp)| Publication {
                lang: &lang,
                id,
                old_source: old,
                new_source: new,
                kind: PublishKind::Import,
                stamp: stamp.as_deref(),
            })
            .collect();
        store::publish_texts(&state.db, &publications, actor, at).await?;
        reload(&state).await;
    }
    store::audit_import(&state.db, &lang, changed.len(), actor, at).await?;
    Ok(see_other(&format!(
        "/staff/texts/languages?imported={}",
        changed.len()
    )))
}
