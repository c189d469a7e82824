use leptos::prelude::*;

/// The GOV.UK error summary at the top of a form: a titled list of what to fix, each
/// linking to its field. It takes focus when the page loads (`autofocus`, so it works
/// without JavaScript) and is announced as an alert.
///
/// `items` are (element id of the field, message) pairs.
#[component]
pub fn ErrorSummary(title: String, items: Vec<(String, String)>) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|(target, text)| {
            view! {
                <li>
                    <a href=format!("#{target}")>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div
            class="error-summary"
            role="alert"
            tabindex="-1"
            autofocus=""
            aria-labelledby="error-summary-title"
        >
            <h2 class="error-summary__title" id="error-summary-title">
                {title}
            </h2>
            <ul class="error-summary__list">{items}</ul>
        </div>
    }
}

/// The message beside a field that has an error, GOV.UK-style: `prefix` ("Error:") is
/// read to screen-reader users only, before the text. The field points at `id` with
/// `aria-describedby`.
#[component]
pub fn ErrorMessage(
    #[prop(into)] id: String,
    #[prop(into)] prefix: String,
    #[prop(into)] text: String,
) -> impl IntoView {
    view! {
        <p class="error-message" id=id>
            <span class="visually-hidden">{prefix}" "</span>
            {text}
        </p>
    }
}
