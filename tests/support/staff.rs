//! The staff area through the router, without a network: accounts on an in-process
//! [`Portal`], signing in as a browser does, and requests with the session's cookie.
//! The clock is normally a manual one, so timeouts are tested by moving it, not by
//! waiting. Shared by every staff test (`staff_auth`, `text_editing`,
//! `notices_inbox`).

pub use super::portal::Portal;
pub use super::reply::Reply;
use axum::http::{header, StatusCode};
use meldwijzer::auth::{password, token, Role};
use meldwijzer::store::staff::{self, Account, NewAccount};
use std::sync::LazyLock;

/// "Now" when every test starts: 2027-01-15 08:00 UTC (09:00 in Amsterdam).
pub const T0: i64 = 1_800_000_000;
pub const PASSWORD: &str = "een heel geheim wachtwoord";
pub const SESSION: &str = "__Host-mw_staff";
pub const SIGN_IN: &str = "__Host-mw_staff_signin";

/// One hash of [`PASSWORD`] for every account (hashing is slow in a debug build).
pub static HASH: LazyLock<String> = LazyLock::new(|| password::hash(PASSWORD).unwrap());

/// A signed-in browser: the cookie header it sends, the session's form token, and
/// the account it is signed in with.
#[derive(Clone, Debug)]
pub struct Browser {
    pub cookie: String,
    pub csrf: String,
    pub account: Account,
}

impl Portal {
    /// Makes an account with [`PASSWORD`], created by nobody at the clock's "now".
    pub async fn account(&self, email: &str, role: Role) -> Account {
        let new = NewAccount {
            email,
            display_name: &format!("Naam van {email}"),
            password_hash: &HASH,
            role,
        };
        staff::create_account(&self.state.db, &new, None, self.clock.now())
            .await
            .unwrap()
    }

    pub async fn get_as(&self, browser: &Browser, path: &str) -> Reply {
        self.get(path, &[("cookie", &browser.cookie)]).await
    }

    /// A form POST with the browser's cookie; `fields` carry the form token, if any.
    pub async fn post_as(&self, browser: &Browser, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.post(path, &[("cookie", &browser.cookie)], fields)
            .await
    }

    /// A form POST with the browser's cookie and its session's form token.
    pub async fn post_with_token(
        &self,
        browser: &Browser,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Reply {
        let mut all = fields.to_vec();
        all.push(("_csrf", &browser.csrf));
        self.post_as(browser, path, &all).await
    }

    /// Opens the sign-in page and sends the form; `cookie` is what the browser already
    /// has (e.g. an old session).
    pub async fn try_sign_in(
        &self,
        email: &str,
        secret: &str,
        cookie: Option<&str>,
        from: Option<&str>,
    ) -> Reply {
        let page = self.get("/staff/sign-in", &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        let token = page
            .cookie(SIGN_IN)
            .expect("the sign-in page sets its cookie");
        assert_eq!(page.csrf(), token);
        let cookie = match cookie {
            Some(other) => format!("{other}; {SIGN_IN}={token}"),
            None => format!("{SIGN_IN}={token}"),
        };
        self.post_from(
            "/staff/sign-in",
            &[("cookie", &cookie)],
            &[("email", email), ("password", secret), ("_csrf", &token)],
            from,
        )
        .await
    }

    /// Signs in with [`PASSWORD`] (which must succeed) and reads the session's form
    /// token; `cookie` is what the browser already has.
    pub async fn sign_in(&self, email: &str, cookie: Option<&str>) -> Browser {
        let reply = self.try_sign_in(email, PASSWORD, cookie, None).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        assert_eq!(reply.header(header::LOCATION), "/staff");
        let session = reply.cookie(SESSION).expect("a session cookie");
        let cookie = format!("{SESSION}={session}");
        let home = self.get("/staff", &[("cookie", &cookie)]).await;
        assert_eq!(home.status, StatusCode::OK, "{}", home.body);
        let (_, account) = staff::session(&self.state.db, &token::hash(&session))
            .await
            .unwrap()
            .expect("the session is stored");
        Browser {
            csrf: home.csrf(),
            cookie,
            account,
        }
    }

    /// Makes an account with `role` and signs in with it, as a browser does.
    pub async fn signed_in(&self, email: &str, role: Role) -> Browser {
        self.account(email, role).await;
        self.sign_in(email, None).await
    }
}
