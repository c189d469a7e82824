//! The portal's binary as a process of its own, on its own port with its own SQLite
//! file (or the database a test gives it): the one way the browser, command-line,
//! durability and memory tests start it. `scripts/test` gives it the test build's
//! binary with the client (WebAssembly, JS, CSS) of a release build; by hand, the
//! binary that `scripts/build` made.

use super::reply::Reply;
use super::staff::{PASSWORD, SESSION, SIGN_IN};
use super::{project_path, require_all};
use meldwijzer::auth::{password, Role};
use meldwijzer::store::staff::{self, NewAccount};
use meldwijzer::store::Db;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The portal's binary (`MELDWIJZER_BIN`, else `target/release/meldwijzer`), or `None`
/// when it was not built (which fails the test when the test command demanded every
/// part).
pub fn binary() -> Option<PathBuf> {
    let bin = std::env::var("MELDWIJZER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| project_path("target/release/meldwijzer"));
    if bin.exists() {
        return Some(bin);
    }
    assert!(!require_all(), "portal binary {} is missing", bin.display());
    eprintln!("skipping: build the portal first (scripts/build)");
    None
}

/// The shipped settings with the limit of notices per network address per hour set to
/// `limit`: in a test every resident comes from 127.0.0.1, on the internet each has an
/// address of their own. Give the file to the portal as `MELDWIJZER_SETTINGS`.
pub fn settings_with_submission_limit(limit: u32) -> tempfile::NamedTempFile {
    let shipped = std::fs::read_to_string(project_path("config/steenwijkerland.toml")).unwrap();
    let raised = shipped.replace(
        "max_submissions_per_address_per_hour = 20",
        &format!("max_submissions_per_address_per_hour = {limit}"),
    );
    assert_ne!(raised, shipped, "the settings file names the notice limit");
    let mut file = tempfile::NamedTempFile::new().unwrap();
    Write::write_all(&mut file, raised.as_bytes()).unwrap();
    file
}

/// A value from `/proc/<pid>/status` (`VmRSS`, `VmHWM`, …), in KiB.
pub fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} in /proc/{pid}/status"))
}

/// A port nothing listens on now. The port is released before the child process binds
/// it, so the kernel could hand the same number to the next caller in that window; the
/// set makes sure no two portals or drivers of one test binary are given the same port
/// (all the tests of `all` share it: they run in one process).
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

/// Polls `check` every 50 ms until it holds or `limit` passes.
fn wait_until(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A GET over HTTP/1.1 (chromedriver closes HTTP/1.0 requests unanswered): the status
/// and the body as long as its `Content-Length`, or `None` when nothing answers.
pub fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .ok()?;
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        let read = stream.read(&mut buffer).ok()?;
        if read == 0 {
            return None;
        }
        received.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&received);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            continue;
        };
        let status = head.get(9..12)?.parse().ok()?;
        let length = head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, value)| value.trim().parse::<usize>().ok())
            .unwrap_or(0);
        if body.len() >= length {
            return Some((status, body.to_owned()));
        }
    }
}

fn http_status(port: u16, path: &str) -> Option<u16> {
    http_get(port, path).map(|(status, _)| status)
}

fn database_url(data: &tempfile::TempDir) -> String {
    format!("sqlite://{}/portal.db", data.path().display())
}

/// A running portal (the binary [`binary`] names) on
/// its own port with its own SQLite file.
pub struct Portal {
    child: Child,
    pub base: String,
    _data: tempfile::TempDir,
}

impl Portal {
    pub fn start() -> Option<Portal> {
        Self::start_with(&[])
    }

    pub fn start_with(extra_env: &[(&str, String)]) -> Option<Portal> {
        Self::start_logging(extra_env, Stdio::null())
    }

    /// Starts the portal on a database that already has these staff accounts (e-mail,
    /// name, role), all with `password`.
    pub async fn start_with_staff(
        accounts: &[(&str, &str, Role)],
        password: &str,
        extra_env: &[(&str, String)],
    ) -> Option<Portal> {
        let data = tempfile::tempdir().unwrap();
        let db = Db::connect(&database_url(&data)).await.unwrap();
        let hash = password::hash(password).unwrap();
        for &(email, display_name, role) in accounts {
            let account = NewAccount {
                email,
                display_name,
                password_hash: &hash,
                role,
            };
            staff::create_account(&db, &account, None, 0).await.unwrap();
        }
        db.close().await;
        Self::launch(
            data,
            free_port(),
            extra_env,
            (Stdio::null(), Stdio::inherit()),
        )
    }

    /// Starts the portal with its log lines (standard output) going to `log`.
    pub fn start_logging(extra_env: &[(&str, String)], log: Stdio) -> Option<Portal> {
        Self::launch(
            tempfile::tempdir().unwrap(),
            free_port(),
            extra_env,
            (log, Stdio::inherit()),
        )
    }

    /// Starts the portal on `port` (from [`free_port`]; a test that must name the
    /// portal's address before it starts, as the DigiD test provider's redirect URL
    /// does) with everything it writes, standard output and standard error, in the
    /// file `log`.
    pub fn start_on(port: u16, extra_env: &[(&str, String)], log: &Path) -> Option<Portal> {
        let file = std::fs::File::create(log).expect("create the portal's log file");
        let output = (file.try_clone().unwrap().into(), file.into());
        Self::launch(tempfile::tempdir().unwrap(), port, extra_env, output)
    }

    /// Starts the binary on `port` with its SQLite database in `data`, its
    /// standard output and error going to `output`.
    fn launch(
        data: tempfile::TempDir,
        port: u16,
        extra_env: &[(&str, String)],
        (stdout, stderr): (Stdio, Stdio),
    ) -> Option<Portal> {
        let bin = binary()?;
        let site_root = std::env::var("MELDWIJZER_SITE_ROOT")
            .unwrap_or_else(|_| project_path("target/site").display().to_string());
        let mut command = Command::new(&bin);
        command
            .current_dir(project_path(""))
            .env("MELDWIJZER_BIND", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", database_url(&data))
            .env("LEPTOS_SITE_ROOT", site_root)
            .env("MELDWIJZER_LOG", "warn")
            .stdout(stdout)
            .stderr(stderr);
        for (key, value) in extra_env {
            command.env(key, value);
        }
        let child = command.spawn().expect("start the portal");
        let mut portal = Portal {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _data: data,
        };
        wait_until(Duration::from_secs(60), "the portal's /healthz", || {
            if let Some(status) = portal.child.try_wait().unwrap() {
                panic!("the portal ended before it answered: {status}");
            }
            http_status(port, "/healthz") == Some(200)
        });
        Some(portal)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The HTTP status of a GET request.
    pub fn status(&self, path: &str) -> Option<u16> {
        let port = self.base.rsplit(':').next()?.parse().ok()?;
        http_status(port, path)
    }

    /// The operating system's id of the portal process.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Kills the process with SIGKILL: no clean-up, requests cut off mid-way.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL the portal");
        self.child.wait().unwrap();
    }

    /// Sends SIGTERM and waits (up to 30 s) for the process to end.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the portal did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---- Over HTTP(S) with reqwest: a browser's requests without a browser. ----

pub async fn read(response: reqwest::Response) -> Reply {
    Reply::read(axum::http::Response::from(response)).await
}

/// `GET url` with the cookie header `cookie`.
pub async fn get(http: &reqwest::Client, url: &str, cookie: &str) -> Reply {
    let mut request = http.get(url);
    if !cookie.is_empty() {
        request = request.header("cookie", cookie);
    }
    read(request.send().await.unwrap()).await
}

/// A form `POST` from this site (as a browser sends it) with the cookie header.
pub async fn post(
    http: &reqwest::Client,
    url: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let body = super::portal::form_body(fields);
    let request = http
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookie)
        .body(body);
    read(request.send().await.unwrap()).await
}

/// A signed-in staff member: the session cookie header and its form token.
pub struct Staff {
    pub cookie: String,
    pub csrf: String,
}

pub async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> Staff {
    let page = get(http, &format!("{base}/staff/sign-in"), "").await;
    assert_eq!(page.status, 200);
    let token = page.cookie(SIGN_IN).expect("the sign-in cookie");
    let reply = post(
        http,
        &format!("{base}/staff/sign-in"),
        &format!("{SIGN_IN}={token}"),
        &[("email", email), ("password", PASSWORD), ("_csrf", &token)],
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location(), "/staff");
    let cookie = format!("{SESSION}={}", reply.cookie(SESSION).expect("a session"));
    let home = get(http, &format!("{base}/staff"), &cookie).await;
    assert_eq!(home.status, 200);
    Staff {
        csrf: home.csrf(),
        cookie,
    }
}
