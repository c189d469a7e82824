use super::PageContext;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Links to this same page in every offered language, each language named in its own
/// words. Plain links: it works the same with and without JavaScript.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let page = expect_context::<PageContext>();
    let items = i18n
        .catalog
        .languages()
        .iter()
        .map(|lang| {
            let current = lang.code == i18n.lang.code;
            let name = i18n.t_in(&lang.code, "language-name");
            let href = format!("/{}{}", lang.code, page.rest);
            view! {
                <li>
                    <a
                        href=href
                        hreflang=lang.code.clone()
                        lang=lang.code.clone()
                        dir=lang.direction.as_str()
                        aria-current=current.then_some("true")
                    >
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-labelledby="language-switcher-label">
            <h2 id="language-switcher-label" class="visually-hidden">
                {i18n.t("language-switcher-label")}
            </h2>
            <ul>{items}</ul>
        </nav>
    }
}
