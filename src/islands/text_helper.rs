//! The text editor's plain-language helper and preview, as the editor types.
//!
//! The server renders the helper's figures (Dutch texts only) and the phone preview,
//! and both work without JavaScript: "Voorbeeld bekijken" posts the form. With
//! WebAssembly this island listens to the text box and
//! - measures the text at every keystroke with `crate::domain::readability` (the same
//!   code the server runs) and writes the figures into the server's block; only the
//!   verdict sits in an `aria-live` region, and it changes only when the verdict
//!   does, so a screen reader hears "B1" or "harder than B1", not every number;
//! - after a pause in typing, posts the form as "preview" (same origin, with the
//!   form's `_csrf` field) and puts the preview of the answer in place.
//!
//! No texts are compiled in: the labels come as props, formatted by the server in the
//! staff member's language with marks (`{sentences}`, …) for the figures.

use crate::domain::readability::{self, Readability};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Marks in [`HelperTexts`] that the figures replace.
pub const MARK_SENTENCES: &str = "{sentences}";
pub const MARK_AVERAGE: &str = "{average}";
pub const MARK_LONGEST: &str = "{longest}";
pub const MARK_SCORE: &str = "{score}";

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

/// The helper's texts in the reader's language, with the marks above for the figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelperTexts {
    pub b1: String,
    pub not_b1: String,
    /// With [`MARK_SENTENCES`], [`MARK_AVERAGE`] and [`MARK_LONGEST`].
    pub sentences: String,
    /// With [`MARK_SCORE`].
    pub score: String,
}

impl HelperTexts {
    pub fn verdict(&self, r: &Readability) -> &str {
        if r.is_b1() {
            &self.b1
        } else {
            &self.not_b1
        }
    }

    pub fn sentences_line(&self, r: &Readability) -> String {
        self.sentences
            .replace(MARK_SENTENCES, &r.sentences.to_string())
            .replace(MARK_AVERAGE, &one_decimal(r.average_sentence))
            .replace(MARK_LONGEST, &r.longest_sentence.to_string())
    }

    pub fn score_line(&self, r: &Readability) -> String {
        self.score
            .replace(MARK_SCORE, &(r.flesch_douma.round() as i64).to_string())
    }
}

/// `3.5`: one decimal without the float formatting machinery (smaller WebAssembly).
fn one_decimal(x: f64) -> String {
    let tenths = (x.abs() * 10.0).round() as u64;
    let sign = if x < 0.0 && tenths > 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The class of the helper's block.
pub fn section_class(r: &Readability) -> &'static str {
    if r.is_b1() {
        "readability readability--ok"
    } else {
        "readability readability--warn"
    }
}

/// Words of five syllables or more, or of fourteen letters or more: candidates for a
/// shorter, more common word. (The same rule as the server's figures.)
pub fn long_words(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let long = word.chars().count() >= 14 || readability::syllables(word) >= 5;
        if long && word.chars().any(char::is_alphabetic) && !seen.iter().any(|w| w == word) {
            seen.push(word.to_owned());
        }
    }
    seen
}

/// The figures and long words of a text box's value, as the server measures them.
pub fn measure(value: &str) -> (Readability, Vec<String>) {
    let plain = readability::without_placeables(value);
    (readability::measure([plain.as_str()]), long_words(&plain))
}

/// `texts` is given on a Dutch text (the helper), `None` on a translation (the
/// preview only).
#[island]
pub fn TextHelper(texts: Option<HelperTexts>) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::install(texts.clone()));
    #[cfg(not(feature = "hydrate"))]
    let _ = texts;
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{ids, measure, section_class, HelperTexts};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, Element, FormData, HtmlFormElement, HtmlTextAreaElement, RequestInit,
        Response, SupportedType, UrlSearchParams,
    };

    /// The pause in typing after which the preview is fetched.
    const PREVIEW_DELAY_MS: i32 = 600;

    pub fn install(texts: Option<HelperTexts>) {
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
        let target = field.clone();
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
            if let Some(texts) = &texts {
                show_figures(&document, texts, &field.value());
            }
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
        let _ = target.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_input.forget();
    }

    fn set_text(document: &Document, id: &str, text: &str) {
        if let Some(element) = document.get_element_by_id(id) {
            // Unchanged text is left alone: a live region would announce it again.
            if element.text_content().as_deref() != Some(text) {
                element.set_text_content(Some(text));
            }
        }
    }

    fn set_hidden(element: &Element, hidden: bool) {
        let _ = if hidden {
            element.set_attribute("hidden", "")
        } else {
            element.remove_attribute("hidden")
        };
    }

    /// Fills the list in block `id` with `items`; an empty list hides the block.
    fn fill_list(document: &Document, id: &str, items: &[String]) {
        let Some(block) = document.get_element_by_id(id) else {
            return;
        };
        set_hidden(&block, items.is_empty());
        let Ok(Some(list)) = block.query_selector("ul") else {
            return;
        };
        list.set_text_content(None);
        for item in items {
            if let Ok(li) = document.create_element("li") {
                let _ = li.set_attribute("lang", "nl");
                li.set_text_content(Some(item));
                let _ = list.append_child(&li);
            }
        }
    }

    fn show_figures(document: &Document, texts: &HelperTexts, value: &str) {
        let Some(section) = document.get_element_by_id(ids::SECTION) else {
            return;
        };
        let (r, words) = measure(value);
        set_hidden(&section, r.sentences == 0);
        let _ = section.set_attribute("class", section_class(&r));
        if let Ok(Some(verdict)) = section.query_selector(&format!("#{} strong", ids::VERDICT)) {
            let text = texts.verdict(&r);
            if verdict.text_content().as_deref() != Some(text) {
                verdict.set_text_content(Some(text));
            }
        }
        set_text(document, ids::FIGURES, &texts.sentences_line(&r));
        set_text(document, ids::SCORE, &texts.score_line(&r));
        fill_list(document, ids::LONG_SENTENCES, &r.too_long);
        fill_list(document, ids::LONG_WORDS, &words);
    }

    /// Posts the form as "preview" and shows the preview of the answer: the page
    /// with the text (200), or "no preview, the text has an error" (422).
    async fn preview(
        form: &HtmlFormElement,
        number: u32,
        latest: &Cell<u32>,
    ) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let data = FormData::new_with_form(form)?;
        data.set_with_str("action", "preview")?;
        let body = UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        let response: Response =
            JsFuture::from(window.fetch_with_str_and_init(&form.action(), &init))
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
            // The editor typed on: a newer preview is on its way.
            return Ok(());
        }
        let fresh = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let next = fresh.get_element_by_id(ids::PREVIEW).ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let current = document
            .get_element_by_id(ids::PREVIEW)
            .ok_or(JsValue::NULL)?;
        current.set_inner_html(&next.inner_html());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> HelperTexts {
        HelperTexts {
            b1: "B1".into(),
            not_b1: "not B1".into(),
            sentences: "{sentences} zinnen, gemiddeld {average}, langste {longest}.".into(),
            score: "Score {score}.".into(),
        }
    }

    #[test]
    fn figures_fill_the_marks() {
        let (r, words) = measure("Geef het door. Wij helpen u graag! Bel { $phone }.");
        let t = texts();
        assert_eq!(t.verdict(&r), "B1");
        assert_eq!(t.sentences_line(&r), "3 zinnen, gemiddeld 3.0, langste 4.");
        assert!(t.score_line(&r).starts_with("Score "));
        assert!(words.is_empty());
        assert_eq!(section_class(&r), "readability readability--ok");
    }

    #[test]
    fn one_decimal_rounds() {
        for (x, expected) in [
            (0.0, "0.0"),
            (3.0, "3.0"),
            (3.04, "3.0"),
            (3.06, "3.1"),
            (12.349, "12.3"),
            (-0.04, "0.0"),
            (-2.5, "-2.5"),
        ] {
            assert_eq!(one_decimal(x), expected, "{x}");
        }
    }

    #[test]
    fn long_words_once_each() {
        let words = long_words(
            "De inlichtingenplicht en de inlichtingenplicht; arbeidsongeschiktheidsverzekering.",
        );
        assert_eq!(
            words,
            ["inlichtingenplicht", "arbeidsongeschiktheidsverzekering"]
        );
        assert!(long_words("Bel ons.").is_empty());
    }
}
