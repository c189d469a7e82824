use leptos::prelude::*;

/// The name of the hidden form field that carries a form's token: every form that
/// changes something sends it, and the server refuses the form without the right one.
pub const FORM_TOKEN_FIELD: &str = "_csrf";

/// The hidden field with the form's token.
pub fn form_token(token: String) -> impl IntoView {
    view! { <input type="hidden" name=FORM_TOKEN_FIELD value=token /> }
}
