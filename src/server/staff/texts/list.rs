//! `GET /staff/texts?q=…&lang=…&status=…`: every text, grouped by where residents
//! meet it, with its status per language.

use super::Desk;
use crate::i18n::entries::{entry_value, TextStatus};
use crate::pages::staff::texts::{LanguageStatus, TextGroup, TextListView, TextRow};
use crate::pages::staff::StaffView;
use crate::server::error::PageResult;
use axum::http::StatusCode;

pub async fn list(desk: Desk) -> PageResult {
    let ws = &desk.ws;
    let query = desk.query("q").unwrap_or_default();
    let needle = query.trim().to_lowercase();
    let filter_lang = desk
        .query("lang")
        .filter(|l| ws.catalog.language(l).is_some());
    let filter_status = desk
        .query("status")
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
                draft: ws.has_draft(&lang.code, text),
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
    desk.render(StatusCode::OK, view).await
}
