//! A real portal process and a real Chromium, for end-to-end and accessibility tests.
//! Every wait polls for a condition with a deadline; nothing sleeps a fixed time.

use super::{project_path, require_all, unique};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const PHONE: (u32, u32) = (390, 844);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls `check` every 50 ms until it holds or `limit` passes.
fn wait_until(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn http_status(port: u16, path: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

/// A running portal (the release binary that `cargo leptos build --release` made) on
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

    /// Starts the portal with its log lines (standard output) going to `log`.
    pub fn start_logging(extra_env: &[(&str, String)], log: Stdio) -> Option<Portal> {
        let bin = std::env::var("MELDWIJZER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|_| project_path("target/release/meldwijzer"));
        if !bin.exists() {
            assert!(!require_all(), "portal binary {} is missing", bin.display());
            eprintln!("skipping: build the portal first (cargo leptos build --release)");
            return None;
        }
        let site_root = std::env::var("MELDWIJZER_SITE_ROOT")
            .unwrap_or_else(|_| project_path("target/site").display().to_string());
        let data = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut command = Command::new(&bin);
        command
            .current_dir(project_path(""))
            .env("MELDWIJZER_BIND", format!("127.0.0.1:{port}"))
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/portal.db", data.path().display()),
            )
            .env("LEPTOS_SITE_ROOT", site_root)
            .env("MELDWIJZER_LOG", "warn")
            .stdout(log);
        for (key, value) in extra_env {
            command.env(key, value);
        }
        let child = command.spawn().expect("start the portal");
        let portal = Portal {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _data: data,
        };
        wait_until(Duration::from_secs(60), "the portal's /healthz", || {
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

/// Chromium driven through chromedriver, headless, with a fresh profile.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// `javascript: false` switches scripting off in the browser, as a resident with
    /// JavaScript disabled (or a page whose WebAssembly has not arrived yet) has it.
    pub async fn start(javascript: bool, (width, height): (u32, u32)) -> Option<Browser> {
        let driver_bin =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        if !PathBuf::from(&driver_bin).exists() || !PathBuf::from(&chromium).exists() {
            assert!(!require_all(), "chromium or chromedriver is missing");
            eprintln!("skipping: chromium and chromedriver are not installed");
            return None;
        }
        let port = free_port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        wait_until(Duration::from_secs(30), "chromedriver", || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        let profile = tempfile::Builder::new()
            .prefix(&unique("chromium"))
            .tempdir()
            .unwrap();
        let mut prefs = json!({});
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let options = json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
                "--hide-scrollbars",
                format!("--user-data-dir={}", profile.path().display()),
                format!("--window-size={width},{height}"),
            ],
            "prefs": prefs,
        });
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("open a browser session");
        Some(Browser {
            client,
            driver,
            _profile: profile,
        })
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// Runs axe-core (the npm package, injected into the page) and returns a readable line
/// per violation. WCAG 2.2 A/AA plus axe's best practices.
pub async fn axe_violations(client: &Client) -> Vec<String> {
    static AXE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let source = AXE.get_or_init(|| {
        let path = std::env::var("AXE_JS")
            .map(PathBuf::from)
            .unwrap_or_else(|_| project_path("node_modules/axe-core/axe.min.js"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("axe-core not found at {} ({e}); run npm ci", path.display())
        })
    });
    client
        .execute(source, vec![])
        .await
        .expect("inject axe-core");
    let result = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { runOnly: { type: 'tag', values:
                   ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                 .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
                     + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                 .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .expect("run axe-core");
    match result {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => vec![format!("unexpected axe result {other}")],
    }
}

/// Asserts that axe-core finds nothing on the page `client` shows.
pub async fn assert_accessible(client: &Client, what: &str) {
    let violations = axe_violations(client).await;
    assert!(violations.is_empty(), "{what}: {violations:#?}");
}

/// Asserts that axe-core finds nothing on the page `page` shows with JavaScript off.
/// axe needs timers, which never fire in such a page, so its HTML is written into a
/// page of the same origin in the JavaScript-on `checker` (same styles, same markup),
/// and axe runs there once the stylesheet is applied.
pub async fn assert_accessible_without_js(page: &Client, checker: &Client, base: &str, what: &str) {
    let html = page
        .execute("return document.documentElement.outerHTML;", vec![])
        .await
        .unwrap();
    let lang_dir = page
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await
        .unwrap();
    // A page of the portal: the written document keeps its address and headers.
    checker
        .goto(&format!("{base}/nl/accessibility"))
        .await
        .unwrap();
    checker
        .execute(
            "document.open(); document.write('<!DOCTYPE html>' + arguments[0]); \
             document.close(); document.documentElement.lang = arguments[1][0]; \
             document.documentElement.dir = arguments[1][1];",
            vec![html, lang_dir],
        )
        .await
        .unwrap();
    checker
        .wait()
        .for_element(fantoccini::Locator::Css("main#main"))
        .await
        .unwrap();
    // The written document loads its stylesheet anew; axe must see it applied.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let styled = checker
            .execute(
                "return Array.from(document.styleSheets).some(s => { try { \
                 return !!s.href && s.href.includes('/pkg/') && s.cssRules.length > 0; \
                 } catch (e) { return false; } });",
                vec![],
            )
            .await
            .unwrap();
        if styled == json!(true) {
            break;
        }
        assert!(Instant::now() < deadline, "{what}: no stylesheet");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_accessible(checker, what).await;
}
