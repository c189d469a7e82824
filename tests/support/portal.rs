//! The portal in the test's own process, without a network: its router on a fresh
//! database (or one given), with "today", the staff settings and the clock chosen by
//! the test. The one way every in-process test starts a portal.

use super::reply::Reply;
use super::staff::T0;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request};
use meldwijzer::auth::{Clock, StaffAuth};
use meldwijzer::config::settings::Staff;
use meldwijzer::server::{build_state, router, AppState};
use std::net::SocketAddr;
use tower::ServiceExt;

pub struct Portal {
    pub app: axum::Router,
    pub state: AppState,
    pub clock: Clock,
    _dir: Option<tempfile::TempDir>,
}

/// What a test changes in the portal it starts; the default is the portal as the
/// server runs it (the settings file's staff settings, the system clock, the real
/// date).
#[derive(Clone, Default)]
pub struct Options {
    /// Staff settings instead of those of the settings file.
    pub staff: Option<Staff>,
    /// A clock instead of the system clock (a manual one, to move time in a test).
    pub clock: Option<Clock>,
    /// A fixed "today", as `MELDWIJZER_TODAY` gives the server.
    pub today: Option<time::Date>,
    /// A settings file instead of the shipped one, as `MELDWIJZER_SETTINGS` gives it.
    pub settings: Option<std::path::PathBuf>,
    /// The DigiD broker's client secret, as `MELDWIJZER_DIGID_CLIENT_SECRET` gives it.
    pub digid_client_secret: Option<String>,
    /// The trusted proxies, as `MELDWIJZER_TRUSTED_PROXIES` gives them.
    pub trusted_proxies: Vec<meldwijzer::domain::forwarded::IpNet>,
    /// The header they write, as `MELDWIJZER_FORWARDED_HEADER` says.
    pub forwarded_header: meldwijzer::domain::forwarded::Header,
}

impl Options {
    /// For the staff tests: the default staff settings and a manual clock at [`T0`].
    pub fn staff() -> Options {
        Options {
            staff: Some(Staff::default()),
            clock: Some(Clock::manual(T0)),
            ..Options::default()
        }
    }

    /// The portal as the server runs it, on the fixed date `today`.
    pub fn on(today: time::Date) -> Options {
        Options {
            today: Some(today),
            ..Options::default()
        }
    }
}

/// Sends `request` through the router `app` and reads the whole reply.
pub async fn send(app: &axum::Router, request: Request<Body>) -> Reply {
    Reply::read(app.clone().oneshot(request).await.unwrap()).await
}

pub fn form_body(fields: &[(&str, &str)]) -> String {
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        body.append_pair(name, value);
    }
    body.finish()
}

impl Portal {
    /// A portal for the staff tests on a fresh SQLite database ([`Options::staff`]).
    pub async fn sqlite() -> Portal {
        Portal::sqlite_with(Options::staff()).await
    }

    /// A portal on a fresh SQLite database, kept as long as the portal.
    pub async fn sqlite_with(options: Options) -> Portal {
        let (url, dir) = super::fresh_sqlite();
        let mut portal = Portal::on_with(&url, options).await;
        portal._dir = Some(dir);
        portal
    }

    /// A portal for the staff tests on a fresh PostgreSQL database, when a server is
    /// configured.
    pub async fn postgres() -> Option<Portal> {
        let url = super::fresh_postgres().await?;
        Some(Portal::on(&url).await)
    }

    /// A portal for the staff tests on the database at `url` (SQLite or PostgreSQL).
    pub async fn on(url: &str) -> Portal {
        Portal::on_with(url, Options::staff()).await
    }

    /// A portal on the database at `url`; several on one database are instances of
    /// one portal.
    pub async fn on_with(url: &str, options: Options) -> Portal {
        let mut env = super::env_for(url);
        env.today = options.today;
        if let Some(settings) = options.settings {
            env.settings = settings;
        }
        env.digid_client_secret = options
            .digid_client_secret
            .map(meldwijzer::config::env::Secret::new);
        env.trusted_proxies = options.trusted_proxies;
        env.forwarded_header = options.forwarded_header;
        let mut state = build_state(&env).await.expect("app state");
        if let Some(settings) = options.staff {
            state.staff_auth = StaffAuth::new(&settings);
        }
        if let Some(clock) = options.clock {
            // One clock for staff and resident sessions alike.
            state.resident_auth.clock = clock.clone();
            state.staff_auth.clock = clock;
        }
        Portal {
            app: router(state.clone()),
            clock: state.staff_auth.clock.clone(),
            state,
            _dir: None,
        }
    }

    /// The router and the fresh database's directory, for tests that need no more.
    pub fn into_router(self) -> (axum::Router, tempfile::TempDir) {
        let dir = self._dir.expect("a portal on a fresh database");
        (self.app, dir)
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        send(&self.app, request).await
    }

    /// A GET of `path` with `headers`.
    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        super::pages::get(&self.app, path, headers).await
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
}
