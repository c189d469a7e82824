//! Confirmation and receipt, and starting another notice.

use crate::domain::calendar::amsterdam_date;
use crate::domain::notice::Reference;
use crate::i18n::I18n;
use crate::pages::problem::Problem;
use crate::pages::report::form::{ReceivedView, ReportView};
use crate::server::error::{PageError, PageResult};
use crate::server::page::{cookie, render, see_other};
use crate::server::report::answers::{self, Show};
use crate::server::report::draft::{DraftDoc, SubmittedDoc};
use crate::server::report::visit::{clear_cookie, PostedStep, Step};
use crate::server::AppState;
use crate::store::drafts;
use axum::extract::{Path, State};
use axum::http::request::Parts;
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
        signed_out: false,
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

/// The cookie that carries a notice's reference and time of sending past the sign-out
/// after sending to `/{lang}/report/sent`: not in the address, where a reference would
/// end up in logs and the browser's history.
const SENT_COOKIE: &str = "__Host-mw_sent";

pub fn sent_cookie(reference: &str, at: i64) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{SENT_COOKIE}={reference}.{at}; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax"
    ))
    .expect("references and numbers are header-safe")
}

/// `GET /{lang}/report/sent`: the confirmation after the resident was signed out right
/// after sending. It shows the reference and what happens next, not the answers (the
/// session that could see them has ended). Without the cookie: the report start page.
pub async fn sent_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> PageResult {
    let catalog = state.catalog.current();
    let language = catalog.language(&lang).ok_or(Problem::NotFound)?.clone();
    let i18n = I18n {
        lang: language,
        catalog,
        today: state.today(),
    };
    let sent = cookie(&parts, SENT_COOKIE).and_then(|value| {
        let (reference, at) = value.split_once('.')?;
        let reference = Reference::parse(reference).ok()?;
        Some((reference.to_string(), at.parse::<i64>().ok()?))
    });
    let Some((reference, at)) = sent else {
        return Ok(see_other(&format!("/{lang}/report")));
    };
    let view = ReceivedView {
        csrf: String::new(),
        reference,
        received_on: received_on(&i18n, at),
        identity: Vec::new(),
        changes: Vec::new(),
        signed_in: false,
        signed_out: true,
    };
    Ok(render(
        &state,
        &parts,
        StatusCode::OK,
        ReportView::Received(view),
        crate::pages::report::form::document,
    )
    .await)
}
