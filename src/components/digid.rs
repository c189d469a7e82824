//! DigiD on the pages: the link that starts a sign-in, the sign-out button, and the
//! message a page shows when the resident comes back from DigiD with `?digid=…` in
//! its address (cancelled, failed, signed out). The server side (the resident module
//! of the server) answers these addresses.

use crate::components::form_token::form_token;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Where a sign-in starts (`?return=` the page to come back to).
pub const START_PATH: &str = "/auth/digid/start";
/// Where the sign-out form goes.
pub const SIGN_OUT_PATH: &str = "/auth/sign-out";

/// The address that starts a DigiD sign-in and comes back to `return_to`, a page of
/// the portal such as `/nl/my-notices` (the server ignores anything else).
pub fn sign_in_href(return_to: &str) -> String {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("return", return_to)
        .finish();
    format!("{START_PATH}?{query}")
}

/// A link, shaped as a button, that signs the resident in with DigiD and comes back
/// to `return_to`. A plain link: it works without JavaScript.
#[component]
pub fn SignInWithDigid(return_to: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="button" href=sign_in_href(&return_to)>
            {i18n.t("digid-sign-in-button")}
        </a>
    }
}

/// The sign-out button: a form that sends the session's token
/// (`ResidentSession::form_token`).
#[component]
pub fn SignOutButton(token: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="post" action=SIGN_OUT_PATH class="sign-out">
            {form_token(token)}
            <button type="submit" class="button button--secondary">
                {i18n.t("digid-sign-out-button")}
            </button>
        </form>
    }
}

/// The message for `?digid=<code>` in the page's address; nothing for other codes.
fn notice_message(code: &str) -> Option<&'static str> {
    match code {
        "cancelled" => Some("digid-notice-cancelled"),
        "failed" => Some("digid-notice-failed"),
        "signed-out" => Some("digid-notice-signed-out"),
        _ => None,
    }
}

/// The message of the DigiD sign-in this page was returned to, if any. The layout
/// shows it on every page, so the resident sees it wherever they came from.
#[component]
pub fn DigidNotice() -> impl IntoView {
    let parts = use_context::<http::request::Parts>();
    let code = parts
        .as_ref()
        .and_then(|p| p.uri.query())
        .and_then(|query| {
            form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "digid")
                .map(|(_, v)| v.into_owned())
        });
    let message = code.as_deref().and_then(notice_message)?;
    let i18n = use_i18n();
    Some(view! { <p class="callout" role="status">{i18n.t(message)}</p> })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_in_address_carries_the_page_encoded() {
        assert_eq!(
            sign_in_href("/nl/my-notices?x=1"),
            "/auth/digid/start?return=%2Fnl%2Fmy-notices%3Fx%3D1"
        );
        assert_eq!(notice_message("cancelled"), Some("digid-notice-cancelled"));
        assert_eq!(notice_message("<script>"), None);
    }
}
