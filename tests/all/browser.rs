//! End-to-end tests in Debian's Chromium: language, direction, the language switcher
//! with and without JavaScript, keyboard use and small screens.

use crate::support;

use fantoccini::Locator::Css;
use support::browser::{wait_for, wait_for_url, Browser, PHONE};
use support::spawned::Portal;

/// Every page of the portal, as a path after the language.
const PAGES: [&str; 12] = [
    "",
    "/self-check",
    "/report",
    "/accessibility",
    "/glossary",
    "/duties",
    "/what-to-report",
    "/consequences",
    "/what-we-know",
    "/help",
    "/changes-2026",
    "/bestaat-niet",
];

async fn html_attr(browser: &Browser, name: &str) -> String {
    browser
        .client
        .find(Css("html"))
        .await
        .unwrap()
        .attr(name)
        .await
        .unwrap()
        .unwrap_or_default()
}

/// What is wrong with the page the browser shows (at `path`, for the message): axe-core
/// violations, and scrolling sideways in the window (320 px wide in these tests).
async fn axe_and_width_failures(c: &fantoccini::Client, path: &str) -> Vec<String> {
    let mut failures: Vec<String> = support::browser::axe_violations(c)
        .await
        .into_iter()
        .map(|violation| format!("{path}: {violation}"))
        .collect();
    let overflow = c
        .execute(
            "return document.documentElement.scrollWidth - window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    if overflow.as_i64().unwrap_or(1) > 0 {
        failures.push(format!("{path}: scrolls sideways ({overflow} px)"));
    }
    failures
}

/// A spawned portal and one browser, or `None` when either is not installed.
async fn portal_and_browser(javascript: bool, size: (u32, u32)) -> Option<(Portal, Browser)> {
    let portal = Portal::start()?;
    Some((portal, Browser::start(javascript, size).await?))
}

/// Follows the language switcher's link to `code` and waits for that page.
async fn choose_language(browser: &Browser, portal: &Portal, code: &str) {
    let link = format!(".language-switcher a[hreflang='{code}']");
    browser
        .client
        .find(Css(&link))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_url(&browser.client, &portal.url(&format!("/{code}"))).await;
}

/// x, y, width and height of the first element matching `selector`.
async fn rectangle(browser: &Browser, selector: &str) -> (f64, f64, f64, f64) {
    let element = browser.client.find(Css(selector)).await.unwrap();
    element.rectangle().await.unwrap()
}

/// Opens the Dutch start page, switches to Arabic with the language switcher and checks
/// that the page now runs right to left and that `/` remembers the choice.
async fn switch_language(javascript: bool) {
    let Some((portal, browser)) = portal_and_browser(javascript, PHONE).await else {
        return;
    };
    let c = &browser.client;

    // Headless Chromium asks for English: `/` follows the browser.
    c.goto(&portal.url("/")).await.unwrap();
    wait_for_url(c, &portal.url("/en")).await;
    choose_language(&browser, &portal, "nl").await;
    assert_eq!(html_attr(&browser, "lang").await, "nl");
    assert_eq!(html_attr(&browser, "dir").await, "ltr");
    let h1 = c.find(Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(h1, "Bijstand: wat moet ik doorgeven?");
    let brand = rectangle(&browser, ".brand").await;
    assert!(
        brand.0 < 40.0,
        "Dutch: the brand starts at the left ({brand:?})"
    );

    choose_language(&browser, &portal, "ar").await;
    assert_eq!(html_attr(&browser, "lang").await, "ar");
    assert_eq!(html_attr(&browser, "dir").await, "rtl");
    let current = c
        .find(Css(".language-switcher a[aria-current='true']"))
        .await
        .unwrap();
    assert_eq!(current.attr("lang").await.unwrap().as_deref(), Some("ar"));
    // The layout really mirrors: the brand now ends at the right edge.
    let brand = rectangle(&browser, ".brand").await;
    assert!(
        brand.0 + brand.2 > PHONE.0 as f64 - 40.0,
        "Arabic: the brand ends at the right ({brand:?})"
    );

    // The choice is remembered for the next visit to `/`, above the browser's wish.
    c.goto(&portal.url("/")).await.unwrap();
    wait_for_url(c, &portal.url("/ar")).await;
    browser.close().await;
}

#[tokio::test]
async fn language_switch_with_javascript() {
    switch_language(true).await;
}

#[tokio::test]
async fn language_switch_without_javascript() {
    switch_language(false).await;
}

/// The print button is an island: hidden in the server's HTML and shown when its
/// WebAssembly runs. So it tells whether islands hydrate under the page's CSP with
/// JavaScript on, and proves that JavaScript is really off in the no-JS browser.
async fn print_button_visible(javascript: bool) -> bool {
    let Some((portal, browser)) = portal_and_browser(javascript, PHONE).await else {
        return javascript;
    };
    let c = &browser.client;
    c.goto(&portal.url("/nl/duties")).await.unwrap();
    let button = c.find(Css("leptos-island button")).await.unwrap();
    let visible = if javascript {
        // Fails the test on a timeout, as a hidden button would.
        wait_for(c, "leptos-island button:not([hidden])").await;
        true
    } else {
        // Wait until the page has fully loaded (and any script would have run).
        wait_for(c, "footer").await;
        button.is_displayed().await.unwrap()
    };
    browser.close().await;
    visible
}

#[tokio::test]
async fn islands_hydrate_with_javascript() {
    assert!(print_button_visible(true).await);
}

#[tokio::test]
async fn javascript_off_really_is_off() {
    assert!(!print_button_visible(false).await);
}

#[tokio::test]
async fn keyboard_users_meet_the_skip_link_first_and_see_focus() {
    let Some((portal, browser)) = portal_and_browser(true, PHONE).await else {
        return;
    };
    let c = &browser.client;
    c.goto(&portal.url("/nl")).await.unwrap();
    c.find(Css("body"))
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap(); // Tab
    let focused = c.active_element().await.unwrap();
    assert_eq!(
        focused.attr("class").await.unwrap().as_deref(),
        Some("skip-link")
    );
    let outline = focused.css_value("outline-style").await.unwrap();
    assert_eq!(outline, "solid", "focus must be visible");
    browser.close().await;
}

#[tokio::test]
async fn every_page_in_every_language_passes_axe_and_fits_320px() {
    let Some((portal, browser)) = portal_and_browser(true, (320, 800)).await else {
        return;
    };
    let c = &browser.client;
    let mut failures = Vec::new();
    let mut checked = 0;
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        for page in PAGES {
            let path = format!("/{lang}{page}");
            c.goto(&portal.url(&path)).await.unwrap();
            failures.extend(axe_and_width_failures(c, &path).await);
            checked += 1;
        }
    }
    browser.close().await;
    assert_eq!(checked, 6 * PAGES.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 11, item 8: a request the portal cannot take (here a GET of an address that
/// only takes a form) gets the portal's own page in the visitor's language and
/// direction, which passes axe and fits 320 px, instead of the framework's English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusal_pages_speak_the_visitors_language_and_pass_axe() {
    let Some((portal, browser)) = portal_and_browser(true, (320, 800)).await else {
        return;
    };
    let c = &browser.client;
    let mut failures = Vec::new();
    for (lang, dir) in [("nl", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("uk", "ltr")] {
        let path = format!("/{lang}/report/submit");
        assert_eq!(portal.status(&path), Some(405), "{path}");
        c.goto(&portal.url(&path)).await.unwrap();
        wait_for(c, "main#main h1").await;
        assert_eq!(html_attr(&browser, "lang").await, lang, "{path}");
        assert_eq!(html_attr(&browser, "dir").await, dir, "{path}");
        let heading = c.find(Css("main h1")).await.unwrap().text().await.unwrap();
        assert!(!heading.trim().is_empty(), "{path}: a heading");
        failures.extend(axe_and_width_failures(c, &path).await);
    }
    browser.close().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
