//! One opened change notice for a case worker: what the resident sent (the BSN in
//! full: staff need it), the attachments, the history and a form to change the status.
//!
//! The resident's answers are a JSON document. This page renders any document: the
//! known parts (`identity`, `changes` with `kind`, `fields` and `files`, the
//! `declaration`) with the labels of the form's own questions (`FieldSpec`, the one
//! place that knows them), everything else with its raw key, so a field added to the
//! form later is shown, not lost.

use super::form::{self, FieldError};
use super::format::{date_time, kind_labels, language_name, status_name, verification_name};
use super::sign_out_form;
use crate::components::error_summary::ErrorMessage;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::components::textarea::TextArea;
use crate::domain::notice::{ChangeKind, FieldSpec, Input, PersonDetails};
use crate::i18n::{use_i18n, I18n};
use crate::store::notices::{AttachmentInfo, Event, Notice, Status};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use time::macros::format_description;
use time::Date;

/// The longest note on a status change, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The element id of the first status option, where a status error links to.
pub const STATUS_FIELD: &str = "status-new";

/// What was typed into the status form, shown again after an error.
#[derive(Clone, Debug, Default)]
pub struct StatusForm {
    pub status: Option<Status>,
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct NoticeView {
    pub notice: Notice,
    /// Display names of the staff in the history, by account id.
    pub names: HashMap<i64, String>,
    pub csrf: String,
    pub form: StatusForm,
    pub errors: Vec<FieldError>,
    /// The status was just saved (after the redirect).
    pub saved: bool,
}

pub fn view(v: NoticeView) -> impl IntoView {
    let i18n = use_i18n();
    let s = &v.notice.summary;
    let heading = i18n.t_with(
        "staff-notice-title",
        &[("reference", FluentValue::from(s.reference.clone()))],
    );
    let saved = v.saved.then(|| {
        view! { <p class="callout" role="status">{i18n.t("staff-notice-status-saved")}</p> }
    });
    let kinds = kind_labels(&i18n, &s.change_kinds).join(", ");
    let facts = [
        ("staff-notice-received", date_time(&i18n, s.submitted_at)),
        ("staff-notice-status", status_name(&i18n, s.status)),
        ("staff-notice-lang", language_name(&i18n, &s.lang)),
        ("staff-notice-kinds", kinds),
        (
            "staff-notice-identity",
            verification_name(&i18n, s.verification),
        ),
    ];
    view! {
        <PageTitle text=form::title(&i18n, &heading, &v.errors) />
        <p class="no-print">
            <a class="back-link" href="/staff/notices">{i18n.t("staff-notice-back")}</a>
        </p>
        {form::summary(&i18n, &v.errors)}
        {saved}
        <h1>{heading}</h1>
        {summary_list(facts.into_iter().map(|(id, value)| (i18n.t(id), value)).collect())}
        <h2>{i18n.t("staff-notice-content-heading")}</h2>
        {content(&i18n, &v.notice.content)}
        {attachments(&i18n, v.notice.summary.id, &v.notice.attachments)}
        {history(&i18n, &v.notice.events, &v.names)}
        {status_form(&i18n, &v)}
        {sign_out_form(&i18n, &v.csrf)}
    }
}

/// A list of (label, value) rows.
fn summary_list(rows: Vec<(String, String)>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(key, value)| {
            view! {
                <div class="summary__row">
                    <dt class="summary__key">{key}</dt>
                    <dd class="summary__value">{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary">{rows}</dl> }
}

// ---------------------------------------------------------------------------------
// The resident's answers

/// The label of a question; of a part of the document every notice has (`files` of a
/// change, the `declaration`); otherwise the raw key.
fn label(i18n: &I18n, spec: Option<FieldSpec>, key: &str) -> String {
    let known = match key {
        "files" => Some("staff-notice-change-files"),
        "declaration" => Some("staff-notice-declaration"),
        _ => None,
    };
    match (spec, known) {
        (Some(spec), _) => i18n.t(spec.label),
        (None, Some(id)) => i18n.t(id),
        (None, None) => key.to_owned(),
    }
}

/// A value as text: an option by its label, a date as a date, anything else as sent.
fn value_text(i18n: &I18n, spec: Option<FieldSpec>, value: &Value) -> String {
    match value {
        Value::Null => i18n.t("staff-notice-empty-value"),
        Value::Bool(true) => i18n.t("staff-notice-yes"),
        Value::Bool(false) => i18n.t("staff-notice-no"),
        Value::String(text) if text.trim().is_empty() => i18n.t("staff-notice-empty-value"),
        Value::String(text) => match spec.map(|s| s.input) {
            Some(Input::Choice(choices)) => choices
                .iter()
                .find(|c| c.value == text)
                .map_or_else(|| text.clone(), |c| i18n.t(c.label)),
            Some(Input::Date) => Date::parse(text, format_description!("[year]-[month]-[day]"))
                .map_or_else(|_| text.clone(), |d| i18n.date(d)),
            _ => text.clone(),
        },
        other => other.to_string(),
    }
}

/// The rows of an object whose keys are the questions of `specs`; a nested object or
/// list is rendered generically inside its row.
fn fields_list(
    i18n: &I18n,
    map: &serde_json::Map<String, Value>,
    spec: impl Fn(&str) -> Option<FieldSpec>,
) -> AnyView {
    let rows = map
        .iter()
        .map(|(key, value)| {
            let spec = spec(key);
            let shown = match value {
                Value::Object(_) | Value::Array(_) => generic(i18n, value),
                scalar => value_text(i18n, spec, scalar).into_any(),
            };
            view! {
                <div class="summary__row">
                    <dt class="summary__key">{label(i18n, spec, key)}</dt>
                    <dd class="summary__value">{shown}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary">{rows}</dl> }.into_any()
}

/// Any JSON value, with raw keys.
fn generic(i18n: &I18n, value: &Value) -> AnyView {
    match value {
        Value::Object(map) => fields_list(i18n, map, |_| None),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|item| view! { <li>{generic(i18n, item)}</li> })
                .collect_view();
            view! { <ul class="plain-list">{items}</ul> }.into_any()
        }
        scalar => value_text(i18n, None, scalar).into_any(),
    }
}

fn person_spec(key: &str) -> Option<FieldSpec> {
    PersonDetails::FIELDS.iter().find(|s| s.key == key).copied()
}

fn change_spec(kind: Option<ChangeKind>, key: &str) -> Option<FieldSpec> {
    kind?.fields().iter().find(|s| s.key == key).copied()
}

fn content(i18n: &I18n, content: &Value) -> AnyView {
    let Value::Object(map) = content else {
        return generic(i18n, content);
    };
    let mut sections = Vec::new();
    let mut rest = serde_json::Map::new();
    for (key, value) in map {
        match (key.as_str(), value) {
            ("identity", Value::Object(identity)) => sections.push(
                view! {
                    <h3>{i18n.t("staff-notice-identity-heading")}</h3>
                    {fields_list(i18n, identity, person_spec)}
                }
                .into_any(),
            ),
            ("changes", Value::Array(changes)) => {
                for (i, change) in changes.iter().enumerate() {
                    sections.push(change_section(i18n, i + 1, change));
                }
            }
            // Shown at the top already.
            ("lang", Value::String(_)) => {}
            _ => {
                rest.insert(key.clone(), value.clone());
            }
        }
    }
    if !rest.is_empty() {
        sections.push(
            view! {
                <h3>{i18n.t("staff-notice-other-heading")}</h3>
                {fields_list(i18n, &rest, |_| None)}
            }
            .into_any(),
        );
    }
    sections.into_iter().collect_view().into_any()
}

fn change_section(i18n: &I18n, number: usize, change: &Value) -> AnyView {
    let Value::Object(map) = change else {
        return generic(i18n, change);
    };
    let code = map.get("kind").and_then(Value::as_str).unwrap_or_default();
    let kind = ChangeKind::parse(code);
    let name = kind.map_or_else(|| code.to_owned(), |k| i18n.t(k.label_id()));
    let heading = i18n.t_with(
        "staff-notice-change-heading",
        &[
            ("number", FluentValue::from(number)),
            ("kind", FluentValue::from(name)),
        ],
    );
    let mut rest = map.clone();
    rest.remove("kind");
    let fields = match rest.remove("fields") {
        Some(Value::Object(fields)) => {
            Some(fields_list(i18n, &fields, |key| change_spec(kind, key)))
        }
        Some(other) => {
            rest.insert("fields".into(), other);
            None
        }
        None => None,
    };
    let others = (!rest.is_empty()).then(|| fields_list(i18n, &rest, |_| None));
    view! {
        <h3>{heading}</h3>
        {fields}
        {others}
    }
    .into_any()
}

// ---------------------------------------------------------------------------------
// Attachments, history, status

/// A content type as a reader knows it: `PDF`, `JPEG`, `PNG`, otherwise as stored.
fn type_name(content_type: &str) -> String {
    match content_type {
        "application/pdf" => "PDF".into(),
        "image/jpeg" => "JPEG".into(),
        "image/png" => "PNG".into(),
        other => other.to_owned(),
    }
}

fn attachments(i18n: &I18n, notice_id: i64, list: &[AttachmentInfo]) -> impl IntoView {
    let body = if list.is_empty() {
        view! { <p>{i18n.t("staff-notice-attachments-none")}</p> }.into_any()
    } else {
        let items = list
            .iter()
            .map(|a| {
                let href = format!("/staff/notices/{notice_id}/attachments/{}", a.id);
                let kilobytes = (a.size + 1023) / 1024;
                let details = i18n.t_with(
                    "staff-notice-attachment-details",
                    &[
                        ("type", FluentValue::from(type_name(&a.content_type))),
                        ("kb", FluentValue::from(kilobytes)),
                    ],
                );
                let name = if a.original_name.trim().is_empty() {
                    i18n.t("staff-notice-attachment-unnamed")
                } else {
                    a.original_name.clone()
                };
                view! {
                    <li>
                        <a href=href download="">{name}</a>
                        " "
                        <span class="hint">{details}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <h2>{i18n.t("staff-notice-attachments-heading")}</h2>
        {body}
    }
}

fn history(i18n: &I18n, events: &[Event], names: &HashMap<i64, String>) -> impl IntoView {
    let rows = events
        .iter()
        .map(|e| {
            let who = match e.actor_account_id {
                None => i18n.t("staff-notice-history-resident"),
                Some(id) => names
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| i18n.t("staff-notice-history-unknown")),
            };
            view! {
                <tr>
                    <td>{date_time(i18n, e.at)}</td>
                    <td>{who}</td>
                    <td>{status_name(i18n, e.status)}</td>
                    <td class="pre-line">{e.note.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.t("staff-notice-history-heading")}</h2>
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">
                    {i18n.t("staff-notice-history-heading")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("staff-notice-history-when")}</th>
                        <th scope="col">{i18n.t("staff-notice-history-who")}</th>
                        <th scope="col">{i18n.t("staff-notice-history-status")}</th>
                        <th scope="col">{i18n.t("staff-notice-history-note")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn status_form(i18n: &I18n, v: &NoticeView) -> impl IntoView {
    let status_error = form::error_for(&v.errors, STATUS_FIELD);
    let note_error = form::error_for(&v.errors, "note");
    let chosen = v.form.status.unwrap_or(v.notice.summary.status);
    let options = Status::ALL
        .into_iter()
        .map(|status| {
            let id = format!("status-{}", status.code());
            view! {
                <div class="choice">
                    <input
                        class="choice__input"
                        type="radio"
                        id=id.clone()
                        name="status"
                        value=status.code()
                        checked=chosen == status
                    />
                    <label class="choice__label" for=id>
                        {status_name(i18n, status)}
                    </label>
                </div>
            }
        })
        .collect_view();
    let error_text = |e: &FieldError, id: &'static str| {
        view! { <ErrorMessage id=id prefix=i18n.t("staff-error-prefix") text=e.text(i18n) /> }
    };
    let group = |error: Option<&FieldError>| {
        if error.is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    let mut note_described = vec!["note-hint"];
    if note_error.is_some() {
        note_described.push("note-error");
    }
    view! {
        <h2>{i18n.t("staff-notice-status-heading")}</h2>
        <form
            method="post"
            action=format!("/staff/notices/{}/status", v.notice.summary.id)
            novalidate=""
        >
            {form_token(v.csrf.clone())}
            <div class=group(status_error)>
                <fieldset
                    class="fieldset"
                    aria-describedby=status_error.is_some().then_some("status-error")
                >
                    <legend class="fieldset__legend label">
                        {i18n.t("staff-notice-status-legend")}
                    </legend>
                    {status_error.map(|e| error_text(e, "status-error"))}
                    <div class="choices">{options}</div>
                </fieldset>
            </div>
            <div class=group(note_error)>
                <label class="label" for="note">{i18n.t("staff-notice-note-label")}</label>
                <p class="hint" id="note-hint">
                    {i18n.t_with(
                        "staff-notice-note-hint",
                        &[("max", FluentValue::from(MAX_NOTE_CHARS))],
                    )}
                </p>
                {note_error.map(|e| error_text(e, "note-error"))}
                <TextArea
                    id="note".to_owned()
                    name="note"
                    rows="4".to_owned()
                    value=v.form.note.clone()
                    described_by=Some(note_described.join(" "))
                    invalid=note_error.is_some()
                />
            </div>
            <button type="submit" class="button">
                {i18n.t("staff-notice-status-button")}
            </button>
        </form>
    }
}
