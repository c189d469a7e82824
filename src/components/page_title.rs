use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title to "<page> – Meldwijzer <municipality>".
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    let i18n = use_i18n();
    let suffix = i18n.t("site-title-suffix");
    view! { <Title text=format!("{text} – {suffix}") /> }
}
