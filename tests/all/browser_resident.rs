//! Issue 19 in Debian's Chromium: residents sign in with DigiD through the real test
//! provider (`tests/oidc/provider.mjs`, npm `oidc-provider` 8.8.1) and its own login
//! page, against a spawned portal in identity mode `digid` on a port of its own.
//!
//! One run, one portal, one log: a resident sends a notice, finds it under "my
//! notices", signs out (here and at the provider) and cannot reach it afterwards; then,
//! in each of the six languages, axe-core checks every page of signing in: the report
//! start page, the message after cancelling at DigiD, the identity step with DigiD's
//! proof, "my notices" with one notice and empty, the message after signing out, and
//! the pages for a level that is too low, for no BSN and for a sign-in that failed. At
//! the end no BSN of any test resident may be in the portal's log (at `debug`, so the
//! `INFO` line of every sign-in is in it) or in any address the browsers requested,
//! also not inside a token (base64).

use crate::support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::Client;
use fantoccini::Locator::Css;
use serde_json::json;
use std::path::PathBuf;
use support::browser::{
    assert_accessible, click, poll, set_value, type_into, wait_for, Browser, PHONE,
};
use support::oidc::{self, Provider};
use support::spawned::{free_port, Portal};

/// What resident A writes in the notice: the receipt has it.
const DESCRIPTION: &str = "Mijn huur is per maart hoger.";

const LANGUAGES: [&str; 6] = ["nl", "en", "ar", "pl", "tr", "uk"];

/// The portal, the provider it signs residents in at, the portal's log file, and
/// every address the browsers showed or requested.
struct Run {
    provider: Provider,
    portal: Portal,
    log: PathBuf,
    urls: Vec<String>,
    _dir: tempfile::TempDir,
}

impl Run {
    /// `None` when the portal's binary, the provider or the browser is not installed.
    async fn start() -> Option<Run> {
        support::spawned::binary()?;
        let port = free_port();
        let redirect = oidc::redirect_url(&format!("http://127.0.0.1:{port}"));
        let provider = Provider::start_for(&redirect).await?;
        let dir = tempfile::tempdir().unwrap();
        let settings =
            oidc::settings_file_for(dir.path(), "digid", &provider.issuer, &redirect, 10);
        let log = dir.path().join("portal.log");
        let env = [
            ("MELDWIJZER_SETTINGS", settings.display().to_string()),
            (
                "MELDWIJZER_DIGID_CLIENT_SECRET",
                oidc::CLIENT_SECRET.to_owned(),
            ),
            ("MELDWIJZER_TODAY", "2026-03-10".to_owned()),
            ("MELDWIJZER_LOG", "debug".to_owned()),
        ];
        let portal = Portal::start_on(port, &env, &log)?;
        Some(Run {
            provider,
            portal,
            log,
            urls: Vec::new(),
            _dir: dir,
        })
    }

    fn url(&self, path: &str) -> String {
        self.portal.url(path)
    }

    /// Keeps the address the browser shows now.
    async fn note(&mut self, c: &Client) {
        self.urls.push(c.current_url().await.unwrap().to_string());
    }

    /// Keeps the address the browser shows now and every request it made so far.
    async fn note_all(&mut self, browser: &Browser) {
        self.note(&browser.client).await;
        self.urls.extend(browser.requested_urls().await);
    }
}

async fn press_continue(c: &Client) {
    click(c, "main form button[type=submit]:not(.button--link)").await;
}

/// Whether the page has an element that matches `css`.
async fn has(c: &Client, css: &str) -> bool {
    match c.find(Css(css)).await {
        Ok(_) => true,
        Err(CmdError::Standard(e)) if e.error == ErrorStatus::NoSuchElement => false,
        Err(error) => panic!("{css}: {error}"),
    }
}

async fn text(element: Element) -> String {
    element.text().await.unwrap()
}

async fn main_text(c: &Client) -> String {
    text(c.find(Css("body")).await.unwrap()).await
}

/// Waits until the browser shows a page of the portal at `path` (query ignored).
async fn wait_for_path(c: &Client, portal: &Portal, path: &str) {
    let want = portal.url(path);
    poll(&format!("a page at {path}"), || async {
        let url = c.current_url().await?;
        let here = format!("{}{}", url.origin().ascii_serialization(), url.path());
        Ok((here == want).then_some(()))
    })
    .await;
    wait_for(c, "main#main").await;
}

/// Waits for the test provider's own login page and asserts that it is the provider's.
async fn wait_for_provider_login(c: &Client, provider: &Provider) {
    wait_for(c, "input#login").await;
    let at = c.current_url().await.unwrap().to_string();
    assert!(
        at.starts_with(&format!("{}/interaction/", provider.issuer)),
        "the provider's login page: {at}"
    );
}

/// At the provider's login page: signs in as `account`.
async fn sign_in_at_provider(c: &Client, provider: &Provider, account: &str) {
    wait_for_provider_login(c, provider).await;
    type_into(c, "login", account).await;
    click(c, "button#sign-in").await;
}

/// Presses the portal's sign-out button, then "Yes, sign me out" on the provider's
/// sign-out page, and waits for the start page in `lang` that says so.
async fn sign_out(c: &Client, run: &Run, lang: &str) {
    click(c, "form.sign-out button").await;
    let yes = wait_for(c, "button[name=logout]").await;
    let at = c.current_url().await.unwrap().to_string();
    assert!(
        at.starts_with(&run.provider.issuer),
        "the provider's sign-out page: {at}"
    );
    yes.click().await.unwrap();
    wait_for_path(c, &run.portal, &format!("/{lang}")).await;
    let url = c.current_url().await.unwrap();
    assert_eq!(url.query(), Some("digid=signed-out"), "{url}");
    wait_for(c, ".callout[role=status]").await;
}

/// A text of the catalog, read from `locales/<lang>/<file>.ftl` (single-line messages).
fn message(lang: &str, file: &str, id: &str) -> String {
    let path = support::project_path(&format!("locales/{lang}/{file}.ftl"));
    let source = std::fs::read_to_string(&path).unwrap();
    source
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {}", path.display()))
        .trim()
        .to_owned()
}

async fn html_lang(c: &Client) -> String {
    c.find(Css("html"))
        .await
        .unwrap()
        .attr("lang")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// The resident's way through the notice in Dutch; the reference of the sent notice.
async fn send_a_notice_and_find_it(run: &mut Run, browser: Browser) -> String {
    let c = &browser.client;

    // The notice cannot start without DigiD: its first step sends the resident to
    // the provider's own login page.
    c.goto(&run.url("/nl/report")).await.unwrap();
    wait_for(c, "#digid-required").await;
    run.note(c).await;
    click(c, "a.button--start").await;
    wait_for_provider_login(c, &run.provider).await;
    run.note(c).await;
    sign_in_at_provider(c, &run.provider, oidc::RESIDENT_A).await;

    // Back at the step: name and BSN come from DigiD, the BSN masked, neither asked.
    wait_for_path(c, &run.portal, "/nl/report/identity").await;
    run.note(c).await;
    let proof = text(wait_for(c, "#digid-proof").await).await;
    assert!(proof.contains("Fatima El Amrani"), "{proof}");
    assert!(proof.contains("******333"), "the masked BSN: {proof}");
    assert!(!main_text(c).await.contains(oidc::BSN_A), "no full BSN");
    for field in ["#f-bsn", "#f-name"] {
        assert!(!has(c, field).await, "{field} is not asked");
    }
    set_value(c, "f-date-of-birth", "1985-04-02").await;
    click(c, "label[for='f-partner-no']").await;
    press_continue(c).await;

    wait_for_path(c, &run.portal, "/nl/report/changes").await;
    run.note(c).await;
    click(c, "label[for='f-kind-other']").await;
    press_continue(c).await;

    wait_for_path(c, &run.portal, "/nl/report/details/other").await;
    run.note(c).await;
    type_into(c, "f-description", DESCRIPTION).await;
    set_value(c, "f-date", "2026-03-01").await;
    press_continue(c).await;

    wait_for_path(c, &run.portal, "/nl/report/check").await;
    run.note(c).await;
    let check = main_text(c).await;
    assert!(check.contains("Fatima El Amrani"), "{check}");
    click(c, "label[for='f-declaration']").await;
    click(c, "form[action$='/report/submit'] button").await;

    wait_for_path(c, &run.portal, "/nl/report/received").await;
    run.note(c).await;
    let reference = text(c.find(Css("#reference")).await.unwrap()).await;
    assert!(
        meldwijzer::domain::notice::Reference::parse(&reference).is_ok(),
        "{reference}"
    );

    // "My notices": the notice, with its reference and the status "Ontvangen".
    click(c, "#my-notices-link").await;
    wait_for_path(c, &run.portal, "/nl/my-notices").await;
    run.note(c).await;
    let notices = c.find_all(Css("#my-notices > li")).await.unwrap();
    assert_eq!(notices.len(), 1, "one notice");
    let card = text(notices.into_iter().next().unwrap()).await;
    assert!(card.contains(&reference), "{card}");
    let status = text(c.find(Css(".my-notices__status")).await.unwrap()).await;
    assert!(status.starts_with("Ontvangen"), "{status}");
    // Its receipt, while signed in (a download, so fetched from the page).
    let receipt = format!("/nl/my-notices/{reference}/receipt");
    let fetched = fetch(c, &receipt).await;
    assert_eq!(fetched[0], json!(200), "{fetched}");
    let receipt_text = fetched[1].as_str().unwrap();
    assert!(receipt_text.contains(&reference), "{fetched}");
    assert!(receipt_text.contains(DESCRIPTION), "{fetched}");

    // Signing out ends the session here and at the provider.
    sign_out(c, run, "nl").await;
    run.note(c).await;
    assert!(main_text(c).await.contains("U bent uitgelogd."));

    // Afterwards neither "my notices" nor the receipt answers: both send the browser
    // to sign in again, at the provider's login page (no silent sign-in there).
    c.goto(&run.url("/nl/my-notices")).await.unwrap();
    wait_for_provider_login(c, &run.provider).await;
    run.note(c).await;
    assert!(!c.source().await.unwrap().contains(&reference));
    c.goto(&run.url(&receipt)).await.unwrap();
    wait_for_provider_login(c, &run.provider).await;
    run.note(c).await;
    assert!(!c.source().await.unwrap().contains(DESCRIPTION));
    c.goto(&run.url("/nl")).await.unwrap();
    wait_for_path(c, &run.portal, "/nl").await;
    // Asked from the page (not for a page to show): refused, without the notice.
    let fetched = fetch(c, &receipt).await;
    assert_eq!(fetched[0], json!(401), "no receipt: {fetched}");
    assert!(
        !fetched[1].as_str().unwrap().contains(DESCRIPTION),
        "{fetched}"
    );

    run.note_all(&browser).await;
    browser.close().await;
    reference
}

/// `fetch(path)` from the page (same origin, with its cookies): status and body.
async fn fetch(c: &Client, path: &str) -> serde_json::Value {
    c.execute_async(
        "const done = arguments[arguments.length - 1];
         fetch(arguments[0]).then(r => r.text().then(t => done([r.status, t])))
           .catch(e => done(['failed', String(e)]));",
        vec![json!(path)],
    )
    .await
    .unwrap()
}

/// axe-core on the page the browser shows, which must be in `lang`.
async fn axe(c: &Client, lang: &str, what: &str) {
    assert_eq!(html_lang(c).await, lang, "{lang}: {what}");
    assert_accessible(c, &format!("{lang}: {what}")).await;
}

/// Every page of signing in, in `lang`, through axe-core. `reference`: the notice
/// resident A sent.
async fn pages_in(run: &mut Run, lang: &str, reference: &str) {
    let browser = Browser::start_recording(PHONE).await.expect("a browser");
    let c = &browser.client;

    c.goto(&run.url(&format!("/{lang}/report"))).await.unwrap();
    wait_for(c, "#digid-required").await;
    run.note(c).await;
    axe(c, lang, "the report start page in identity mode digid").await;

    // Cancelled at DigiD: back at the start page with a message, not sent to DigiD
    // again (the steps need a sign-in).
    click(c, "a.button--start").await;
    wait_for_provider_login(c, &run.provider).await;
    click(c, "button#cancel").await;
    wait_for_path(c, &run.portal, &format!("/{lang}/report")).await;
    run.note(c).await;
    let notice = text(wait_for(c, ".callout[role=status]").await).await;
    assert_eq!(notice, message(lang, "digid", "digid-notice-cancelled"));
    axe(c, lang, "the report start page after cancelling at DigiD").await;

    // Signed in: the identity step with DigiD's proof. (Resident B: resident A's
    // sent notice would lead the steps to its confirmation.)
    click(c, "a.button--start").await;
    sign_in_at_provider(c, &run.provider, oidc::RESIDENT_B).await;
    wait_for_path(c, &run.portal, &format!("/{lang}/report/identity")).await;
    let proof = text(wait_for(c, "#digid-proof").await).await;
    assert!(proof.contains("Piotr Nowak"), "{lang}: {proof}");
    run.note(c).await;
    axe(c, lang, "the identity step with DigiD's proof").await;

    // Resident B sent nothing: "my notices" is empty.
    c.goto(&run.url(&format!("/{lang}/my-notices")))
        .await
        .unwrap();
    wait_for_path(c, &run.portal, &format!("/{lang}/my-notices")).await;
    run.note(c).await;
    wait_for(c, "#my-notices-none").await;
    assert!(
        !has(c, "#my-notices").await,
        "{lang}: nothing of resident A"
    );
    assert!(!main_text(c).await.contains(reference));
    axe(c, lang, "my notices, empty").await;
    sign_out(c, run, lang).await;
    run.note(c).await;
    axe(c, lang, "the start page after signing out").await;

    // "My notices" of resident A: the one notice they sent.
    c.goto(&run.url(&format!("/{lang}/my-notices")))
        .await
        .unwrap();
    sign_in_at_provider(c, &run.provider, oidc::RESIDENT_A).await;
    wait_for_path(c, &run.portal, &format!("/{lang}/my-notices")).await;
    run.note(c).await;
    let card = text(wait_for(c, "#my-notices > li").await).await;
    assert!(card.contains(reference), "{lang}: {card}");
    let received = message(lang, "my-notices", "my-notices-status-new");
    assert!(card.contains(&received), "{lang}: {received} in {card}");
    axe(c, lang, "my notices with one notice").await;
    sign_out(c, run, lang).await;

    // DigiD with only a password: the level is too low.
    c.goto(&run.url(&format!("/{lang}/my-notices")))
        .await
        .unwrap();
    sign_in_at_provider(c, &run.provider, oidc::RESIDENT_BASIS).await;
    wait_for(c, "main#main").await;
    run.note(c).await;
    let page = main_text(c).await;
    assert!(
        page.contains(&message(lang, "digid", "digid-level-title")),
        "{lang}: {page}"
    );
    axe(c, lang, "the page for a level that is too low").await;

    // A fresh start at the provider (its session is resident-basis's now): no BSN.
    c.delete_all_cookies().await.unwrap();
    c.goto(&run.url(&format!("/{lang}"))).await.unwrap();
    wait_for_path(c, &run.portal, &format!("/{lang}")).await;
    c.goto(&run.url(&format!("/{lang}/my-notices")))
        .await
        .unwrap();
    sign_in_at_provider(c, &run.provider, oidc::RESIDENT_NO_BSN).await;
    wait_for(c, "main#main").await;
    run.note(c).await;
    let page = main_text(c).await;
    assert!(
        page.contains(&message(lang, "digid", "digid-no-bsn-title")),
        "{lang}: {page}"
    );
    axe(c, lang, "the page for no BSN").await;

    // An answer that belongs to no sign-in (forged, or an old link).
    c.goto(&run.url("/auth/digid/callback?state=forged&code=forged"))
        .await
        .unwrap();
    wait_for(c, "main#main").await;
    run.note(c).await;
    let page = main_text(c).await;
    assert!(
        page.contains(&message(lang, "digid", "digid-failed-title")),
        "{lang}: {page}"
    );
    axe(c, lang, "the page for a sign-in that failed").await;

    run.note_all(&browser).await;
    browser.close().await;
}

/// Every run of 16 or more base64url characters in `text`, decoded (the parts of a
/// token such as an ID token, whose claims hold the BSN).
fn decoded_tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|run| run.len() >= 16)
        .filter_map(|run| {
            // A run may be cut anywhere; drop the tail that is not a whole group.
            let whole = &run[..run.len() - run.len() % 4];
            [run, whole]
                .into_iter()
                .find_map(|candidate| URL_SAFE_NO_PAD.decode(candidate).ok())
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

/// The BSNs of the test residents found in `text`, as digits or inside a token.
fn bsns_in(text: &str) -> Vec<&'static str> {
    let decoded = decoded_tokens(text).join("\n");
    oidc::ALL_BSNS
        .into_iter()
        .filter(|bsn| text.contains(bsn) || decoded.contains(bsn))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn residents_sign_in_with_digid_send_a_notice_find_it_and_sign_out() {
    let Some(mut run) = Run::start().await else {
        return;
    };
    let Some(browser) = Browser::start_recording(PHONE).await else {
        return;
    };
    let started = std::time::Instant::now();
    let reference = send_a_notice_and_find_it(&mut run, browser).await;
    eprintln!("the notice flow took {:?}", started.elapsed());
    for lang in LANGUAGES {
        let started = std::time::Instant::now();
        pages_in(&mut run, lang, &reference).await;
        eprintln!("{lang}: {:?}", started.elapsed());
    }

    // No BSN in any address the browsers showed or requested.
    assert!(
        run.urls.len() > 100,
        "addresses recorded: {}",
        run.urls.len()
    );
    for url in &run.urls {
        let decoded: String = form_urlencoded::parse(url.as_bytes())
            .map(|(k, v)| format!("{k}={v}\n"))
            .collect();
        let found = bsns_in(&format!("{url}\n{decoded}"));
        assert!(found.is_empty(), "BSN {found:?} in the address {url}");
    }

    // Nor in the portal's log, which has the sign-ins in it.
    let pid = run.portal.pid();
    let status = run.portal.terminate();
    assert!(status.success(), "portal {pid} ended with {status}");
    let log = std::fs::read_to_string(&run.log).unwrap();
    let sign_ins = log.matches("resident signed in with DigiD").count();
    assert!(
        sign_ins >= 13,
        "the log has every sign-in ({sign_ins}):\n{log}"
    );
    assert!(log.contains("DigiD sign-in refused"), "and the refusals");
    let found = bsns_in(&log);
    assert!(
        found.is_empty(),
        "BSN {found:?} in the portal's log:\n{log}"
    );
}
