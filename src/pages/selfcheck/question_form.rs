//! One question on its own page, GOV.UK style: the question is the page heading, a
//! hint, an error summary that lists what to fix, the error next to the field, and
//! the earlier answers carried in hidden fields.

use super::steps::{people_rows, person_is_month, Ask, EDIT_KEY, QUESTION_KEY};
use super::to_query;
use crate::components::error_summary::{ErrorMessage, ErrorSummary};
use crate::components::page_title::PageTitle;
use crate::domain::selfcheck::{FieldError, Question, QuestionKind, Rules};
use crate::i18n::{use_i18n, I18n};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// The element id of a form field: `trip-dates.from` → `f-trip-dates-from`.
fn field_id(key: &str) -> String {
    format!("f-{}", key.replace('.', "-"))
}

/// Where an error in field `key` sends the focus: the field, or the first option or
/// row of a group.
fn error_target(question: &Question, key: &str) -> String {
    if key != question.id {
        return field_id(key);
    }
    match &question.kind {
        QuestionKind::YesNo => field_id(&format!("{key}.yes")),
        QuestionKind::One(c) | QuestionKind::Several(c) => match c.first() {
            Some(first) => field_id(&format!("{key}.{}", first.id)),
            None => field_id(key),
        },
        QuestionKind::Period => field_id(&format!("{key}.from")),
        QuestionKind::People { .. } => field_id(&format!("{key}.1")),
        _ => field_id(key),
    }
}

/// A date field: the browser's date picker, which sends `YYYY-MM-DD`.
fn date_input(key: &str, value: String, described: Option<String>) -> impl IntoView {
    view! {
        <input
            class="input input--date"
            type="date"
            id=field_id(key)
            name=key.to_owned()
            value=value
            aria-describedby=described
        />
    }
}

/// A month of a year: the browser's month picker, which sends `YYYY-MM`. A browser
/// without one shows a text field; the hint gives an example and the domain reads
/// `05-2008` and `5/2008` too. No day: a date of birth must not travel in the address.
fn month_input(key: &str, value: String, described: Option<String>) -> impl IntoView {
    view! {
        <input
            class="input input--month"
            type="month"
            autocomplete="off"
            id=field_id(key)
            name=key.to_owned()
            value=value
            aria-describedby=described
        />
    }
}

/// A whole number, with the phone's number keyboard.
fn number_input(key: &str, value: String, described: Option<String>) -> impl IntoView {
    view! {
        <input
            class="input input--number"
            type="text"
            inputmode="numeric"
            pattern="[0-9]*"
            autocomplete="off"
            id=field_id(key)
            name=key.to_owned()
            value=value
            aria-describedby=described
        />
    }
}

/// The error messages of a question, each once, in order.
fn messages(i18n: &I18n, errors: &[FieldError]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for error in errors {
        let text = i18n.t(error.problem.message_id());
        if !out.iter().any(|(_, t)| t == &text) {
            out.push((error.field.clone(), text));
        }
    }
    out
}

pub fn view(ask: &Ask, rules: &Rules) -> impl IntoView {
    let i18n = use_i18n();
    let question = ask.question;
    let base = i18n.href("/self-check");
    let question_text = i18n.t(&question.text);
    let errors = messages(&i18n, &ask.errors);
    let has_error = !errors.is_empty();
    let title = if has_error {
        format!("{} {question_text}", i18n.t("selfcheck-error-prefix"))
    } else {
        question_text.clone()
    };

    // Back: the question before this one, with every answer kept; from the first
    // question, the start page.
    let carried = ask.carried();
    let all_pairs = ask.answers.to_pairs();
    let back = match rules.previous_question(&ask.answers, &question.id) {
        Some(previous) => {
            let mut pairs: Vec<(&str, &str)> = all_pairs
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            pairs.push((EDIT_KEY, &previous.id));
            format!("{base}?{}", to_query(pairs))
        }
        None => base.clone(),
    };

    let apply = rules.questions_that_apply(&ask.answers);
    let current = apply
        .iter()
        .position(|q| q.id == question.id)
        .map_or(apply.len() + 1, |p| p + 1);
    let total = apply.len().max(current);
    let progress = i18n.t_with(
        "selfcheck-progress",
        &[
            ("current", FluentValue::from(current)),
            ("total", FluentValue::from(total)),
        ],
    );

    let summary = has_error.then(|| {
        let items = errors
            .iter()
            .map(|(field, text)| (error_target(question, field), text.clone()))
            .collect();
        view! { <ErrorSummary title=i18n.t("selfcheck-error-summary-title") items /> }
    });

    let hidden = carried
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();

    let fields = fields(&i18n, ask, &question_text, &errors);
    // Links to the glossary for the jargon in the question, its hint and its answers.
    let mut texts = vec![question_text.clone()];
    texts.extend(question.hint.iter().map(|h| i18n.t(h)));
    texts.extend(question.kind.choices().iter().map(|c| i18n.t(&c.text)));
    let terms = crate::pages::glossary::terms_note(&i18n, &texts);

    view! {
        <PageTitle text=title />
        <p class="no-print">
            <a class="back-link" href=back data-step="">
                {i18n.t("selfcheck-back")}
            </a>
        </p>
        {summary}
        <form method="get" action=base.clone() class="question-form" novalidate="" data-step="">
            <p class="progress">{progress}</p>
            {hidden}
            <input type="hidden" name=QUESTION_KEY value=question.id.clone() />
            {fields}
            {terms}
            <button type="submit" class="button">
                {i18n.t("selfcheck-next")}
            </button>
        </form>
        <p class="hint">{i18n.t("selfcheck-nothing-stored")}</p>
    }
}

/// The hint and error paragraphs of a question, and the ids they are described by.
fn hint_and_error(
    i18n: &I18n,
    ask: &Ask,
    extra_hint: Option<&str>,
    errors: &[(String, String)],
) -> (AnyView, Option<String>) {
    let id = &ask.question.id;
    let hint_ids: Vec<&str> = ask
        .question
        .hint
        .as_deref()
        .into_iter()
        .chain(extra_hint)
        .collect();
    let hint_id = format!("hint-{id}");
    let error_id = format!("error-{id}");
    let mut described = Vec::new();
    if !hint_ids.is_empty() {
        described.push(hint_id.clone());
    }
    if !errors.is_empty() {
        described.push(error_id.clone());
    }
    let hints = (!hint_ids.is_empty()).then(|| {
        let text = hint_ids
            .iter()
            .map(|h| i18n.t(h))
            .collect::<Vec<_>>()
            .join(" ");
        view! { <p class="hint" id=hint_id>{text}</p> }
    });
    let error = (!errors.is_empty()).then(|| {
        let prefix = i18n.t("selfcheck-error-prefix");
        let text = errors
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        view! { <ErrorMessage id=error_id prefix=prefix text=text /> }
    });
    let described = (!described.is_empty()).then(|| described.join(" "));
    (view! { {hints} {error} }.into_any(), described)
}

fn fields(i18n: &I18n, ask: &Ask, question_text: &str, errors: &[(String, String)]) -> AnyView {
    let question = ask.question;
    let id = question.id.clone();
    let group_class = if errors.is_empty() {
        "form-group"
    } else {
        "form-group form-group--error"
    };
    let value = |key: &str| ask.value(key).unwrap_or_default().to_owned();
    match &question.kind {
        QuestionKind::Date | QuestionKind::Amount | QuestionKind::Number { .. } => {
            let extra = match question.kind {
                QuestionKind::Amount => Some("selfcheck-amount-hint"),
                QuestionKind::Date if question.hint.is_none() => Some("selfcheck-date-hint"),
                _ => None,
            };
            let (notes, described) = hint_and_error(i18n, ask, extra, errors);
            let input = match question.kind {
                QuestionKind::Date => date_input(&id, value(&id), described).into_any(),
                QuestionKind::Amount => view! {
                    <div class="input-prefixed">
                        <span class="input-prefix" aria-hidden="true">"€"</span>
                        <input
                            class="input input--amount"
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            spellcheck="false"
                            id=field_id(&id)
                            name=id.clone()
                            value=value(&id)
                            aria-describedby=described
                        />
                    </div>
                }
                .into_any(),
                _ => number_input(&id, value(&id), described).into_any(),
            };
            view! {
                <div class=group_class>
                    <h1 class="question-heading">
                        <label for=field_id(&id)>{question_text.to_owned()}</label>
                    </h1>
                    {notes}
                    {input}
                </div>
            }
            .into_any()
        }
        kind => {
            let extra =
                matches!(kind, QuestionKind::People { .. }).then_some("selfcheck-people-rows-hint");
            let (notes, described) = hint_and_error(i18n, ask, extra, errors);
            let inputs = group_inputs(i18n, ask);
            view! {
                <div class=group_class>
                    <fieldset class="fieldset" aria-describedby=described>
                        <legend class="fieldset__legend">
                            <h1 class="question-heading">{question_text.to_owned()}</h1>
                        </legend>
                        {notes}
                        {inputs}
                    </fieldset>
                </div>
            }
            .into_any()
        }
    }
}

/// The inputs of a question that has several: options, the two dates of a period, or
/// one row per person.
fn group_inputs(i18n: &I18n, ask: &Ask) -> AnyView {
    let question = ask.question;
    let id = question.id.clone();
    let value = |key: &str| ask.value(key).unwrap_or_default().to_owned();
    let options = |kind: &'static str, choices: Vec<(String, String)>| {
        let items = choices
            .into_iter()
            .map(|(option, text)| {
                let input_id = field_id(&format!("{id}.{option}"));
                let checked = ask.is_chosen(&option);
                view! {
                    <div class="choice">
                        <input
                            class="choice__input"
                            type=kind
                            id=input_id.clone()
                            name=id.clone()
                            value=option
                            checked=checked
                        />
                        <label class="choice__label" for=input_id>{text}</label>
                    </div>
                }
            })
            .collect_view();
        view! { <div class="choices">{items}</div> }.into_any()
    };
    match &question.kind {
        QuestionKind::YesNo => options(
            "radio",
            vec![
                ("yes".into(), i18n.t("selfcheck-answer-yes")),
                ("no".into(), i18n.t("selfcheck-answer-no")),
            ],
        ),
        QuestionKind::One(choices) => options(
            "radio",
            choices
                .iter()
                .map(|c| (c.id.clone(), i18n.t(&c.text)))
                .collect(),
        ),
        QuestionKind::Several(choices) => options(
            "checkbox",
            choices
                .iter()
                .map(|c| (c.id.clone(), i18n.t(&c.text)))
                .collect(),
        ),
        QuestionKind::Period => {
            let part = |suffix: &str, label: &str| {
                let key = format!("{id}.{suffix}");
                view! {
                    <div class="form-field">
                        <label class="label" for=field_id(&key)>{i18n.t(label)}</label>
                        {date_input(&key, value(&key), None)}
                    </div>
                }
            };
            view! {
                <div class="period">
                    {part("from", "selfcheck-period-from")}
                    {part("to", "selfcheck-period-to")}
                </div>
            }
            .into_any()
        }
        QuestionKind::People { entry } => {
            let is_month = person_is_month(*entry);
            let rows = (1..=people_rows(ask))
                .map(|n| {
                    let key = format!("{id}.{n}");
                    let label = i18n.t_with(
                        "selfcheck-person-number",
                        &[("number", FluentValue::from(n))],
                    );
                    let input = if is_month {
                        month_input(&key, value(&key), None).into_any()
                    } else {
                        number_input(&key, value(&key), None).into_any()
                    };
                    view! {
                        <div class="form-field form-field--row">
                            <label class="label" for=field_id(&key)>{label}</label>
                            {input}
                        </div>
                    }
                })
                .collect_view();
            let legend = i18n.t(if is_month {
                "selfcheck-person-birth-month"
            } else {
                "selfcheck-person-age"
            });
            view! {
                <p class="people-legend">{legend}</p>
                <div class="people">{rows}</div>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}
