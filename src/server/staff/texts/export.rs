//! `GET /staff/texts/languages/{lang}/export`: every resident-facing text of one
//! language as a Fluent file, with the Dutch text above each translation. The file
//! comes back through [`super::import`].

use super::Desk;
use crate::i18n::entries::TextStatus;
use crate::server::error::PageResult;
use axum::http::{header, HeaderValue};
use axum::response::IntoResponse;

pub async fn export(desk: Desk<String>) -> PageResult {
    desk.language()?;
    let (lang, ws) = (&desk.at, &desk.ws);
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
        if *lang != source {
            if let Some(dutch) = ws.effective(&source, text) {
                for line in dutch.lines() {
                    out.push_str(&format!("# {source}: {line}\n"));
                }
            }
            match ws.status(lang, text) {
                TextStatus::Outdated => out.push_str("# OUTDATED: the Dutch text changed\n"),
                TextStatus::Missing => out.push_str("# MISSING: not translated yet\n"),
                _ => {}
            }
        }
        if let Some(entry) = ws.effective(lang, text) {
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
