//! The case workers' side of the change notices: the inbox, an opened notice with its
//! attachments, status changes and the export. Only case workers (and admins) get
//! here; every read of personal data and every change is audited by the store
//! functions (`store::notices`) before anything is returned.

use super::{query_param, render, role, see_other, RequireRole};
use crate::domain::calendar::timestamp;
use crate::pages::problem::Problem;
use crate::pages::staff::{
    FieldError, InboxQuery, InboxView, NoticeView, StaffView, StatusForm, Tab, MAX_NOTE_CHARS,
    PAGE_SIZE, STATUS_FIELD,
};
use crate::server::error::PageResult;
use crate::server::export;
use crate::server::form::Form;
use crate::server::AppState;
use crate::store::notices::{self, NoticeRef, Status};
use crate::store::staff;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::collections::HashMap;

type Caseworker = RequireRole<role::Caseworker>;

/// `GET /staff/notices`: the inbox.
pub async fn inbox(State(state): State<AppState>, staff: Caseworker, parts: Parts) -> PageResult {
    let query = InboxQuery::parse(parts.uri.query());
    let filter = query.filter();
    let listing = notices::list(&state.db, &filter, PAGE_SIZE, query.offset()).await?;
    let mut counts = Vec::with_capacity(Tab::ALL.len());
    for tab in Tab::ALL {
        let filter = query.with_tab(tab).filter();
        let found = notices::list(&state.db, &filter, 0, 0).await?;
        counts.push((tab, found.total));
    }
    let view = StaffView::Inbox(InboxView {
        query,
        listing,
        counts,
        csrf: staff.session.csrf_token.clone(),
    });
    Ok(render(&state, &parts, StatusCode::OK, view).await)
}

/// A notice id from the path: a positive number, or no such notice.
fn notice_id(text: &str) -> Result<i64, Problem> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(Problem::NoticeNotFound)
}

/// The opened notice's page with the given form state. Opening is audited.
async fn notice_view(
    state: &AppState,
    parts: &Parts,
    staff: &Caseworker,
    id: i64,
    status: StatusCode,
    form: StatusForm,
    errors: Vec<FieldError>,
) -> PageResult {
    let now = state.staff_auth.clock.now();
    let actor = staff.account.id;
    let notice = notices::open(&state.db, &state.data_keys, NoticeRef::Id(id), actor, now)
        .await?
        .ok_or(Problem::NoticeNotFound)?;
    let names: HashMap<i64, String> = staff::accounts(&state.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    let saved = status == StatusCode::OK && query_param(parts, "done").as_deref() == Some("status");
    let view = StaffView::Notice(Box::new(NoticeView {
        notice,
        names,
        csrf: staff.session.csrf_token.clone(),
        form,
        errors,
        saved,
    }));
    Ok(render(state, parts, status, view).await)
}

/// `GET /staff/notices/{id}`.
pub async fn notice_page(
    State(state): State<AppState>,
    staff: Caseworker,
    Path(id): Path<String>,
    parts: Parts,
) -> PageResult {
    let id = notice_id(&id)?;
    let form = StatusForm::default();
    notice_view(&state, &parts, &staff, id, StatusCode::OK, form, Vec::new()).await
}

#[derive(Deserialize)]
pub struct StatusFields {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// `POST /staff/notices/{id}/status`: a new status with an optional note.
pub async fn change_status(
    State(state): State<AppState>,
    staff: Caseworker,
    Path(id): Path<String>,
    parts: Parts,
    Form(fields): Form<StatusFields>,
) -> PageResult {
    staff.check_form_token(&fields.csrf)?;
    let id = notice_id(&id)?;
    let note = fields.note.trim();
    let typed = StatusForm {
        status: Status::from_code(&fields.status),
        note: note.to_owned(),
    };
    let mut errors = Vec::new();
    if typed.status.is_none() {
        errors.push(FieldError::new(STATUS_FIELD, "staff-notice-status-missing"));
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        errors.push(
            FieldError::new("note", "staff-notice-note-too-long")
                .with("max", i64::try_from(MAX_NOTE_CHARS).unwrap_or(i64::MAX)),
        );
    }
    let Some(status) = typed.status.filter(|_| errors.is_empty()) else {
        let code = StatusCode::UNPROCESSABLE_ENTITY;
        return notice_view(&state, &parts, &staff, id, code, typed, errors).await;
    };
    let note = (!note.is_empty()).then_some(note);
    let now = state.staff_auth.clock.now();
    let actor = staff.account.id;
    if !notices::set_status(&state.db, &state.data_keys, id, status, note, actor, now).await? {
        return Err(Problem::NoticeNotFound.into());
    }
    Ok(see_other(&format!("/staff/notices/{id}?done=status")))
}

/// The extension of a download's name, from its (checked) content type.
fn extension(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    }
}

/// `GET /staff/notices/{id}/attachments/{attachment_id}`: the file, as a download
/// under a generated name (never the resident's own file name).
pub async fn attachment(
    State(state): State<AppState>,
    staff: Caseworker,
    Path((id, attachment_id)): Path<(String, String)>,
) -> PageResult {
    let (id, attachment_id) = (notice_id(&id)?, notice_id(&attachment_id)?);
    let now = state.staff_auth.clock.now();
    let actor = staff.account.id;
    let file = notices::attachment(&state.db, &state.data_keys, id, attachment_id, actor, now)
        .await?
        .ok_or(Problem::NoticeNotFound)?;
    // The reference is ASCII letters, digits and dashes (the store checks it), so it
    // is safe in a header; it is not personal.
    let stem = notices::reference(&state.db, id)
        .await?
        .unwrap_or_else(|| format!("notice-{id}"));
    let name = format!(
        "{stem}-{}.{}",
        attachment_id,
        extension(&file.info.content_type)
    );
    Ok(download(file.bytes, &file.info.content_type, &name))
}

/// A download: the bytes with their type, never shown inline or sniffed.
fn download(bytes: Vec<u8>, content_type: &str, file_name: &str) -> Response {
    let content_type = HeaderValue::from_str(content_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    let mut response = Body::from(bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}

/// The two export formats.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

async fn export(state: AppState, staff: Caseworker, parts: Parts, format: Format) -> PageResult {
    let query = InboxQuery::parse(parts.uri.query());
    let now = state.staff_auth.clock.now();
    let actor = staff.account.id;
    let list = notices::export(&state.db, &state.data_keys, &query.filter(), actor, now).await?;
    // The file name says when, in Dutch time; nothing personal.
    let stamp: String = timestamp(now)
        .chars()
        .take(16)
        .filter(char::is_ascii_digit)
        .collect();
    Ok(match format {
        Format::Csv => download(
            export::export_csv(&list).into_bytes(),
            "text/csv; charset=utf-8",
            &format!("notices-{stamp}.csv"),
        ),
        Format::Json => download(
            export::export_json(&list, now).to_string().into_bytes(),
            "application/json",
            &format!("notices-{stamp}.json"),
        ),
    })
}

/// `GET /staff/notices/export.csv` with the inbox's filter.
pub async fn export_csv(
    State(state): State<AppState>,
    staff: Caseworker,
    parts: Parts,
) -> PageResult {
    export(state, staff, parts, Format::Csv).await
}

/// `GET /staff/notices/export.json` with the inbox's filter.
pub async fn export_json(
    State(state): State<AppState>,
    staff: Caseworker,
    parts: Parts,
) -> PageResult {
    export(state, staff, parts, Format::Json).await
}
