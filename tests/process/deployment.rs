//! Issue 20, item 2: the reference deployment (`deploy/`), run as it ships. Debian's
//! nginx with `deploy/nginx/meldwijzer.conf` (TLS with a certificate made here) in
//! front of two instances on one PostgreSQL, started with the environment of
//! `deploy/systemd/meldwijzer.env`. The test replaces only the values marked `site:`
//! in those files (and nginx's listen ports), so the files are what runs.
//!
//! **How the test plays many residents.** Linux routes all of 127.0.0.0/8 to the
//! loopback interface, and a socket may take any of those addresses as its source. So
//! each resident's client binds an address of its own (127.0.1.7, say) and nginx sees
//! a different peer per resident, as on the internet. nginx connects to the instances
//! from 127.0.0.1, the one proxy `MELDWIJZER_TRUSTED_PROXIES` names, and appends the
//! resident's address to `X-Forwarded-For`. No client is trusted: whatever a resident
//! writes into the header itself stays on the left of what nginx appended, which is
//! exactly the situation in production. (Making nginx trust a header from the test, or
//! the portal trust the test's address, would test a chain that never occurs.)
//!
//! The checks, in one run (the start-up of nginx, two instances and a database is most
//! of its time):
//! - HTTPS with HSTS and `Secure` cookies, HTTP redirected to HTTPS;
//! - 30 residents with 30 addresses each send a notice with a limit of one per address
//!   (the shipped limit counted per address: before, all 30 were one address), and
//!   each one's second notice is refused;
//! - a forged `X-Forwarded-For`, sent to an instance directly (an untrusted peer) or
//!   through nginx, does not give a resident a new address;
//! - a staff session and a half-finished notice work on either instance;
//! - a text published on one instance is served by the other within the revision
//!   watcher's poll interval (plus a second for a loaded machine);
//! - while residents keep sending, one instance is killed (SIGKILL): nginx's other
//!   instance keeps serving, and every reference a resident saw is in the database.

use crate::support;

use meldwijzer::auth::Role;
use meldwijzer::store::notices::{self, NoticeRef};
use meldwijzer::store::staff::{self, NewAccount};
use meldwijzer::store::Db;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::resident::Resident;
use support::spawned::{free_port, get, post, sign_in, Portal};
use support::staff::HASH;

const NGINX_SITE: &str = "deploy/nginx/meldwijzer.conf";
const SHARED_ENV: &str = "deploy/systemd/meldwijzer.env";
const UNIT: &str = "deploy/systemd/meldwijzer@.service";
/// Residents with an address each.
const RESIDENTS: u8 = 30;
const EDITOR: &str = "redactie@example.nl";
/// A Dutch text on `/nl/duties`.
const TEXT_ID: &str = "info-duties-short-1";

/// Whether this process runs as root (`/proc/self` belongs to the process's user).
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").unwrap().uid() == 0
}

/// `shipped` with each `(from, to)` replaced; every `from` must be in it, so a changed
/// file fails here instead of running with a value the test did not mean.
fn render(shipped: &str, replacements: &[(&str, String)]) -> String {
    let mut text = shipped.to_owned();
    for (from, to) in replacements {
        assert!(
            text.contains(from),
            "the shipped file no longer has `{from}`: update the test's replacements"
        );
        text = text.replace(from, to);
    }
    text
}

/// The variables of a systemd environment file (`VAR=value` lines, `#` comments).
fn environment_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, value) = line.split_once('=').expect("VAR=value");
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

/// Whether the loopback interface has IPv6 (the config listens on both families).
fn ipv6_loopback() -> bool {
    std::net::TcpListener::bind("[::1]:0").is_ok()
}

/// Debian's nginx running `deploy/nginx/meldwijzer.conf`, everything under a temp dir.
struct Nginx {
    child: Child,
    dir: tempfile::TempDir,
    https: u16,
    http: u16,
    certificate: Vec<u8>,
}

impl Nginx {
    fn binary() -> Option<PathBuf> {
        let bin = std::env::var("NGINX")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from("/usr/sbin/nginx"));
        if bin.exists() {
            return Some(bin);
        }
        assert!(
            !support::require_all(),
            "nginx is missing ({})",
            bin.display()
        );
        eprintln!("skipping: nginx is not installed");
        None
    }

    /// Starts nginx in front of the instances at `upstreams` (`host:port`).
    fn start(upstreams: [&str; 2]) -> Option<Nginx> {
        let bin = Self::binary()?;
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name).display().to_string();
        // A self-signed certificate for 127.0.0.1, which the test's clients trust.
        let made = Command::new("openssl")
            .args(["req", "-x509", "-newkey", "ec", "-pkeyopt"])
            .args(["ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"])
            .args(["-subj", "/CN=127.0.0.1", "-addext"])
            .args(["subjectAltName=IP:127.0.0.1,DNS:localhost", "-addext"])
            .args(["basicConstraints=critical,CA:FALSE"])
            .args(["-keyout", &path("key.pem"), "-out", &path("cert.pem")])
            .stderr(Stdio::piped())
            .output()
            .expect("run openssl");
        assert!(
            made.status.success(),
            "openssl: {}",
            String::from_utf8_lossy(&made.stderr)
        );
        let (https, http) = (free_port(), free_port());
        let v6 = ipv6_loopback();
        let listen6 = |port: u16, rest: &str| {
            if v6 {
                format!("listen [::1]:{port}{rest}")
            } else {
                "# (no IPv6 on this machine)".to_owned()
            }
        };
        let shipped = std::fs::read_to_string(support::project_path(NGINX_SITE)).unwrap();
        let site = render(
            &shipped,
            &[
                ("listen 80;", format!("listen 127.0.0.1:{http};")),
                ("listen [::]:80;", listen6(http, ";")),
                (
                    "listen 443 ssl http2;",
                    format!("listen 127.0.0.1:{https} ssl http2;"),
                ),
                ("listen [::]:443 ssl http2;", listen6(https, " ssl http2;")),
                (
                    "server 127.0.0.1:3001 ",
                    format!("server {} ", upstreams[0]),
                ),
                (
                    "server 127.0.0.1:3002 ",
                    format!("server {} ", upstreams[1]),
                ),
                ("/etc/ssl/meldwijzer/fullchain.pem", path("cert.pem")),
                ("/etc/ssl/meldwijzer/privkey.pem", path("key.pem")),
                ("/var/log/nginx/meldwijzer.access.log", path("access.log")),
            ],
        );
        std::fs::write(path("site.conf"), site).unwrap();
        // What Debian's /etc/nginx/nginx.conf provides around the site, with every
        // path in the temp dir so no root is needed.
        let main = format!(
            "worker_processes 1;\n\
             pid {pid};\n\
             error_log {log} info;\n\
             events {{ worker_connections 512; }}\n\
             http {{\n\
                 client_body_temp_path {dir}/body;\n\
                 proxy_temp_path {dir}/proxy;\n\
                 fastcgi_temp_path {dir}/fastcgi;\n\
                 uwsgi_temp_path {dir}/uwsgi;\n\
                 scgi_temp_path {dir}/scgi;\n\
                 include {site};\n\
             }}\n",
            pid = path("nginx.pid"),
            log = path("error.log"),
            dir = dir.path().display(),
            site = path("site.conf"),
        );
        std::fs::write(path("nginx.conf"), main).unwrap();
        let mut command = Command::new(bin);
        command
            .args(["-e", &path("error.log"), "-p", &path("")])
            .args(["-c", &path("nginx.conf"), "-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // nginx needs no root for this: as root (CI), run it as `nobody`, owner of
        // the temp dir.
        if running_as_root() {
            use std::os::unix::process::CommandExt;
            const NOBODY: u32 = 65534;
            for entry in std::fs::read_dir(dir.path()).unwrap() {
                std::os::unix::fs::chown(entry.unwrap().path(), Some(NOBODY), Some(NOBODY))
                    .unwrap();
            }
            std::os::unix::fs::chown(dir.path(), Some(NOBODY), Some(NOBODY)).unwrap();
            command.uid(NOBODY).gid(NOBODY);
        }
        let child = command.spawn().expect("start nginx");
        let certificate = std::fs::read(path("cert.pem")).unwrap();
        let mut nginx = Nginx {
            child,
            dir,
            https,
            http,
            certificate,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", https)).is_err() {
            if let Some(status) = nginx.child.try_wait().unwrap() {
                panic!("nginx ended ({status}):\n{}", nginx.error_log());
            }
            assert!(Instant::now() < deadline, "nginx did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(nginx)
    }

    fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }

    fn base(&self) -> String {
        format!("https://127.0.0.1:{}", self.https)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: the master stops its worker on the way out.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

/// A client as one browser on one machine: source address `from`, trusting the
/// test's certificate, following no redirects.
fn client(from: IpAddr, certificate: &[u8]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(from)
        .add_root_certificate(reqwest::Certificate::from_pem(certificate).unwrap())
        .tls_built_in_root_certs(false)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn address(a: u8, b: u8) -> IpAddr {
    IpAddr::from([127, 0, a, b])
}

/// Sends the resident's filled-in notice; the status of the answer (303 when stored,
/// 429 over the limit).
async fn send(resident: &mut Resident) -> u16 {
    let reply = resident
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    reply.status.as_u16()
}

/// Fills in and sends one notice; the reference when it was stored.
async fn one_notice(resident: &mut Resident, n: usize) -> Result<String, String> {
    resident.fill_in(n).await.map_err(|e| format!("{e:?}"))?;
    resident.submit().await.map_err(|e| format!("{e:?}"))
}

/// Every reference is in the database, readable with the data key.
async fn all_stored(db: &Db, references: &[String]) {
    let keys = support::notices::keys();
    let actor = support::notices::caseworker(db).await;
    for reference in references {
        let notice = notices::open(db, &keys, NoticeRef::Reference(reference), actor, 0)
            .await
            .unwrap();
        assert!(
            notice.is_some(),
            "{reference} was acknowledged but is not stored"
        );
    }
}

/// The environment of `deploy/systemd/meldwijzer.env` with the values marked `site:`
/// replaced by the test's (the bind address is [`Portal`]'s).
fn instance_environment(database: &str, settings: &Path) -> Vec<(&'static str, String)> {
    let shipped = std::fs::read_to_string(support::project_path(SHARED_ENV)).unwrap();
    let site_root = std::env::var("MELDWIJZER_SITE_ROOT")
        .unwrap_or_else(|_| support::project_path("target/site").display().to_string());
    let replaced: [(&'static str, String); 6] = [
        ("DATABASE_URL", database.to_owned()),
        ("MELDWIJZER_DATA_KEY", support::TEST_DATA_KEY.to_owned()),
        ("MELDWIJZER_SETTINGS", settings.display().to_string()),
        (
            "MELDWIJZER_LOCALES",
            support::project_path("locales").display().to_string(),
        ),
        (
            "MELDWIJZER_RULES",
            support::project_path("content/selfcheck.toml")
                .display()
                .to_string(),
        ),
        ("LEPTOS_SITE_ROOT", site_root),
    ];
    let shipped = environment_file(&shipped);
    for (name, _) in &replaced {
        assert!(
            shipped.iter().any(|(n, _)| n == name),
            "{SHARED_ENV} no longer sets {name}"
        );
    }
    let mut env: Vec<(&'static str, String)> = shipped
        .into_iter()
        .filter(|(name, _)| !replaced.iter().any(|(n, _)| n == name))
        .map(|(name, value)| (&*name.leak(), value))
        .collect();
    env.extend(replaced);
    // The notices carry a date in March 2026.
    env.push(("MELDWIJZER_TODAY", "2026-03-10".to_owned()));
    env
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn nginx_in_front_of_two_instances_on_one_postgres() {
    let _alone = crate::ALONE.lock().await;
    let Some(database) = support::fresh_postgres().await else {
        return;
    };
    if support::spawned::binary().is_none() || Nginx::binary().is_none() {
        return;
    }
    let started = Instant::now();
    {
        let db = Db::connect(&database).await.unwrap();
        let account = NewAccount {
            email: EDITOR,
            display_name: "Redactie",
            password_hash: &HASH,
            role: Role::Editor,
        };
        staff::create_account(&db, &account, None, 0).await.unwrap();
        db.close().await;
    }
    // One notice per address per hour: whoever shares an address with another
    // resident is refused their notice.
    let settings = support::spawned::settings_with_submission_limit(1);
    let env = instance_environment(&database, settings.path());
    let Some(first) = Portal::start_with(&env) else {
        return;
    };
    let Some(second) = Portal::start_with(&env) else {
        return;
    };
    let host = |portal: &Portal| portal.base.trim_start_matches("http://").to_owned();
    let (first_host, second_host) = (host(&first), host(&second));
    let nginx = Nginx::start([&first_host, &second_host]).unwrap();
    let proxy = nginx.base();
    let cert = nginx.certificate.clone();
    eprintln!(
        "nginx and two instances up in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // HTTPS: HSTS on every page, the cookies `Secure`; plain HTTP only redirects.
    let browser = client(address(0, 1), &cert);
    let page = get(&browser, &format!("{proxy}/nl"), "").await;
    assert_eq!(page.status, 200, "{}", nginx.error_log());
    assert!(page
        .header(reqwest::header::STRICT_TRANSPORT_SECURITY)
        .contains("max-age="));
    let form = get(&browser, &format!("{proxy}/nl/report/identity"), "").await;
    let cookies: Vec<&str> = form
        .headers
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    // The cookies that carry a draft or a session (`__Host-`: browsers take them only
    // with `Secure`). The language preference (`mw_lang`) is not secret and not Secure.
    let drafts: Vec<&&str> = cookies
        .iter()
        .filter(|c| c.starts_with("__Host-"))
        .collect();
    assert!(
        !drafts.is_empty(),
        "the notice's first page sets its cookie: {cookies:?}"
    );
    for cookie in drafts {
        assert!(cookie.contains("; Secure"), "{cookie}");
    }
    let plain = get(
        &browser,
        &format!("http://127.0.0.1:{}/nl/help?x=1", nginx.http),
        "",
    )
    .await;
    assert_eq!(plain.status, 301);
    assert!(
        plain.location().starts_with("https://"),
        "{}",
        plain.location()
    );
    assert!(plain.location().ends_with("/nl/help?x=1"));

    // 30 residents, 30 addresses: each sends one notice; each one's second is refused.
    let tasks: Vec<_> = (1..=RESIDENTS)
        .map(|n| {
            let (proxy, http) = (proxy.clone(), client(address(1, n), &cert));
            tokio::spawn(async move {
                let mut resident = Resident::over(&proxy, http.clone());
                let reference = one_notice(&mut resident, n.into()).await;
                let mut again = Resident::over(&proxy, http);
                again.fill_in(n.into()).await.unwrap();
                (reference, send(&mut again).await)
            })
        })
        .collect();
    let mut references = Vec::new();
    for task in tasks {
        let (reference, second) = task.await.unwrap();
        references.push(reference.expect("each address has its own limit"));
        assert_eq!(second, 429, "the limit still holds per address");
    }
    eprintln!("{RESIDENTS} residents with {RESIDENTS} addresses sent their notice");

    // A forged X-Forwarded-For, straight to an instance from an untrusted peer, or
    // through nginx: the resident keeps their own address, and their limit.
    let forger = client(address(3, 1), &cert);
    let mut resident = Resident::over(&first.base, forger.clone());
    resident.headers = vec![("x-forwarded-for".into(), "198.51.100.1".into())];
    references.push(one_notice(&mut resident, 100).await.unwrap());
    let mut resident = Resident::over(&second.base, forger.clone());
    resident.headers = vec![("x-forwarded-for".into(), "198.51.100.2".into())];
    resident.fill_in(101).await.unwrap();
    assert_eq!(
        send(&mut resident).await,
        429,
        "a forged header from a peer"
    );
    let forger = client(address(3, 2), &cert);
    let mut resident = Resident::over(&proxy, forger.clone());
    resident.headers = vec![("x-forwarded-for".into(), "198.51.100.3".into())];
    references.push(one_notice(&mut resident, 102).await.unwrap());
    let mut resident = Resident::over(&proxy, forger);
    resident.headers = vec![("x-forwarded-for".into(), "198.51.100.4, 127.0.0.1".into())];
    resident.fill_in(103).await.unwrap();
    assert_eq!(
        send(&mut resident).await,
        429,
        "a forged header through nginx"
    );

    // A half-finished notice goes on at the other instance: the draft is in the
    // database, not in an instance's memory.
    let mut resident = Resident::over(&first.base, client(address(3, 3), &cert));
    resident.get("/nl/report/identity").await;
    let identity = [
        ("name", "Bewoner wisselend"),
        ("bsn", support::resident::BSN),
        ("date-of-birth", "1985-04-02"),
        ("partner", "no"),
    ];
    let reply = resident.post("/nl/report/identity", &identity).await;
    assert_eq!(reply.location(), "/nl/report/changes");
    resident.set_base(&second.base);
    resident.get("/nl/report/changes").await;
    let reply = resident
        .post("/nl/report/changes", &[("kind", "work")])
        .await;
    assert_eq!(reply.location(), "/nl/report/details/work");
    resident.set_base(&first.base);
    resident.get("/nl/report/details/work").await;
    let work = [
        ("event", "started"),
        ("employer", "Werkgever wisselend"),
        ("hours", "12"),
        ("date", "2026-03-02"),
    ];
    let reply = resident
        .post_files(
            "/nl/report/details/work",
            &work,
            &[("loonstrook.png", support::resident::PNG)],
        )
        .await;
    assert_eq!(reply.location(), "/nl/report/check", "{}", reply.body);
    resident.set_base(&second.base);
    resident.get("/nl/report/check").await;
    references.push(resident.submit().await.expect("sent on the other instance"));

    // A staff session from one instance works on the other; a text published there is
    // served by the first within the watcher's poll interval.
    let desk = client(address(3, 4), &cert);
    let staff = sign_in(&desk, &first.base, EDITOR).await;
    let home = get(&desk, &format!("{}/staff", second.base), &staff.cookie).await;
    assert_eq!(home.status, 200, "the session on the other instance");
    assert_eq!(home.csrf(), staff.csrf, "one session, one form token");
    let duties = format!("{}/nl/duties", first.base);
    for _ in 0..2 {
        // Rendered once, then from the render cache: the publish must drop it.
        assert_eq!(get(&desk, &duties, "").await.status, 200);
    }
    let published = "Vertel ons elke verandering die uw bijstand kan raken.";
    let reply = post(
        &desk,
        &format!("{}/staff/texts/nl/{TEXT_ID}", second.base),
        &staff.cookie,
        &[
            ("value", published),
            ("action", "publish"),
            ("_csrf", &staff.csrf),
        ],
    )
    .await;
    assert_eq!(reply.status, 303, "published: {}", reply.body);
    let at = Instant::now();
    let limit = meldwijzer::server::texts_sync::POLL_INTERVAL + Duration::from_secs(1);
    while !get(&desk, &duties, "").await.body.contains(published) {
        assert!(
            at.elapsed() < limit,
            "the other instance still serves the old text after {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let reached = at.elapsed();
    eprintln!("a text published on one instance was served by the other after {reached:?}");
    for _ in 0..2 {
        let page = get(&desk, &format!("{proxy}/nl/duties"), "").await;
        assert!(
            page.body.contains(published),
            "through nginx, either instance"
        );
    }

    // Residents keep sending through nginx while one instance is killed.
    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Vec::<(Instant, String)>::new()));
    let failed = Arc::new(Mutex::new(Vec::<(Instant, String)>::new()));
    const SENDERS: u8 = 4;
    let senders: Vec<_> = (0..SENDERS)
        .map(|s| {
            let (proxy, cert) = (proxy.clone(), cert.clone());
            let (stop, acked, failed) = (stop.clone(), acked.clone(), failed.clone());
            tokio::spawn(async move {
                for n in 1..=250u8 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    // A resident of their own address (the limit is one per address).
                    let http = client(address(10 + s, n), &cert);
                    let mut resident = Resident::over(&proxy, http);
                    match one_notice(&mut resident, usize::from(n)).await {
                        Ok(reference) => acked.lock().unwrap().push((Instant::now(), reference)),
                        Err(error) => failed.lock().unwrap().push((Instant::now(), error)),
                    }
                }
            })
        })
        .collect();
    let count = |list: &Mutex<Vec<(Instant, String)>>| list.lock().unwrap().len();
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(&acked) < 8 {
        assert!(Instant::now() < deadline, "notices before the kill");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    first.kill();
    let killed = Instant::now();
    let after_kill = |list: &Mutex<Vec<(Instant, String)>>| {
        list.lock()
            .unwrap()
            .iter()
            .filter(|(at, _)| *at > killed)
            .count()
    };
    while after_kill(&acked) < 20 {
        assert!(
            killed.elapsed() < Duration::from_secs(30),
            "notices after the kill: {} sent, failures {:?}",
            after_kill(&acked),
            failed.lock().unwrap()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for sender in senders {
        sender.await.unwrap();
    }
    let failures = failed.lock().unwrap().clone();
    let sent: Vec<String> = acked
        .lock()
        .unwrap()
        .iter()
        .map(|(_, r)| r.clone())
        .collect();
    eprintln!(
        "{} notices sent while an instance was killed ({} after the kill); {} residents \
         saw an error: {:?}",
        sent.len(),
        after_kill(&acked),
        failures.len(),
        failures.iter().map(|(_, e)| e).collect::<Vec<_>>()
    );
    // At most the step each sender had in flight at the kill may fail.
    assert!(
        failures.len() <= usize::from(SENDERS),
        "only requests in flight at the kill fail: {failures:?}"
    );
    for _ in 0..10 {
        let page = get(&browser, &format!("{proxy}/healthz"), "").await;
        assert_eq!(page.status, 200, "the other instance serves");
    }
    references.extend(sent);

    let db = Db::connect(&database).await.unwrap();
    all_stored(&db, &references).await;
    eprintln!(
        "{} acknowledged references all stored; the whole run took {:.1} s",
        references.len(),
        started.elapsed().as_secs_f64()
    );
    second.terminate();
    db.close().await;
}

/// The nginx body limit is the portal's largest.
#[test]
fn nginx_takes_the_largest_body_the_portal_takes() {
    let site = std::fs::read_to_string(support::project_path(NGINX_SITE)).unwrap();
    let value = site
        .lines()
        .find_map(|line| line.trim().strip_prefix("client_max_body_size "))
        .expect("client_max_body_size");
    let mib: usize = value
        .trim_end_matches(';')
        .trim_end_matches('m')
        .parse()
        .unwrap();
    assert_eq!(
        mib * 1024 * 1024,
        meldwijzer::server::report::UPLOAD_LIMIT,
        "client_max_body_size in {NGINX_SITE}"
    );
}

/// The systemd unit loads (`systemd-analyze verify`, no running systemd needed) and
/// its hardening keeps systemd's exposure score at 2 or lower ("OK"; 10 is none).
#[test]
fn the_systemd_unit_loads_and_is_hardened() {
    let Ok(analyze) = which("systemd-analyze") else {
        assert!(!support::require_all(), "systemd-analyze is missing");
        eprintln!("skipping: systemd-analyze is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // An instance of the template, with a program that exists here.
    let unit = dir.path().join("meldwijzer@1.service");
    let shipped = std::fs::read_to_string(support::project_path(UNIT)).unwrap();
    let text = render(
        &shipped,
        &[("/opt/meldwijzer/meldwijzer", "/bin/true".into())],
    );
    std::fs::write(&unit, text).unwrap();
    let verify = Command::new(&analyze)
        .args(["verify", "--man=no"])
        .arg(&unit)
        .output()
        .unwrap();
    assert!(
        verify.status.success() && verify.stderr.is_empty(),
        "systemd-analyze verify: {}",
        String::from_utf8_lossy(&verify.stderr)
    );
    let security = Command::new(&analyze)
        .args(["security", "--offline=true", "--threshold=20", "--no-pager"])
        .arg(&unit)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&security.stdout);
    assert!(
        security.status.success(),
        "exposure over 2.0:\n{report}{}",
        String::from_utf8_lossy(&security.stderr)
    );
    eprintln!("{}", report.lines().last().unwrap_or_default());
}

fn which(program: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join(program))
        .find(|path| path.exists())
        .ok_or(())
}
