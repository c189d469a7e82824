//! The portal's multi-line text field. Every `<textarea>` goes through here, because
//! Leptos (tachys) writes a textarea's children into the HTML *as they are*: it treats
//! the element like `<script>`, so a typed `</textarea><meta http-equiv=refresh …>`
//! would close the field and become markup. The text is escaped here instead.

use leptos::prelude::*;

/// A `<textarea>` showing `value` as text. Server-rendered only (the islands never
/// draw one): in the browser the escaped text would be shown literally.
#[component]
pub fn TextArea(
    id: String,
    name: &'static str,
    rows: String,
    /// The text in the field, exactly as typed.
    value: String,
    /// The ids of the hint and the error message.
    described_by: Option<String>,
    #[prop(optional)] invalid: bool,
    #[prop(optional)] lang: Option<String>,
    #[prop(optional)] dir: Option<&'static str>,
    #[prop(optional)] spellcheck: Option<&'static str>,
) -> impl IntoView {
    view! {
        <textarea
            class="textarea"
            id=id
            name=name
            rows=rows
            lang=lang
            dir=dir
            spellcheck=spellcheck
            aria-describedby=described_by
            aria-invalid=invalid.then_some("true")
        >
            {textarea_text(&value)}
        </textarea>
    }
}

/// `value` as the content of a `<textarea>` in HTML: `&`, `<` and `>` as character
/// references, and a leading line break doubled, because the HTML parser drops one
/// line break right after the start tag.
pub fn textarea_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    if value.starts_with(['\n', '\r']) {
        out.push('\n');
    }
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::textarea_text;

    #[test]
    fn escapes_what_could_end_the_field() {
        let cases = [
            ("", ""),
            ("gewoon", "gewoon"),
            ("a & b", "a &amp; b"),
            (
                "</textarea><meta http-equiv=refresh>",
                "&lt;/textarea&gt;&lt;meta http-equiv=refresh&gt;",
            ),
            ("&lt;", "&amp;lt;"),
            ("\nregel", "\n\nregel"),
            ("\r\nregel", "\n\r\nregel"),
            ("regel\n", "regel\n"),
            ("\"quotes' stay", "\"quotes' stay"),
        ];
        for (value, html) in cases {
            assert_eq!(textarea_text(value), html, "{value:?}");
        }
    }
}
