use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title to "<page> – Meldwijzer <municipality>", and the page's
/// meta description (what search engines show under the title) when given.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    #[prop(optional, into)] description: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let suffix = i18n.t("site-title-suffix");
    view! {
        <Title text=format!("{text} – {suffix}") />
        {description.map(|content| view! { <Meta name="description" content=content /> })}
    }
}
