//! The route table of the resident pages and [`shell`], the document they are drawn
//! in (`crate::shell`).
//!
//! Everything here renders on the server only: Meldwijzer uses Leptos *islands*, so the
//! browser receives finished HTML and hydrates nothing but the small interactive
//! islands in `crate::islands`, which get their texts from the server as props.

use crate::i18n::use_i18n;
use crate::pages::{
    accessibility::AccessibilityPage, glossary::GlossaryPage, info::InfoPage, not_found::NotFound,
    report::ReportStartPage, selfcheck::SelfCheckPage, start::StartPage,
};
use crate::shell::{document, Bundle, Layout};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    hooks::use_params_map,
    path,
};

/// The HTML document around every resident page. Runs per request, inside the
/// request's reactive owner, so it can read the request and set response headers.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    document(options, Bundle::Residents, || view! { <App /> })
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound /></Layout> }>
                <ParentRoute path=path!("/:lang") view=LanguageRoot>
                    <Route path=path!("") view=StartPage />
                    <Route path=path!("accessibility") view=AccessibilityPage />
                    <Route path=path!("glossary") view=GlossaryPage />
                    <Route path=path!("duties") view=|| view! { <InfoPage key="duties" /> } />
                    <Route path=path!("what-to-report") view=|| view! { <InfoPage key="what-to-report" /> } />
                    <Route path=path!("consequences") view=|| view! { <InfoPage key="consequences" /> } />
                    <Route path=path!("what-we-know") view=|| view! { <InfoPage key="what-we-know" /> } />
                    <Route path=path!("help") view=|| view! { <InfoPage key="help" /> } />
                    <Route path=path!("self-check") view=SelfCheckPage />
                    <Route path=path!("report") view=ReportStartPage />
                    <Route path=path!("changes-2026") view=|| view! { <InfoPage key="changes-2026" /> } />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Every page lives under its language code; an unknown code is a page that does not
/// exist.
#[component]
fn LanguageRoot() -> impl IntoView {
    let i18n = use_i18n();
    let known = use_params_map()
        .with_untracked(|p| p.get("lang"))
        .is_some_and(|code| i18n.catalog.language(&code).is_some());
    // The layout sits inside the routes (not around them) because the route list is
    // also generated at start-up, outside any request, when there is no language yet.
    if known {
        view! { <Layout><Outlet /></Layout> }.into_any()
    } else {
        view! { <Layout><NotFound /></Layout> }.into_any()
    }
}
