//! `/<lang>/report`: reporting a change. The start page (what a resident needs, how
//! long it takes, the other ways to report) is a route of the app; the steps of the
//! online form behind it are in [`form`], whose handlers are on the server side.

pub mod field;
pub mod form;

use crate::components::{contact::ContactDetails, page_title::PageTitle};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

/// The most self-check outcomes carried from the results page to the form.
const MAX_CARRIED: usize = 60;

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
    // Coming from the self-check, the outcomes to report travel on to the form, which
    // chooses their kinds of change. They are outcome ids, never answers.
    let outcomes: Vec<String> = use_query_map().with_untracked(|q| {
        q.get_all("change")
            .unwrap_or_default()
            .into_iter()
            .filter(|id| crate::domain::notice::change_kind_for_outcome(id).is_some())
            .take(MAX_CARRIED)
            .collect()
    });
    let mut start = i18n.href("/report/identity");
    if !outcomes.is_empty() {
        let query =
            crate::pages::selfcheck::to_query(outcomes.iter().map(|id| ("change", id.as_str())));
        start = format!("{start}?{query}");
    }
    let carried =
        (!outcomes.is_empty()).then(|| view! { <p class="hint">{i18n.t("report-carried")}</p> });
    let settings = expect_context::<std::sync::Arc<crate::config::Settings>>();
    let hours = settings.notices.draft_hours;
    let mode = settings.residents.identity_mode;
    // The page is the same for everyone (it is kept in the page cache): what DigiD
    // offers depends on the municipality's mode, never on who is signed in.
    let digid_required = (!mode.accepts_form())
        .then(|| view! { <p id="digid-required">{i18n.t("report-digid-required")}</p> });
    let my_notices = mode.offers_digid().then(|| {
        view! {
            <p>
                <a href=i18n.href("/my-notices") id="my-notices-link">
                    {i18n.t("report-my-notices-link")}
                </a>
            </p>
        }
    });
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
        <p>{i18n.t_with("report-time", &[("hours", hours.into())])}</p>
        {digid_required}
        <p>
            <a class="button button--start" href=start role="button" draggable="false">
                {i18n.t("report-start-button")}
            </a>
        </p>
        {carried}
        {my_notices}
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
