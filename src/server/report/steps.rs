//! The handlers of the change-notice steps, in the order a resident meets them. Each
//! GET shows the step from the draft; each POST (its form token checked by
//! [`PostedStep`]) reads the form with the domain's readers, and either stores the step
//! and goes on (303) to the next one, or shows the same page with what was typed and
//! the errors (422).

use super::answers::{self, Show};
use super::draft::{borrow, own, DraftDoc, DraftFileRef, SubmittedDoc};
use super::now;
use super::upload::{self, ReadError};
use super::visit::{clear_cookie, Kind, PostedStep, Step, Visit};
use crate::auth::token;
use crate::domain::calendar::amsterdam_date;
use crate::domain::notice::{
    change_kind_for_outcome, preselected_kinds, Change, ChangeKind, FieldError, Missing,
    PersonDetails, Problem as FieldProblem, Reference, MAX_FILES_PER_CHANGE, MAX_NOTICE_FILE_BYTES,
};
use crate::i18n::I18n;
use crate::pages::problem::Problem;
use crate::pages::report::form::{
    ChangesView, CheckView, DetailsView, IdentityView, ReceivedView, ReportView, FILE_FIELD,
    RETURN_FIELD,
};
use crate::server::csrf::FORM_FIELD;
use crate::server::error::{PageError, PageResult};
use crate::server::form::not_text;
use crate::server::page::{client_address, see_other};
use crate::server::AppState;
use crate::store::drafts;
use crate::store::limits::{self, Limit};
use crate::store::notices;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde_json::{json, Map, Value};

/// The most self-check outcomes a start link may carry.
const MAX_PRESELECT: usize = 60;

fn new_doc() -> DraftDoc {
    DraftDoc::new(token::new_token())
}

/// The pairs the domain reads: without the web layer's `_` fields.
fn answer_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .cloned()
        .collect()
}

/// Where a step goes when it is done: back to "check your answers" when the resident
/// came from there, otherwise to the next change without details, then the check.
fn next_after(step: &Step, doc: &DraftDoc, return_to_check: bool) -> String {
    if doc.kinds.is_empty() {
        return step.href("changes");
    }
    match doc.next_without_details() {
        Some(kind) if !return_to_check => step.href(&format!("details/{}", kind.id())),
        _ => step.href("check"),
    }
}

// ---------------------------------------------------------------------------------
// Who you are

pub async fn identity_page(State(state): State<AppState>, step: Step) -> PageResult {
    let doc = step.draft(&state).await?;
    let preselect = match &doc {
        Some(doc) if !doc.kinds.is_empty() => Vec::new(),
        _ => step
            .query_values("change")
            .into_iter()
            .filter(|id| change_kind_for_outcome(id).is_some())
            .take(MAX_PRESELECT)
            .collect(),
    };
    let view = IdentityView {
        csrf: step.visit.form_token(),
        values: doc.map(|d| d.identity).unwrap_or_default(),
        errors: Vec::new(),
        return_to_check: step.returns_to_check(),
        preselect,
    };
    Ok(step
        .show(&state, StatusCode::OK, ReportView::Identity(view))
        .await)
}

pub async fn identity_post(State(state): State<AppState>, step: PostedStep) -> PageResult {
    let doc = step.draft(&state).await?;
    let return_to_check = step.field(RETURN_FIELD) == Some("check");
    let answers = answer_pairs(&step.pairs);
    let person = match PersonDetails::from_fields(&borrow(&answers), state.today()) {
        Ok(person) => person,
        Err(errors) => {
            let preselect = step
                .pairs
                .iter()
                .filter(|(k, v)| k == "_change" && change_kind_for_outcome(v).is_some())
                .map(|(_, v)| v.clone())
                .take(MAX_PRESELECT)
                .collect();
            let view = IdentityView {
                csrf: step.visit.form_token(),
                values: answers,
                errors,
                return_to_check,
                preselect,
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(step.show(&state, status, ReportView::Identity(view)).await);
        }
    };
    let mut doc = doc.unwrap_or_else(new_doc);
    doc.identity = own(person.to_fields());
    doc.declaration = false;
    if doc.kinds.is_empty() {
        let outcomes: Vec<&str> = step
            .pairs
            .iter()
            .filter(|(k, _)| k == "_change")
            .map(|(_, v)| v.as_str())
            .take(MAX_PRESELECT)
            .collect();
        doc.choose(&preselected_kinds(outcomes));
    }
    step.save(&state, &mut doc, "identity").await?;
    let to = if return_to_check { "check" } else { "changes" };
    Ok(step.go(&state, &step.href(to)))
}

// ---------------------------------------------------------------------------------
// Which changes

pub async fn changes_page(State(state): State<AppState>, step: Step) -> PageResult {
    let doc = step.draft(&state).await?;
    let view = ChangesView {
        csrf: step.visit.form_token(),
        chosen: doc.map(|d| d.chosen_kinds()).unwrap_or_default(),
        errors: Vec::new(),
        return_to_check: step.returns_to_check(),
    };
    Ok(step
        .show(&state, StatusCode::OK, ReportView::Changes(view))
        .await)
}

pub async fn changes_post(State(state): State<AppState>, step: PostedStep) -> PageResult {
    let doc = step.draft(&state).await?;
    let return_to_check = step.field(RETURN_FIELD) == Some("check");
    let mut chosen = Vec::new();
    let mut error = None;
    for (key, value) in &step.pairs {
        match key.as_str() {
            "kind" => match ChangeKind::parse(value) {
                Some(kind) => chosen.push(kind),
                None => error = Some(FieldProblem::UnknownChoice),
            },
            k if k.starts_with('_') => {}
            _ => error = Some(FieldProblem::UnknownField),
        }
    }
    if chosen.is_empty() && error.is_none() {
        error = Some(FieldProblem::Missing);
    }
    if let Some(problem) = error {
        let view = ChangesView {
            csrf: step.visit.form_token(),
            chosen,
            errors: vec![FieldError::new("kind", problem)],
            return_to_check,
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(step.show(&state, status, ReportView::Changes(view)).await);
    }
    chosen.sort();
    chosen.dedup();
    let mut doc = doc.unwrap_or_else(new_doc);
    let dropped = doc.choose(&chosen);
    step.save(&state, &mut doc, "changes").await?;
    // Only once the draft no longer names them.
    for file_id in dropped {
        drafts::remove_file(&state.db, &step.visit.draft_id(), &file_id).await?;
    }
    let return_to_check = return_to_check && doc.next_without_details().is_none();
    Ok(step.go(&state, &next_after(&step, &doc, return_to_check)))
}

// ---------------------------------------------------------------------------------
// One change, with files

/// The back link of a detail page: the previous chosen change, or the list of changes.
fn back_from(step: &Step, doc: &DraftDoc, kind: ChangeKind, return_to_check: bool) -> String {
    if return_to_check {
        return step.href("check");
    }
    let kinds = doc.chosen_kinds();
    match kinds.iter().position(|k| *k == kind) {
        Some(i) if i > 0 => step.href(&format!("details/{}", kinds[i - 1].id())),
        _ => step.href("changes"),
    }
}

fn details_view(
    step: &Step,
    doc: &DraftDoc,
    kind: ChangeKind,
    values: Vec<(String, String)>,
    errors: Vec<FieldError>,
    return_to_check: bool,
) -> ReportView {
    ReportView::Details(DetailsView {
        csrf: step.visit.form_token(),
        kind,
        values,
        errors,
        files: answers::file_rows(doc.files_for(kind)),
        return_to_check,
        back: back_from(step, doc, kind, return_to_check),
    })
}

/// The draft of this visit, if it has chosen `kind`.
async fn draft_with(
    state: &AppState,
    step: &Step,
    kind: ChangeKind,
) -> Result<Option<DraftDoc>, PageError> {
    let doc = step.draft(state).await?;
    Ok(doc.filter(|d| d.chosen_kinds().contains(&kind)))
}

pub async fn details_page(
    State(state): State<AppState>,
    step: Step,
    Kind(kind): Kind,
) -> PageResult {
    let Some(doc) = draft_with(&state, &step, kind).await? else {
        return Ok(step.go(&state, &step.href("changes")));
    };
    let values = doc.details.get(kind.id()).cloned().unwrap_or_default();
    let return_to_check = step.returns_to_check();
    let view = details_view(&step, &doc, kind, values, Vec::new(), return_to_check);
    Ok(step.show(&state, StatusCode::OK, view).await)
}

pub async fn details_post(
    State(state): State<AppState>,
    step: Step,
    Kind(kind): Kind,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let multipart = multipart.map_err(|_| step.refuse_form(&state))?;
    // Files are written to the store while they arrive; they become part of the draft
    // below, once the form is known to come from this draft's page.
    let draft_id = step.visit.draft_id();
    let store = upload::FileStore {
        db: &state.db,
        keys: &state.data_keys,
        draft_id: &draft_id,
        now: now(),
    };
    let form = upload::read(multipart, &store)
        .await
        .map_err(|error| match error {
            ReadError::TooLarge => Problem::FilesTooLarge.into(),
            ReadError::Malformed => step.refuse_form(&state),
            ReadError::NotText => not_text(&step.parts),
            ReadError::Store(error) => error.into(),
        })?;
    // Until they are attached, the files read belong to no draft: every way out
    // before that discards them.
    let chosen = match step.check_token(&state, form.field(FORM_FIELD)) {
        Ok(()) => draft_with(&state, &step, kind).await,
        Err(refused) => Err(refused),
    };
    let mut doc = match chosen {
        Ok(Some(doc)) => doc,
        // Refused, answered elsewhere, or a draft without this change: that goes to the
        // list of changes.
        not_here => {
            upload::discard(&state.db, form.files).await;
            return not_here.map(|_| step.go(&state, &step.href("changes")));
        }
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
            file_errors.push(FieldError::new(FILE_FIELD, FieldProblem::TooManyFiles));
            upload::discard(&state.db, std::iter::once(file).chain(files.by_ref())).await;
            break;
        }
        let together: usize = doc.files.iter().map(|f| f.size).sum::<usize>() + file.upload.size;
        if together > MAX_NOTICE_FILE_BYTES {
            file_errors.push(FieldError::new(
                FILE_FIELD,
                FieldProblem::FilesTooLargeTogether,
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
            return Err(error.into());
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
    let page = format!("details/{}", kind.id());
    if let Err(elsewhere) = step.save(&state, &mut doc, &page).await {
        // The files of this stale copy belong to no draft.
        for id in added {
            if let Err(error) = drafts::remove_file(&state.db, &draft_id, &id).await {
                tracing::warn!(%error, "change notice: removing a file of a stale copy failed");
            }
        }
        return Err(elsewhere);
    }
    if !errors.is_empty() {
        let view = details_view(&step, &doc, kind, values, errors, return_to_check);
        return Ok(step
            .show(&state, StatusCode::UNPROCESSABLE_ENTITY, view)
            .await);
    }
    Ok(step.go(&state, &next_after(&step, &doc, return_to_check)))
}

pub async fn remove_file(
    State(state): State<AppState>,
    Kind(kind): Kind,
    step: PostedStep,
) -> PageResult {
    let Some(mut doc) = step.draft(&state).await? else {
        return Ok(see_other(&step.href("identity")));
    };
    let file_id = step.field("file-id").unwrap_or_default().to_owned();
    let before = doc.files.len();
    doc.files
        .retain(|f| !(f.id == file_id && f.kind == kind.id()));
    let page = format!("details/{}", kind.id());
    if doc.files.len() != before {
        doc.declaration = false;
        step.save(&state, &mut doc, &page).await?;
        drafts::remove_file(&state.db, &step.visit.draft_id(), &file_id).await?;
    }
    Ok(see_other(&step.href(&page)))
}

// ---------------------------------------------------------------------------------
// Check, declare, send

fn check_view(
    state: &AppState,
    step: &Step,
    doc: &DraftDoc,
    errors: Vec<(String, &'static str)>,
) -> ReportView {
    ReportView::Check(CheckView {
        csrf: step.visit.form_token(),
        identity: answers::identity(&step.i18n, doc, Show::Full),
        changes: answers::changes(&step.i18n, doc, Some(state.today()), Show::Full),
        errors,
    })
}

pub async fn check_page(State(state): State<AppState>, step: Step) -> PageResult {
    let doc = step.draft(&state).await?;
    let Some(doc) = doc.filter(|d| !d.identity.is_empty()) else {
        return Ok(step.go(&state, &step.href("identity")));
    };
    let view = check_view(&state, &step, &doc, Vec::new());
    Ok(step.show(&state, StatusCode::OK, view).await)
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

pub async fn submit(State(state): State<AppState>, step: PostedStep) -> PageResult {
    // A second click or a refresh after the notice was stored lands on its receipt.
    let Some(mut doc) = step.draft(&state).await? else {
        return Ok(see_other(&step.href("identity")));
    };
    doc.declaration = step.field("declaration") == Some("yes");
    let today = state.today();
    if let Err(missing) = doc.to_domain(today).ready_to_submit(today) {
        doc.declaration = false;
        step.save(&state, &mut doc, "check").await?;
        let errors = missing.iter().map(missing_target).collect();
        let view = check_view(&state, &step, &doc, errors);
        return Ok(step
            .show(&state, StatusCode::UNPROCESSABLE_ENTITY, view)
            .await);
    }
    let address = client_address(&step.parts);
    let now = now();
    // The notice is counted before it is stored, in the database: parallel submits
    // (and other instances) cannot all slip under the limit.
    let limit = [Limit {
        scope: limits::scope::NOTICE_ADDRESS,
        key: &address,
        policy: state.notice_limit,
    }];
    let Ok(reservation) = limits::reserve(&state.db, &limit, now).await? else {
        tracing::warn!("change notice: submission limit reached for a network address");
        return Err(Problem::TooMany.into());
    };
    let give_back = || async {
        if let Err(error) = limits::release(&state.db, &reservation).await {
            tracing::warn!(%error, "change notice: giving back a counted attempt failed");
        }
    };
    let stored = store_notice(&state, &step.visit, &mut doc, step.lang(), now).await;
    let submitted = match stored {
        Ok(Some(submitted)) => submitted,
        // Sent from another tab in the meantime: its receipt is the answer.
        Ok(None) => {
            give_back().await;
            return Ok(step.go(&state, &step.href("received")));
        }
        Err(error) => {
            give_back().await;
            return Err(error);
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
    Ok(step.go(&state, &step.href("received")))
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
) -> Result<Option<notices::Submitted>, PageError> {
    let draft_id = visit.draft_id();
    let stored_files = drafts::files(&state.db, &state.data_keys, &draft_id).await?;
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
            sealed_content: drafts::seal_content(&state.data_keys, &draft_id, &bytes)?,
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
                    .await?;
                }
                return Ok(Some(submitted));
            }
            Err(notices::NoticeError::ReferenceTaken) => continue,
            Err(notices::NoticeError::DraftSent) => return Ok(None),
            // Sent before with other content: by another tab (the draft is marked
            // sent, so that notice is the answer) or, if the draft is not marked, after
            // a submission whose confirmation never arrived: then this is a new notice.
            Err(notices::NoticeError::IdempotencyKeyReused { .. }) => {
                let sent = drafts::sent_reference(&state.db, &draft_id).await?;
                if sent.is_some() {
                    return Ok(None);
                }
                doc.idempotency_key = token::new_token();
                new.idempotency_key = doc.idempotency_key.clone();
            }
            Err(error) => return Err(error.into()),
        }
    }
    Err(PageError::internal("no free reference after 5 attempts"))
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

/// The sent draft of this visit. A draft not sent yet goes to its check page; without
/// a draft, to the start of the change notice.
async fn sent_draft(state: &AppState, step: &Step) -> Result<(DraftDoc, SubmittedDoc), PageError> {
    let Some(doc) = step.visit.load(state).await? else {
        return Err(PageError::SeeOther(format!("/{}/report", step.lang())));
    };
    let submitted = doc.submitted.clone();
    let submitted = submitted.ok_or_else(|| PageError::SeeOther(step.href("check")))?;
    Ok((doc, submitted))
}

pub async fn received_page(State(state): State<AppState>, step: Step) -> PageResult {
    let (doc, submitted) = sent_draft(&state, &step).await?;
    let i18n = &step.i18n;
    let view = ReceivedView {
        csrf: step.visit.form_token(),
        reference: submitted.reference,
        received_on: received_on(i18n, submitted.at),
        identity: answers::identity(i18n, &doc, Show::Masked),
        changes: answers::changes(i18n, &doc, None, Show::Masked),
    };
    Ok(step
        .show(&state, StatusCode::OK, ReportView::Received(view))
        .await)
}

pub async fn receipt(State(state): State<AppState>, step: Step) -> PageResult {
    let (doc, submitted) = sent_draft(&state, &step).await?;
    let text = answers::receipt_text(
        &step.i18n,
        &doc,
        &submitted.reference,
        &received_on(&step.i18n, submitted.at),
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
    Ok(response)
}

pub async fn start_new(State(state): State<AppState>, step: PostedStep) -> PageResult {
    drafts::delete(&state.db, &step.visit.draft_id()).await?;
    let mut response = see_other(&step.href("identity"));
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie());
    Ok(response)
}
