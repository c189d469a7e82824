//! Staff sign-in through the router without a network: accounts, sessions, timeouts,
//! roles, the limit on failed sign-ins and CSRF protection. The clock is a manual one,
//! so timeouts are tested by moving it, not by waiting. The storage functions run on
//! SQLite and, when `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL.

use crate::support;

use axum::http::{header, StatusCode};
use meldwijzer::auth::{token, Role, SessionPolicy, SessionState};
use meldwijzer::config::settings::Staff;
use meldwijzer::store::staff::{self, action, Account, AuditEntry, NewAccount, Session};
use meldwijzer::store::Db;
use std::sync::Arc;
use support::portal::Options;
use support::staff::{Portal, HASH, PASSWORD, SESSION, SIGN_IN, T0};

impl Portal {
    async fn audit(&self) -> Vec<AuditEntry> {
        staff::audit_entries(&self.state.db, 100).await.unwrap()
    }

    async fn accounts(&self) -> Vec<Account> {
        staff::accounts(&self.state.db).await.unwrap()
    }
}

// ---------------------------------------------------------------------------------
// Signing in and out

#[tokio::test]
async fn signing_in_sets_a_host_only_secure_cookie_and_shows_who_is_signed_in() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;

    let page = p.get("/staff/sign-in", &[]).await;
    assert!(page.body.contains("Inloggen voor medewerkers"));
    assert!(
        page.body.contains("novalidate"),
        "server-side validation only"
    );
    let pre = page.set_cookie(SIGN_IN).unwrap();
    for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(pre.contains(attribute), "{pre} lacks {attribute}");
    }

    // The address is matched whatever its case and surrounding spaces.
    let reply = p
        .try_sign_in(" Beheer@Example.NL ", PASSWORD, None, None)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.header(header::LOCATION), "/staff");
    let cookie = reply.set_cookie(SESSION).unwrap();
    let attributes: Vec<&str> = cookie.split("; ").skip(1).collect();
    assert_eq!(
        attributes,
        ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"],
        "{cookie}"
    );
    let token = reply.cookie(SESSION).unwrap();
    assert!(token::is_well_formed(&token), "32 random bytes, base64url");
    // The sign-in cookie has done its work.
    assert!(reply.set_cookie(SIGN_IN).unwrap().contains("Max-Age=0"));

    // The database keeps the token's hash, never the token.
    let stored = staff::session(&p.state.db, &token::hash(&token))
        .await
        .unwrap()
        .expect("the session is stored under the token's hash");
    assert_eq!(stored.1, admin);
    assert!(staff::session(&p.state.db, &token).await.unwrap().is_none());
    assert_eq!(stored.0.expires_at, T0 + 8 * 3600);

    let home = p
        .get("/staff", &[("cookie", &format!("{SESSION}={token}"))])
        .await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home
        .body
        .contains("U bent ingelogd als Naam van beheer@example.nl"));
    assert!(home.body.contains("Uw rol: Beheerder"));
    assert!(home.body.contains("action=\"/staff/sign-out\""));
    assert!(home.body.contains("href=\"/staff/accounts\""));

    let last = &p.audit().await[0];
    assert_eq!(
        (
            last.action.as_str(),
            last.actor_account_id,
            last.subject.as_str()
        ),
        (action::SIGN_IN, Some(admin.id), "beheer@example.nl")
    );
}

#[tokio::test]
async fn a_wrong_password_shows_an_error_and_is_audited() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    for (email, detail) in [
        ("beheer@example.nl", "wrong-password"),
        ("niemand@example.nl", "unknown-account"),
    ] {
        let reply = p
            .try_sign_in(email, "niet het goede wachtwoord", None, None)
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.set_cookie(SESSION).is_none());
        let body = &reply.body;
        // GOV.UK pattern: "Fout:" in the title, a summary that links to the field, the
        // message at the field, and what was typed kept (but never the password).
        assert!(
            body.contains("<title>Fout: Inloggen voor medewerkers"),
            "{body}"
        );
        assert!(body.contains("class=\"error-summary\""));
        assert!(body.contains("href=\"#email\""));
        assert!(body.contains("Het e-mailadres of het wachtwoord klopt niet"));
        assert!(body.contains("aria-invalid=\"true\""));
        assert!(body.contains(&format!("value=\"{email}\"")));
        assert!(!body.contains("niet het goede wachtwoord"));
        // The same answer whether or not the account exists; only the log knows.
        let last = &p.audit().await[0];
        assert_eq!(last.action, action::SIGN_IN_FAILED);
        assert_eq!(
            (last.subject.as_str(), last.detail.as_str()),
            (email, detail)
        );
        assert_eq!(last.actor_account_id, None);
    }

    let empty = p.try_sign_in("", "", None, None).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Vul uw e-mailadres in"));
    assert!(empty.body.contains("Vul uw wachtwoord in"));
}

#[tokio::test]
async fn the_sixth_failure_within_fifteen_minutes_is_refused_with_429() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    for attempt in 1..=5 {
        let reply = p
            .try_sign_in("beheer@example.nl", "fout fout fout", None, None)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {attempt}"
        );
        p.clock.advance(10);
    }
    // Now even the right password is refused, without being checked.
    let refused = p
        .try_sign_in("BEHEER@example.nl", PASSWORD, None, None)
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.header(header::RETRY_AFTER), "850");
    assert!(refused.set_cookie(SESSION).is_none());
    assert!(refused.body.contains("Probeer het over 15 minuten opnieuw"));
    let failures = p
        .audit()
        .await
        .iter()
        .filter(|e| e.action == action::SIGN_IN_FAILED)
        .count();
    assert_eq!(failures, 5, "the refused attempt was not even tried");

    // Once the first failure is fifteen minutes old, the right password works.
    p.clock.advance(850);
    let reply = p
        .try_sign_in("beheer@example.nl", PASSWORD, None, None)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn failures_are_also_counted_per_network_address() {
    let settings = Staff {
        max_failures_per_address: 3,
        ..Staff::default()
    };
    let p = Portal::sqlite_with(Options {
        staff: Some(settings),
        ..Options::staff()
    })
    .await;
    p.account("beheer@example.nl", Role::Admin).await;
    for n in 1..=3 {
        let email = format!("gok{n}@example.nl");
        let reply = p
            .try_sign_in(&email, "fout fout fout", None, Some("192.0.2.7"))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // A fourth address from the same network address: refused.
    let reply = p
        .try_sign_in("beheer@example.nl", PASSWORD, None, Some("192.0.2.7"))
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    // A colleague elsewhere is not affected.
    let reply = p
        .try_sign_in("beheer@example.nl", PASSWORD, None, Some("198.51.100.1"))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn every_sign_in_starts_a_new_session_and_ends_the_old_one() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let first = p.sign_in("beheer@example.nl", None).await;
    // Signing in again from the same browser (which sends its old cookie).
    let second = p.sign_in("beheer@example.nl", Some(&first.cookie)).await;
    assert_ne!(first.cookie, second.cookie);
    assert_ne!(first.csrf, second.csrf);
    assert_eq!(
        p.get_as(&first, "/staff").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(p.get_as(&second, "/staff").await.status, StatusCode::OK);
    assert_eq!(
        staff::session_count(&p.state.db, admin.id).await.unwrap(),
        1
    );
}

#[tokio::test]
async fn a_session_ends_after_thirty_idle_minutes() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    // Activity keeps it alive...
    for _ in 0..3 {
        p.clock.advance(29 * 60);
        assert_eq!(p.get_as(&browser, "/staff").await.status, StatusCode::OK);
    }
    // ...thirty quiet minutes end it.
    p.clock.advance(30 * 60);
    let reply = p
        .get(
            "/staff",
            &[("cookie", &browser.cookie), ("accept", "text/html")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.header(header::LOCATION),
        "/staff/sign-in?reason=ended"
    );
    assert!(reply.set_cookie(SESSION).unwrap().contains("Max-Age=0"));
    assert_eq!(
        staff::session_count(&p.state.db, admin.id).await.unwrap(),
        0
    );
    let page = p.get("/staff/sign-in?reason=ended", &[]).await;
    assert!(page.body.contains("U was een tijd niet actief"));
}

#[tokio::test]
async fn a_session_ends_eight_hours_after_signing_in_however_busy() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let mut elapsed = 0;
    while elapsed + 25 * 60 < 8 * 3600 {
        p.clock.advance(25 * 60);
        elapsed += 25 * 60;
        let reply = p.get_as(&browser, "/staff").await;
        assert_eq!(reply.status, StatusCode::OK, "after {elapsed} s");
    }
    p.clock.advance(8 * 3600 - elapsed);
    assert_eq!(
        p.get_as(&browser, "/staff").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_and_removes_the_cookie() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let reply = p
        .post_as(&browser, "/staff/sign-out", &[("_csrf", &browser.csrf)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.header(header::LOCATION),
        "/staff/sign-in?reason=signed-out"
    );
    let removal = reply.set_cookie(SESSION).unwrap();
    assert!(removal.starts_with(&format!("{SESSION}=;")) && removal.contains("Max-Age=0"));
    assert_eq!(
        p.get_as(&browser, "/staff").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        staff::session_count(&p.state.db, admin.id).await.unwrap(),
        0
    );
    let last = &p.audit().await[0];
    assert_eq!(
        (last.action.as_str(), last.actor_account_id),
        (action::SIGN_OUT, Some(admin.id))
    );
    let page = p.get("/staff/sign-in?reason=signed-out", &[]).await;
    assert!(page.body.contains("U bent uitgelogd."));
}

// ---------------------------------------------------------------------------------
// Who may see what

#[tokio::test]
async fn nothing_under_staff_is_reachable_without_a_session() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    let junk = format!("{SESSION}={}", token::new_token());
    for cookie in [
        None,
        Some("x=1"),
        Some(junk.as_str()),
        Some("__Host-mw_staff=<script>"),
    ] {
        let headers: Vec<(&str, &str)> = cookie.iter().map(|c| ("cookie", *c)).collect();
        for path in ["/staff", "/staff/accounts"] {
            let reply = p.get(path, &headers).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path} {cookie:?}");
            assert!(reply.body.contains("Log eerst in"));
            assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
        }
        for path in [
            "/staff/accounts",
            "/staff/sign-out",
            "/staff/accounts/1/deactivate",
        ] {
            let reply = p.post(path, &headers, &[("_csrf", "x")]).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "POST {path}");
        }
    }
    // A browser asking for a page is sent to the sign-in page instead.
    let reply = p
        .get("/staff/accounts", &[("accept", "text/html,*/*;q=0.8")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.header(header::LOCATION), "/staff/sign-in");
    assert_eq!(p.accounts().await.len(), 1);
}

#[tokio::test]
async fn only_admins_manage_accounts() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    let target = p.account("klant@example.nl", Role::Caseworker).await;
    p.account("redactie@example.nl", Role::Editor).await;
    for (email, role_name) in [
        ("redactie@example.nl", "Redacteur"),
        ("klant@example.nl", "Klantmanager"),
    ] {
        let browser = p.sign_in(email, None).await;
        let home = p.get_as(&browser, "/staff").await;
        assert!(home.body.contains(&format!("Uw rol: {role_name}")));
        assert!(!home.body.contains("href=\"/staff/accounts\""));

        let reply = p.get_as(&browser, "/staff/accounts").await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email}");
        assert!(reply.body.contains("Geen toegang"));
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
        // Even with a valid form token.
        let reply = p
            .post_as(
                &browser,
                "/staff/accounts",
                &[
                    ("_csrf", &browser.csrf),
                    ("email", "nieuw@example.nl"),
                    ("display_name", "Nieuw"),
                    ("role", "admin"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        let reply = p
            .post_as(
                &browser,
                &format!("/staff/accounts/{}/deactivate", target.id),
                &[("_csrf", &browser.csrf)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
    }
    let accounts = p.accounts().await;
    assert_eq!(accounts.len(), 3);
    assert!(accounts.iter().all(|a| a.active));
}

// ---------------------------------------------------------------------------------
// Cross-site request forgery

#[tokio::test]
async fn a_post_without_the_right_form_token_changes_nothing() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let other = p.sign_in("beheer@example.nl", None).await;
    let new_account = |csrf: Option<&str>| {
        let mut fields = vec![
            ("email", "nieuw@example.nl".to_owned()),
            ("display_name", "Nieuw".to_owned()),
            ("role", "editor".to_owned()),
            ("password", PASSWORD.to_owned()),
        ];
        if let Some(csrf) = csrf {
            fields.push(("_csrf", csrf.to_owned()));
        }
        fields
    };
    let wrong = token::new_token();
    for csrf in [
        None,
        Some(""),
        Some(wrong.as_str()),
        Some(other.csrf.as_str()),
    ] {
        let fields = new_account(csrf);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reply = p.post_as(&browser, "/staff/accounts", &fields).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{csrf:?}");
        assert!(reply.body.contains("Het formulier is niet verstuurd"));
        let reply = p.post_as(&browser, "/staff/sign-out", &fields).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "sign-out {csrf:?}");
    }
    assert_eq!(p.accounts().await.len(), 1);
    // Still signed in: the refused sign-out did nothing.
    assert_eq!(p.get_as(&browser, "/staff").await.status, StatusCode::OK);
    assert_eq!(
        staff::session_count(&p.state.db, admin.id).await.unwrap(),
        2
    );

    // The sign-in form needs the token of its own cookie (no login CSRF).
    let token = p.get("/staff/sign-in", &[]).await.cookie(SIGN_IN).unwrap();
    for (cookie, csrf) in [
        (String::new(), token.clone()),
        (format!("{SIGN_IN}={token}"), String::new()),
        (format!("{SIGN_IN}={token}"), token::new_token()),
    ] {
        let reply = p
            .post(
                "/staff/sign-in",
                &[("cookie", &cookie)],
                &[
                    ("email", "beheer@example.nl"),
                    ("password", PASSWORD),
                    ("_csrf", &csrf),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{cookie} / {csrf}");
        assert!(reply.set_cookie(SESSION).is_none());
    }
}

#[tokio::test]
async fn cross_site_posts_are_refused_same_origin_ones_pass() {
    let p = Portal::sqlite().await;
    p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let fields = [
        ("_csrf", browser.csrf.as_str()),
        ("email", "nieuw@example.nl"),
        ("display_name", "Nieuw"),
        ("role", "editor"),
        ("password", PASSWORD),
    ];
    let cross_site: [&[(&str, &str)]; 3] = [
        &[
            ("origin", "https://evil.example"),
            ("sec-fetch-site", "cross-site"),
        ],
        &[("sec-fetch-site", "same-site")],
        // An older browser without Sec-Fetch-Site: Origin decides.
        &[
            ("origin", "https://evil.example"),
            ("host", "portal.example"),
        ],
    ];
    for headers in cross_site {
        let mut headers = headers.to_vec();
        headers.push(("cookie", browser.cookie.as_str()));
        let reply = p.post("/staff/accounts", &headers, &fields).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
        // Signing in from another site is refused too.
        let reply = p.post("/staff/sign-in", &headers, &[]).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(p.accounts().await.len(), 1);

    let same_origin = [
        ("cookie", browser.cookie.as_str()),
        ("origin", "https://portal.example"),
        ("host", "portal.example"),
        ("sec-fetch-site", "same-origin"),
    ];
    let reply = p.post("/staff/accounts", &same_origin, &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(p.accounts().await.len(), 2);
}

// ---------------------------------------------------------------------------------
// Account management

#[tokio::test]
async fn an_admin_creates_and_deactivates_accounts_and_both_are_audited() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;

    let page = p.get_as(&browser, "/staff/accounts").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");
    assert!(page.body.contains("Naam van beheer@example.nl"));

    let reply = p
        .post_as(
            &browser,
            "/staff/accounts",
            &[
                ("_csrf", &browser.csrf),
                ("email", " Klant.Manager@Example.nl "),
                ("display_name", " Kees Klant "),
                ("role", "caseworker"),
                ("password", "klantmanager wachtwoord"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(
        reply.header(header::LOCATION),
        "/staff/accounts?done=created"
    );
    let page = p.get_as(&browser, "/staff/accounts?done=created").await;
    assert!(page.body.contains("Het account is gemaakt."));
    assert!(page.body.contains("Kees Klant"));

    let (created, hash) = staff::account_for_sign_in(&p.state.db, "klant.manager@example.nl")
        .await
        .unwrap()
        .expect("the account exists, its address in lower case");
    assert_eq!(
        (created.display_name.as_str(), created.role, created.active),
        ("Kees Klant", Role::Caseworker, true)
    );
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    let entry = &p.audit().await[0];
    assert_eq!(
        (
            entry.action.as_str(),
            entry.actor_account_id,
            entry.subject.as_str(),
            entry.detail.as_str()
        ),
        (
            action::ACCOUNT_CREATED,
            Some(admin.id),
            "klant.manager@example.nl",
            "caseworker"
        )
    );

    // The new colleague signs in; then the admin deactivates the account.
    let reply = p
        .try_sign_in(
            "klant.manager@example.nl",
            "klantmanager wachtwoord",
            None,
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let colleague = format!("{SESSION}={}", reply.cookie(SESSION).unwrap());
    assert_eq!(
        p.get("/staff", &[("cookie", &colleague)]).await.status,
        StatusCode::OK
    );

    let reply = p
        .post_as(
            &browser,
            &format!("/staff/accounts/{}/deactivate", created.id),
            &[("_csrf", &browser.csrf)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.header(header::LOCATION),
        "/staff/accounts?done=deactivated"
    );
    let now = staff::account(&p.state.db, created.id)
        .await
        .unwrap()
        .unwrap();
    assert!(!now.active);
    // Their session ended at once, and they cannot sign in again.
    assert_eq!(
        p.get("/staff", &[("cookie", &colleague)]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let reply = p
        .try_sign_in(
            "klant.manager@example.nl",
            "klantmanager wachtwoord",
            None,
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let log = p.audit().await;
    assert_eq!(
        (log[0].action.as_str(), log[0].detail.as_str()),
        (action::SIGN_IN_FAILED, "inactive-account")
    );
    assert_eq!(
        (
            log[1].action.as_str(),
            log[1].actor_account_id,
            log[1].subject.as_str()
        ),
        (
            action::ACCOUNT_DEACTIVATED,
            Some(admin.id),
            "klant.manager@example.nl"
        )
    );
    let page = p.get_as(&browser, "/staff/accounts").await;
    assert!(page.body.contains("Uitgezet"));
}

#[tokio::test]
async fn the_new_account_form_explains_its_errors_and_keeps_what_was_typed() {
    let p = Portal::sqlite().await;
    let admin = p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let reply = p
        .post_as(
            &browser,
            "/staff/accounts",
            &[
                ("_csrf", &browser.csrf),
                ("email", "geen-adres"),
                ("display_name", "  "),
                ("password", "kort1234"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &reply.body;
    assert!(body.contains("<title>Fout: Accounts"));
    for (anchor, text) in [
        ("#email", "Vul een e-mailadres in, zoals naam@voorbeeld.nl"),
        ("#display_name", "Vul een naam in"),
        ("#role-editor", "Kies een rol"),
        ("#password", "Het wachtwoord moet minstens 12 tekens hebben"),
    ] {
        assert!(body.contains(&format!("href=\"{anchor}\"")), "{anchor}");
        assert!(body.contains(text), "{text}");
    }
    assert!(body.contains("value=\"geen-adres\""));
    assert!(!body.contains("kort1234"));

    // A second account with the same address (in another case) is refused.
    let reply = p
        .post_as(
            &browser,
            "/staff/accounts",
            &[
                ("_csrf", &browser.csrf),
                ("email", "BEHEER@example.nl"),
                ("display_name", "Tweede"),
                ("role", "editor"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply
        .body
        .contains("Er is al een account met dit e-mailadres"));
    assert!(reply.body.contains("checked"), "the chosen role is kept");

    // An admin cannot deactivate their own account; an unknown one does not exist.
    let own = format!("/staff/accounts/{}/deactivate", admin.id);
    let reply = p.post_as(&browser, &own, &[("_csrf", &browser.csrf)]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply
        .body
        .contains("U kunt uw eigen account niet uitzetten"));
    for path in [
        "/staff/accounts/999/deactivate",
        "/staff/accounts/x/deactivate",
    ] {
        let reply = p.post_as(&browser, path, &[("_csrf", &browser.csrf)]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(p.accounts().await.len(), 1);
    assert!(p.accounts().await[0].active);
}

#[tokio::test]
async fn staff_pages_are_never_cached_and_speak_the_visitors_language() {
    let p = Portal::sqlite().await;
    let page = p
        .get("/staff/sign-in", &[("accept-language", "en-GB,en;q=0.9")])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"en\""));
    assert!(page.body.contains("Sign in for staff"));
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");
    assert!(page
        .header(header::CONTENT_SECURITY_POLICY)
        .contains("'nonce-"));
    let arabic = p.get("/staff/sign-in", &[("cookie", "mw_lang=ar")]).await;
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(arabic.body.contains("تسجيل دخول الموظفين"));
}

// ---------------------------------------------------------------------------------
// Storage on both databases

async fn storage_works(url: &str) {
    let db = Db::connect(url).await.expect("connect and migrate");
    let new = |email: &'static str, role| NewAccount {
        email,
        display_name: "Naam",
        password_hash: &HASH,
        role,
    };
    let admin = staff::create_account(&db, &new("beheer@example.nl", Role::Admin), None, T0)
        .await
        .unwrap();
    assert!(admin.active);
    let editor = staff::create_account(
        &db,
        &new("redactie@example.nl", Role::Editor),
        Some(admin.id),
        T0 + 1,
    )
    .await
    .unwrap();
    let duplicate = staff::create_account(&db, &new("beheer@example.nl", Role::Editor), None, T0)
        .await
        .unwrap_err();
    assert!(
        matches!(duplicate, staff::CreateAccountError::DuplicateEmail),
        "{duplicate}"
    );
    assert_eq!(
        staff::accounts(&db).await.unwrap(),
        vec![admin.clone(), editor.clone()]
    );
    let (found, hash) = staff::account_for_sign_in(&db, "redactie@example.nl")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((found, hash.as_str()), (editor.clone(), HASH.as_str()));
    assert!(staff::account_for_sign_in(&db, "x@example.nl")
        .await
        .unwrap()
        .is_none());

    // Sessions: start, read, touch, rotate, time out, sign out.
    let policy = SessionPolicy {
        idle_seconds: 1800,
        absolute_seconds: 8 * 3600,
    };
    let session = |token: &str, at: i64| Session {
        token_hash: token::hash(token),
        account_id: editor.id,
        csrf_token: token::new_token(),
        created_at: at,
        last_seen_at: at,
        expires_at: policy.expires_at(at),
    };
    let first = session("first", T0);
    staff::start_session(&db, &first, None, &editor.email)
        .await
        .unwrap();
    let (read, account) = staff::session(&db, &first.token_hash)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((&read, &account), (&first, &editor));
    staff::touch_session(&db, &first.token_hash, T0 + 600)
        .await
        .unwrap();
    let (read, _) = staff::session(&db, &first.token_hash)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(read.last_seen_at, T0 + 600);
    assert_eq!(
        policy.state(read.last_seen_at, read.expires_at, T0 + 600 + 1799),
        SessionState::Valid
    );
    assert_eq!(
        policy.state(read.last_seen_at, read.expires_at, T0 + 600 + 1800),
        SessionState::Idle
    );

    let second = session("second", T0 + 700);
    staff::start_session(&db, &second, Some(&first.token_hash), &editor.email)
        .await
        .unwrap();
    assert!(staff::session(&db, &first.token_hash)
        .await
        .unwrap()
        .is_none());
    assert_eq!(staff::session_count(&db, editor.id).await.unwrap(), 1);

    // Housekeeping removes only what has ended.
    assert_eq!(
        staff::delete_ended_sessions(&db, T0 + 700 + 1799, 1800)
            .await
            .unwrap(),
        0
    );
    let third = session("third", T0 + 800);
    staff::start_session(&db, &third, None, &editor.email)
        .await
        .unwrap();
    assert_eq!(
        staff::delete_ended_sessions(&db, T0 + 700 + 1800, 1800)
            .await
            .unwrap(),
        1
    );
    staff::sign_out(&db, &third, &editor.email, T0 + 900)
        .await
        .unwrap();
    assert_eq!(staff::session_count(&db, editor.id).await.unwrap(), 0);

    // Deactivation ends the account's sessions.
    let fourth = session("fourth", T0 + 1000);
    staff::start_session(&db, &fourth, None, &editor.email)
        .await
        .unwrap();
    assert!(
        staff::deactivate_account(&db, editor.id, Some(admin.id), T0 + 1100)
            .await
            .unwrap()
    );
    assert!(
        !staff::deactivate_account(&db, editor.id, Some(admin.id), T0 + 1200)
            .await
            .unwrap()
    );
    assert_eq!(staff::session_count(&db, editor.id).await.unwrap(), 0);
    let after = staff::account(&db, editor.id).await.unwrap().unwrap();
    assert!(!after.active);
    assert!(staff::account(&db, 9999).await.unwrap().is_none());
    // Active accounts are listed first.
    assert_eq!(
        staff::accounts(&db).await.unwrap(),
        vec![admin.clone(), after]
    );

    staff::insert_audit(
        db.pool(),
        staff::NewAuditEntry {
            at: T0 + 1300,
            actor_account_id: None,
            action: action::SIGN_IN_FAILED,
            subject: "onbekend@example.nl",
            detail: "unknown-account",
        },
    )
    .await
    .unwrap();
    let log: Vec<(String, Option<i64>, i64)> = staff::audit_entries(&db, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.actor_account_id, e.at))
        .collect();
    let expected = [
        (action::SIGN_IN_FAILED, None, T0 + 1300),
        (action::ACCOUNT_DEACTIVATED, Some(admin.id), T0 + 1100),
        (action::SIGN_IN, Some(editor.id), T0 + 1000),
        (action::SIGN_OUT, Some(editor.id), T0 + 900),
        (action::SIGN_IN, Some(editor.id), T0 + 800),
        (action::SIGN_IN, Some(editor.id), T0 + 700),
        (action::SIGN_IN, Some(editor.id), T0),
        (action::ACCOUNT_CREATED, Some(admin.id), T0 + 1),
        (action::ACCOUNT_CREATED, None, T0),
    ]
    .map(|(a, actor, at)| (a.to_owned(), actor, at));
    assert_eq!(log, expected);
    db.close().await;

    // Reconnecting keeps everything (the migration is not applied twice).
    let again = Db::connect(url).await.unwrap();
    assert_eq!(staff::accounts(&again).await.unwrap().len(), 2);
    again.close().await;
}

#[tokio::test]
async fn storage_works_on_sqlite() {
    let (url, _dir) = support::fresh_sqlite();
    storage_works(&url).await;
}

#[tokio::test]
async fn storage_works_on_postgres() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    storage_works(&url).await;
}

#[tokio::test]
async fn signing_in_and_managing_accounts_works_on_postgres() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    let p = Portal::on(&url).await;
    p.account("beheer@example.nl", Role::Admin).await;
    let browser = p.sign_in("beheer@example.nl", None).await;
    let reply = p
        .post_as(
            &browser,
            "/staff/accounts",
            &[
                ("_csrf", &browser.csrf),
                ("email", "redactie@example.nl"),
                ("display_name", "Redactie"),
                ("role", "editor"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let editor = p.sign_in("redactie@example.nl", None).await;
    assert_eq!(
        p.get_as(&editor, "/staff/accounts").await.status,
        StatusCode::FORBIDDEN
    );
    p.clock.advance(30 * 60);
    assert_eq!(
        p.get_as(&browser, "/staff").await.status,
        StatusCode::UNAUTHORIZED
    );
}

// ---------------------------------------------------------------------------------
// Issue 11: the limits hold for parallel requests and across instances

/// Sends `n` sign-ins at once, spread over `portals` (instances on one database), each
/// from `address`, for the account `email(i)`; the statuses.
async fn burst(
    portals: &[Arc<Portal>],
    n: usize,
    email: fn(usize) -> String,
    address: &'static str,
) -> Vec<StatusCode> {
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let p = portals[i % portals.len()].clone();
        tasks.spawn(async move {
            p.try_sign_in(&email(i), "fout fout fout", None, Some(address))
                .await
                .status
        });
    }
    tasks.join_all().await
}

fn count(statuses: &[StatusCode], status: StatusCode) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

/// 60 wrong passwords for one account at once: exactly five are checked, the rest
/// are refused without a check, and then the right password is refused too.
async fn parallel_guesses_for_one_account(portals: &[Arc<Portal>]) {
    portals[0].account("beheer@example.nl", Role::Admin).await;
    let statuses = burst(portals, 60, |_| "beheer@example.nl".into(), "192.0.2.9").await;
    assert_eq!(
        count(&statuses, StatusCode::UNPROCESSABLE_ENTITY),
        5,
        "{statuses:?}"
    );
    assert_eq!(count(&statuses, StatusCode::TOO_MANY_REQUESTS), 55);
    let failures = portals[0]
        .audit()
        .await
        .iter()
        .filter(|e| e.action == action::SIGN_IN_FAILED)
        .count();
    assert_eq!(failures, 5, "only five passwords were checked");
    for p in portals {
        let reply = p
            .try_sign_in("beheer@example.nl", PASSWORD, None, Some("198.51.100.1"))
            .await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    }
}

/// 30 guesses for 30 accounts from one network address at once: exactly twenty are
/// checked.
async fn parallel_guesses_from_one_address(portals: &[Arc<Portal>]) {
    let statuses = burst(portals, 30, |i| format!("gok{i}@example.nl"), "192.0.2.10").await;
    assert_eq!(
        count(&statuses, StatusCode::UNPROCESSABLE_ENTITY),
        20,
        "{statuses:?}"
    );
    assert_eq!(count(&statuses, StatusCode::TOO_MANY_REQUESTS), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_sign_ins_cannot_get_past_the_limits_on_sqlite() {
    let p = Arc::new(Portal::sqlite().await);
    parallel_guesses_for_one_account(std::slice::from_ref(&p)).await;
    parallel_guesses_from_one_address(&[p]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_sign_ins_cannot_get_past_the_limits_on_postgres_with_two_instances() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    let a = Arc::new(Portal::on(&url).await);
    let b = Arc::new(Portal::on(&url).await);
    parallel_guesses_for_one_account(&[a.clone(), b.clone()]).await;
    parallel_guesses_from_one_address(&[a, b]).await;
}

/// The count is in the database: a second instance sees the first one's failures.
#[tokio::test]
async fn a_second_instance_sees_the_failures_counted_by_the_first() {
    let (url, _dir) = support::fresh_sqlite();
    let a = Portal::on(&url).await;
    let b = Portal::on(&url).await;
    a.account("beheer@example.nl", Role::Admin).await;
    for _ in 0..5 {
        let reply = a
            .try_sign_in("beheer@example.nl", "fout fout fout", None, None)
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let reply = b
        .try_sign_in("beheer@example.nl", PASSWORD, None, None)
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
}
