//! The staff area's words for its problems: not signed in, not allowed, a form that was
//! refused, something that does not exist, a failure on our side. Never any internal
//! detail.

use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use crate::pages::problem::{self, Problem};
use leptos::prelude::*;

pub fn view(problem: Problem) -> AnyView {
    let i18n = use_i18n();
    let (title, text, link, href) = match problem {
        Problem::SignInRequired => (
            "staff-problem-sign-in-title",
            "staff-problem-sign-in-text",
            "staff-problem-sign-in-link",
            "/staff/sign-in",
        ),
        Problem::Forbidden => (
            "staff-problem-forbidden-title",
            "staff-problem-forbidden-text",
            "staff-back-home",
            "/staff",
        ),
        Problem::FormRefused => (
            "staff-problem-form-title",
            "staff-problem-form-text",
            "staff-back-home",
            "/staff",
        ),
        Problem::NotFound => (
            "staff-problem-not-found-title",
            "staff-problem-not-found-text",
            "staff-back-home",
            "/staff",
        ),
        Problem::NoticeNotFound => (
            "staff-problem-notice-not-found-title",
            "staff-problem-notice-not-found-text",
            "staff-notice-back",
            "/staff/notices",
        ),
        Problem::ServerError => (
            "staff-problem-error-title",
            "staff-problem-error-text",
            "staff-back-home",
            "/staff",
        ),
        // A request the portal could not read: the portal's own words for it.
        Problem::TooLarge
        | Problem::FilesTooLarge
        | Problem::Unreadable
        | Problem::BadText
        | Problem::TooMany
        | Problem::Digid(_) => return problem::view(problem).into_any(),
    };
    let title = i18n.t(title);
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{i18n.t(text)}</p>
        <p>
            <a href=href>{i18n.t(link)}</a>
        </p>
    }
    .into_any()
}
