//! Importing a language's texts: the form (`GET /staff/texts/languages/{lang}/import`)
//! and the import (`POST` to the same address). A file from [`super::export`] comes
//! back here: every changed text is checked like an edit and, if all are right,
//! published in one go (each with its own history).

use super::desk::Signed;
use super::{field_error, limit_error, Desk, Posted};
use crate::i18n::entries::{self, entry_from_value, entry_value};
use crate::i18n::Language;
use crate::pages::staff::texts::TextImportView;
use crate::pages::staff::{FieldError, StaffView};
use crate::server::error::PageResult;
use crate::server::page::see_other;
use crate::store::texts::{self as store, Publication, PublishKind};
use axum::http::StatusCode;
use serde::Deserialize;

/// The form field of the import.
pub const IMPORT_FIELD: &str = "ftl";

async fn import_view<P>(
    desk: &Desk<P>,
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
        csrf: desk.csrf(),
        lang,
        text,
        problems,
    });
    desk.render(status, view).await
}

pub async fn import_page(desk: Desk<String>) -> PageResult {
    let language = desk.language()?;
    import_view(&desk, language, String::new(), Vec::new()).await
}

#[derive(Deserialize)]
pub struct ImportFields {
    #[serde(default)]
    ftl: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

impl Signed for ImportFields {
    fn token(&self) -> &str {
        &self.csrf
    }
}

/// A text that the import changes: its id, the entry before and after, and the stamp
/// of a translation.
type Change = (String, String, String, Option<String>);

pub async fn import(posted: Posted<String, ImportFields>) -> PageResult {
    let Posted { desk, fields } = posted;
    let language = desk.language()?;
    let (lang, ws) = (&desk.at, &desk.ws);
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
    let mut changed: Vec<Change> = Vec::new();
    if problems.is_empty() {
        for (id, entry) in entries::split_messages(&text) {
            let Some(shipped) = ws.index.get(&id) else {
                problems.push((
                    id.clone(),
                    FieldError::new(IMPORT_FIELD, "staff-texts-import-unknown"),
                ));
                continue;
            };
            let found = ws.check(lang, shipped, &entry);
            if !found.is_empty() {
                problems.extend(
                    found
                        .iter()
                        .map(|p| (id.clone(), field_error(IMPORT_FIELD, p))),
                );
                continue;
            }
            let current = ws.effective(lang, shipped).unwrap_or("");
            if !entries::same_text(current, &entry) {
                let normal = entry_from_value(&id, &entry_value(&entry));
                changed.push((id, current.to_owned(), normal, ws.stamp_for(lang, shipped)));
            }
        }
    }
    if !problems.is_empty() {
        return import_view(&desk, language, text, problems).await;
    }
    let (db, actor, at) = (&desk.state.db, desk.actor(), desk.now());
    if !changed.is_empty() {
        let publications: Vec<Publication<'_>> = changed
            .iter()
            .map(|(id, old, new, stamp)| Publication {
                lang,
                id,
                old_source: old,
                new_source: new,
                kind: PublishKind::Import,
                stamp: stamp.as_deref(),
            })
            .collect();
        store::publish_texts(db, &publications, actor, at).await?;
        desk.reload().await;
    }
    store::audit_import(db, lang, changed.len(), actor, at).await?;
    Ok(see_other(&format!(
        "/staff/texts/languages?imported={}",
        changed.len()
    )))
}
