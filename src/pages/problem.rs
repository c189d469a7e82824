//! What went wrong, as a page shows it, and the portal's own page for it.
//!
//! The server decides the status; the area a request belongs to decides the page: the
//! staff area and the change notice show their problems in their own words inside
//! their own pages (and this page's words for the rest), everything else shows this
//! page. Its words cover a request the portal could not read: too large, not a form, a
//! field twice, a method the address does not take, or bytes that are not text.

use crate::components::contact::ContactDetails;
use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use crate::shell::Layout;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;

/// Why a request is not answered with the page it asked for. Never any internal
/// detail: a failure on our side is only [`Problem::ServerError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No such page, step, account or text.
    NotFound,
    /// No such notice or attachment (also after the retention period).
    NoticeNotFound,
    /// No valid staff session.
    SignInRequired,
    /// The role does not allow this page.
    Forbidden,
    /// The form token was missing or wrong, or the request came from another site.
    FormRefused,
    /// Too many change notices from this network address.
    TooMany,
    /// Larger than the address reads.
    TooLarge,
    /// The files of a change together are larger than the detail page reads.
    FilesTooLarge,
    /// Not a form this address reads (broken, another method, a field twice).
    Unreadable,
    /// A form value that is not text (not UTF-8).
    BadText,
    /// Something on our side failed; nothing was received.
    ServerError,
    /// Signing in with DigiD did not give a verified identity.
    Digid(DigidProblem),
}

/// Why a DigiD sign-in did not sign the resident in. Each has its own page; none
/// says more than the resident can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DigidProblem {
    /// The broker did not answer in time, or not at all.
    Unavailable,
    /// The answer did not pass a check (forged, replayed or expired sign-in, another
    /// browser, a token the portal does not accept).
    Failed,
    /// DigiD was used at a level below the one the municipality asks for.
    LevelTooLow,
    /// DigiD gave no valid citizen service number.
    NoBsn,
}

impl Problem {
    /// The Fluent messages of the heading and the explanation on this page.
    fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            Problem::TooLarge | Problem::FilesTooLarge => {
                ("request-too-large-title", "request-too-large-text")
            }
            Problem::BadText => ("request-bad-text-title", "request-bad-text-text"),
            Problem::NotFound | Problem::NoticeNotFound => ("not-found-title", "not-found-text"),
            Problem::Digid(DigidProblem::Unavailable) => {
                ("digid-unavailable-title", "digid-unavailable-text")
            }
            Problem::Digid(DigidProblem::Failed) => ("digid-failed-title", "digid-failed-text"),
            Problem::Digid(DigidProblem::LevelTooLow) => ("digid-level-title", "digid-level-text"),
            Problem::Digid(DigidProblem::NoBsn) => ("digid-no-bsn-title", "digid-no-bsn-text"),
            // The rest is met only inside an area, which has its own words for it;
            // here: what was sent did not work, try again.
            Problem::Unreadable
            | Problem::FormRefused
            | Problem::SignInRequired
            | Problem::Forbidden
            | Problem::TooMany
            | Problem::ServerError => ("request-unreadable-title", "request-unreadable-text"),
        }
    }
}

/// The whole document; the server provides the [`Problem`] as context.
pub fn document(options: LeptosOptions) -> impl IntoView {
    crate::shell::document(
        options,
        crate::shell::Bundle::Residents,
        || view! { <ProblemPage /> },
    )
}

#[component]
fn ProblemPage() -> impl IntoView {
    provide_meta_context();
    let problem = expect_context::<Problem>();
    view! { <Layout>{view(problem)}</Layout> }
}

/// The content of this page for `problem`, also inside the pages of an area.
pub fn view(problem: Problem) -> impl IntoView {
    let i18n = use_i18n();
    let (title, text) = problem.message_ids();
    let title = i18n.t(title);
    view! {
        <PageTitle text=title.clone() description=i18n.t("site-summary") />
        <h1>{title}</h1>
        <p>{i18n.t(text)}</p>
        <p>{i18n.t("request-help")}</p>
        <p>
            <a href=i18n.href("")>{i18n.t("not-found-home")}</a>
        </p>
        <ContactDetails heading_id="request-problem-contact" />
    }
}
