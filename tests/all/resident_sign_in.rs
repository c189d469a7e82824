//! Residents sign in with DigiD against a real OpenID provider (`tests/oidc/provider.mjs`,
//! npm `oidc-provider` 8.8.1): the way in, every answer the portal must refuse, the
//! session's timeouts (a manual clock) and signing out here and at the provider. Each
//! refused case puts the provider's token-endpoint fixture in one mode, so the portal
//! meets one broken property at a time and must refuse it by its own check.
//!
//! The portal runs in this process; the provider sends the browser to
//! `http://127.0.0.1:3000/auth/digid/callback`, which the helpers hand to the router.

use crate::support;
use support::{on_each_database, Database};

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, Request, StatusCode};
use axum::routing::get;
use axum::Router;
use meldwijzer::pages::problem::DigidProblem;
use meldwijzer::server::resident::{self, ResidentSession};
use meldwijzer::server::AppState;
use meldwijzer::store::residents;
use std::sync::{Arc, Mutex};
use support::oidc::{self, Provider, Resident};
use support::portal::Portal;
use support::reply::Reply;

/// A portal in `digid` mode and the provider it signs in at.
struct Fixture {
    provider: Provider,
    portal: Portal,
    _dir: tempfile::TempDir,
}

impl Fixture {
    /// `None` when the provider is not installed or PostgreSQL is not configured.
    async fn start(on: Database, tamper: Option<&str>) -> Option<Fixture> {
        Fixture::start_with(on, tamper, &[], 5).await
    }

    async fn start_with(
        on: Database,
        tamper: Option<&str>,
        env: &[(&str, &str)],
        timeout_seconds: u32,
    ) -> Option<Fixture> {
        let provider = Provider::start_with(tamper, env).await?;
        let dir = tempfile::tempdir().unwrap();
        let options = oidc::portal_options(dir.path(), &provider.issuer, timeout_seconds);
        let portal = match on {
            Database::Sqlite => Portal::sqlite_with(options).await,
            Database::Postgres => {
                let url = support::fresh_postgres().await?;
                Portal::on_with(&url, options).await
            }
        };
        Some(Fixture {
            provider,
            portal,
            _dir: dir,
        })
    }

    async fn sessions(&self) -> i64 {
        residents::count_sessions(&self.portal.state.db)
            .await
            .unwrap()
    }

    /// A page that needs a signed-in resident (as "my notices" will), through the
    /// portal's own extractor: the level and the last three digits of the BSN.
    async fn whoami(&self, resident: &Resident) -> Reply {
        async fn page(State(_): State<AppState>, session: ResidentSession) -> String {
            let bsn = session.identity.bsn.full_number();
            format!(
                "{} {} {}",
                session.identity.level.code(),
                &bsn[6..],
                session.identity.name.as_deref().unwrap_or("-")
            )
        }
        let app = Router::new()
            .route("/nl/whoami", get(page))
            .with_state(self.portal.state.clone());
        let request = Request::get("/nl/whoami")
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, resident.cookie_header())
            .body(Body::empty())
            .unwrap();
        support::portal::send(&app, request).await
    }
}

/// Asserts that `reply` is the portal's page for `expected`, in Dutch, and that the
/// browser got no session.
fn assert_refused(reply: &Reply, expected: DigidProblem) {
    let (status, text) = match expected {
        DigidProblem::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "DigiD werkt nu even niet"),
        DigidProblem::Failed => (StatusCode::BAD_REQUEST, "Inloggen met DigiD is niet gelukt"),
        DigidProblem::LevelTooLow => (
            StatusCode::FORBIDDEN,
            "U moet op een andere manier inloggen",
        ),
        DigidProblem::NoBsn => (StatusCode::FORBIDDEN, "Wij kregen geen burgerservicenummer"),
    };
    assert_eq!(reply.status, status, "{}", reply.body);
    assert!(reply.body.contains(text), "{expected:?}: {}", reply.body);
    assert!(reply.set_cookie(oidc::SESSION).is_none(), "no session");
    for bsn in [oidc::BSN_A, oidc::BSN_B, oidc::BAD_BSN, oidc::BSN_BASIS] {
        assert!(!reply.body.contains(bsn), "no BSN on an error page");
    }
}

on_each_database!(
    a_resident_signs_in_and_gets_a_fresh_host_only_session,
    a_replayed_answer_is_refused_and_changes_nothing,
    a_replayed_code_in_a_new_sign_in_is_refused,
    sessions_end_when_idle_and_at_the_absolute_end,
    signing_out_ends_the_session_here_and_at_the_provider,
);

// ---------------------------------------------------------------------------------
// The way in

async fn a_resident_signs_in_and_gets_a_fresh_host_only_session(on: Database) {
    let Some(f) = Fixture::start(on, None).await else {
        return;
    };
    let mut browser = Resident::new();
    // A stale cookie from before is replaced, not reused (a fresh session id).
    browser.session = Some(meldwijzer::auth::token::new_token());
    let before = browser.session.clone();
    let started = browser.start(&f.portal, "/nl/report/identity?step=1").await;
    assert!(started.authorize_url.starts_with(&f.provider.issuer));
    for part in [
        "code_challenge_method=S256",
        "code_challenge=",
        "state=",
        "nonce=",
    ] {
        assert!(
            started.authorize_url.contains(part),
            "{}",
            started.authorize_url
        );
    }
    let back = browser.at_provider(&started, Some(oidc::RESIDENT_A)).await;
    assert!(back.starts_with(oidc::REDIRECT_URL), "{back}");
    assert!(!back.contains(oidc::BSN_A), "no BSN in a URL");
    let reply = browser.callback(&f.portal, &back).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), "/nl/report/identity?step=1");
    let cookie = reply.set_cookie(oidc::SESSION).unwrap();
    let attributes: Vec<&str> = cookie.split("; ").skip(1).collect();
    assert_eq!(attributes, ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"]);
    assert_ne!(browser.session, before);
    assert!(reply
        .set_cookie(oidc::SIGN_IN)
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(f.sessions().await, 1);

    let me = f.whoami(&browser).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body, "substantieel 333 Fatima El Amrani");

    // The database holds no BSN in the clear, and not the cookie's token.
    let token = browser.session.clone().unwrap();
    let rows = sqlx::query("SELECT * FROM resident_sessions")
        .fetch_all(f.portal.state.db.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    use sqlx::Row;
    for i in 0..rows[0].len() {
        let raw: Vec<u8> = rows[0]
            .try_get::<Vec<u8>, _>(i)
            .or_else(|_| rows[0].try_get::<String, _>(i).map(String::into_bytes))
            .or_else(|_| {
                rows[0]
                    .try_get::<i64, _>(i)
                    .map(|n| n.to_string().into_bytes())
            })
            .unwrap();
        let raw = String::from_utf8_lossy(&raw);
        assert!(
            !raw.contains(oidc::BSN_A) && !raw.contains(&token),
            "column {i}"
        );
    }

    // A second resident in another browser is someone else.
    let mut other = Resident::new();
    other.sign_in(&f.portal, oidc::RESIDENT_B).await;
    assert_eq!(f.whoami(&other).await.body, "substantieel 782 Piotr Nowak");
    assert_eq!(f.sessions().await, 2);
    // Hoog is above the minimum, and the broker gives no name for this one.
    let mut third = Resident::new();
    third.sign_in(&f.portal, oidc::RESIDENT_HOOG).await;
    assert_eq!(f.whoami(&third).await.body, "hoog 019 -");
}

#[tokio::test]
async fn without_a_session_a_page_starts_a_sign_in_that_returns_there() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    let reply = f.whoami(&browser).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/auth/digid/start?return=%2Fnl%2Fwhoami");
    // Not a browser asking for a page: 401, no redirect.
    let request = Request::get("/nl/whoami").body(Body::empty()).unwrap();
    let app = Router::new()
        .route(
            "/nl/whoami",
            get(|_: ResidentSession| async { "signed in" }),
        )
        .with_state(f.portal.state.clone());
    assert_eq!(
        support::portal::send(&app, request).await.status,
        StatusCode::UNAUTHORIZED
    );

    let reply = browser
        .sign_in_to(&f.portal, oidc::RESIDENT_A, "/nl/whoami")
        .await;
    assert_eq!(reply.location(), "/nl/whoami");
    assert_eq!(f.whoami(&browser).await.status, StatusCode::OK);
}

#[tokio::test]
async fn only_a_page_of_the_portal_is_a_return_address() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    for foreign in [
        "https://evil.example/nl",
        "//evil.example/nl",
        "/\\evil.example",
        "/staff",
        "/de/x",
    ] {
        let mut browser = Resident::new();
        let reply = browser
            .sign_in_to(&f.portal, oidc::RESIDENT_A, foreign)
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(reply.location(), "/nl", "{foreign}");
    }
}

#[tokio::test]
async fn a_cancelled_sign_in_returns_to_the_page_with_a_message() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    let started = browser.start(&f.portal, "/en/report/identity").await;
    let back = browser.at_provider(&started, None).await;
    assert!(back.contains("error=access_denied"), "{back}");
    let reply = browser.callback(&f.portal, &back).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/en/report/identity?digid=cancelled");
    assert!(browser.session.is_none());
    assert_eq!(f.sessions().await, 0);
    // A page that needs a sign-in does not start another one (back to DigiD, with
    // the message never seen): the notice's steps go to its start page, any other
    // such page to the start page, with the message.
    let reply = browser.get(&f.portal, reply.location()).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/en/report?digid=cancelled");
    let reply = browser.get(&f.portal, "/nl/my-notices?digid=failed").await;
    assert_eq!(reply.location(), "/nl?digid=failed");
    let page = browser.get(&f.portal, "/en/report?digid=cancelled").await;
    assert!(page.body.contains("You stopped signing in with DigiD"));
    // Without the message, the page still starts a sign-in.
    let reply = browser.get(&f.portal, "/nl/my-notices?digid=other").await;
    assert!(
        reply.location().starts_with("/auth/digid/start?"),
        "{}",
        reply.location()
    );
    // The page shows it in the resident's language (the start page here: the
    // message is in the layout of every page).
    let page = browser.get(&f.portal, "/en?digid=cancelled").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("You stopped signing in with DigiD"),
        "{}",
        page.body
    );
    let page = browser.get(&f.portal, "/nl?digid=cancelled").await;
    assert!(page.body.contains("U bent gestopt met inloggen met DigiD"));
    // The answer was used: bringing it again is refused.
    assert_refused(
        &browser.callback(&f.portal, &back).await,
        DigidProblem::Failed,
    );
}

// ---------------------------------------------------------------------------------
// Answers the portal refuses

/// Signs in as `account` through a provider whose fixture is in `tamper` mode; the
/// portal's answer to the callback.
async fn refused_sign_in(tamper: Option<&str>, account: &str, expected: DigidProblem) {
    let Some(f) = Fixture::start(Database::Sqlite, tamper).await else {
        return;
    };
    // A resident already signed in in this browser stays signed in: a refused answer
    // changes nothing.
    // (Signed in at the provider in another jar: the provider would otherwise sign
    // the browser in as that resident again without asking.)
    let mut browser = Resident::new();
    if tamper.is_none() {
        let mut before = Resident::new();
        before.sign_in(&f.portal, oidc::RESIDENT_B).await;
        browser.session = before.session;
    }
    let had = browser.session.clone();
    let reply = browser.sign_in_to(&f.portal, account, "/nl").await;
    assert_refused(&reply, expected);
    assert_eq!(browser.session, had);
    assert_eq!(f.sessions().await, i64::from(had.is_some()));
    assert_eq!(
        residents::count_sign_ins(&f.portal.state.db).await.unwrap(),
        0
    );
    if had.is_some() {
        assert_eq!(
            f.whoami(&browser).await.body,
            "substantieel 782 Piotr Nowak"
        );
    }
}

#[tokio::test]
async fn an_id_token_from_another_issuer_is_refused() {
    refused_sign_in(Some("issuer"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn an_id_token_for_another_audience_is_refused() {
    refused_sign_in(Some("audience"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn an_expired_id_token_is_refused() {
    refused_sign_in(Some("expired"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn an_id_token_with_another_nonce_is_refused() {
    refused_sign_in(Some("nonce"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn an_id_token_signed_with_an_unknown_key_is_refused() {
    refused_sign_in(Some("unknown-key"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn an_unsigned_id_token_is_refused() {
    refused_sign_in(Some("alg-none"), oidc::RESIDENT_A, DigidProblem::Failed).await;
}

#[tokio::test]
async fn a_sign_in_without_a_bsn_is_refused() {
    refused_sign_in(None, oidc::RESIDENT_NO_BSN, DigidProblem::NoBsn).await;
}

#[tokio::test]
async fn a_bsn_that_fails_the_elfproef_is_refused() {
    refused_sign_in(None, oidc::RESIDENT_BAD_BSN, DigidProblem::NoBsn).await;
}

#[tokio::test]
async fn a_level_below_the_minimum_is_refused() {
    refused_sign_in(None, oidc::RESIDENT_BASIS, DigidProblem::LevelTooLow).await;
}

async fn a_replayed_answer_is_refused_and_changes_nothing(on: Database) {
    // The fixture answers a reused code with the earlier tokens again, as a broker
    // that does not enforce single use would: only the portal's own check is left.
    let Some(f) = Fixture::start(on, Some("replay")).await else {
        return;
    };
    let mut browser = Resident::new();
    let started = browser.start(&f.portal, "/nl").await;
    let sign_in_cookie = browser.sign_in_cookie.clone();
    let back = browser.at_provider(&started, Some(oidc::RESIDENT_A)).await;
    let first = browser.callback(&f.portal, &back).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let session = browser.session.clone();
    // The same request again, with the sign-in cookie the first one removed (as an
    // attacker who recorded the whole request would send it).
    let mut replay = Resident::new();
    replay.sign_in_cookie = sign_in_cookie;
    assert_refused(
        &replay.callback(&f.portal, &back).await,
        DigidProblem::Failed,
    );
    assert_eq!(f.sessions().await, 1);
    assert_eq!(browser.session, session);
    assert_eq!(f.whoami(&browser).await.status, StatusCode::OK);
}

async fn a_replayed_code_in_a_new_sign_in_is_refused(on: Database) {
    let Some(f) = Fixture::start(on, Some("replay")).await else {
        return;
    };
    let mut browser = Resident::new();
    let started = browser.start(&f.portal, "/nl").await;
    let back = browser.at_provider(&started, Some(oidc::RESIDENT_A)).await;
    assert_eq!(
        browser.callback(&f.portal, &back).await.status,
        StatusCode::SEE_OTHER
    );
    let code = reqwest::Url::parse(&back)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    // Another browser starts its own sign-in and brings the first one's code with
    // its own state: the provider's fixture hands out the first resident's tokens,
    // whose nonce is not this sign-in's.
    let mut attacker = Resident::new();
    let started = attacker.start(&f.portal, "/nl").await;
    let state = reqwest::Url::parse(&started.authorize_url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let forged = format!(
        "{}?code={}&state={}",
        oidc::REDIRECT_URL,
        urlencode(&code),
        urlencode(&state)
    );
    assert_refused(
        &attacker.callback(&f.portal, &forged).await,
        DigidProblem::Failed,
    );
    assert!(attacker.session.is_none());
    assert_eq!(f.sessions().await, 1);
}

fn urlencode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[tokio::test]
async fn a_forged_state_or_a_callback_without_a_sign_in_is_refused() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    let started = browser.start(&f.portal, "/nl").await;
    let back = browser.at_provider(&started, Some(oidc::RESIDENT_A)).await;
    let url = reqwest::Url::parse(&back).unwrap();
    let code = url
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    for path in [
        "/auth/digid/callback".to_owned(),
        format!("/auth/digid/callback?code={}", urlencode(&code)),
        format!(
            "/auth/digid/callback?code={}&state=forged",
            urlencode(&code)
        ),
        "/auth/digid/callback?error=access_denied&state=forged".to_owned(),
    ] {
        assert_refused(&browser.get(&f.portal, &path).await, DigidProblem::Failed);
    }
    // The real answer, in another browser (no sign-in cookie, or another one): login
    // CSRF is refused, and the sign-in is used up.
    let mut other = Resident::new();
    assert_refused(
        &other.callback(&f.portal, &back).await,
        DigidProblem::Failed,
    );
    assert_refused(
        &browser.callback(&f.portal, &back).await,
        DigidProblem::Failed,
    );
    assert_eq!(f.sessions().await, 0);
}

#[tokio::test]
async fn a_sign_in_that_took_too_long_is_refused() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    let started = browser.start(&f.portal, "/nl").await;
    let back = browser.at_provider(&started, Some(oidc::RESIDENT_A)).await;
    f.portal.clock.advance(resident::SIGN_IN_SECONDS);
    assert_refused(
        &browser.callback(&f.portal, &back).await,
        DigidProblem::Failed,
    );
    assert_eq!(f.sessions().await, 0);
}

#[tokio::test]
async fn a_broker_that_is_down_gets_a_plain_page_and_the_portal_still_starts() {
    let Some(mut provider) = Provider::start(None).await else {
        return;
    };
    let issuer = provider.issuer.clone();
    provider.stop().await;
    let dir = tempfile::tempdir().unwrap();
    // The portal starts without the broker (discovery happens at the first sign-in).
    let portal = Portal::sqlite_with(oidc::portal_options(dir.path(), &issuer, 2)).await;
    let mut browser = Resident::new();
    let reply = browser.get(&portal, "/auth/digid/start?return=%2Fnl").await;
    assert_refused(&reply, DigidProblem::Unavailable);
    assert_eq!(
        residents::count_sign_ins(&portal.state.db).await.unwrap(),
        0
    );
    // The form pages work as ever.
    assert_eq!(browser.get(&portal, "/nl").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_broker_that_answers_too_late_gets_a_plain_page() {
    let Some(f) = Fixture::start_with(
        Database::Sqlite,
        Some("slow"),
        &[("OIDC_TOKEN_DELAY_MS", "4000")],
        1,
    )
    .await
    else {
        return;
    };
    let mut browser = Resident::new();
    let started = std::time::Instant::now();
    let reply = browser.sign_in_to(&f.portal, oidc::RESIDENT_A, "/nl").await;
    assert_refused(&reply, DigidProblem::Unavailable);
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
    assert_eq!(f.sessions().await, 0);
}

#[tokio::test]
async fn without_digid_the_addresses_do_not_exist_and_digid_needs_its_secret() {
    let (app, _dir) = support::pages::app(None).await;
    let reply = support::pages::get(&app, "/auth/digid/start?return=%2Fnl", &[]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let reply = support::pages::get(&app, "/auth/digid/callback?code=a&state=b", &[]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);

    let dir = tempfile::tempdir().unwrap();
    let (url, _db) = support::fresh_sqlite();
    let mut env = support::env_for(&url);
    env.settings = oidc::settings_file(dir.path(), "digid", "http://127.0.0.1:9", 1);
    let error = meldwijzer::server::build_state(&env).await.unwrap_err();
    assert!(
        error.to_string().contains("MELDWIJZER_DIGID_CLIENT_SECRET"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------------
// The session

async fn sessions_end_when_idle_and_at_the_absolute_end(on: Database) {
    let Some(f) = Fixture::start(on, None).await else {
        return;
    };
    let clock = &f.portal.clock;
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    // Active every 14 minutes: the idle timeout (15) never strikes...
    for _ in 0..8 {
        clock.advance(14 * 60);
        assert_eq!(f.whoami(&browser).await.status, StatusCode::OK);
    }
    // ...but the absolute end (120 minutes after signing in) does.
    clock.advance(8 * 60);
    let reply = f.whoami(&browser).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(reply.location().starts_with("/auth/digid/start?return="));
    assert!(reply
        .set_cookie(oidc::SESSION)
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(f.sessions().await, 0);

    // Idle for 15 minutes ends a session too.
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    clock.advance(15 * 60 - 1);
    assert_eq!(f.whoami(&browser).await.status, StatusCode::OK);
    clock.advance(15 * 60);
    assert_eq!(f.whoami(&browser).await.status, StatusCode::SEE_OTHER);
    assert_eq!(f.sessions().await, 0);

    // The clean-up job removes what nobody will use again.
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    browser.start(&f.portal, "/nl").await;
    let db = &f.portal.state.db;
    let now = clock.now();
    assert_eq!(residents::delete_ended(db, now).await.unwrap(), 0);
    meldwijzer::server::jobs::retention::run_once(db, 30, now + 3 * 3600)
        .await
        .unwrap();
    assert_eq!(f.sessions().await, 0);
    assert_eq!(residents::count_sign_ins(db).await.unwrap(), 0);
}

async fn signing_out_ends_the_session_here_and_at_the_provider(on: Database) {
    let Some(f) = Fixture::start(on, None).await else {
        return;
    };
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    let token = {
        let request = Request::get("/nl/whoami").header(header::COOKIE, browser.cookie_header());
        let app = Router::new()
            .route(
                "/nl/whoami",
                get(|s: ResidentSession| async move { s.form_token().to_owned() }),
            )
            .with_state(f.portal.state.clone());
        support::portal::send(&app, request.body(Body::empty()).unwrap())
            .await
            .body
    };

    // Without the session's form token, or from another site: refused.
    let reply = browser
        .post(&f.portal, "/auth/sign-out", &[("_csrf", "wrong")])
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let cookie = browser.cookie_header();
    let reply = f
        .portal
        .post(
            "/auth/sign-out",
            &[("cookie", &cookie), ("sec-fetch-site", "cross-site")],
            &[("_csrf", &token)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(f.sessions().await, 1);

    let reply = browser
        .post(&f.portal, "/auth/sign-out", &[("_csrf", &token)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let logout = reply.location().to_owned();
    assert!(
        logout.starts_with(&format!("{}/session/end?", f.provider.issuer)),
        "{logout}"
    );
    // The portal names itself, not the resident: no ID token (with the BSN in it).
    assert!(logout.contains("client_id=meldwijzer"), "{logout}");
    assert!(!logout.contains("id_token_hint="), "{logout}");
    assert!(!logout.contains(oidc::BSN_A));
    assert!(browser.session.is_none(), "the cookie is removed");
    assert_eq!(f.sessions().await, 0, "the session ended here at once");

    // At the provider: its sign-out page, then back to the portal's start page.
    let back = browser.sign_out_at_provider(&logout).await;
    assert!(
        back.starts_with("http://127.0.0.1:3000/auth/digid/signed-out?"),
        "{back}"
    );
    let reply = browser.callback(&f.portal, &back).await;
    assert_eq!(reply.location(), "/nl?digid=signed-out");
    let page = browser.get(&f.portal, "/nl?digid=signed-out").await;
    assert!(page.body.contains("U bent uitgelogd."));

    // The provider forgot the resident too: signing in again asks for the account.
    let started = browser.start(&f.portal, "/nl").await;
    match browser.follow(started.authorize_url).await {
        Ok((_, page)) => assert!(page.contains("Account id"), "{page}"),
        Err(back) => panic!("the provider signed the resident in without asking: {back}"),
    }

    // The old cookie, brought again, is no session.
    let mut stale = Resident::new();
    stale.session = Some(token);
    assert_eq!(f.whoami(&stale).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn end_session_serves_sign_out_after_sending() {
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    let app = Router::new()
        .route(
            "/nl/report/send",
            get(
                |State(state): State<AppState>, s: ResidentSession| async move {
                    resident::end_session(&state, &s, "/nl/report/sent?ref=MW-1")
                        .await
                        .map(axum::response::IntoResponse::into_response)
                },
            ),
        )
        .with_state(f.portal.state.clone());
    let request = Request::get("/nl/report/send")
        .header(header::COOKIE, browser.cookie_header())
        .body(Body::empty())
        .unwrap();
    let reply = support::portal::send(&app, request).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(reply
        .set_cookie(oidc::SESSION)
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(f.sessions().await, 0);
    let back = browser.sign_out_at_provider(reply.location()).await;
    let reply = browser.callback(&f.portal, &back).await;
    assert_eq!(reply.location(), "/nl/report/sent?ref=MW-1");
}

// ---------------------------------------------------------------------------------
// The log

/// Collects what the portal logs on this test's thread.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn no_bsn_reaches_the_log() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // Other tests' threads have no subscriber; forget what they cached about which
    // events anyone listens to.
    tracing::callsite::rebuild_interest_cache();
    let Some(f) = Fixture::start(Database::Sqlite, None).await else {
        return;
    };
    let mut browser = Resident::new();
    browser.sign_in(&f.portal, oidc::RESIDENT_A).await;
    assert_eq!(f.whoami(&browser).await.status, StatusCode::OK);
    for account in [
        oidc::RESIDENT_BASIS,
        oidc::RESIDENT_BAD_BSN,
        oidc::RESIDENT_NO_BSN,
    ] {
        let reply = Resident::new().sign_in_to(&f.portal, account, "/nl").await;
        assert!(reply.status.is_client_error());
    }
    let log = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        log.contains("DigiD sign-in refused"),
        "the capture sees the portal's log: {log}"
    );
    for bsn in [oidc::BSN_A, oidc::BSN_BASIS, oidc::BAD_BSN] {
        assert!(!log.contains(bsn), "BSN {bsn} in the log:\n{log}");
    }
}
