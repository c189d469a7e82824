//! The sign-in page.

use super::form::{self, FieldError, Input};
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Why the sign-in page was shown after a redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInNotice {
    SignedOut,
    SessionEnded,
}

#[derive(Clone, Debug, Default)]
pub struct SignInView {
    /// The pre-session form token (also in the sign-in cookie).
    pub csrf: String,
    /// What was typed, shown again after an error. Never the password.
    pub email: String,
    pub errors: Vec<FieldError>,
    pub notice: Option<SignInNotice>,
}

pub fn view(v: SignInView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-sign-in-title");
    let notice = v.notice.map(|n| {
        let id = match n {
            SignInNotice::SignedOut => "staff-signed-out",
            SignInNotice::SessionEnded => "staff-session-ended",
        };
        view! { <p class="callout" role="status">{i18n.t(id)}</p> }
    });
    let email = form::input(
        &i18n,
        Input {
            id: "email",
            label: i18n.t("staff-email-label"),
            kind: "email",
            value: v.email.clone(),
            autocomplete: "username",
            hint: None,
            error: form::error_for(&v.errors, "email"),
        },
    );
    let password = form::input(
        &i18n,
        Input {
            id: "password",
            label: i18n.t("staff-password-label"),
            kind: "password",
            value: String::new(),
            autocomplete: "current-password",
            hint: None,
            error: form::error_for(&v.errors, "password"),
        },
    );
    view! {
        <PageTitle text=form::title(&i18n, &heading, &v.errors) />
        {form::summary(&i18n, &v.errors)}
        {notice}
        <h1>{heading}</h1>
        <p>{i18n.t("staff-sign-in-intro")}</p>
        <form method="post" action="/staff/sign-in" novalidate="">
            {form_token(v.csrf)}
            {email}
            {password}
            <button type="submit" class="button">
                {i18n.t("staff-sign-in-button")}
            </button>
        </form>
    }
}
