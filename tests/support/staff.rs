//! The staff area through the router, without a network: a portal on a fresh
//! database, accounts, signing in as a browser does, and requests with the session's
//! cookie. The clock is normally a manual one, so timeouts are tested by moving it,
//! not by waiting. Shared by every staff test (`staff_auth`, `text_editing`,
//! `notices_inbox`).

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use meldwijzer::auth::{password, token, Clock, Role, StaffAuth};
use meldwijzer::config::settings::Staff;
use meldwijzer::server::{router, AppState};
use meldwijzer::store::staff::{self, Account, NewAccount};
use std::net::SocketAddr;
use std::sync::LazyLock;
use tower::ServiceExt;

/// "Now" when every test starts: 2027-01-15 08:00 UTC (09:00 in Amsterdam).
pub const T0: i64 = 1_800_000_000;
pub const PASSWORD: &str = "een heel geheim wachtwoord";
pub const SESSION: &str = "__Host-mw_staff";
pub const SIGN_IN: &str = "__Host-mw_staff_signin";

/// One hash of [`PASSWORD`] for every account (hashing is slow in a debug build).
pub static HASH: LazyLock<String> = LazyLock::new(|| password::hash(PASSWORD).unwrap());

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    pub body: String,
}

impl Reply {
    /// Reads a whole response.
    pub async fn read(response: axum::response::Response) -> Reply {
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// A header's value; empty when there is none.
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.header_value(name).unwrap_or("")
    }

    pub fn header_value(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(&name).map(|v| v.to_str().unwrap())
    }

    /// The body, which must be UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("utf-8 body")
    }

    /// The `Set-Cookie` line of cookie `name`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with(&format!("{name}=")))
    }

    /// The value the response gives cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let line = self.set_cookie(name)?;
        let value = line.split(';').next()?.split_once('=')?.1;
        Some(value.to_owned())
    }

    /// The value of the first hidden `_csrf` field of the page.
    pub fn csrf(&self) -> String {
        let marker = "name=\"_csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .unwrap_or_else(|| panic!("no form token in {}", self.body))
            + marker.len();
        let end = self.body[start..].find('"').unwrap() + start;
        self.body[start..end].to_owned()
    }
}

/// A signed-in browser: the cookie header it sends, the session's form token, and
/// the account it is signed in with.
#[derive(Clone, Debug)]
pub struct Browser {
    pub cookie: String,
    pub csrf: String,
    pub account: Account,
}

pub struct Portal {
    pub app: axum::Router,
    pub state: AppState,
    pub clock: Clock,
    _dir: Option<tempfile::TempDir>,
}

pub fn form_body(fields: &[(&str, &str)]) -> String {
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        body.append_pair(name, value);
    }
    body.finish()
}

impl Portal {
    /// A portal on a fresh SQLite database, with the default staff settings and a
    /// manual clock at [`T0`].
    pub async fn sqlite() -> Portal {
        Portal::sqlite_with(Some(Staff::default()), Clock::manual(T0)).await
    }

    /// A portal on a fresh SQLite database; see [`Portal::on_with`].
    pub async fn sqlite_with(settings: Option<Staff>, clock: Clock) -> Portal {
        let (url, dir) = super::fresh_sqlite();
        let mut portal = Portal::on_with(&url, settings, clock).await;
        portal._dir = Some(dir);
        portal
    }

    /// A portal on a fresh PostgreSQL database, when a server is configured, with the
    /// default staff settings and a manual clock at [`T0`].
    pub async fn postgres() -> Option<Portal> {
        let url = super::fresh_postgres().await?;
        Some(Portal::on(&url).await)
    }

    /// A portal on the database at `url` (SQLite or PostgreSQL), with the default
    /// staff settings and a manual clock at [`T0`].
    pub async fn on(url: &str) -> Portal {
        Portal::on_with(url, Some(Staff::default()), Clock::manual(T0)).await
    }

    /// A portal on the database at `url` with these staff `settings` (`None` keeps
    /// those of the settings file) and this `clock` (`Clock::System` for tests that
    /// run in real time).
    pub async fn on_with(url: &str, settings: Option<Staff>, clock: Clock) -> Portal {
        let mut state = super::state_for(url).await;
        if let Some(settings) = settings {
            state.staff_auth = StaffAuth::new(&settings);
        }
        state.staff_auth.clock = clock.clone();
        Portal {
            app: router(state.clone()),
            state,
            clock,
            _dir: None,
        }
    }

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

    pub async fn send(&self, request: Request<Body>) -> Reply {
        Reply::read(self.app.clone().oneshot(request).await.unwrap()).await
    }

    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::get(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    pub async fn get_as(&self, browser: &Browser, path: &str) -> Reply {
        self.get(path, &[("cookie", &browser.cookie)]).await
    }

    pub async fn post(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        fields: &[(&str, &str)],
    ) -> Reply {
        self.post_from(path, headers, fields, None).await
    }

    /// A form POST, optionally from a network address.
    pub async fn post_from(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        fields: &[(&str, &str)],
        from: Option<&str>,
    ) -> Reply {
        let mut request =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut request = request.body(Body::from(form_body(fields))).unwrap();
        if let Some(ip) = from {
            let addr: SocketAddr = format!("{ip}:40000").parse().unwrap();
            request.extensions_mut().insert(ConnectInfo(addr));
        }
        self.send(request).await
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
