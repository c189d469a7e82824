//! `/<lang>/glossary`: difficult words explained (issue 12), and the links to it from
//! the self-check. A definition list (`dl`/`dt`/`dd`) with an anchor per term
//! (`#aow`), so a link lands on the word; plain HTML, no JavaScript.

use crate::components::page_title::PageTitle;
use crate::domain::glossary::{definition_id, link_terms, term_id, terms_in, Segment, TERMS};
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = TERMS
        .iter()
        .map(|(key, _)| {
            view! {
                <dt id=*key>{i18n.t(&term_id(key))}</dt>
                <dd>{i18n.t(&definition_id(key))}</dd>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("glossary-title") description=i18n.t("glossary-summary") />
        <h1>{i18n.t("glossary-title")}</h1>
        <p class="lead">{i18n.t("glossary-intro")}</p>
        <h2>{i18n.t("glossary-list-heading")}</h2>
        <dl class="glossary">{entries}</dl>
        <p>{i18n.t("glossary-ask-us")}</p>
    }
}

/// The words that name each term in the reader's language: the Dutch word (which the
/// translations keep) and the term as this language's glossary writes it.
pub fn words(i18n: &I18n) -> Vec<(&'static str, Vec<String>)> {
    TERMS
        .iter()
        .map(|(key, dutch)| {
            let own = i18n.t(&term_id(key));
            let mut names = vec![(*dutch).to_owned()];
            if own != *dutch && !own.starts_with("glossary-") {
                names.push(own);
            }
            (*key, names)
        })
        .collect()
}

/// The link to a term's explanation.
pub fn term_href(i18n: &I18n, key: &str) -> String {
    format!("{}#{key}", i18n.href("/glossary"))
}

/// A text with the first place of each glossary term linked to its explanation.
pub fn linked_text(i18n: &I18n, text: &str, words: &[(&'static str, Vec<String>)]) -> AnyView {
    link_terms(text, words)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.to_owned().into_any(),
            Segment::Term { text, key } => view! {
                <a class="term" href=term_href(i18n, key)>{text.to_owned()}</a>
            }
            .into_any(),
        })
        .collect_view()
        .into_any()
}

/// "Difficult words: AOW, WW" under a question: links to the explanations of the terms
/// its texts use. Not inside the labels, so a tap on an answer never follows a link.
pub fn terms_note(i18n: &I18n, texts: &[String]) -> Option<AnyView> {
    let words = words(i18n);
    let terms = terms_in(texts, &words);
    if terms.is_empty() {
        return None;
    }
    let count = terms.len();
    let links = terms
        .into_iter()
        .enumerate()
        .map(|(i, (key, text))| {
            let sep = if i + 1 < count { ", " } else { "" };
            view! { <a class="term" href=term_href(i18n, key)>{text}</a>{sep} }
        })
        .collect_view();
    Some(
        view! {
            <p class="hint glossary-note">{i18n.t("glossary-see")} " " {links}</p>
        }
        .into_any(),
    )
}
