//! The glossary (issue 12): every term explained in every language, each with an
//! anchor that the self-check's links land on, as plain HTML without JavaScript.

use crate::support;

use axum::http::StatusCode;
use meldwijzer::domain::glossary::TERMS;
use support::pages::{app, page};
use time::macros::date;

const LANGUAGES: [&str; 6] = ["nl", "en", "ar", "tr", "pl", "uk"];

/// The `href`s on a page that point into the glossary, as (language, anchor).
fn glossary_links(html: &str) -> Vec<(String, String)> {
    html.split("href=\"/")
        .skip(1)
        .filter_map(|rest| {
            let href = rest.split('"').next()?;
            let (path, anchor) = href.split_once('#')?;
            let (lang, page) = path.split_once('/')?;
            (page == "glossary").then(|| (lang.to_owned(), anchor.to_owned()))
        })
        .collect()
}

#[tokio::test]
async fn every_term_is_explained_in_every_language() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    for lang in LANGUAGES {
        let (status, html) = page(&app, &format!("/{lang}/glossary")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        let main = html
            .split("<main")
            .nth(1)
            .and_then(|m| m.split("</main>").next())
            .unwrap();
        assert!(main.contains("<h1>"), "{lang}: a heading");
        assert!(
            main.contains("<dl class=\"glossary\">"),
            "{lang}: a definition list"
        );
        assert_eq!(main.matches("<dt ").count(), TERMS.len(), "{lang}");
        assert_eq!(main.matches("<dd>").count(), TERMS.len(), "{lang}");
        for (key, _) in TERMS {
            assert!(
                main.contains(&format!("<dt id=\"{key}\">")),
                "{lang}: #{key}"
            );
        }
        // No message id instead of a text, no unformatted variable.
        assert!(!main.contains(">glossary-"), "{lang}: a message id shows");
        assert!(!main.contains("{$"), "{lang}");
        // The content is plain HTML: no island, nothing that needs a script.
        assert!(
            !main.contains("<script") && !main.contains("leptos-island"),
            "{lang}"
        );
        // Every page links to it from the footer.
        assert!(
            html.contains(&format!("href=\"/{lang}/glossary\"")),
            "{lang}"
        );
    }
    let (_, html) = page(&app, "/ar/glossary").await;
    assert!(html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn the_self_check_links_jargon_to_anchors_that_exist() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let glossary = page(&app, "/nl/glossary").await.1;
    for lang in LANGUAGES {
        // The work question names zzp, WW, ZW, WIA and AOW.
        let (_, question) = page(
            &app,
            &format!("/{lang}/self-check?life-areas=work&_q=life-areas"),
        )
        .await;
        let links = glossary_links(&question);
        for key in ["zzp", "ww", "aow"] {
            assert!(
                links.contains(&(lang.to_owned(), key.to_owned())),
                "{lang}: the work question links #{key}: {links:?}"
            );
        }
        // A result links the jargon in its texts: "De brief van het UWV".
        let (_, result) = page(
            &app,
            &format!("/{lang}/self-check?life-areas=work&work-change=benefit&work-date=2026-03-01"),
        )
        .await;
        let links = glossary_links(&result);
        assert!(
            links.contains(&(lang.to_owned(), "uwv".to_owned())),
            "{lang}: the result links #uwv: {links:?}"
        );
        // Every anchor a page links to exists on the glossary page.
        for (_, anchor) in glossary_links(&question).iter().chain(&links) {
            assert!(
                glossary.contains(&format!("<dt id=\"{anchor}\">")),
                "{lang}: #{anchor} does not resolve"
            );
        }
    }
}

#[tokio::test]
async fn the_information_pages_link_their_jargon_too() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let glossary = page(&app, "/nl/glossary").await.1;
    for lang in LANGUAGES {
        // What we know names the bodies that send signals: DUO, the RDW, the UWV.
        let (_, html) = page(&app, &format!("/{lang}/what-we-know")).await;
        let links = glossary_links(&html);
        for key in ["duo", "rdw", "uwv"] {
            assert!(
                links.contains(&(lang.to_owned(), key.to_owned())),
                "{lang}: what-we-know links #{key}: {links:?}"
            );
        }
        for (_, anchor) in &links {
            assert!(
                glossary.contains(&format!("<dt id=\"{anchor}\">")),
                "{lang}: #{anchor} does not resolve"
            );
        }
    }
}
