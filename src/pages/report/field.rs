//! One field of the change-notice form, drawn from the domain's [`FieldSpec`]: label (or
//! legend), hint, inline error, and the input that fits the value, with the keyboard a
//! phone should show.

use crate::components::error_summary::ErrorMessage;
use crate::components::textarea::TextArea;
use crate::domain::notice::{FieldError, FieldSpec, Input, Need};
use crate::i18n::I18n;
use leptos::prelude::*;

/// The element id of field `key`; for a choice, of its first option (where the error
/// summary's link lands).
pub fn field_id(spec: &FieldSpec) -> String {
    match spec.input {
        Input::Choice(choices) => option_id(spec.key, choices[0].value),
        _ => format!("f-{}", spec.key),
    }
}

fn option_id(key: &str, value: &str) -> String {
    format!("f-{key}-{value}")
}

/// The id an error summary links to for a field key of `specs` (the form itself for a
/// key the page does not have).
pub fn target_for(specs: &[FieldSpec], key: &str) -> String {
    specs
        .iter()
        .find(|s| s.key == key)
        .map_or_else(|| "main".to_owned(), field_id)
}

/// The text of a field error, with its numbers.
pub fn error_text(i18n: &I18n, error: &FieldError) -> String {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = error
        .problem
        .args()
        .into_iter()
        .map(|(name, value)| (name, fluent_bundle::FluentValue::from(value)))
        .collect();
    i18n.t_with(error.message_id(), &args)
}

/// The error summary items for `errors` on a page with `specs`.
pub fn summary_items(
    i18n: &I18n,
    specs: &[FieldSpec],
    errors: &[FieldError],
) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|e| (target_for(specs, &e.field), error_text(i18n, e)))
        .collect()
}

pub fn view(i18n: &I18n, spec: &FieldSpec, value: &str, errors: &[FieldError]) -> AnyView {
    let error = errors.iter().find(|e| e.field == spec.key);
    let hint_id = spec.hint.map(|_| format!("h-{}", spec.key));
    let error_id = error.map(|_| format!("e-{}", spec.key));
    let described = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let mut label = i18n.t(spec.label);
    if spec.need == Need::Optional {
        label = format!("{label} {}", i18n.t("report-optional"));
    }
    let hint = spec
        .hint
        .map(|id| view! { <p class="hint" id=hint_id.clone()>{i18n.t(id)}</p> });
    let message = error.map(|e| {
        view! {
            <ErrorMessage
                id=error_id.clone().unwrap_or_default()
                prefix=i18n.t("report-error-label")
                text=error_text(i18n, e)
            />
        }
    });
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    if let Input::Choice(choices) = spec.input {
        let options = choices
            .iter()
            .map(|choice| {
                let id = option_id(spec.key, choice.value);
                view! {
                    <div class="choice">
                        <input
                            class="choice__input"
                            type="radio"
                            id=id.clone()
                            name=spec.key
                            value=choice.value
                            checked=value == choice.value
                        />
                        <label class="choice__label" for=id>{i18n.t(choice.label)}</label>
                    </div>
                }
            })
            .collect_view();
        return view! {
            <div class=group_class>
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class="fieldset__legend">{label}</legend>
                    {hint}
                    {message}
                    {options}
                </fieldset>
            </div>
        }
        .into_any();
    }
    let id = field_id(spec);
    let input = input(spec, &id, value, described, error.is_some());
    view! {
        <div class=group_class>
            <label class="label" for=id>{label}</label>
            {hint}
            {message}
            {input}
        </div>
    }
    .into_any()
}

fn input(
    spec: &FieldSpec,
    id: &str,
    value: &str,
    described: Option<String>,
    invalid: bool,
) -> AnyView {
    if spec.input == Input::LongText {
        return view! {
            <TextArea
                id=id.to_owned()
                name=spec.key
                rows="5".to_owned()
                value=value.to_owned()
                described_by=described
                invalid=invalid
            />
        }
        .into_any();
    }
    let invalid = invalid.then_some("true");
    let (kind, class, inputmode, autocomplete) = match spec.input {
        Input::LongText => unreachable!("drawn above"),
        Input::Text => ("text", "input", None, text_autocomplete(spec.key)),
        Input::Date => (
            "date",
            "input input--date",
            None,
            date_autocomplete(spec.key),
        ),
        Input::Month => ("month", "input input--date", None, "off"),
        Input::Amount => ("text", "input input--amount", Some("decimal"), "off"),
        Input::Hours => ("text", "input input--short", Some("decimal"), "off"),
        Input::Bsn => ("text", "input input--bsn", Some("numeric"), "off"),
        Input::Iban => ("text", "input input--iban", None, "off"),
        Input::Registration => ("text", "input input--short", None, "off"),
        Input::Phone => ("tel", "input", None, "tel"),
        Input::Email => ("email", "input", None, "email"),
        Input::Choice(_) => unreachable!("choices are drawn as radio buttons"),
    };
    let spellcheck = matches!(
        spec.input,
        Input::Bsn | Input::Iban | Input::Registration | Input::Email
    )
    .then_some("false");
    view! {
        <input
            class=class
            type=kind
            id=id.to_owned()
            name=spec.key
            value=value.to_owned()
            inputmode=inputmode
            autocomplete=autocomplete
            spellcheck=spellcheck
            aria-describedby=described
            aria-invalid=invalid
        />
    }
    .into_any()
}

/// The resident's own name and date of birth may be filled in by the browser; names
/// of other people may not.
fn text_autocomplete(key: &str) -> &'static str {
    if key == "name" {
        "name"
    } else {
        "off"
    }
}

fn date_autocomplete(key: &str) -> &'static str {
    if key == "date-of-birth" {
        "bday"
    } else {
        "off"
    }
}
