//! The information pages: what the duties are, what to report, what happens if you
//! don't, what the municipality already knows, where to get help, what changes in 2026.
//! One component renders them all from their outline and their texts.

pub mod outline;

use crate::components::{contact::ContactDetails, page_title::PageTitle, rich_text::rich_text};
use crate::i18n::use_i18n;
use crate::islands::print_button::PrintButton;
use leptos::prelude::*;
use leptos_meta::Meta;
use outline::{Block, Outline};

/// Every information page: its message key and its address under `/<lang>/`.
pub const INFO_PAGES: [(&str, &str); 6] = [
    ("duties", "/duties"),
    ("what-to-report", "/what-to-report"),
    ("consequences", "/consequences"),
    ("what-we-know", "/what-we-know"),
    ("help", "/help"),
    ("changes-2026", "/changes-2026"),
];

/// Whether message `id` is running text of an information page: the only texts drawn
/// with [`rich_text`], so the only ones where emphasis and links show as such.
pub fn shows_formatting(id: &str, catalog: &crate::i18n::Catalog) -> bool {
    let Some(rest) = id.strip_prefix("info-") else {
        return false;
    };
    INFO_PAGES
        .iter()
        .filter(|(key, _)| rest.starts_with(&format!("{key}-")))
        .any(|(key, _)| {
            Outline::from_ids(key, catalog.source_ids())
                .text_ids()
                .contains(&id)
        })
}

#[component]
pub fn InfoPage(key: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let outline = Outline::from_ids(key, i18n.catalog.source_ids());
    let msg = |suffix: &str| i18n.t(&format!("info-{key}-{suffix}"));
    let title = msg("title");

    let short = outline
        .short
        .iter()
        .map(|id| view! { <li>{rich_text(i18n.t(id))}</li> })
        .collect_view();
    let toc = outline
        .sections
        .iter()
        .map(|s| {
            view! {
                <li>
                    <a href=format!("#s-{}", s.name)>{i18n.t(&s.heading)}</a>
                </li>
            }
        })
        .collect_view();
    let sections = outline
        .sections
        .iter()
        .map(|s| {
            let anchor = format!("s-{}", s.name);
            let labelled_by = anchor.clone();
            let blocks = s
                .blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(id) => view! { <p>{rich_text(i18n.t(id))}</p> }.into_any(),
                    Block::List(items) => {
                        let items = items
                            .iter()
                            .map(|id| view! { <li>{rich_text(i18n.t(id))}</li> })
                            .collect_view();
                        view! { <ul>{items}</ul> }.into_any()
                    }
                })
                .collect_view();
            // Jargon in the section links to the glossary from a note under it, as under
            // a self-check question (the running text keeps its own links and emphasis).
            let texts: Vec<String> = s
                .blocks
                .iter()
                .flat_map(|block| match block {
                    Block::Paragraph(id) => vec![i18n.t(id)],
                    Block::List(items) => items.iter().map(|id| i18n.t(id)).collect(),
                })
                .collect();
            let terms = crate::pages::glossary::terms_note(&i18n, &texts);
            view! {
                <section class="info-section" aria-labelledby=labelled_by>
                    <h2 id=anchor>{i18n.t(&s.heading)}</h2>
                    {blocks}
                    {terms}
                </section>
            }
        })
        .collect_view();

    view! {
        <PageTitle text=title.clone() />
        <Meta name="description" content=msg("summary") />
        <article class="info-page">
            <h1>{title}</h1>
            <section class="in-short" aria-labelledby="in-short-heading">
                <h2 id="in-short-heading">{i18n.t("info-in-short")}</h2>
                <ul>{short}</ul>
            </section>
            <nav class="on-this-page no-print" aria-labelledby="on-this-page-heading">
                <h2 id="on-this-page-heading">{i18n.t("info-on-this-page")}</h2>
                <ul>{toc}</ul>
            </nav>
            {sections}
            {(key == "help").then(|| view! { <ContactDetails heading_id="help-contact" /> })}
            <NextSteps />
            <PrintButton label=i18n.t("info-print") />
            <OtherInfoPages current=key />
        </article>
    }
}

/// "What can you do now?": the self-check, reporting a change, or calling us.
#[component]
fn NextSteps() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="next-steps" aria-labelledby="next-steps-heading">
            <h2 id="next-steps-heading">{i18n.t("info-next-heading")}</h2>
            <ul>
                <li>
                    <a href=i18n.href("/self-check")>{i18n.t("info-next-check")}</a>
                </li>
                <li>
                    <a href=i18n.href("/report")>{i18n.t("info-next-report")}</a>
                </li>
                <li>{i18n.t("info-next-contact")}</li>
            </ul>
        </section>
    }
}

/// Links between the information pages.
#[component]
pub fn OtherInfoPages(#[prop(optional)] current: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let links = INFO_PAGES
        .iter()
        .map(|(key, path)| {
            view! {
                <li>
                    <a
                        href=i18n.href(path)
                        aria-current=(*key == current).then_some("page")
                    >
                        {i18n.t(&format!("info-{key}-nav"))}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="info-pages no-print" aria-labelledby="info-pages-heading">
            <h2 id="info-pages-heading">{i18n.t("info-more-heading")}</h2>
            <ul>{links}</ul>
        </nav>
    }
}
