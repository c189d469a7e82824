//! The page for a request the portal could not read: too large, not a form, a field
//! twice, a method the address does not take, or bytes that are not text. Shown
//! instead of the framework's plain English (`crate::server::refusals`), in the
//! visitor's language.

use crate::components::contact::ContactDetails;
use crate::components::layout::Layout;
use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;

/// Why a request was refused before a page could look at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestProblem {
    /// 413: larger than the address reads.
    TooLarge,
    /// 400, 405, 415, 422: not a form this address reads.
    Unreadable,
    /// 400: a form value that is not text (not UTF-8).
    BadText,
}

impl RequestProblem {
    /// The Fluent messages of the heading and the explanation.
    pub fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            RequestProblem::TooLarge => ("request-too-large-title", "request-too-large-text"),
            RequestProblem::Unreadable => ("request-unreadable-title", "request-unreadable-text"),
            RequestProblem::BadText => ("request-bad-text-title", "request-bad-text-text"),
        }
    }
}

/// The whole document; the server provides the [`RequestProblem`] as context.
pub fn document(options: LeptosOptions) -> impl IntoView {
    crate::app::document(options, || view! { <RequestProblemPage /> })
}

#[component]
fn RequestProblemPage() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let (title, text) = expect_context::<RequestProblem>().message_ids();
    let title = i18n.t(title);
    view! {
        <Layout>
            <PageTitle text=title.clone() />
            <h1>{title}</h1>
            <p>{i18n.t(text)}</p>
            <p>{i18n.t("request-help")}</p>
            <p>
                <a href=i18n.href("")>{i18n.t("not-found-home")}</a>
            </p>
            <ContactDetails heading_id="request-problem-contact" />
        </Layout>
    }
}
