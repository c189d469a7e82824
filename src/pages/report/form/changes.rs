//! Which changes: the kinds of change to choose from.

use super::{continue_button, erase_form, return_field, step_href, step_top, ChangesView};
use crate::components::error_summary::ErrorMessage;
use crate::components::form_token::form_token;
use crate::domain::notice::ChangeKind;
use crate::i18n::I18n;
use crate::pages::report::field::{self};
use leptos::prelude::*;

pub(super) fn changes(i18n: &I18n, v: ChangesView) -> impl IntoView {
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
