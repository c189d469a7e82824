//! GOV.UK-style form errors: a summary at the top that links to each field, and the
//! message again next to its field.

use crate::components::error_summary::{ErrorMessage, ErrorSummary};
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// A problem with one field: the field's element id and the message id of the text,
/// with the values the text needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
    pub args: Vec<(&'static str, i64)>,
    /// Values that are words, e.g. the line of a syntax error or a variable's name.
    pub words: Vec<(&'static str, String)>,
}

impl FieldError {
    pub fn new(field: &'static str, message: &'static str) -> Self {
        FieldError {
            field,
            message,
            args: Vec::new(),
            words: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, value));
        self
    }

    pub fn with_text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.words.push((name, value.into()));
        self
    }

    pub fn text(&self, i18n: &I18n) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .chain(
                self.words
                    .iter()
                    .map(|(name, value)| (*name, FluentValue::from(value.as_str()))),
            )
            .collect();
        i18n.t_with(self.message, &args)
    }
}

/// The page title, prefixed with "Error:" when the form has errors.
pub fn title(i18n: &I18n, text: &str, errors: &[FieldError]) -> String {
    if errors.is_empty() {
        text.to_owned()
    } else {
        format!("{} {text}", i18n.t("staff-error-prefix"))
    }
}

/// The error summary; nothing when there are no errors.
pub fn summary(i18n: &I18n, errors: &[FieldError]) -> Option<impl IntoView> {
    if errors.is_empty() {
        return None;
    }
    let items = errors
        .iter()
        .map(|e| (e.field.to_string(), e.text(i18n)))
        .collect();
    Some(view! { <ErrorSummary title=i18n.t("staff-error-summary-title") items /> })
}

/// The error of field `id`, if any.
pub fn error_for<'a>(errors: &'a [FieldError], id: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == id)
}

/// One labelled input with its hint and error.
pub struct Input<'a> {
    pub id: &'static str,
    pub label: String,
    pub kind: &'static str,
    pub value: String,
    pub autocomplete: &'static str,
    pub hint: Option<String>,
    pub error: Option<&'a FieldError>,
}

pub fn input(i18n: &I18n, field: Input<'_>) -> impl IntoView {
    let hint_id = format!("{}-hint", field.id);
    let error_id = format!("{}-error", field.id);
    let mut described = Vec::new();
    if field.hint.is_some() {
        described.push(hint_id.clone());
    }
    if field.error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let group = if field.error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let hint = field
        .hint
        .map(|text| view! { <p class="hint" id=hint_id>{text}</p> });
    let error = field.error.map(|e| {
        view! { <ErrorMessage id=error_id prefix=i18n.t("staff-error-prefix") text=e.text(i18n) /> }
    });
    let invalid = field.error.is_some().then_some("true");
    view! {
        <div class=group>
            <label class="label" for=field.id>{field.label}</label>
            {hint}
            {error}
            <input
                class="input"
                type=field.kind
                id=field.id
                name=field.id
                value=field.value
                autocomplete=field.autocomplete
                spellcheck="false"
                aria-describedby=described
                aria-invalid=invalid
            />
        </div>
    }
}
