use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The start page: what the portal is for and the three ways in.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let ways = [
        ("/duties", "start-duties-title", "start-duties-text"),
        ("/self-check", "start-check-title", "start-check-text"),
        ("/report", "start-report-title", "start-report-text"),
    ]
    .map(|(path, title, text)| {
        view! {
            <li class="card">
                <h3 class="card__title">
                    <a href=i18n.href(path)>{i18n.t(title)}</a>
                </h3>
                <p>{i18n.t(text)}</p>
            </li>
        }
    });
    view! {
        <PageTitle text=i18n.t("start-title") description=i18n.t("start-summary") />
        <h1>{i18n.t("start-title")}</h1>
        <p class="lead">{i18n.t("start-intro")}</p>
        <p>{i18n.t("start-trust")}</p>
        <h2>{i18n.t("start-ways-heading")}</h2>
        <ul class="cards">{ways.into_iter().collect_view()}</ul>
        <aside class="callout" aria-labelledby="start-help">
            <h2 id="start-help">{i18n.t("start-help-heading")}</h2>
            <p>{i18n.t("start-help-text")}</p>
        </aside>
    }
}
