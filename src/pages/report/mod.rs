//! `/<lang>/report`: reporting a change. For now the first page of the flow only:
//! what a resident needs, and the ways to report that work today (phone, desk, the
//! self-check to find out what to report). The online form (issue 5) comes behind it.

use crate::components::{contact::ContactDetails, page_title::PageTitle};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Meta;

/// What to have at hand, in the order a resident needs it.
const NEEDS: [&str; 4] = [
    "report-need-bsn",
    "report-need-date",
    "report-need-papers",
    "report-need-partner",
];

#[component]
pub fn ReportStartPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("report-title");
    let needs = NEEDS
        .iter()
        .map(|id| view! { <li>{i18n.t(id)}</li> })
        .collect_view();
    view! {
        <PageTitle text=title.clone() />
        <Meta name="description" content=i18n.t("report-summary") />
        <h1>{title}</h1>
        <p class="lead">{i18n.t("report-intro")}</p>
        <h2>{i18n.t("report-need-heading")}</h2>
        <ul>{needs}</ul>
        <h2>{i18n.t("report-how-heading")}</h2>
        <p>{i18n.t("report-how-text")}</p>
        <ContactDetails heading_id="report-contact" />
        <aside class="callout" aria-labelledby="report-check-heading">
            <h2 id="report-check-heading">{i18n.t("report-check-heading")}</h2>
            <p>
                <a href=i18n.href("/self-check")>{i18n.t("report-check-link")}</a>
            </p>
        </aside>
    }
}
