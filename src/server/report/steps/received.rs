//! Confirmation and receipt, and starting another notice.

use crate::domain::calendar::amsterdam_date;
use crate::i18n::I18n;
use crate::pages::report::form::{ReceivedView, ReportView};
use crate::server::error::{PageError, PageResult};
use crate::server::page::see_other;
use crate::server::report::answers::{self, Show};
use crate::server::report::draft::{DraftDoc, SubmittedDoc};
use crate::server::report::visit::{clear_cookie, PostedStep, Step};
use crate::server::AppState;
use crate::store::drafts;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

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
        signed_in: step.resident.is_some(),
    };
    Ok(step
        .show(&state, StatusCode::OK, ReportView::Received(view))
        .await)
}

pub async fn receipt(State(state): State<AppState>, step: Step) -> PageResult {
    let (doc, submitted) = sent_draft(&state, &step).await?;
    Ok(receipt_response(
        &state,
        &step.i18n,
        &doc,
        &submitted.reference,
        submitted.at,
    ))
}

/// The receipt of notice `reference`, sent at `at`, as a text file to keep; also what
/// "my notices" gives again.
pub fn receipt_response(
    state: &AppState,
    i18n: &I18n,
    doc: &DraftDoc,
    reference: &str,
    at: i64,
) -> Response {
    let text = answers::receipt_text(
        i18n,
        doc,
        reference,
        &received_on(i18n, at),
        state
            .settings
            .figures
            .text(crate::config::Figure::Municipality),
    );
    let disposition = format!("attachment; filename=\"meldwijzer-{reference}.txt\"");
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

pub async fn start_new(State(state): State<AppState>, step: PostedStep) -> PageResult {
    drafts::delete(&state.db, &step.visit.draft_id()).await?;
    let mut response = see_other(&step.href("identity"));
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie());
    Ok(response)
}
