//! The staff area's refusals: not signed in, not allowed, a form that was refused,
//! something that does not exist, a failure on our side. Never any internal detail.

use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// 401: no valid session.
    SignInRequired,
    /// 403: the role does not allow this page.
    Forbidden,
    /// 403: the form token was missing or wrong, or the request came from another site.
    FormRefused,
    /// 404: no such account.
    NotFound,
    /// 404: no such notice or attachment (also after the retention period).
    NoticeNotFound,
    /// 500: the database failed.
    ServerError,
}

pub fn view(problem: Problem) -> impl IntoView {
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
}
