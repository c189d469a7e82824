//! The steps of the online change notice, after the start page: who you are, which
//! changes, a detail page per change (with files), check your answers with the
//! declaration, and the confirmation with the receipt.
//!
//! The server's handlers decide everything (draft, form token, validation) and
//! provide a [`ReportView`] as context; these components only show it. Every form is
//! a plain POST answered by a redirect or by the same page with its errors, so the
//! whole flow works without JavaScript.

use super::field::{self, summary_items};
use crate::components::contact::ContactDetails;
use crate::components::error_summary::{ErrorMessage, ErrorSummary};
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::domain::notice::{ChangeKind, FieldError, FieldSpec, PersonDetails};
use crate::i18n::{use_i18n, I18n};
use crate::islands::print_button::PrintButton;
use crate::pages::problem::Problem;
use crate::shell::Layout;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;

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
}

/// The whole HTML document of a step.
pub fn document(options: LeptosOptions) -> impl IntoView {
    crate::shell::document(options, || view! { <ReportRoot /> })
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
        <PageTitle text=title />
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

fn identity(i18n: &I18n, v: IdentityView) -> impl IntoView {
    let specs = &PersonDetails::FIELDS;
    let back = if v.return_to_check {
        step_href(i18n, "check")
    } else {
        i18n.href("/report")
    };
    let top = step_top(
        i18n,
        i18n.t("report-identity-title"),
        back,
        Some((1, 4)),
        summary_items(i18n, specs, &v.errors),
    );
    let preselect = v
        .preselect
        .into_iter()
        .map(|id| hidden("_change", id))
        .collect_view();
    view! {
        {top}
        <p class="lead">{i18n.t("report-identity-intro")}</p>
        <form method="post" action=step_href(i18n, "identity") novalidate>
            {form_token(v.csrf)}
            {return_field(v.return_to_check)}
            {preselect}
            {fields(i18n, specs, &v.values, &v.errors)}
            {continue_button(i18n)}
        </form>
    }
}

fn changes(i18n: &I18n, v: ChangesView) -> impl IntoView {
    let back = if v.return_to_check {
        step_href(i18n, "check")
    } else {
        step_href(i18n, "identity")
    };
    let items = v
        .errors
        .iter()
        .map(|e| {
            (
                format!("f-kind-{}", ChangeKind::ALL[0].id()),
                field::error_text(i18n, e),
            )
        })
        .collect();
    let top = step_top(
        i18n,
        i18n.t("report-changes-title"),
        back,
        Some((2, 4)),
        items,
    );
    let error = v.errors.first().map(|e| {
        view! {
            <ErrorMessage
                id="e-kind"
                prefix=i18n.t("report-error-label")
                text=field::error_text(i18n, e)
            />
        }
    });
    let options = ChangeKind::ALL
        .into_iter()
        .map(|kind| {
            let id = format!("f-kind-{}", kind.id());
            view! {
                <div class="choice">
                    <input
                        class="choice__input"
                        type="checkbox"
                        id=id.clone()
                        name="kind"
                        value=kind.id()
                        checked=v.chosen.contains(&kind)
                    />
                    <label class="choice__label" for=id>{i18n.t(kind.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    let class = if v.errors.is_empty() {
        "form-group"
    } else {
        "form-group form-group--error"
    };
    let described = if v.errors.is_empty() {
        "h-kind"
    } else {
        "h-kind e-kind"
    };
    view! {
        {top}
        <form method="post" action=step_href(i18n, "changes") novalidate>
            {form_token(v.csrf.clone())}
            {return_field(v.return_to_check)}
            <div class=class>
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class="visually-hidden">{i18n.t("report-changes-title")}</legend>
                    <p class="hint" id="h-kind">{i18n.t("report-changes-hint")}</p>
                    {error}
                    {options}
                </fieldset>
            </div>
            {continue_button(i18n)}
        </form>
        {erase_form(i18n, v.csrf)}
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

fn details(i18n: &I18n, v: DetailsView) -> impl IntoView {
    let kind = v.kind;
    let specs = kind.fields();
    let mut items = summary_items(i18n, specs, &v.errors);
    for (target, _) in items.iter_mut() {
        if target == "main" {
            *target = format!("f-{FILE_FIELD}");
        }
    }
    let top = step_top(i18n, i18n.t(kind.label_id()), v.back, Some((3, 4)), items);
    let action = step_href(i18n, &format!("details/{}", kind.id()));
    let file_error = v.errors.iter().find(|e| e.field == FILE_FIELD).map(|e| {
        view! {
            <ErrorMessage
                id="e-file"
                prefix=i18n.t("report-error-label")
                text=field::error_text(i18n, e)
            />
        }
    });
    let file_class = if file_error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let file_described = if file_error.is_some() {
        "h-file e-file"
    } else {
        "h-file"
    };
    let files = (!v.files.is_empty()).then(|| {
        let rows = v
            .files
            .iter()
            .map(|f| {
                let remove = step_href(i18n, &format!("details/{}/remove-file", kind.id()));
                let label = i18n.t_with("report-file-remove", &[("name", f.name.clone().into())]);
                view! {
                    <li class="file-list__item">
                        <span>{f.name.clone()} " (" {size_text(i18n, f.size)} ")"</span>
                        <form method="post" action=remove class="inline-form">
                            {form_token(v.csrf.clone())}
                            {hidden("file-id", f.id.clone())}
                            <button type="submit" class="button button--link" aria-label=label>
                                {i18n.t("report-file-remove-short")}
                            </button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("report-files-heading")}</h2>
            <ul class="file-list">{rows}</ul>
        }
    });
    view! {
        {top}
        <p class="lead">{i18n.t("report-details-intro")}</p>
        <form method="post" action=action enctype="multipart/form-data" novalidate>
            {form_token(v.csrf.clone())}
            {return_field(v.return_to_check)}
            {fields(i18n, specs, &v.values, &v.errors)}
            <div class=file_class>
                <label class="label" for="f-file">{i18n.t("report-file-label")}</label>
                <p class="hint" id="h-file">{i18n.t("report-file-hint")}</p>
                {file_error}
                <input
                    class="file-input"
                    type="file"
                    id="f-file"
                    name=FILE_FIELD
                    multiple
                    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    aria-describedby=file_described
                />
            </div>
            {continue_button(i18n)}
        </form>
        {files}
        {erase_form(i18n, v.csrf)}
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

/// A summary list: question, answer, and a "Change" link per row when `change` is set.
fn answer_list(i18n: &I18n, answers: &[Answer], change: Option<(String, String)>) -> impl IntoView {
    let rows = answers
        .iter()
        .map(|a| {
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{i18n.t(a.label)}</dt>
                    <dd class="summary-list__value">{a.value.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    let change = change.map(|(href, what)| {
        view! {
            <p class="summary-card__change no-print">
                <a href=href>
                    {i18n.t("report-change-link")}
                    <span class="visually-hidden">" " {what}</span>
                </a>
            </p>
        }
    });
    view! {
        <dl class="summary-list">{rows}</dl>
        {change}
    }
}

fn file_names(i18n: &I18n, files: &[FileRow]) -> Option<impl IntoView> {
    (!files.is_empty()).then(|| {
        let names = files
            .iter()
            .map(|f| view! { <li>{f.name.clone()} " (" {size_text(i18n, f.size)} ")"</li> })
            .collect_view();
        view! {
            <h3 class="summary-card__subheading">{i18n.t("report-files-heading")}</h3>
            <ul>{names}</ul>
        }
    })
}

fn change_cards(i18n: &I18n, changes: &[ChangeSummary], with_links: bool) -> impl IntoView {
    changes
        .iter()
        .map(|c| {
            let heading_id = format!("change-{}", c.kind.id());
            let problem = c.problem.map(|id| {
                view! { <p class="error-message" id=format!("e-change-{}", c.kind.id())>{i18n.t(id)}</p> }
            });
            let link = with_links.then(|| {
                (
                    step_href(i18n, &format!("details/{}?return=check", c.kind.id())),
                    i18n.t(c.kind.label_id()),
                )
            });
            view! {
                <section class="summary-card" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{i18n.t(c.kind.label_id())}</h2>
                    {problem}
                    {answer_list(i18n, &c.answers, link)}
                    {file_names(i18n, &c.files)}
                </section>
            }
        })
        .collect_view()
}

fn check(i18n: &I18n, v: CheckView) -> impl IntoView {
    let items = v
        .errors
        .iter()
        .map(|(target, message)| (target.clone(), i18n.t(message)))
        .collect();
    let declaration_error = v.errors.iter().any(|(target, _)| target == "f-declaration");
    let top = step_top(
        i18n,
        i18n.t("report-check-title"),
        step_href(i18n, "changes"),
        Some((4, 4)),
        items,
    );
    let identity_link = Some((
        step_href(i18n, "identity?return=check"),
        i18n.t("report-identity-title"),
    ));
    let changes_link = step_href(i18n, "changes?return=check");
    let declaration_class = if declaration_error {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let declaration_message = declaration_error.then(|| {
        view! {
            <ErrorMessage
                id="e-declaration"
                prefix=i18n.t("report-error-label")
                text=i18n.t("notice-missing-declaration")
            />
        }
    });
    view! {
        {top}
        <section class="summary-card" aria-labelledby="check-identity">
            <h2 id="check-identity">{i18n.t("report-identity-title")}</h2>
            {answer_list(i18n, &v.identity, identity_link)}
        </section>
        {change_cards(i18n, &v.changes, true)}
        <p class="no-print">
            <a href=changes_link>{i18n.t("report-check-other-changes")}</a>
        </p>
        <h2>{i18n.t("report-declaration-heading")}</h2>
        <form method="post" action=step_href(i18n, "submit") novalidate>
            {form_token(v.csrf.clone())}
            <div class=declaration_class>
                {declaration_message}
                <div class="choice">
                    <input
                        class="choice__input"
                        type="checkbox"
                        id="f-declaration"
                        name="declaration"
                        value="yes"
                        aria-describedby=declaration_error.then_some("e-declaration")
                    />
                    <label class="choice__label" for="f-declaration">{i18n.t("report-declaration-text")}</label>
                </div>
            </div>
            <p>{i18n.t("report-declaration-consequence")}</p>
            <button type="submit" class="button" data-prevent-double-click="true">
                {i18n.t("report-submit")}
            </button>
        </form>
        {erase_form(i18n, v.csrf)}
    }
}

fn received(i18n: &I18n, v: ReceivedView) -> impl IntoView {
    let title = i18n.t("report-received-title");
    let reference_label = i18n.t("report-received-reference");
    view! {
        <PageTitle text=title.clone() />
        <div class="panel panel--confirmation">
            <h1 class="panel__title">{title}</h1>
            <p class="panel__body">
                {reference_label}
                <br />
                <strong class="reference" id="reference">{v.reference.clone()}</strong>
            </p>
        </div>
        <p>{i18n.t_with("report-received-when", &[("date", v.received_on.clone().into())])}</p>
        <h2>{i18n.t("report-next-heading")}</h2>
        <ul>
            <li>{i18n.t("report-next-1")}</li>
            <li>{i18n.t("report-next-2")}</li>
            <li>{i18n.t("report-next-3")}</li>
        </ul>
        <ContactDetails heading_id="received-contact" />
        <h2>{i18n.t("report-receipt-heading")}</h2>
        <p>{i18n.t("report-receipt-intro")}</p>
        <p class="no-print">
            <a href=step_href(i18n, "receipt") download="">{i18n.t("report-receipt-download")}</a>
        </p>
        <PrintButton label=i18n.t("report-receipt-print") />
        <section class="summary-card" aria-labelledby="receipt-identity">
            <h2 id="receipt-identity">{i18n.t("report-identity-title")}</h2>
            {answer_list(i18n, &v.identity, None)}
        </section>
        {change_cards(i18n, &v.changes, false)}
        <h2 class="no-print">{i18n.t("report-new-heading")}</h2>
        <p class="no-print">{i18n.t("report-erase-hint")}</p>
        <form method="post" action=step_href(i18n, "new") class="no-print">
            {form_token(v.csrf)}
            <button type="submit" class="button button--secondary">
                {i18n.t("report-new-button")}
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
        | Problem::BadText => return crate::pages::problem::view(problem).into_any(),
    };
    let title = i18n.t(title);
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{i18n.t(text)}</p>
        <p>
            <a href=step_href(i18n, "identity")>{i18n.t("report-problem-start-again")}</a>
        </p>
        <ContactDetails heading_id="problem-contact" />
    }
    .into_any()
}
