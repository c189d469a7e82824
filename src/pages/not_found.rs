use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// "This page does not exist", in the visitor's language, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("not-found-title") description=i18n.t("site-summary") />
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t("not-found-text")}</p>
        <p>
            <a href=i18n.href("")>{i18n.t("not-found-home")}</a>
        </p>
        <p>{i18n.t("not-found-contact")}</p>
    }
}
