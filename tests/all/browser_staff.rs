//! The staff sign-in in Debian's Chromium over plain `http://127.0.0.1`. The session
//! cookie is `__Host-` and therefore `Secure`; Chromium treats 127.0.0.1 as a secure
//! context and accepts it there, which these tests confirm (`scripts/run` serves plain
//! HTTP on 127.0.0.1). The forms are used with JavaScript switched off, and axe-core
//! checks the staff pages.

use crate::support;

use fantoccini::Client;
use fantoccini::Locator::Css;
use meldwijzer::auth::Role;
use support::browser::{axe_violations, path, wait_for, wait_for_url, Browser, PHONE};
use support::spawned::Portal;

const PASSWORD: &str = "een heel geheim wachtwoord";

/// A portal whose database already has an admin, `beheer@example.nl`.
async fn portal_with_admin() -> Option<Portal> {
    Portal::start_with_staff(
        &[("beheer@example.nl", "Bea Beheer", Role::Admin)],
        PASSWORD,
        &[],
    )
    .await
}

async fn type_into(c: &Client, selector: &str, text: &str) {
    let field = c.find(Css(selector)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn sign_in(c: &Client, secret: &str) {
    type_into(c, "#email", "beheer@example.nl").await;
    type_into(c, "#password", secret).await;
    c.find(Css("form[action='/staff/sign-in'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test]
async fn staff_sign_in_and_out_without_javascript_over_plain_http() {
    let Some(portal) = portal_with_admin().await else {
        return;
    };
    let Some(browser) = Browser::start(false, PHONE).await else {
        return;
    };
    let c = &browser.client;

    // Staff pages speak the language chosen on the portal.
    c.goto(&portal.url("/nl")).await.unwrap();
    // Not signed in: the browser is sent to the sign-in page.
    c.goto(&portal.url("/staff")).await.unwrap();
    assert_eq!(path(c).await, "/staff/sign-in");

    sign_in(c, "niet het goede wachtwoord").await;
    wait_for(c, ".error-summary").await;
    let source = c.source().await.unwrap();
    assert!(
        source.contains("Het e-mailadres of het wachtwoord klopt niet"),
        "{source}"
    );

    sign_in(c, PASSWORD).await;
    wait_for_url(c, &portal.url("/staff")).await;
    assert!(c.source().await.unwrap().contains("Bea Beheer"));

    // Chromium kept the Secure __Host- cookie on http://127.0.0.1.
    let cookies = c.get_all_cookies().await.unwrap();
    let session = cookies
        .iter()
        .find(|k| k.name() == "__Host-mw_staff")
        .expect("Chromium stored the session cookie");
    assert_eq!(session.secure(), Some(true));
    assert_eq!(session.http_only(), Some(true));
    assert_eq!(format!("{:?}", session.same_site()), "Some(Strict)");
    assert_eq!(session.path(), Some("/"));

    c.goto(&portal.url("/staff/accounts")).await.unwrap();
    assert_eq!(path(c).await, "/staff/accounts");

    c.find(Css("form[action='/staff/sign-out'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_url(c, &portal.url("/staff/sign-in?reason=signed-out")).await;
    assert!(c.source().await.unwrap().contains("U bent uitgelogd."));
    c.goto(&portal.url("/staff")).await.unwrap();
    assert_eq!(path(c).await, "/staff/sign-in");
    browser.close().await;
}

#[tokio::test]
async fn staff_pages_pass_axe() {
    let Some(portal) = portal_with_admin().await else {
        return;
    };
    let Some(browser) = Browser::start(true, PHONE).await else {
        return;
    };
    let c = &browser.client;
    let mut failures = Vec::new();
    c.goto(&portal.url("/staff/sign-in")).await.unwrap();
    failures.extend(axe_violations(c).await);
    sign_in(c, "").await;
    wait_for(c, ".error-summary").await;
    failures.extend(axe_violations(c).await);
    sign_in(c, PASSWORD).await;
    wait_for_url(c, &portal.url("/staff")).await;
    failures.extend(axe_violations(c).await);
    c.goto(&portal.url("/staff/accounts")).await.unwrap();
    failures.extend(axe_violations(c).await);
    // The new-account form with every error.
    c.find(Css("form[action='/staff/accounts'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(c, ".error-summary").await;
    failures.extend(axe_violations(c).await);
    browser.close().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
