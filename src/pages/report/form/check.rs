//! Check your answers, with the declaration.

use super::answers::answer_list;
use super::answers::change_cards;
use super::{erase_form, step_href, step_top, CheckView};
use crate::components::error_summary::ErrorMessage;
use crate::components::form_token::form_token;
use crate::i18n::I18n;
use leptos::prelude::*;

pub(super) fn check(i18n: &I18n, v: CheckView) -> impl IntoView {
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
