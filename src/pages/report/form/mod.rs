//! The steps of the online change notice, after the start page: who you are, which
//! changes, a detail page per change (with files), check your answers with the
//! declaration, and the confirmation with the receipt.
//!
//! The server's handlers decide everything (draft, form token, validation) and
//! provide a [`ReportView`] as context; these components only show it. Every form is
//! a plain POST answered by a redirect or by the same page with its errors, so the
//! whole flow works without JavaScript.

mod answers;
mod changes;
mod check;
mod details;
mod identity;
mod received;

use crate::components::contact::ContactDetails;
use crate::components::error_summary::ErrorSummary;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::domain::notice::{ChangeKind, FieldError, FieldSpec};
use crate::i18n::{use_i18n, I18n};
use crate::pages::problem::Problem;
use crate::pages::report::field;
use crate::shell::Layout;
use changes::changes;
use check::check;
use details::details;
use identity::identity;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use received::received;

/// The hidden field that sends the resident back to "check your answers".
pub const RETURN_FIELD: &str = "_return";

/// The file input of a detail page.
pub const FILE_FIELD: &str = "file";

/// What one step shows; the server provides it as context before rendering.
#[derive(Clone, Debug)]
pub enum ReportView {
    Identity(IdentityView),
    Changes(ChangesView),
    Details(DetailsView),
    Check(CheckView),
    Received(ReceivedView),
    Problem(Problem),
}

#[derive(Clone, Debug, Default)]
pub struct IdentityView {
    pub csrf: String,
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    pub return_to_check: bool,
    /// Self-check outcome ids whose changes are chosen when the draft starts.
    pub preselect: Vec<String>,
    pub proof: IdentityProof,
}

/// How the resident's identity is established on the identity step.
#[derive(Clone, Debug, Default)]
pub enum IdentityProof {
    /// Typed on the form (the identity mode `form`).
    #[default]
    Typed,
    /// Typed, with the offer to sign in with DigiD instead, coming back to this page.
    Offer(String),
    /// Proven with DigiD: the BSN (masked) and the name (when the broker gives it) are
    /// shown, not asked.
    Verified {
        bsn_masked: String,
        name: Option<String>,
    },
}

#[derive(Clone, Debug, Default)]
pub struct ChangesView {
    pub csrf: String,
    pub chosen: Vec<ChangeKind>,
    pub errors: Vec<FieldError>,
    pub return_to_check: bool,
}

#[derive(Clone, Debug)]
pub struct DetailsView {
    pub csrf: String,
    pub kind: ChangeKind,
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    pub files: Vec<FileRow>,
    pub return_to_check: bool,
    /// Where the back link goes (the previous step).
    pub back: String,
}

/// A file already added to a change.
#[derive(Clone, Debug)]
pub struct FileRow {
    pub id: String,
    pub name: String,
    pub size: usize,
}

/// One answer on "check your answers" or on the receipt: the question's message id
/// and the answer as the resident reads it.
#[derive(Clone, Debug)]
pub struct Answer {
    pub label: &'static str,
    pub value: String,
}

#[derive(Clone, Debug)]
pub struct ChangeSummary {
    pub kind: ChangeKind,
    pub answers: Vec<Answer>,
    pub files: Vec<FileRow>,
    /// Why this change cannot be sent yet (its page is not done, or a date no longer
    /// fits); `None` when it is complete.
    pub problem: Option<&'static str>,
}

#[derive(Clone, Debug, Default)]
pub struct CheckView {
    pub csrf: String,
    pub identity: Vec<Answer>,
    pub changes: Vec<ChangeSummary>,
    /// (element id, message id) of what still stops the notice from being sent.
    pub errors: Vec<(String, &'static str)>,
}

#[derive(Clone, Debug)]
pub struct ReceivedView {
    pub csrf: String,
    pub reference: String,
    /// When it was received, as the resident reads it.
    pub received_on: String,
    pub identity: Vec<Answer>,
    pub changes: Vec<ChangeSummary>,
    /// Signed in with DigiD: the notice is also under "my notices".
    pub signed_in: bool,
    /// Signed out right after sending (`residents.sign_out_after_sending`): only the
    /// reference is shown, not the answers.
    pub signed_out: bool,
}

/// The whole HTML document of a step.
pub fn document(options: LeptosOptions) -> impl IntoView {
    crate::shell::document(
        options,
        crate::shell::Bundle::Residents,
        || view! { <ReportRoot /> },
    )
}

#[component]
fn ReportRoot() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let page = match expect_context::<ReportView>() {
        ReportView::Identity(v) => identity(&i18n, v).into_any(),
        ReportView::Changes(v) => changes(&i18n, v).into_any(),
        ReportView::Details(v) => details(&i18n, v).into_any(),
        ReportView::Check(v) => check(&i18n, v).into_any(),
        ReportView::Received(v) => received(&i18n, v).into_any(),
        ReportView::Problem(p) => problem(&i18n, p),
    };
    view! { <Layout>{page}</Layout> }
}

/// The URL of a step, in the page's language.
pub fn step_href(i18n: &I18n, step: &str) -> String {
    i18n.href(&format!("/report/{step}"))
}

/// Title (with "Error:" in front when there are errors), back link, step counter,
/// heading and error summary: the top of every form step.
fn step_top(
    i18n: &I18n,
    heading: String,
    back: String,
    step: Option<(u32, u32)>,
    errors: Vec<(String, String)>,
) -> impl IntoView {
    let title = if errors.is_empty() {
        heading.clone()
    } else {
        format!("{} {heading}", i18n.t("report-error-prefix"))
    };
    let counter = step.map(|(n, of)| {
        let args = [("step", n.into()), ("steps", of.into())];
        view! { <p class="step-counter">{i18n.t_with("report-step-counter", &args)}</p> }
    });
    let summary = (!errors.is_empty()).then(
        || view! { <ErrorSummary title=i18n.t("report-error-summary-title") items=errors /> },
    );
    view! {
        <PageTitle text=title description=i18n.t("report-form-summary") />
        <p class="no-print">
            <a class="back-link" href=back>{i18n.t("report-back")}</a>
        </p>
        {summary}
        {counter}
        <h1>{heading}</h1>
    }
}

fn hidden(name: &'static str, value: String) -> impl IntoView {
    view! { <input type="hidden" name=name value=value /> }
}

fn return_field(return_to_check: bool) -> Option<impl IntoView> {
    return_to_check.then(|| hidden(RETURN_FIELD, "check".to_owned()))
}

fn value_of<'a>(values: &'a [(String, String)], key: &str) -> &'a str {
    values
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

fn fields(
    i18n: &I18n,
    specs: &[FieldSpec],
    values: &[(String, String)],
    errors: &[FieldError],
) -> impl IntoView {
    specs
        .iter()
        .map(|spec| field::view(i18n, spec, value_of(values, spec.key), errors))
        .collect_view()
}

fn continue_button(i18n: &I18n) -> impl IntoView {
    view! {
        <button type="submit" class="button">{i18n.t("report-continue")}</button>
    }
}

fn size_text(i18n: &I18n, bytes: usize) -> String {
    let kb = bytes.div_ceil(1024).max(1) as u64;
    if kb < 1024 {
        i18n.t_with("report-size-kb", &[("kb", kb.into())])
    } else {
        let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
        let mb = format!("{},{}", tenths / 10, tenths % 10);
        i18n.t_with("report-size-mb", &[("mb", mb.into())])
    }
}

/// Stop and erase: deletes the draft and its files at once, for a resident on a shared
/// computer (the draft would otherwise wait for its expiry).
fn erase_form(i18n: &I18n, csrf: String) -> impl IntoView {
    view! {
        <form method="post" action=step_href(i18n, "new") class="erase no-print">
            {form_token(csrf)}
            <p class="hint">{i18n.t("report-erase-hint")}</p>
            <button type="submit" class="button button--secondary">
                {i18n.t("report-erase-button")}
            </button>
        </form>
    }
}

/// The change notice's words for its problems; the portal's own for the rest.
fn problem(i18n: &I18n, problem: Problem) -> AnyView {
    let (title, text) = match problem {
        Problem::FormRefused => (
            "report-problem-expired-title",
            "report-problem-expired-text",
        ),
        Problem::TooMany => (
            "report-problem-too-many-title",
            "report-problem-too-many-text",
        ),
        Problem::NotFound => ("not-found-title", "report-problem-not-found-text"),
        Problem::FilesTooLarge => (
            "report-problem-too-large-title",
            "report-problem-too-large-text",
        ),
        Problem::ServerError => ("report-problem-error-title", "report-problem-error-text"),
        Problem::NoticeNotFound
        | Problem::SignInRequired
        | Problem::Forbidden
        | Problem::TooLarge
        | Problem::Unreadable
        | Problem::BadText
        | Problem::Digid(_) => return crate::pages::problem::view(problem).into_any(),
    };
    let title = i18n.t(title);
    view! {
        <PageTitle text=title.clone() description=i18n.t("site-summary") />
        <h1>{title}</h1>
        <p>{i18n.t(text)}</p>
        <p>
            <a href=step_href(i18n, "identity")>{i18n.t("report-problem-start-again")}</a>
        </p>
        <ContactDetails heading_id="problem-contact" />
    }
    .into_any()
}
