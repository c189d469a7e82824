//! The handlers of the change-notice steps. Each GET shows the step from the draft;
//! each POST checks the form token, reads the form with the domain's readers, and
//! either stores the step and redirects (303) to the next one, or shows the same page
//! with what was typed and the errors (422).

use super::answers::{self, Show};
use super::draft::{borrow, own, DraftDoc, DraftFileRef, SubmittedDoc};
use super::upload::{self, ReadError};
use super::{clear_cookie, now, problem, render, see_other, store_failed, with_cookie, Visit};
use crate::auth::token;
use crate::domain::calendar::amsterdam_date;
use crate::domain::notice::{
    change_kind_for_outcome, preselected_kinds, Change, ChangeKind, FieldError, Missing,
    PersonDetails, Problem, Reference, MAX_FILES_PER_CHANGE, MAX_NOTICE_FILE_BYTES,
};
use crate::i18n::I18n;
use crate::pages::report::form::{
    ChangesView, CheckView, DetailsView, IdentityView, ReceivedView, ReportProblem, ReportView,
    CSRF_FIELD, RETURN_FIELD,
};
use crate::server::page::client_address;
use crate::server::AppState;
use crate::store::limits::{self, Limit};
use crate::store::{drafts, notices};
use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

macro_rules! try_response {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(response) => return response,
        }
    };
}

/// The most self-check outcomes a start link may carry.
const MAX_PRESELECT: usize = 60;

// ---------------------------------------------------------------------------------
// Shared steps of every handler.

/// The I18n of a language in the path; `None` for a code the portal does not offer.
fn i18n_for(state: &AppState, lang: &str) -> Option<I18n> {
    let catalog = state.catalog.current();
    let lang = catalog.language(lang)?.clone();
    Some(I18n {
        lang,
        catalog,
        today: state.today(),
    })
}

/// The language of a step's path; `Err` is the answer for a code the portal does not
/// offer.
async fn language(state: &AppState, parts: &Parts, lang: &str) -> Result<I18n, Response> {
    match i18n_for(state, lang) {
        Some(i18n) => Ok(i18n),
        None => Err(problem(state, parts, ReportProblem::NotFound).await),
    }
}

/// A posted step form (URL-encoded): its language, this browser's draft token, and the
/// form's pairs once its form token is known to belong to that draft.
async fn posted_form(
    state: &AppState,
    parts: &Parts,
    lang: &str,
    body: &Bytes,
) -> Result<(I18n, Visit, Vec<(String, String)>), Response> {
    let i18n = language(state, parts, lang).await?;
    let visit = Visit::of(parts);
    let Ok(pairs) = crate::server::form::decode(body) else {
        return Err(crate::server::form::refuse_not_text(state, parts).await);
    };
    if !visit.accepts(field(&pairs, CSRF_FIELD)) {
        return Err(refuse_form(state, parts, &visit).await);
    }
    Ok((i18n, visit, pairs))
}

fn href(lang: &str, step: &str) -> String {
    format!("/{lang}/report/{step}")
}

async fn load(state: &AppState, visit: &Visit) -> Result<Option<DraftDoc>, drafts::DraftError> {
    if visit.fresh {
        return Ok(None);
    }
    let Some((bytes, version)) =
        drafts::load(&state.db, &state.data_keys, &visit.draft_id(), now()).await?
    else {
        return Ok(None);
    };
    match serde_json::from_slice::<DraftDoc>(&bytes) {
        Ok(mut doc) => {
            doc.version = Some(version);
            Ok(Some(doc))
        }
        Err(error) => {
            // Only after a change of the stored shape; the resident starts again.
            tracing::warn!(%error, "change notice: a stored draft could not be read");
            Ok(None)
        }
    }
}

/// Saves `doc` if the stored draft is still the version it was read at; `false` when
/// another request (another tab) saved or sent it in the meantime.
async fn save(
    state: &AppState,
    visit: &Visit,
    doc: &mut DraftDoc,
) -> Result<bool, drafts::DraftError> {
    let bytes = serde_json::to_vec(doc).expect("a draft always serializes");
    let now = now();
    let expires = now + i64::from(state.settings.notices.draft_hours) * 3600;
    let saved = drafts::save(
        &state.db,
        &state.data_keys,
        &visit.draft_id(),
        &bytes,
        doc.version,
        now,
        expires,
    )
    .await?;
    if let Some(version) = saved {
        doc.version = Some(version);
    }
    Ok(saved.is_some())
}

/// [`save`], or the response to send instead: when the draft changed in the meantime,
/// a fresh copy of `page` (a sent draft's steps lead to its receipt); nothing of this
/// request's copy is written over the newer one.
async fn save_or_refresh(
    state: &AppState,
    parts: &Parts,
    visit: &Visit,
    doc: &mut DraftDoc,
    page: &str,
) -> Result<(), Response> {
    match save(state, visit, doc).await {
        Ok(true) => Ok(()),
        Ok(false) => {
            tracing::info!("change notice: a stale copy of a draft was not saved");
            Err(see_other(page))
        }
        Err(error) => Err(store_failed(state, parts, error).await),
    }
}

fn new_doc() -> DraftDoc {
    DraftDoc::new(token::new_token())
}

fn field<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The pairs the domain reads: without the web layer's `_` fields.
fn answer_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .cloned()
        .collect()
}

fn query_values(parts: &Parts, name: &str) -> Vec<String> {
    parts.uri.query().map_or_else(Vec::new, |q| {
        form_urlencoded::parse(q.as_bytes())
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .collect()
    })
}

fn returns_to_check(parts: &Parts) -> bool {
    query_values(parts, "return").iter().any(|v| v == "check")
}

/// Shows a step and keeps the draft cookie alive.
async fn show(
    state: &AppState,
    parts: &Parts,
    visit: &Visit,
    status: StatusCode,
    view: ReportView,
) -> Response {
    with_cookie(state, visit, render(state, parts, status, view).await)
}

/// Refuses a form whose token does not belong to this browser's draft. The page sets
/// a cookie, so the form works after "start again".
async fn refuse_form(state: &AppState, parts: &Parts, visit: &Visit) -> Response {
    tracing::info!(path = parts.uri.path(), "change notice: form token refused");
    let response = problem(state, parts, ReportProblem::FormExpired).await;
    if visit.fresh {
        with_cookie(state, visit, response)
    } else {
        response
    }
}

/// What a submitted draft answers to every step but its confirmation.
fn sent(lang: &str) -> Response {
    see_other(&href(lang, "received"))
}

/// Loads the draft for a form step; `Err` is the response to send instead.
async fn for_step(
    state: &AppState,
    parts: &Parts,
    visit: &Visit,
    lang: &str,
) -> Result<Option<DraftDoc>, Response> {
    match load(state, visit).await {
        Ok(Some(doc)) if doc.submitted.is_some() => Err(sent(lang)),
        Ok(doc) => Ok(doc),
        Err(error) => Err(store_failed(state, parts, error).await),
    }
}

/// Where a step goes when it is done: back to "check your answers" when the resident
/// came from there, otherwise to the next change without details, then the check.
fn next_after(doc: &DraftDoc, lang: &str, return_to_check: bool) -> String {
    if doc.kinds.is_empty() {
        return href(lang, "changes");
    }
    match doc.next_without_details() {
        Some(kind) if !return_to_check => href(lang, &format!("details/{}", kind.id())),
        _ => href(lang, "check"),
    }
}

// ---------------------------------------------------------------------------------
// Who you are

pub async fn identity_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    try_response!(language(&state, &parts, &lang).await);
    let visit = Visit::of(&parts);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let preselect = match &doc {
        Some(doc) if !doc.kinds.is_empty() => Vec::new(),
        _ => query_values(&parts, "change")
            .into_iter()
            .filter(|id| change_kind_for_outcome(id).is_some())
            .take(MAX_PRESELECT)
            .collect(),
    };
    let view = IdentityView {
        csrf: visit.form_token(),
        values: doc.map(|d| d.identity).unwrap_or_default(),
        errors: Vec::new(),
        return_to_check: returns_to_check(&parts),
        preselect,
    };
    show(
        &state,
        &parts,
        &visit,
        StatusCode::OK,
        ReportView::Identity(view),
    )
    .await
}

pub async fn identity_post(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let (_, visit, pairs) = try_response!(posted_form(&state, &parts, &lang, &body).await);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let return_to_check = field(&pairs, RETURN_FIELD) == Some("check");
    let answers = answer_pairs(&pairs);
    let person = match PersonDetails::from_fields(&borrow(&answers), state.today()) {
        Ok(person) => person,
        Err(errors) => {
            let preselect = pairs
                .iter()
                .filter(|(k, v)| k == "_change" && change_kind_for_outcome(v).is_some())
                .map(|(_, v)| v.clone())
                .take(MAX_PRESELECT)
                .collect();
            let view = IdentityView {
                csrf: visit.form_token(),
                values: answers,
                errors,
                return_to_check,
                preselect,
            };
            return show(
                &state,
                &parts,
                &visit,
                StatusCode::UNPROCESSABLE_ENTITY,
                ReportView::Identity(view),
            )
            .await;
        }
    };
    let mut doc = doc.unwrap_or_else(new_doc);
    doc.identity = own(person.to_fields());
    doc.declaration = false;
    if doc.kinds.is_empty() {
        let outcomes: Vec<&str> = pairs
            .iter()
            .filter(|(k, _)| k == "_change")
            .map(|(_, v)| v.as_str())
            .take(MAX_PRESELECT)
            .collect();
        doc.choose(&preselected_kinds(outcomes));
    }
    try_response!(
        save_or_refresh(&state, &parts, &visit, &mut doc, &href(&lang, "identity")).await
    );
    let to = if return_to_check {
        href(&lang, "check")
    } else {
        href(&lang, "changes")
    };
    with_cookie(&state, &visit, see_other(&to))
}

// ---------------------------------------------------------------------------------
// Which changes

pub async fn changes_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    try_response!(language(&state, &parts, &lang).await);
    let visit = Visit::of(&parts);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let view = ChangesView {
        csrf: visit.form_token(),
        chosen: doc.map(|d| d.chosen_kinds()).unwrap_or_default(),
        errors: Vec::new(),
        return_to_check: returns_to_check(&parts),
    };
    show(
        &state,
        &parts,
        &visit,
        StatusCode::OK,
        ReportView::Changes(view),
    )
    .await
}

pub async fn changes_post(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let (_, visit, pairs) = try_response!(posted_form(&state, &parts, &lang, &body).await);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let return_to_check = field(&pairs, RETURN_FIELD) == Some("check");
    let mut chosen = Vec::new();
    let mut error = None;
    for (key, value) in &pairs {
        match key.as_str() {
            "kind" => match ChangeKind::parse(value) {
                Some(kind) => chosen.push(kind),
                None => error = Some(Problem::UnknownChoice),
            },
            k if k.starts_with('_') => {}
            _ => error = Some(Problem::UnknownField),
        }
    }
    if chosen.is_empty() && error.is_none() {
        error = Some(Problem::Missing);
    }
    if let Some(problem) = error {
        let view = ChangesView {
            csrf: visit.form_token(),
            chosen,
            errors: vec![FieldError::new("kind", problem)],
            return_to_check,
        };
        return show(
            &state,
            &parts,
            &visit,
            StatusCode::UNPROCESSABLE_ENTITY,
            ReportView::Changes(view),
        )
        .await;
    }
    chosen.sort();
    chosen.dedup();
    let mut doc = doc.unwrap_or_else(new_doc);
    let dropped = doc.choose(&chosen);
    try_response!(save_or_refresh(&state, &parts, &visit, &mut doc, &href(&lang, "changes")).await);
    // Only once the draft no longer names them.
    for file_id in dropped {
        if let Err(error) = drafts::remove_file(&state.db, &visit.draft_id(), &file_id).await {
            return store_failed(&state, &parts, error).await;
        }
    }
    let to = next_after(
        &doc,
        &lang,
        return_to_check && doc.next_without_details().is_none(),
    );
    with_cookie(&state, &visit, see_other(&to))
}

// ---------------------------------------------------------------------------------
// One change, with files

/// The back link of a detail page: the previous chosen change, or the list of changes.
fn back_from(doc: &DraftDoc, kind: ChangeKind, lang: &str, return_to_check: bool) -> String {
    if return_to_check {
        return href(lang, "check");
    }
    let kinds = doc.chosen_kinds();
    match kinds.iter().position(|k| *k == kind) {
        Some(i) if i > 0 => href(lang, &format!("details/{}", kinds[i - 1].id())),
        _ => href(lang, "changes"),
    }
}

fn details_view(
    visit: &Visit,
    doc: &DraftDoc,
    kind: ChangeKind,
    lang: &str,
    values: Vec<(String, String)>,
    errors: Vec<FieldError>,
    return_to_check: bool,
) -> ReportView {
    ReportView::Details(DetailsView {
        csrf: visit.form_token(),
        kind,
        values,
        errors,
        files: answers::file_rows(doc.files_for(kind)),
        return_to_check,
        back: back_from(doc, kind, lang, return_to_check),
    })
}

pub async fn details_page(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let (Some(_), Some(kind)) = (i18n_for(&state, &lang), ChangeKind::parse(&kind)) else {
        return problem(&state, &parts, ReportProblem::NotFound).await;
    };
    let visit = Visit::of(&parts);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let Some(doc) = doc.filter(|d| d.chosen_kinds().contains(&kind)) else {
        return with_cookie(&state, &visit, see_other(&href(&lang, "changes")));
    };
    let values = doc.details.get(kind.id()).cloned().unwrap_or_default();
    let view = details_view(
        &visit,
        &doc,
        kind,
        &lang,
        values,
        Vec::new(),
        returns_to_check(&parts),
    );
    show(&state, &parts, &visit, StatusCode::OK, view).await
}

pub async fn details_post(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
    parts: Parts,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let (Some(_), Some(kind)) = (i18n_for(&state, &lang), ChangeKind::parse(&kind)) else {
        return problem(&state, &parts, ReportProblem::NotFound).await;
    };
    let visit = Visit::of(&parts);
    let Ok(multipart) = multipart else {
        return refuse_form(&state, &parts, &visit).await;
    };
    // Files are written to the store while they arrive; they become part of the draft
    // below, once the form is known to come from this draft's page.
    let draft_id = visit.draft_id();
    let store = upload::FileStore {
        db: &state.db,
        keys: &state.data_keys,
        draft_id: &draft_id,
        now: now(),
    };
    let form = match upload::read(multipart, &store).await {
        Ok(form) => form,
        Err(ReadError::TooLarge) => return problem(&state, &parts, ReportProblem::TooLarge).await,
        Err(ReadError::Malformed) => return refuse_form(&state, &parts, &visit).await,
        Err(ReadError::NotText) => {
            return crate::server::form::refuse_not_text(&state, &parts).await
        }
        Err(ReadError::Store(error)) => return store_failed(&state, &parts, error).await,
    };
    if !visit.accepts(form.field(CSRF_FIELD)) {
        upload::discard(&state.db, form.files).await;
        return refuse_form(&state, &parts, &visit).await;
    }
    let doc = match for_step(&state, &parts, &visit, &lang).await {
        Ok(doc) => doc,
        Err(response) => {
            upload::discard(&state.db, form.files).await;
            return response;
        }
    };
    let Some(mut doc) = doc.filter(|d| d.chosen_kinds().contains(&kind)) else {
        upload::discard(&state.db, form.files).await;
        return with_cookie(&state, &visit, see_other(&href(&lang, "changes")));
    };
    let return_to_check = form.field(RETURN_FIELD) == Some("check");
    // Files first: a file that passed its checks is kept even when a field is wrong,
    // so the resident never has to choose it again.
    let mut errors = Vec::new();
    let mut file_errors = form.file_errors;
    let mut added = Vec::new();
    let mut files = form.files.into_iter();
    while let Some(file) = files.next() {
        if doc.files_for(kind).count() >= MAX_FILES_PER_CHANGE {
            file_errors.push(FieldError::new(
                super::pages::FILE_FIELD,
                Problem::TooManyFiles,
            ));
            upload::discard(&state.db, std::iter::once(file).chain(files.by_ref())).await;
            break;
        }
        let together: usize = doc.files.iter().map(|f| f.size).sum::<usize>() + file.upload.size;
        if together > MAX_NOTICE_FILE_BYTES {
            file_errors.push(FieldError::new(
                super::pages::FILE_FIELD,
                Problem::FilesTooLargeTogether,
            ));
            upload::discard(&state.db, std::iter::once(file)).await;
            continue;
        }
        let media_type = file.upload.file_type.media_type();
        let name = file.upload.display_name.clone().unwrap_or_default();
        let attached = drafts::attach(
            &state.db,
            &state.data_keys,
            &draft_id,
            &file.written,
            media_type,
            &name,
            now(),
        )
        .await;
        if let Err(error) = attached {
            upload::discard(&state.db, std::iter::once(file).chain(files)).await;
            return store_failed(&state, &parts, error).await;
        }
        added.push(file.written.file_id.clone());
        doc.files.push(DraftFileRef {
            id: file.written.file_id,
            kind: kind.id().to_owned(),
            media_type: media_type.to_owned(),
            size: file.upload.size,
            name: file.upload.display_name,
        });
        doc.declaration = false;
    }
    let answers = answer_pairs(&form.pairs);
    let values = match Change::from_fields(kind, &borrow(&answers), state.today()) {
        Ok(change) => {
            let values = own(change.to_fields());
            doc.details.insert(kind.id().to_owned(), values.clone());
            doc.declaration = false;
            values
        }
        Err(field_errors) => {
            errors.extend(field_errors);
            answers
        }
    };
    errors.extend(file_errors);
    let page = href(&lang, &format!("details/{}", kind.id()));
    if let Err(response) = save_or_refresh(&state, &parts, &visit, &mut doc, &page).await {
        // The files of this stale copy belong to no draft.
        for id in added {
            if let Err(error) = drafts::remove_file(&state.db, &draft_id, &id).await {
                tracing::warn!(%error, "change notice: removing a file of a stale copy failed");
            }
        }
        return response;
    }
    if !errors.is_empty() {
        let view = details_view(&visit, &doc, kind, &lang, values, errors, return_to_check);
        return show(
            &state,
            &parts,
            &visit,
            StatusCode::UNPROCESSABLE_ENTITY,
            view,
        )
        .await;
    }
    with_cookie(
        &state,
        &visit,
        see_other(&next_after(&doc, &lang, return_to_check)),
    )
}

pub async fn remove_file(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let Some(kind) = ChangeKind::parse(&kind) else {
        return problem(&state, &parts, ReportProblem::NotFound).await;
    };
    let (_, visit, pairs) = try_response!(posted_form(&state, &parts, &lang, &body).await);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let Some(mut doc) = doc else {
        return see_other(&href(&lang, "identity"));
    };
    let file_id = field(&pairs, "file-id").unwrap_or_default().to_owned();
    let before = doc.files.len();
    doc.files
        .retain(|f| !(f.id == file_id && f.kind == kind.id()));
    let page = href(&lang, &format!("details/{}", kind.id()));
    if doc.files.len() != before {
        doc.declaration = false;
        try_response!(save_or_refresh(&state, &parts, &visit, &mut doc, &page).await);
        let removed = drafts::remove_file(&state.db, &visit.draft_id(), &file_id).await;
        if let Err(error) = removed {
            return store_failed(&state, &parts, error).await;
        }
    }
    see_other(&page)
}

// ---------------------------------------------------------------------------------
// Check, declare, send

fn check_view(
    state: &AppState,
    i18n: &I18n,
    visit: &Visit,
    doc: &DraftDoc,
    errors: Vec<(String, &'static str)>,
) -> CheckView {
    CheckView {
        csrf: visit.form_token(),
        identity: answers::identity(i18n, doc, Show::Full),
        changes: answers::changes(i18n, doc, Some(state.today()), Show::Full),
        errors,
    }
}

pub async fn check_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    let i18n = try_response!(language(&state, &parts, &lang).await);
    let visit = Visit::of(&parts);
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let Some(doc) = doc.filter(|d| !d.identity.is_empty()) else {
        return with_cookie(&state, &visit, see_other(&href(&lang, "identity")));
    };
    let view = check_view(&state, &i18n, &visit, &doc, Vec::new());
    show(
        &state,
        &parts,
        &visit,
        StatusCode::OK,
        ReportView::Check(view),
    )
    .await
}

/// Where the error summary of the check page links for what is missing.
fn missing_target(missing: &Missing) -> (String, &'static str) {
    let target = match missing {
        Missing::Identity => "check-identity".to_owned(),
        Missing::Changes => "main".to_owned(),
        Missing::Details(kind) | Missing::Outdated { kind, .. } => format!("change-{}", kind.id()),
        Missing::Declaration => "f-declaration".to_owned(),
    };
    (target, missing.message_id())
}

pub async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let (i18n, visit, pairs) = try_response!(posted_form(&state, &parts, &lang, &body).await);
    // A second click or a refresh after the notice was stored lands on its receipt.
    let doc = try_response!(for_step(&state, &parts, &visit, &lang).await);
    let Some(mut doc) = doc else {
        return see_other(&href(&lang, "identity"));
    };
    doc.declaration = field(&pairs, "declaration") == Some("yes");
    let today = state.today();
    if let Err(missing) = doc.to_domain(today).ready_to_submit(today) {
        doc.declaration = false;
        try_response!(
            save_or_refresh(&state, &parts, &visit, &mut doc, &href(&lang, "check")).await
        );
        let errors = missing.iter().map(missing_target).collect();
        let view = check_view(&state, &i18n, &visit, &doc, errors);
        return show(
            &state,
            &parts,
            &visit,
            StatusCode::UNPROCESSABLE_ENTITY,
            ReportView::Check(view),
        )
        .await;
    }
    let address = client_address(&parts);
    let now = now();
    // The notice is counted before it is stored, in the database: parallel submits
    // (and other instances) cannot all slip under the limit.
    let limit = [Limit {
        scope: limits::scope::NOTICE_ADDRESS,
        key: &address,
        policy: state.notice_limit,
    }];
    let reservation = match limits::reserve(&state.db, &limit, now).await {
        Ok(Ok(reservation)) => reservation,
        Ok(Err(_)) => {
            tracing::warn!("change notice: submission limit reached for a network address");
            return problem(&state, &parts, ReportProblem::TooMany).await;
        }
        Err(error) => return store_failed(&state, &parts, error).await,
    };
    let give_back = || async {
        if let Err(error) = limits::release(&state.db, &reservation).await {
            tracing::warn!(%error, "change notice: giving back a counted attempt failed");
        }
    };
    let submitted = match store_notice(&state, &visit, &mut doc, &lang, now).await {
        Ok(Some(submitted)) => submitted,
        // Sent from another tab in the meantime: its receipt is the answer.
        Ok(None) => {
            give_back().await;
            return with_cookie(&state, &visit, see_other(&href(&lang, "received")));
        }
        Err(error) => {
            give_back().await;
            return store_failed(&state, &parts, error).await;
        }
    };
    if !submitted.created {
        // A repeat of a notice that is stored already: it does not count twice.
        give_back().await;
    }
    tracing::info!(
        kinds = doc.kinds.len(),
        files = doc.files.len(),
        "change notice received"
    );
    with_cookie(&state, &visit, see_other(&href(&lang, "received")))
}

/// Stores the notice with a fresh reference (another one if the reference is taken),
/// and marks the draft sent in the same transaction; `None` when the draft was sent
/// already (by another request).
async fn store_notice(
    state: &AppState,
    visit: &Visit,
    doc: &mut DraftDoc,
    lang: &str,
    now: i64,
) -> Result<Option<notices::Submitted>, String> {
    let draft_id = visit.draft_id();
    let stored_files = drafts::files(&state.db, &state.data_keys, &draft_id)
        .await
        .map_err(|e| e.to_string())?;
    // The draft's files in the notice's order; their bytes are copied by the store, a
    // chunk at a time, in the transaction that stores the notice.
    let files: Vec<_> = doc
        .files
        .iter()
        .filter_map(|r| stored_files.iter().find(|f| f.id == r.id).cloned())
        .collect();
    let mut new = notices::NewNotice {
        reference: String::new(),
        idempotency_key: doc.idempotency_key.clone(),
        lang: lang.to_owned(),
        change_kinds: answers::kind_ids(&doc.chosen_kinds()),
        content_json: content(doc),
        attachments: Vec::new(),
    };
    for _ in 0..5 {
        let mut random = [0u8; Reference::RANDOM_BYTES];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
        new.reference = Reference::generate(random).to_string();
        doc.submitted = Some(SubmittedDoc {
            reference: new.reference.clone(),
            at: now,
        });
        let bytes = serde_json::to_vec(&*doc).expect("a draft always serializes");
        let sent = notices::SentDraft {
            draft_id: &draft_id,
            sealed_content: drafts::seal_content(&state.data_keys, &draft_id, &bytes)
                .map_err(|e| e.to_string())?,
            files: files.clone(),
        };
        match notices::submit_from_draft(&state.db, &state.data_keys, &new, now, sent).await {
            Ok(submitted) => {
                if !submitted.created {
                    // Stored before under this key (a double click): the draft says so,
                    // or (stored before drafts were marked in the same transaction)
                    // now does.
                    doc.submitted = Some(SubmittedDoc {
                        reference: submitted.reference.clone(),
                        at: now,
                    });
                    let bytes = serde_json::to_vec(&*doc).expect("a draft always serializes");
                    drafts::mark_sent(
                        &state.db,
                        &state.data_keys,
                        &draft_id,
                        &bytes,
                        &submitted.reference,
                        now,
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                }
                return Ok(Some(submitted));
            }
            Err(notices::NoticeError::ReferenceTaken) => continue,
            Err(notices::NoticeError::DraftSent) => return Ok(None),
            // Sent before with other content: by another tab (the draft is marked
            // sent, so that notice is the answer) or, if the draft is not marked, after
            // a submission whose confirmation never arrived: then this is a new notice.
            Err(notices::NoticeError::IdempotencyKeyReused { .. }) => {
                let sent = drafts::sent_reference(&state.db, &draft_id)
                    .await
                    .map_err(|e| e.to_string())?;
                if sent.is_some() {
                    return Ok(None);
                }
                doc.idempotency_key = token::new_token();
                new.idempotency_key = doc.idempotency_key.clone();
            }
            Err(error) => return Err(error.to_string()),
        }
    }
    Err("no free reference after 5 attempts".to_owned())
}

/// The notice's document: what the resident sent, in the shape case workers and the
/// case system read (`identity`, then `changes` with `kind`, `fields` and `files`).
fn content(doc: &DraftDoc) -> Value {
    let object = |pairs: &[(String, String)]| -> Value {
        let map: Map<String, Value> = pairs
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        Value::Object(map)
    };
    let changes: Vec<Value> = doc
        .chosen_kinds()
        .into_iter()
        .map(|kind| {
            json!({
                "kind": kind.id(),
                "fields": object(doc.details.get(kind.id()).map_or(&[][..], |p| p.as_slice())),
                "files": doc.files_for(kind).map(|f| f.name.clone().unwrap_or_default()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "identity": object(&doc.identity),
        "changes": changes,
        "declaration": true,
    })
}

// ---------------------------------------------------------------------------------
// Confirmation and receipt

fn received_on(i18n: &I18n, at: i64) -> String {
    let when =
        time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    i18n.date(amsterdam_date(when))
}

async fn submitted_doc(
    state: &AppState,
    parts: &Parts,
    visit: &Visit,
    lang: &str,
) -> Result<(DraftDoc, SubmittedDoc), Response> {
    match load(state, visit).await {
        Ok(Some(doc)) => match doc.submitted.clone() {
            Some(submitted) => Ok((doc, submitted)),
            None => Err(see_other(&href(lang, "check"))),
        },
        Ok(None) => Err(see_other(&format!("/{lang}/report"))),
        Err(error) => Err(store_failed(state, parts, error).await),
    }
}

pub async fn received_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    let i18n = try_response!(language(&state, &parts, &lang).await);
    let visit = Visit::of(&parts);
    let (doc, submitted) = try_response!(submitted_doc(&state, &parts, &visit, &lang).await);
    let view = ReceivedView {
        csrf: visit.form_token(),
        reference: submitted.reference,
        received_on: received_on(&i18n, submitted.at),
        identity: answers::identity(&i18n, &doc, Show::Masked),
        changes: answers::changes(&i18n, &doc, None, Show::Masked),
    };
    show(
        &state,
        &parts,
        &visit,
        StatusCode::OK,
        ReportView::Received(view),
    )
    .await
}

pub async fn receipt(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    let i18n = try_response!(language(&state, &parts, &lang).await);
    let visit = Visit::of(&parts);
    let (doc, submitted) = try_response!(submitted_doc(&state, &parts, &visit, &lang).await);
    let text = answers::receipt_text(
        &i18n,
        &doc,
        &submitted.reference,
        &received_on(&i18n, submitted.at),
        state
            .settings
            .figures
            .text(crate::config::Figure::Municipality),
    );
    let disposition = format!(
        "attachment; filename=\"meldwijzer-{}.txt\"",
        submitted.reference
    );
    let mut response = text.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

pub async fn start_new(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let (_, visit, _) = try_response!(posted_form(&state, &parts, &lang, &body).await);
    if let Err(error) = drafts::delete(&state.db, &visit.draft_id()).await {
        return store_failed(&state, &parts, error).await;
    }
    clear_cookie(see_other(&href(&lang, "identity")))
}
