//! The confirmation, with the receipt to print.

use super::answers::answer_list;
use super::answers::change_cards;
use super::{step_href, ReceivedView};
use crate::components::contact::ContactDetails;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::i18n::I18n;
use crate::islands::print_button::PrintButton;
use leptos::prelude::*;

pub(super) fn received(i18n: &I18n, v: ReceivedView) -> impl IntoView {
    let title = i18n.t("report-received-title");
    let reference_label = i18n.t("report-received-reference");
    view! {
        <PageTitle text=title.clone() description=i18n.t("report-form-summary") />
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
        {v.signed_in.then(|| view! {
            <p class="no-print">
                <a href=i18n.href("/my-notices") id="my-notices-link">
                    {i18n.t("report-my-notices-link")}
                </a>
            </p>
        })}
        <ContactDetails heading_id="received-contact" />
        {if v.signed_out {
            view! { <p class="callout" id="signed-out">{i18n.t("report-sent-signed-out")}</p> }
                .into_any()
        } else {
            receipt(i18n, v).into_any()
        }}
    }
}

/// The receipt with the answers, and starting another notice: not after signing out,
/// when the answers are no longer this browser's to see.
fn receipt(i18n: &I18n, v: ReceivedView) -> impl IntoView {
    view! {
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
