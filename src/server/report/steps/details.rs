//! One change, with files: its fields and the files that go with it (multipart).

use super::{answer_pairs, next_after};
use crate::domain::notice::{
    Change, ChangeKind, FieldError, Problem as FieldProblem, MAX_FILES_PER_CHANGE,
    MAX_NOTICE_FILE_BYTES,
};
use crate::pages::problem::Problem;
use crate::pages::report::form::{DetailsView, ReportView, FILE_FIELD, RETURN_FIELD};
use crate::server::csrf::FORM_FIELD;
use crate::server::error::{PageError, PageResult};
use crate::server::form::not_text;
use crate::server::page::see_other;
use crate::server::report::answers::{self};
use crate::server::report::draft::{borrow, own, DraftDoc, DraftFileRef};
use crate::server::report::now;
use crate::server::report::upload::{self, ReadError};
use crate::server::report::visit::{Kind, PostedStep, Step};
use crate::server::AppState;
use crate::store::drafts;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;

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
