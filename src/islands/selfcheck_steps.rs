//! Makes the self-check's steps load without a page load. The server renders every
//! step as a plain page (forms and links that work without JavaScript); this island
//! only changes how a step is fetched: it catches the step forms and links inside
//! `#selfcheck`, fetches the same URL, and swaps in the `#selfcheck` part of the answer.
//! The URL in the address bar follows, so back, reload and sharing behave as without
//! JavaScript, and the resident sees exactly what the server would have shown.
//!
//! No texts and no rules are compiled into the WebAssembly: everything shown comes
//! from the server's HTML.

use leptos::prelude::*;

#[island]
pub fn SelfCheckSteps() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::install());
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, Element, Event, FormData, HtmlElement, HtmlFormElement, MouseEvent,
        Response, SupportedType, UrlSearchParams,
    };

    const CONTAINER: &str = "selfcheck";
    /// Parts outside the container that depend on the URL: the language links carry
    /// the answers, so switching language keeps them.
    const ALSO_REPLACED: [&str; 1] = [".language-switcher"];

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    pub fn install() {
        let Some(container) = document().and_then(|d| d.get_element_by_id(CONTAINER)) else {
            return;
        };
        reveal_print_buttons(&container);

        let on_submit = Closure::<dyn Fn(Event)>::new(|event: Event| {
            let Some(form) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
                .filter(|f| f.has_attribute("data-step"))
            else {
                return;
            };
            let Ok(data) = FormData::new_with_form(&form) else {
                return;
            };
            let Ok(params) = UrlSearchParams::new_with_str_sequence_sequence(&data) else {
                return;
            };
            event.prevent_default();
            let query = String::from(params.to_string());
            load(format!("{}?{query}", form.action()), true);
        });
        let on_click = Closure::<dyn Fn(MouseEvent)>::new(|event: MouseEvent| {
            // Let the browser handle "open in new tab" and the like.
            if event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Ok(Some(_)) = target.closest("[data-print]") {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
                return;
            }
            if let Ok(Some(link)) = target.closest("a[data-step]") {
                if let Some(href) = link.get_attribute("href") {
                    event.prevent_default();
                    load(absolute(&href), true);
                }
            }
        });
        let on_popstate = Closure::<dyn Fn(Event)>::new(|_| {
            if let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) {
                load(href, false);
            }
        });
        let _ = container
            .add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        let _ =
            container.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
        }
        // The listeners live as long as the page.
        on_submit.forget();
        on_click.forget();
        on_popstate.forget();
        // Says that steps now load in place: before this, a click still loads a page.
        let _ = container.set_attribute("data-enhanced", "");
    }

    fn absolute(href: &str) -> String {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        if href.starts_with('/') {
            format!("{origin}{href}")
        } else {
            href.to_owned()
        }
    }

    fn reveal_print_buttons(root: &Element) {
        if let Ok(buttons) = root.query_selector_all("[data-print]") {
            for i in 0..buttons.length() {
                if let Some(button) = buttons.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = button.remove_attribute("hidden");
                }
            }
        }
    }

    /// Fetches `url` and shows its step; on any failure, goes there the ordinary way.
    fn load(url: String, push: bool) {
        leptos::task::spawn_local(async move {
            if swap(&url, push).await.is_err() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign(&url);
                }
            }
        });
    }

    async fn swap(url: &str, push: bool) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let response: Response = JsFuture::from(window.fetch_with_str(url))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::NULL);
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .ok_or(JsValue::NULL)?;
        let fresh = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let container = document.get_element_by_id(CONTAINER).ok_or(JsValue::NULL)?;
        let next = fresh.get_element_by_id(CONTAINER).ok_or(JsValue::NULL)?;
        container.set_inner_html(&next.inner_html());
        for selector in ALSO_REPLACED {
            if let (Some(old), Some(new)) = (
                document.query_selector(selector)?,
                fresh.query_selector(selector)?,
            ) {
                old.set_inner_html(&new.inner_html());
            }
        }
        document.set_title(&fresh.title());
        if push {
            window
                .history()?
                .push_state_with_url(&JsValue::NULL, "", Some(url))?;
        }
        reveal_print_buttons(&container);
        window.scroll_to_with_x_and_y(0.0, 0.0);
        // Tell screen readers where they are: the error summary, else the heading.
        let focus = container
            .query_selector(".error-summary")?
            .or(container.query_selector("h1")?);
        if let Some(element) = focus.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            if !element.has_attribute("tabindex") {
                element.set_attribute("tabindex", "-1")?;
            }
            element.focus()?;
        }
        Ok(())
    }
}
