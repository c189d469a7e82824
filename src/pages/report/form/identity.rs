//! Who you are.

use super::{continue_button, fields, hidden, return_field, step_href, step_top, IdentityView};
use crate::components::form_token::form_token;
use crate::domain::notice::PersonDetails;
use crate::i18n::I18n;
use crate::pages::report::field::summary_items;
use leptos::prelude::*;

pub(super) fn identity(i18n: &I18n, v: IdentityView) -> impl IntoView {
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
