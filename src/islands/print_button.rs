use leptos::prelude::*;

/// "Print this page". Rendered hidden on the server and shown once the island runs:
/// without JavaScript a print button could not work, and the browser's own print
/// command still does (the print styles hide navigation).
#[island]
pub fn PrintButton(label: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    view! {
        <p class="no-print">
            <button
                type="button"
                class="button button--secondary"
                hidden=move || !ready.get()
                on:click=move |_| {
                    let _ = window().print();
                }
            >
                {label}
            </button>
        </p>
    }
}
