//! A text with the small formatting editors may use (`crate::domain::markup`):
//! `**emphasis**` and `[links](/nl/help)`. Everything else is escaped text; a text
//! whose formatting does not parse is shown exactly as written.

use crate::domain::markup::{self, Span};
use leptos::prelude::*;

pub fn rich_text(text: String) -> AnyView {
    let Ok(spans) = markup::parse(&text) else {
        return text.into_any();
    };
    if let [Span::Text(_)] | [] = spans.as_slice() {
        return text.into_any();
    }
    spans
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.to_owned().into_any(),
            Span::Strong(t) => view! { <strong>{t.to_owned()}</strong> }.into_any(),
            Span::Link { text, target } => {
                // Another website opens without telling it where the visitor came from.
                let external = target.starts_with("https://");
                view! {
                    <a href=target.to_owned() rel=external.then_some("noopener noreferrer")>
                        {text.to_owned()}
                    </a>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}
