//! The DigiD test provider (`tests/oidc/provider.mjs`: npm `oidc-provider` 8.8.1, a
//! real OpenID provider) and a resident's way through it over HTTP: start a sign-in at
//! the portal, follow the redirects to the provider, type an account id on its login
//! page, and bring the provider's answer back to the portal's callback.
//!
//! Each test starts its own provider (on a free port, killed when dropped), so a test
//! can put the provider's token-endpoint fixture (`--tamper`) in the mode it needs.

use super::portal::{Options, Portal};
use super::reply::Reply;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};

/// The redirect URL registered with the test provider for the in-process portal. No
/// portal listens there: the helpers hand the provider's answer to the portal's router
/// in this process. A portal of its own (the spawned binary on a free port) registers
/// [`redirect_url`] of its origin instead.
pub const REDIRECT_URL: &str = "http://127.0.0.1:3000/auth/digid/callback";

/// The redirect URL of a portal at `origin` (`http://127.0.0.1:<port>`).
pub fn redirect_url(origin: &str) -> String {
    format!("{origin}/auth/digid/callback")
}
/// The portal's origin in [`REDIRECT_URL`] (with the slash, so no port merely
/// starting with 3000 matches).
pub const PORTAL_ORIGIN: &str = "http://127.0.0.1:3000/";
pub const CLIENT_ID: &str = "meldwijzer";
pub const CLIENT_SECRET: &str = "meldwijzer-test-secret";

/// The resident session cookie and the sign-in cookie.
pub const SESSION: &str = "__Host-mw_resident";
pub const SIGN_IN: &str = "__Host-mw_digid";

/// The test accounts of the provider and what it says about them.
pub const RESIDENT_A: &str = "resident-a";
pub const BSN_A: &str = "111222333";
pub const RESIDENT_B: &str = "resident-b";
pub const BSN_B: &str = "123456782";
pub const RESIDENT_HOOG: &str = "resident-hoog";
pub const BSN_HOOG: &str = "999990019";
pub const RESIDENT_BASIS: &str = "resident-basis";
pub const BSN_BASIS: &str = "999990007";
pub const RESIDENT_BAD_BSN: &str = "resident-bad-bsn";
pub const BAD_BSN: &str = "123456789";
pub const RESIDENT_NO_BSN: &str = "resident-no-bsn";
/// Every BSN the provider gives out.
pub const ALL_BSNS: [&str; 5] = [BSN_A, BSN_B, BSN_HOOG, BSN_BASIS, BAD_BSN];

/// The provider's script.
pub fn script() -> PathBuf {
    super::project_path("tests/oidc/provider.mjs")
}

/// Whether `npm ci` has installed the provider (the test command does). Without it
/// a test skips, unless every part is required.
pub fn installed() -> bool {
    let ok = super::project_path("node_modules/oidc-provider/package.json").exists();
    if !ok {
        assert!(
            !super::require_all(),
            "node_modules/oidc-provider is missing: run `npm ci`"
        );
        eprintln!("skipping: node_modules/oidc-provider is missing (run `npm ci`)");
    }
    ok
}

/// A running test provider.
pub struct Provider {
    pub issuer: String,
    child: tokio::process::Child,
}

impl Provider {
    /// Starts the provider, with the token-endpoint fixture in `tamper` mode if given;
    /// `None` when it is not installed. Waits until its discovery document answers.
    pub async fn start(tamper: Option<&str>) -> Option<Provider> {
        Provider::start_with(tamper, &[]).await
    }

    pub async fn start_with(tamper: Option<&str>, env: &[(&str, &str)]) -> Option<Provider> {
        Provider::launch(tamper, env, REDIRECT_URL).await
    }

    /// Starts the provider for a portal whose callback is `redirect` (see
    /// [`redirect_url`]); its sign-out returns to the same origin.
    pub async fn start_for(redirect: &str) -> Option<Provider> {
        Provider::launch(None, &[], redirect).await
    }

    async fn launch(
        tamper: Option<&str>,
        env: &[(&str, &str)],
        redirect: &str,
    ) -> Option<Provider> {
        if !installed() {
            return None;
        }
        let node = std::env::var("NODE").unwrap_or_else(|_| "node".to_owned());
        let mut command = tokio::process::Command::new(node);
        command
            .arg(script())
            .args(["--port", "0", "--redirect", redirect])
            .current_dir(super::project_path(""))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if let Some(mode) = tamper {
            command.args(["--tamper", mode]);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("start node tests/oidc/provider.mjs");
        // Its errors go to the test's output, without the provider's notice about
        // its in-memory store (which is what a test wants).
        let stderr = child.stderr.take().unwrap();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if !line.contains("in-memory adapter") {
                    eprintln!("test provider: {line}");
                }
            }
        });
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let ready = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = lines.next_line().await.unwrap() {
                if let Some(issuer) = line.strip_prefix("ready ") {
                    return Some(issuer.to_owned());
                }
            }
            None
        })
        .await
        .expect("the provider starts within a minute")
        .expect("the provider prints its issuer");
        // Keep reading its output, so the pipe never fills.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let provider = Provider {
            issuer: ready,
            child,
        };
        let discovery = format!("{}/.well-known/openid-configuration", provider.issuer);
        let answer = reqwest::get(&discovery).await.expect("discovery answers");
        assert_eq!(answer.status(), StatusCode::OK, "{discovery}");
        Some(provider)
    }

    /// Stops the provider (a broker that went away) and waits until it is gone.
    pub async fn stop(&mut self) {
        let _ = self.child.kill().await;
    }
}

/// The shipped settings with `[residents]` in `mode` (`digid` or `digid-or-form`) for
/// the broker at `issuer`; `timeout_seconds` for requests to it. Written to a file in
/// `dir`.
pub fn settings_file(
    dir: &std::path::Path,
    mode: &str,
    issuer: &str,
    timeout_seconds: u32,
) -> PathBuf {
    settings_file_for(dir, mode, issuer, REDIRECT_URL, timeout_seconds)
}

/// [`settings_file`] for a portal whose callback is `redirect` (see [`redirect_url`]).
pub fn settings_file_for(
    dir: &std::path::Path,
    mode: &str,
    issuer: &str,
    redirect: &str,
    timeout_seconds: u32,
) -> PathBuf {
    let shipped = std::fs::read_to_string(super::project_path("config/steenwijkerland.toml"))
        .expect("the shipped settings");
    let mut text = String::new();
    for line in shipped.lines() {
        let line = match line {
            "identity_mode = \"form\"" => format!("identity_mode = \"{mode}\""),
            "issuer_url = \"\"" => format!("issuer_url = \"{issuer}\""),
            "client_id = \"\"" => format!("client_id = \"{CLIENT_ID}\""),
            "redirect_url = \"\"" => format!("redirect_url = \"{redirect}\""),
            "name_claim = \"\"" => "name_claim = \"name\"".to_owned(),
            "scopes = []" => "scopes = [\"profile\"]".to_owned(),
            "timeout_seconds = 10" => format!("timeout_seconds = {timeout_seconds}"),
            other => other.to_owned(),
        };
        text.push_str(&line);
        text.push('\n');
    }
    assert!(text.contains(&format!("issuer_url = \"{issuer}\"")));
    let path = dir.join(super::unique("settings") + ".toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// The options of a portal that signs residents in at `issuer` (identity mode
/// `digid`), with the client secret in its environment and a manual clock at
/// [`super::staff::T0`].
pub fn portal_options(dir: &std::path::Path, issuer: &str, timeout_seconds: u32) -> Options {
    Options {
        settings: Some(settings_file(dir, "digid", issuer, timeout_seconds)),
        digid_client_secret: Some(CLIENT_SECRET.to_owned()),
        ..Options::staff()
    }
}

/// A resident's browser, without a browser: the provider's cookies in a jar, the
/// portal's cookies by hand.
pub struct Resident {
    http: reqwest::Client,
    /// The portal's sign-in cookie (`__Host-mw_digid`) of this browser.
    pub sign_in_cookie: Option<String>,
    /// The portal's session cookie of this browser.
    pub session: Option<String>,
}

/// A sign-in on its way: the provider's address the portal sent the browser to.
pub struct Started {
    pub authorize_url: String,
}

impl Default for Resident {
    fn default() -> Self {
        Resident::new()
    }
}

impl Resident {
    pub fn new() -> Resident {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Resident {
            http,
            sign_in_cookie: None,
            session: None,
        }
    }

    /// The `Cookie` header this browser sends the portal.
    pub fn cookie_header(&self) -> String {
        let mut cookies = Vec::new();
        if let Some(value) = &self.sign_in_cookie {
            cookies.push(format!("{SIGN_IN}={value}"));
        }
        if let Some(value) = &self.session {
            cookies.push(format!("{SESSION}={value}"));
        }
        cookies.join("; ")
    }

    /// A GET of the portal with this browser's cookies, asking for a page.
    pub async fn get(&mut self, portal: &Portal, path_and_query: &str) -> Reply {
        let request = Request::get(path_and_query)
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let reply = portal.send(request).await;
        self.remember(&reply);
        reply
    }

    /// A form POST to the portal with this browser's cookies.
    pub async fn post(&mut self, portal: &Portal, path: &str, fields: &[(&str, &str)]) -> Reply {
        let cookie = self.cookie_header();
        let reply = portal
            .post(
                path,
                &[("cookie", cookie.as_str()), ("accept", "text/html")],
                fields,
            )
            .await;
        self.remember(&reply);
        reply
    }

    /// Keeps (or forgets) the portal's cookies a reply sets.
    fn remember(&mut self, reply: &Reply) {
        for (name, slot) in [
            (SIGN_IN, &mut self.sign_in_cookie),
            (SESSION, &mut self.session),
        ] {
            if let Some(value) = reply.cookie(name) {
                *slot = (!value.is_empty()).then_some(value);
            }
        }
    }

    /// Starts a sign-in at the portal that returns to `return_to`.
    pub async fn start(&mut self, portal: &Portal, return_to: &str) -> Started {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("return", return_to)
            .finish();
        let reply = self
            .get(portal, &format!("/auth/digid/start?{query}"))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        Started {
            authorize_url: reply.location().to_owned(),
        }
    }

    /// GETs `url` at the provider and follows its redirects while they stay there;
    /// the last answer at the provider, or the address outside it (the portal).
    pub async fn follow(&self, mut url: String) -> Result<(String, String), String> {
        for _ in 0..20 {
            let answer = self
                .http
                .get(&url)
                .send()
                .await
                .expect("the provider answers");
            if answer.status().is_redirection() {
                let to = answer.headers()[header::LOCATION]
                    .to_str()
                    .unwrap()
                    .to_owned();
                let to = reqwest::Url::parse(&url)
                    .unwrap()
                    .join(&to)
                    .unwrap()
                    .to_string();
                if to.starts_with(PORTAL_ORIGIN) {
                    return Err(to);
                }
                url = to;
                continue;
            }
            let body = answer.text().await.unwrap();
            return Ok((url, body));
        }
        panic!("too many redirects at the provider");
    }

    /// POSTs a form to the provider and follows the redirects; the address outside it.
    async fn submit(&self, url: &str, fields: &[(&str, &str)]) -> String {
        let answer = self
            .http
            .post(url)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish(),
            )
            .send()
            .await
            .expect("the provider answers");
        assert!(
            answer.status().is_redirection(),
            "{}: {}",
            answer.status(),
            answer.text().await.unwrap()
        );
        let to = answer.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_owned();
        let to = reqwest::Url::parse(url)
            .unwrap()
            .join(&to)
            .unwrap()
            .to_string();
        if to.starts_with(PORTAL_ORIGIN) {
            return to;
        }
        match self.follow(to).await {
            Err(outside) => outside,
            Ok((at, body)) => panic!("still at the provider ({at}): {body}"),
        }
    }

    /// At the provider's login page, signs in as `account` (or presses "Cancel" with
    /// `None`); the portal address the provider sends the browser back to.
    pub async fn at_provider(&self, started: &Started, account: Option<&str>) -> String {
        let (page_url, page) = match self.follow(started.authorize_url.clone()).await {
            Ok(found) => found,
            // Already signed in at the provider: it answers at once.
            Err(outside) => return outside,
        };
        let action = |suffix: &str| {
            let marker = "action=\"";
            page.match_indices(marker)
                .map(|(i, _)| {
                    let start = i + marker.len();
                    &page[start..start + page[start..].find('"').unwrap()]
                })
                .find(|a| a.ends_with(suffix))
                .unwrap_or_else(|| panic!("no form ending in {suffix}: {page}"))
                .to_owned()
        };
        let base = reqwest::Url::parse(&page_url).unwrap();
        match account {
            Some(account) => {
                let to = base.join(&action("/login")).unwrap();
                self.submit(to.as_str(), &[("login", account)]).await
            }
            None => {
                let to = base.join(&action("/abort")).unwrap();
                self.submit(to.as_str(), &[]).await
            }
        }
    }

    /// Brings the provider's answer (`callback_url`, absolute) to the portal.
    pub async fn callback(&mut self, portal: &Portal, callback_url: &str) -> Reply {
        let url = reqwest::Url::parse(callback_url).unwrap();
        let path = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        };
        self.get(portal, &path).await
    }

    /// Signs in as `account`, coming back to `return_to`; the portal's last reply.
    pub async fn sign_in_to(&mut self, portal: &Portal, account: &str, return_to: &str) -> Reply {
        let started = self.start(portal, return_to).await;
        let back = self.at_provider(&started, Some(account)).await;
        self.callback(portal, &back).await
    }

    /// Signs in as `account`, which must succeed; the session cookie's value.
    pub async fn sign_in(&mut self, portal: &Portal, account: &str) -> String {
        let reply = self.sign_in_to(portal, account, "/nl").await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        assert_eq!(reply.location(), "/nl");
        self.session.clone().expect("a session cookie")
    }

    /// Follows the broker's sign-out page (after the portal's `POST /auth/sign-out`
    /// sent the browser to `logout_url`): presses "Yes, sign me out"; the portal
    /// address the provider sends the browser back to.
    pub async fn sign_out_at_provider(&self, logout_url: &str) -> String {
        let (page_url, page) = match self.follow(logout_url.to_owned()).await {
            Ok(found) => found,
            Err(outside) => return outside,
        };
        let field = |name: &str| {
            let marker = format!("name=\"{name}\" value=\"");
            let start = page.find(&marker).map(|i| i + marker.len())?;
            Some(page[start..start + page[start..].find('"')?].to_owned())
        };
        let marker = "action=\"";
        let start = page.find(marker).expect("a sign-out form") + marker.len();
        let action = &page[start..start + page[start..].find('"').unwrap()];
        let to = reqwest::Url::parse(&page_url)
            .unwrap()
            .join(action)
            .unwrap();
        let xsrf = field("xsrf").expect("the provider's form token");
        self.submit(to.as_str(), &[("xsrf", &xsrf), ("logout", "yes")])
            .await
    }
}

/// A portal in `digid` mode against `provider`, on a fresh SQLite database.
pub async fn sqlite_portal(provider: &Provider, dir: &std::path::Path) -> Portal {
    Portal::sqlite_with(portal_options(dir, &provider.issuer, 5)).await
}
