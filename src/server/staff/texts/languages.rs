//! `GET /staff/texts/languages`: per language how many texts are edited, outdated or
//! missing, with export and import.

use super::Desk;
use crate::i18n::entries::TextStatus;
use crate::pages::staff::texts::{LanguageCounts, TextLanguagesView};
use crate::pages::staff::StaffView;
use crate::server::error::PageResult;
use axum::http::StatusCode;

pub async fn languages(desk: Desk) -> PageResult {
    let ws = &desk.ws;
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
    let imported = desk.query("imported").and_then(|n| n.parse().ok());
    let view = StaffView::TextLanguages(TextLanguagesView {
        languages,
        imported,
    });
    desk.render(StatusCode::OK, view).await
}
