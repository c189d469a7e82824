//! Who you are.

use super::{
    continue_button, fields, hidden, return_field, step_href, step_top, IdentityProof, IdentityView,
};
use crate::components::digid::SignInWithDigid;
use crate::components::form_token::form_token;
use crate::domain::notice::{FieldSpec, PersonDetails};
use crate::i18n::I18n;
use crate::pages::report::field::summary_items;
use leptos::prelude::*;

pub(super) fn identity(i18n: &I18n, v: IdentityView) -> impl IntoView {
    // A field DigiD proved is shown, not asked.
    let locked: &[&str] = match &v.proof {
        IdentityProof::Verified { name: Some(_), .. } => &["bsn", "name"],
        IdentityProof::Verified { name: None, .. } => &["bsn"],
        _ => &[],
    };
    let specs: Vec<FieldSpec> = PersonDetails::FIELDS
        .into_iter()
        .filter(|spec| !locked.contains(&spec.key))
        .collect();
    let specs = &specs[..];
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
        {proof(i18n, &v.proof)}
        <form method="post" action=step_href(i18n, "identity") novalidate>
            {form_token(v.csrf)}
            {return_field(v.return_to_check)}
            {preselect}
            {fields(i18n, specs, &v.values, &v.errors)}
            {continue_button(i18n)}
        </form>
    }
}

fn proof(i18n: &I18n, proof: &IdentityProof) -> impl IntoView {
    match proof {
        IdentityProof::Typed => ().into_any(),
        IdentityProof::Offer(return_to) => view! {
            <div class="panel panel--info" id="digid-offer">
                <p>{i18n.t("report-digid-offer")}</p>
                <p>
                    <SignInWithDigid return_to=return_to.clone() />
                </p>
            </div>
        }
        .into_any(),
        IdentityProof::Verified { bsn_masked, name } => {
            let name = name.clone().map(|name| {
                view! {
                    <dt>{i18n.t("notice-field-person-name")}</dt>
                    <dd>{name}</dd>
                }
            });
            view! {
                <div class="panel panel--info" id="digid-proof">
                    <p>{i18n.t("report-digid-proven")}</p>
                    <dl class="answers">
                        {name}
                        <dt>{i18n.t("notice-field-person-bsn")}</dt>
                        <dd>{bsn_masked.clone()}</dd>
                    </dl>
                </div>
            }
            .into_any()
        }
    }
}
