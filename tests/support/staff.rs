//! The staff area through the router, without a network: a portal on a fresh
//! database with a manual clock, accounts, signing in as a browser does, and requests
//! with the session's cookie. (The same steps as in `tests/staff_auth.rs`, shared here
//! for the other staff tests.)

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use meldwijzer::auth::{password, Clock, Role, StaffAuth};
use meldwijzer::config::settings::Staff;
use meldwijzer::server::{router, AppState};
use meldwijzer::store::staff::{self, Account, NewAccount};
use std::sync::LazyLock;
use tower::ServiceExt;

/// "Now" when every test starts: 2027-01-15 08:00 UTC (09:00 in Amsterdam).
pub const T0: i64 = 1_800_000_000;
pub const PASSWORD: &str = "een heel geheim wachtwoord";
pub const SESSION: &str = "__Host-mw_staff";
pub const SIGN_IN: &str = "__Host-mw_staff_signin";

/// One hash of [`PASSWORD`] for every account (hashing is slow in a debug build).
static HASH: LazyLock<String> = LazyLock::new(|| password::hash(PASSWORD).unwrap());

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(&name).map_or("", |v| v.to_str().unwrap())
    }

    /// The value the response gives cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let line = self
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with(&format!("{name}=")))?;
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

/// A signed-in browser: its cookie header and the session's form token.
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
    /// A portal on a fresh SQLite database.
    pub async fn sqlite() -> Portal {
        let (url, dir) = super::fresh_sqlite();
        let mut portal = Portal::on(&url).await;
        portal._dir = Some(dir);
        portal
    }

    /// A portal on a fresh PostgreSQL database, when a server is configured.
    pub async fn postgres() -> Option<Portal> {
        let url = super::fresh_postgres().await?;
        Some(Portal::on(&url).await)
    }

    pub async fn on(url: &str) -> Portal {
        let mut state = super::state_for(url).await;
        let clock = Clock::manual(T0);
        state.staff_auth = StaffAuth::new(&Staff::default());
        state.staff_auth.clock = clock.clone();
        Portal {
            app: router(state.clone()),
            state,
            clock,
            _dir: None,
        }
    }

    pub async fn account(&self, email: &str, role: Role) -> Account {
        let new = NewAccount {
            email,
            display_name: &format!("Naam van {email}"),
            password_hash: &HASH,
            role,
        };
        staff::create_account(&self.state.db, &new, None, T0)
            .await
            .unwrap()
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.app.clone().oneshot(request).await.unwrap();
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
        let mut request =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::from(form_body(fields))).unwrap())
            .await
    }

    pub async fn post_as(&self, browser: &Browser, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.post(path, &[("cookie", &browser.cookie)], fields)
            .await
    }

    /// Makes an account with `role` and signs in with it, as a browser does.
    pub async fn signed_in(&self, email: &str, role: Role) -> Browser {
        let account = self.account(email, role).await;
        let page = self.get("/staff/sign-in", &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        let token = page
            .cookie(SIGN_IN)
            .expect("the sign-in page sets its cookie");
        let reply = self
            .post(
                "/staff/sign-in",
                &[("cookie", &format!("{SIGN_IN}={token}"))],
                &[("email", email), ("password", PASSWORD), ("_csrf", &token)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        let session = reply.cookie(SESSION).expect("a session cookie");
        let cookie = format!("{SESSION}={session}");
        let home = self.get("/staff", &[("cookie", &cookie)]).await;
        assert_eq!(home.status, StatusCode::OK, "{}", home.body);
        Browser {
            csrf: home.csrf(),
            cookie,
            account,
        }
    }
}
