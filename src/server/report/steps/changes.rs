//! Which changes: the list the resident chooses from.

use super::{new_doc, next_after};
use crate::domain::notice::{ChangeKind, FieldError, Problem as FieldProblem};
use crate::pages::report::form::{ChangesView, ReportView, RETURN_FIELD};
use crate::server::error::PageResult;
use crate::server::report::visit::{PostedStep, Step};
use crate::server::AppState;
use crate::store::drafts;
use axum::extract::State;
use axum::http::StatusCode;

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
