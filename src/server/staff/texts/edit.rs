//! Editing one text: the editor with its preview and plain-language figures
//! (`GET /staff/texts/{lang}/{id}`), saving a draft, previewing or publishing
//! (`POST` to the same address), and confirming that an outdated translation still
//! says what the Dutch text says (`POST …/confirm`).

use super::desk::Signed;
use super::{field_error, Desk, Posted};
use crate::domain::readability;
use crate::i18n::entries::{self, entry_from_value, entry_value, ShippedText};
use crate::i18n::workspace::Workspace;
use crate::i18n::{Catalog, Language, TextOverride};
use crate::pages::info::INFO_PAGES;
use crate::pages::problem::Problem;
use crate::pages::staff::texts::{EditNotice, PreviewTarget, PreviewView, TextEditView};
use crate::pages::staff::{FieldError, StaffView};
use crate::server::csrf::TokenOnly;
use crate::server::error::PageResult;
use crate::server::page::see_other;
use crate::server::AppState;
use crate::store::texts::{self as store, Publication, PublishKind};
use axum::http::StatusCode;
use serde::Deserialize;
use std::sync::Arc;

/// The form field of the text (an element id, for the error summary).
pub const VALUE_FIELD: &str = "value";

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
        .stored
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

/// What the editor shows besides the text as it stands: the text box, its errors, a
/// notice after a redirect, and the status of the answer.
struct EditState {
    value: String,
    errors: Vec<FieldError>,
    notice: Option<EditNotice>,
    status: StatusCode,
}

async fn edit_view<P>(
    desk: &Desk<P>,
    lang: Language,
    text: &ShippedText,
    form: EditState,
) -> PageResult {
    let (state, ws) = (&desk.state, &desk.ws);
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
        csrf: desk.csrf(),
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
    desk.render(form.status, view).await
}

/// `GET /staff/texts/{lang}/{id}`: the editor, with the draft if there is one.
pub async fn edit_page(desk: Desk<(String, String)>) -> PageResult {
    let (language, text) = desk.text()?;
    let (lang, id) = &desk.at;
    let draft = store::draft(&desk.state.db, lang, id).await?;
    let value = draft
        .map(|d| d.source)
        .or_else(|| desk.ws.effective(lang, text).map(str::to_owned))
        .map(|entry| entry_value(&entry))
        .unwrap_or_default();
    let notice = match desk.query("done").as_deref() {
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
    edit_view(&desk, language, text, form).await
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

impl Signed for EditFields {
    fn token(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/texts/{lang}/{id}`: save a draft, preview, or publish.
pub async fn save(posted: Posted<(String, String), EditFields>) -> PageResult {
    let Posted { desk, fields } = posted;
    let (language, text) = desk.text()?;
    let (lang, id) = &desk.at;
    let ws = &desk.ws;
    let entry = entry_from_value(id, &fields.value);
    let mut errors: Vec<FieldError> = ws
        .check(lang, text, &entry)
        .iter()
        .map(|p| field_error(VALUE_FIELD, p))
        .collect();
    let current = ws.effective(lang, text).unwrap_or("");
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
        return edit_view(&desk, language, text, form).await;
    }
    let db = &desk.state.db;
    let back = format!("/staff/texts/{lang}/{id}");
    match fields.action.as_str() {
        "draft" => {
            store::save_draft(db, lang, id, &entry, desk.actor(), desk.now()).await?;
            Ok(see_other(&format!("{back}?done=draft")))
        }
        "publish" => {
            let stamp = ws.stamp_for(lang, text);
            let publication = Publication {
                lang,
                id,
                old_source: current,
                new_source: &entry,
                kind: PublishKind::Publish,
                stamp: stamp.as_deref(),
            };
            store::publish_texts(db, &[publication], desk.actor(), desk.now()).await?;
            desk.reload().await;
            Ok(see_other(&format!("{back}?done=published")))
        }
        // "preview" (and a form without a button, e.g. Enter): show it, store nothing.
        _ => {
            let form = again(Vec::new(), StatusCode::OK);
            edit_view(&desk, language, text, form).await
        }
    }
}

/// `POST /staff/texts/{lang}/{id}/confirm`: an outdated translation still says what
/// the Dutch text says.
pub async fn confirm(posted: Posted<(String, String), TokenOnly>) -> PageResult {
    let desk = posted.desk;
    let (_, text) = desk.text()?;
    let (lang, id) = &desk.at;
    // The Dutch text itself has nothing to confirm.
    let stamp = desk.ws.stamp_for(lang, text).ok_or(Problem::NotFound)?;
    let db = &desk.state.db;
    store::confirm_translation(db, lang, id, &stamp, desk.actor(), desk.now()).await?;
    Ok(see_other(&format!(
        "/staff/texts/{lang}/{id}?done=confirmed"
    )))
}
