use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let measures = (1..=5)
        .map(|n| view! { <li>{i18n.t(&format!("accessibility-what-{n}"))}</li> })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("accessibility-title") description=i18n.t("accessibility-summary") />
        <h1>{i18n.t("accessibility-title")}</h1>
        <p class="lead">{i18n.t("accessibility-intro")}</p>
        <h2>{i18n.t("accessibility-what-heading")}</h2>
        <ul>{measures}</ul>
        <h2>{i18n.t("accessibility-problem-heading")}</h2>
        <p>{i18n.t("accessibility-problem-text")}</p>
    }
}
