//! The text editor's plain-language helper and preview, as the editor types.
//!
//! The server renders the helper's figures (Dutch texts only) and the phone preview,
//! and both work without JavaScript: "Voorbeeld bekijken" posts the form. With
//! WebAssembly this island, after a pause in typing, posts the form as "preview" (same
//! origin, with the form's `_csrf` field) and puts the preview and the figures of the
//! answer in place. Only the verdict sits in an `aria-live` region, and it is written
//! only when it changes, so a screen reader hears "B1" or "harder than B1", not every
//! number.
//!
//! The figures are measured on the server, not here: the measuring code and its
//! Unicode tables would add about 15 KB (gzip) to the WebAssembly that every resident
//! downloads, for a page only staff open. Nothing is compiled in but element ids.

use leptos::prelude::*;

/// Element ids shared by the page (`crate::pages::staff::texts`) and the island.
pub mod ids {
    pub const FIELD: &str = "value";
    pub const SECTION: &str = "readability";
    pub const VERDICT: &str = "readability-verdict";
    pub const FIGURES: &str = "readability-figures";
    pub const SCORE: &str = "readability-score";
    pub const LONG_SENTENCES: &str = "readability-long-sentences";
    pub const LONG_WORDS: &str = "readability-long-words";
    pub const PREVIEW: &str = "text-preview";
    /// "Changes as you type": shown only when the island runs.
    pub const LIVE_HINT: &str = "text-live-hint";
}

/// Mounted on every edit page; the figures exist on Dutch texts only.
#[island]
pub fn TextHelper() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::install());
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::ids;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, FormData, HtmlFormElement, HtmlTextAreaElement, RequestInit, Response,
        SupportedType, UrlSearchParams,
    };

    /// The pause in typing after which the preview and figures are fetched.
    const PREVIEW_DELAY_MS: i32 = 600;

    pub fn install() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let Some(field) = document
            .get_element_by_id(ids::FIELD)
            .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let form = field.form();
        if let Some(hint) = document.get_element_by_id(ids::LIVE_HINT) {
            let _ = hint.remove_attribute("hidden");
        }
        // Every fetch gets a number; only the answer to the latest is shown.
        let latest = Rc::new(Cell::new(0u32));
        let fetch_preview = Closure::<dyn Fn()>::new(move || {
            let Some(form) = form.clone() else {
                return;
            };
            let number = latest.get().wrapping_add(1);
            latest.set(number);
            let latest = latest.clone();
            leptos::task::spawn_local(async move {
                let _ = preview(&form, number, &latest).await;
            });
        });
        let timer = Cell::new(None::<i32>);
        let on_input = Closure::<dyn Fn()>::new(move || {
            if let Some(handle) = timer.take() {
                window.clear_timeout_with_handle(handle);
            }
            timer.set(
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        fetch_preview.as_ref().unchecked_ref(),
                        PREVIEW_DELAY_MS,
                    )
                    .ok(),
            );
        });
        let _ = field.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_input.forget();
    }

    /// Posts the form as "preview" and puts the preview and the figures of the answer
    /// in place: the page with the text (200), or "no preview, the text has an error"
    /// (422).
    async fn preview(
        form: &HtmlFormElement,
        number: u32,
        latest: &Cell<u32>,
    ) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let data = FormData::new_with_form(form)?;
        data.set_with_str("action", "preview")?;
        let body = UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        // The attribute, not `form.action`: the buttons named "action" shadow that.
        let url = form.get_attribute("action").ok_or(JsValue::NULL)?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
            .await?
            .dyn_into()?;
        if !(response.ok() || response.status() == 422) {
            return Err(JsValue::NULL);
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .ok_or(JsValue::NULL)?;
        if latest.get() != number {
            // The editor typed on: a newer answer is on its way.
            return Ok(());
        }
        let fresh = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        for id in [
            ids::PREVIEW,
            ids::FIGURES,
            ids::SCORE,
            ids::LONG_SENTENCES,
            ids::LONG_WORDS,
        ] {
            swap(&document, &fresh, id);
        }
        show_verdict(&document, &fresh);
        Ok(())
    }

    /// Puts the content and visibility of element `id` of `fresh` into the page.
    fn swap(document: &Document, fresh: &Document, id: &str) {
        let (Some(current), Some(next)) =
            (document.get_element_by_id(id), fresh.get_element_by_id(id))
        else {
            return;
        };
        if current.inner_html() != next.inner_html() {
            current.set_inner_html(&next.inner_html());
        }
        copy_attribute(&current, &next, "hidden");
    }

    /// The block's look (B1 or not, hidden without sentences) and the verdict, which is
    /// written only when it changed: it sits in a live region.
    fn show_verdict(document: &Document, fresh: &Document) {
        if let (Some(current), Some(next)) = (
            document.get_element_by_id(ids::SECTION),
            fresh.get_element_by_id(ids::SECTION),
        ) {
            copy_attribute(&current, &next, "class");
            copy_attribute(&current, &next, "hidden");
        }
        let (Some(current), Some(next)) = (
            document.get_element_by_id(ids::VERDICT),
            fresh.get_element_by_id(ids::VERDICT),
        ) else {
            return;
        };
        let text = next.text_content();
        if current.text_content() != text {
            if let Ok(Some(strong)) = current.query_selector("strong") {
                strong.set_text_content(text.as_deref());
            }
        }
    }

    fn copy_attribute(current: &web_sys::Element, next: &web_sys::Element, name: &str) {
        let _ = match next.get_attribute(name) {
            Some(value) => current.set_attribute(name, &value),
            None => current.remove_attribute(name),
        };
    }
}
