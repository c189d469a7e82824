//! A real Chromium for the end-to-end and accessibility tests, against a spawned
//! portal (`super::spawned`). Every wait polls for a condition with a deadline;
//! nothing sleeps a fixed time.

use super::spawned::{free_port, http_get};
use super::{project_path, require_all, unique};
use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const PHONE: (u32, u32) = (390, 844);

/// Chromium driven through chromedriver, headless, with a fresh profile.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// `javascript: false` switches scripting off in the browser, as a resident with
    /// JavaScript disabled (or a page whose WebAssembly has not arrived yet) has it.
    pub async fn start(javascript: bool, size: (u32, u32)) -> Option<Browser> {
        Browser::start_with(javascript, size, false).await
    }

    /// A browser (JavaScript on) that also records every request it makes, redirects
    /// and form posts included, for [`Browser::requested_urls`].
    pub async fn start_recording(size: (u32, u32)) -> Option<Browser> {
        Browser::start_with(true, size, true).await
    }

    async fn start_with(
        javascript: bool,
        (width, height): (u32, u32),
        network_log: bool,
    ) -> Option<Browser> {
        let driver_bin =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        if !PathBuf::from(&driver_bin).exists() || !PathBuf::from(&chromium).exists() {
            assert!(!require_all(), "chromium or chromedriver is missing");
            eprintln!("skipping: chromium and chromedriver are not installed");
            return None;
        }
        let mut failures = Vec::new();
        // Chromedriver itself sometimes drops the very first request (a reset connection
        // while Chromium starts on a loaded machine). That is the test rig failing, not
        // the portal, so a fresh driver gets another try; every failure is printed.
        for _ in 0..3 {
            let launched = Self::launch(
                &driver_bin,
                &chromium,
                javascript,
                (width, height),
                network_log,
            )
            .await;
            match launched {
                Ok(browser) => return Some(browser),
                Err(failure) => {
                    eprintln!("browser start failed, trying a fresh driver: {failure}");
                    failures.push(failure);
                }
            }
        }
        panic!("open a browser session: {failures:#?}");
    }

    /// A browser with JavaScript and one without, in windows of one size.
    pub async fn pair(size: (u32, u32)) -> Option<(Browser, Browser)> {
        Some((
            Browser::start(true, size).await?,
            Browser::start(false, size).await?,
        ))
    }

    /// One chromedriver on a port of its own, ready for sessions, and one session on it.
    async fn launch(
        driver_bin: &str,
        chromium: &str,
        javascript: bool,
        (width, height): (u32, u32),
        network_log: bool,
    ) -> Result<Browser, String> {
        let profile = tempfile::Builder::new()
            .prefix(&unique("chromium"))
            .tempdir()
            .unwrap();
        let log = profile.path().join("chromedriver.log");
        let port = free_port();
        let mut driver = Command::new(driver_bin)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let log_tail = || {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(20)..].join("\n")
        };
        // Ready means chromedriver itself says so, not only that its port accepts.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = driver.try_wait().unwrap() {
                return Err(format!("chromedriver ended ({status}):\n{}", log_tail()));
            }
            let ready = http_get(port, "/status").is_some_and(|(status, body)| {
                status == 200
                    && serde_json::from_str::<Value>(&body)
                        .is_ok_and(|v| v["value"]["ready"] == json!(true))
            });
            if ready {
                break;
            }
            if Instant::now() >= deadline {
                let _ = driver.kill();
                let _ = driver.wait();
                return Err(format!("chromedriver not ready in 30 s:\n{}", log_tail()));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut prefs = json!({});
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let user_data = profile.path().join("profile");
        let options = json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
                "--hide-scrollbars",
                format!("--user-data-dir={}", user_data.display()),
                format!("--window-size={width},{height}"),
            ],
            "prefs": prefs,
        });
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), options);
        if network_log {
            caps.insert("goog:loggingPrefs".into(), json!({ "performance": "ALL" }));
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => Ok(Browser {
                client,
                driver,
                _profile: profile,
            }),
            Err(error) => {
                let _ = driver.kill();
                let _ = driver.wait();
                Err(format!("{error}:\n{}", log_tail()))
            }
        }
    }

    /// Every address the browser requested since the last call (pages, redirects,
    /// form posts, styles and scripts), from Chromium's performance log; only for a
    /// browser from [`Browser::start_recording`].
    pub async fn requested_urls(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(PerformanceLog)
            .await
            .expect("read Chromium's performance log");
        let mut urls = Vec::new();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            let message = &message["message"];
            if message["method"] == "Network.requestWillBeSent" {
                if let Some(url) = message["params"]["request"]["url"].as_str() {
                    urls.push(url.to_owned());
                }
            }
        }
        urls
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

/// Chromedriver's command that hands over (and empties) a log of the browser:
/// `POST /session/{id}/se/log {"type": "performance"}`.
#[derive(Debug)]
struct PerformanceLog;

impl fantoccini::wd::WebDriverCompatibleCommand for PerformanceLog {
    fn endpoint(
        &self,
        base_url: &reqwest::Url,
        session_id: Option<&str>,
    ) -> Result<reqwest::Url, <reqwest::Url as std::str::FromStr>::Err> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &reqwest::Url) -> (axum::http::Method, Option<String>) {
        (
            axum::http::Method::POST,
            Some(json!({ "type": "performance" }).to_string()),
        )
    }
}

/// How long a browser wait may take before the test fails.
pub const BROWSER_WAIT: Duration = Duration::from_secs(30);

/// Chromedriver answers a command that a page load cut short with "aborted by
/// navigation". While a wait polls, a form post or a link may be loading the next page
/// at any moment, so such an answer means "not yet", never a failure.
fn cut_by_navigation(error: &CmdError) -> bool {
    format!("{error:?}").contains("aborted by navigation")
}

/// Polls `check` every 50 ms until it gives a value, failing after [`BROWSER_WAIT`].
/// A command cut short by a page load counts as "not yet"; any other error fails.
pub async fn poll<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>, CmdError>>,
{
    let deadline = Instant::now() + BROWSER_WAIT;
    loop {
        match check().await {
            Ok(Some(value)) => return value,
            Ok(None) => {}
            Err(error) if cut_by_navigation(&error) => {
                eprintln!("waiting for {what}: a page load cut a command short, asking again");
            }
            Err(error) => panic!("waiting for {what}: {error}"),
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the page has an element that matches `css`, across page loads.
pub async fn wait_for(c: &Client, css: &str) -> Element {
    poll(css, || async {
        match c.find(Locator::Css(css)).await {
            Ok(element) => Ok(Some(element)),
            Err(CmdError::Standard(e)) if e.error == ErrorStatus::NoSuchElement => Ok(None),
            Err(error) => Err(error),
        }
    })
    .await
}

/// The path and query the browser shows.
pub async fn path(c: &Client) -> String {
    try_path(c).await.unwrap()
}

/// The path and query the browser shows; an error when a page load cuts it short.
pub async fn try_path(c: &Client) -> Result<String, CmdError> {
    let url = c.current_url().await?;
    Ok(match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    })
}

/// Waits until the browser shows `url` (a whole address), across page loads.
pub async fn wait_for_url(c: &Client, url: &str) {
    poll(url, || async {
        Ok((c.current_url().await?.as_str() == url).then_some(()))
    })
    .await
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
    wait_for(checker, "main#main").await;
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

/// Types `text` into the field with id `id`, replacing what was there.
pub async fn type_into(c: &Client, id: &str, text: &str) {
    let field = c.find(Locator::Css(&format!("#{id}"))).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Sets a date or month field as its picker would (keyboard input depends on the
/// browser's locale).
pub async fn set_value(c: &Client, id: &str, value: &str) {
    c.execute(
        "document.getElementById(arguments[0]).value = arguments[1];",
        vec![json!(id), json!(value)],
    )
    .await
    .unwrap();
}

/// Clicks the first element matching `selector`.
pub async fn click(c: &Client, selector: &str) {
    c.find(Locator::Css(selector))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}
