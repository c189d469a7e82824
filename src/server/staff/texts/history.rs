//! A text's history (`GET /staff/texts/{lang}/{id}/history`) and publishing an earlier
//! version again (`POST …/revert`).

use super::desk::Signed;
use super::{Desk, Posted};
use crate::i18n::entries::entry_value;
use crate::pages::problem::Problem;
use crate::pages::staff::texts::TextHistoryView;
use crate::pages::staff::StaffView;
use crate::server::error::PageResult;
use crate::server::page::see_other;
use crate::store::texts::{self as store, Publication, PublishKind};
use axum::http::StatusCode;
use serde::Deserialize;

pub async fn history(desk: Desk<(String, String)>) -> PageResult {
    let (language, text) = desk.text()?;
    let (lang, id) = &desk.at;
    let entries = store::history(&desk.state.db, lang, id).await?;
    let view = StaffView::TextHistory(TextHistoryView {
        csrf: desk.csrf(),
        id: id.clone(),
        lang: language,
        current: desk
            .ws
            .effective(lang, text)
            .map(entry_value)
            .unwrap_or_default(),
        shipped: text.entries.get(lang).map(|e| entry_value(e)),
        entries,
    });
    desk.render(StatusCode::OK, view).await
}

#[derive(Deserialize)]
pub struct RevertFields {
    /// A history row's id, or `shipped` for the text in `locales/`.
    #[serde(default)]
    version: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

impl Signed for RevertFields {
    fn token(&self) -> &str {
        &self.csrf
    }
}

/// Publishes an earlier version again.
pub async fn revert(posted: Posted<(String, String), RevertFields>) -> PageResult {
    let Posted { desk, fields } = posted;
    let (_, text) = desk.text()?;
    let (lang, id) = &desk.at;
    let db = &desk.state.db;
    let target = if fields.version == "shipped" {
        text.entries.get(lang).cloned()
    } else {
        let version = fields.version.parse::<i64>();
        let version = version.map_err(|_| Problem::NotFound)?;
        store::history(db, lang, id)
            .await?
            .into_iter()
            .find(|e| e.id == version)
            .map(|e| e.new_source)
    };
    let target = target.ok_or(Problem::NotFound)?;
    let publication = Publication {
        lang,
        id,
        old_source: desk.ws.effective(lang, text).unwrap_or(""),
        new_source: &target,
        kind: PublishKind::Revert,
        // An earlier translation was written against an earlier Dutch text: its stamp
        // stays as it is.
        stamp: None,
    };
    store::publish_texts(db, &[publication], desk.actor(), desk.now()).await?;
    desk.reload().await;
    Ok(see_other(&format!(
        "/staff/texts/{lang}/{id}?done=reverted"
    )))
}
