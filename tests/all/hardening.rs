//! Hardening (issue 11) through the router and over raw TCP: typed markup never comes
//! back as markup, framework errors are the portal's own pages in the visitor's
//! language (JSON for the API), unreadable bytes in a form are refused instead of
//! stored as U+FFFD, the SQLite files are private, missing assets are not cached,
//! a missing build is announced, and stalled requests are cut off.

use crate::support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use meldwijzer::auth::Role;
use meldwijzer::i18n::I18n;
use meldwijzer::store::notices::{self, NewNotice, Verification};
use serde_json::json;
use support::portal::form_body;
use support::portal::Options;
use support::resident::{Resident, SAME_ORIGIN};
use support::staff::{Portal, Reply, T0};

/// What an attacker types into every text field: it closes a `textarea` and redirects
/// the page when it comes back unescaped.
const MARKUP: &str = "</textarea><meta http-equiv=refresh content=\"0;url=https://evil.example/\">";

/// Fails when the page carries the typed markup as markup.
fn assert_no_raw_markup(reply: &Reply, what: &str) {
    for needle in [
        "</textarea><meta",
        "<meta http-equiv=refresh",
        "evil.example/\">",
    ] {
        assert!(
            !reply.body.contains(needle),
            "{what}: the response echoes raw markup ({needle}):\n{}",
            reply.body
        );
    }
}

/// Fails unless the page shows the markup as text inside a `textarea` (so the check
/// above is not passed by a page that simply dropped it).
fn assert_shown_as_text(reply: &Reply, what: &str) {
    assert!(
        reply
            .body
            .contains("&lt;/textarea&gt;&lt;meta http-equiv=refresh"),
        "{what}: the typed text is not shown as text:\n{}",
        reply.body
    );
}

fn assert_page_csp(reply: &Reply, what: &str) {
    let csp = reply.header(header::CONTENT_SECURITY_POLICY);
    assert!(csp.contains("form-action 'self'"), "{what}: {csp}");
}

fn identity() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Fatima El Amrani"),
        ("bsn", "111222333"),
        ("date-of-birth", "1985-04-02"),
        ("partner", "no"),
    ]
}

/// A stored notice for the case worker's status form.
async fn stored_notice(p: &Portal) -> i64 {
    let new = NewNotice {
        verification: Verification::Typed,
        owner_index: None,
        reference: "MW-HARD-1".into(),
        idempotency_key: "key-hard-1".into(),
        lang: "nl".into(),
        change_kinds: vec!["other".into()],
        content_json: json!({ "identity": { "name": "A" }, "changes": [] }),
        attachments: Vec::new(),
    };
    notices::submit(&p.state.db, &p.state.data_keys, &new, T0)
        .await
        .unwrap();
    notices::list(&p.state.db, &notices::Filter::default(), 1, 0)
        .await
        .unwrap()
        .notices[0]
        .id
}

fn text(p: &Portal, lang: &str, id: &str) -> String {
    let catalog = p.state.catalog.current();
    let lang = catalog.language(lang).unwrap().clone();
    let today = p.state.today();
    I18n {
        lang,
        catalog,
        today,
    }
    .t(id)
}

// ---------------------------------------------------------------------------------
// Item 4: what is typed comes back as text, never as markup.

/// A staff form that answers typed markup with 422: what it is, where it posts, its
/// fields, and whether the page shows the typed text again.
type EchoingForm<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, bool);

#[tokio::test]
async fn markup_typed_into_any_form_never_comes_back_as_markup() {
    let p = Portal::sqlite().await;

    // The resident: who you are (422), the other change's description (422, saved,
    // shown again), check your answers.
    let mut r = Resident::on(&p);
    r.get("/nl/report/identity").await;
    let reply = r
        .post("/nl/report/identity", &[("name", MARKUP), ("bsn", "12")])
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_no_raw_markup(&reply, "identity 422");
    assert_page_csp(&reply, "identity 422");
    let reply = r.post("/nl/report/identity", &identity()).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    r.get("/nl/report/changes").await;
    let reply = r.post("/nl/report/changes", &[("kind", "other")]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    r.get("/nl/report/details/other").await;
    let reply = r
        .post_files(
            "/nl/report/details/other",
            &[("description", MARKUP), ("date", "")],
            &[],
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert_no_raw_markup(&reply, "details 422");
    assert_shown_as_text(&reply, "details 422");
    assert_page_csp(&reply, "details 422");
    let today = time::OffsetDateTime::now_utc().date();
    let date = format!(
        "{}-{:02}-{:02}",
        today.year(),
        u8::from(today.month()),
        today.day()
    );
    let reply = r
        .post_files(
            "/nl/report/details/other",
            &[("description", MARKUP), ("date", &date)],
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let reply = r.get("/nl/report/details/other").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_no_raw_markup(&reply, "details step");
    assert_shown_as_text(&reply, "details step");
    let reply = r.get("/nl/report/check").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_no_raw_markup(&reply, "check your answers");

    // Staff: sign-in, a new account, the text editor, the import, a status note.
    let reply = p.try_sign_in(MARKUP, "fout", None, None).await;
    assert!(reply.status.is_client_error(), "{}", reply.status);
    assert_no_raw_markup(&reply, "sign-in");

    let admin = p.signed_in("beheer@example.nl", Role::Admin).await;
    let broken = format!("{MARKUP} {{");
    let ftl = format!("not-found-title = {MARKUP} {{\n");
    let status = format!("/staff/notices/{}/status", stored_notice(&p).await);
    let editor = "/staff/texts/nl/not-found-title";
    let forms: [EchoingForm; 6] = [
        (
            "new account 422",
            "/staff/accounts",
            vec![
                ("email", MARKUP),
                ("display_name", MARKUP),
                ("role", "editor"),
                ("password", "kort"),
            ],
            false,
        ),
        (
            "text draft 422",
            editor,
            vec![("value", &broken), ("action", "draft")],
            true,
        ),
        (
            "text preview 422",
            editor,
            vec![("value", &broken), ("action", "preview")],
            true,
        ),
        (
            "text publish 422",
            editor,
            vec![("value", &broken), ("action", "publish")],
            true,
        ),
        (
            "import 422",
            "/staff/texts/languages/nl/import",
            vec![("ftl", &ftl)],
            true,
        ),
        ("status note 422", &status, vec![("note", MARKUP)], true),
    ];
    for (what, path, fields, shown_again) in forms {
        let reply = p.post_with_token(&admin, path, &fields).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{what}: {}",
            reply.body
        );
        assert_no_raw_markup(&reply, what);
        assert_page_csp(&reply, what);
        if shown_again {
            assert_shown_as_text(&reply, what);
        }
    }
    let reply = p.get_as(&admin, editor).await;
    assert_no_raw_markup(&reply, "text editor");
}

#[test]
fn a_leading_line_break_in_a_textarea_survives() {
    // The HTML parser drops one line break right after `<textarea>`; the component
    // writes an extra one so a text that starts with a line break keeps it.
    use leptos::prelude::*;
    use meldwijzer::components::textarea::TextArea;
    let owner = Owner::new();
    owner.with(|| {
        let html = view! { <TextArea id="t".to_owned() name="t" rows="2".to_owned() value="\nline".to_owned() described_by=None /> }.to_html();
        assert!(html.contains(">\n\nline</textarea>"), "{html}");
        let html = view! { <TextArea id="t".to_owned() name="t" rows="2".to_owned() value="a & <b>".to_owned() described_by=None /> }.to_html();
        assert!(html.contains(">a &amp; &lt;b&gt;</textarea>"), "{html}");
    });
}

// ---------------------------------------------------------------------------------
// Item 8: the framework's refusals are the portal's own pages.

/// Fails unless `reply` is the portal's error page with `status`, in `lang`, with the
/// texts `title` and `body`, and none of the framework's English.
fn assert_portal_page(p: &Portal, reply: &Reply, status: StatusCode, lang: &str, title: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert!(
        reply.header(header::CONTENT_TYPE).starts_with("text/html"),
        "{status}: {}",
        reply.header(header::CONTENT_TYPE)
    );
    assert!(
        reply.body.contains(&format!("<html lang=\"{lang}\"")),
        "{status} not in {lang}: {}",
        reply.body
    );
    let expected = text(p, lang, title);
    assert!(
        reply.body.contains(&expected),
        "{status} in {lang} lacks {title} ({expected}): {}",
        reply.body
    );
    for english in [
        "Failed to",
        "duplicate field",
        "Content-Type",
        "Form requests must",
    ] {
        assert!(!reply.body.contains(english), "{english}: {}", reply.body);
    }
}

#[tokio::test]
async fn refused_requests_get_the_portals_page_in_the_visitors_language() {
    let p = Portal::sqlite().await;
    let big = "x".repeat(70 * 1024);
    for (accept, lang) in [("en-GB,en;q=0.9", "en"), ("ar", "ar"), ("pl", "pl")] {
        let headers = [("accept-language", accept)];
        // 413: larger than the staff area reads.
        let reply = p
            .post("/staff/sign-in", &headers, &[("email", big.as_str())])
            .await;
        assert_portal_page(
            &p,
            &reply,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            "request-too-large-title",
        );
        // 422: a field twice.
        let reply = p
            .post(
                "/staff/sign-in",
                &headers,
                &[("_csrf", "a"), ("_csrf", "b")],
            )
            .await;
        assert_portal_page(
            &p,
            &reply,
            StatusCode::UNPROCESSABLE_ENTITY,
            lang,
            "request-unreadable-title",
        );
        // 415: not a form.
        let request = Request::post("/staff/sign-in")
            .header(header::CONTENT_TYPE, "text/plain")
            .header("accept-language", accept)
            .body(Body::from("email=a"))
            .unwrap();
        let reply = p.send(request).await;
        assert_portal_page(
            &p,
            &reply,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            lang,
            "request-unreadable-title",
        );
    }
    // The change notice answers in the language of its path.
    for lang in ["nl", "tr", "uk"] {
        let mut r = Resident::on(&p);
        r.get(&format!("/{lang}/report/identity")).await;
        let body = format!("_csrf={}&name={big}", r.csrf).into_bytes();
        let reply = r
            .post_raw(&format!("/{lang}/report/identity"), body, &[SAME_ORIGIN])
            .await;
        assert_portal_page(
            &p,
            &reply,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            "request-too-large-title",
        );
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    }
    // A method a page does not take.
    let request = Request::put("/staff/sign-in")
        .header("accept-language", "en")
        .body(Body::empty())
        .unwrap();
    let reply = p.send(request).await;
    assert_portal_page(
        &p,
        &reply,
        StatusCode::METHOD_NOT_ALLOWED,
        "en",
        "request-unreadable-title",
    );
    assert!(!reply.header(header::ALLOW).is_empty());
}

#[tokio::test]
async fn the_api_refuses_in_json() {
    let p = Portal::sqlite().await;
    let cases = [
        (
            "application/json",
            Body::from(vec![b' '; 70 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            "text/plain",
            Body::from("{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "application/json",
            Body::from("{\"lang\": "),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (content_type, body, status) in cases {
        let request = Request::post("/api/v1/selfcheck/evaluate")
            .header(header::CONTENT_TYPE, content_type)
            .header("accept-language", "ar")
            .body(body)
            .unwrap();
        let reply = p.send(request).await;
        assert_eq!(reply.status, status, "{}", reply.body);
        assert!(reply
            .header(header::CONTENT_TYPE)
            .starts_with("application/json"));
        let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
        assert!(json["error"].is_string(), "{json}");
    }
    let request = Request::delete("/api/v1/selfcheck")
        .body(Body::empty())
        .unwrap();
    let reply = p.send(request).await;
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert!(json["error"].is_string(), "{json}");
}

// ---------------------------------------------------------------------------------
// Item 10: unreadable bytes are refused, the database files are private.

#[tokio::test]
async fn unreadable_bytes_in_a_form_are_refused_with_a_message_and_not_stored() {
    let p = Portal::sqlite().await;
    // The resident's form: percent-encoded and raw bytes that are not UTF-8.
    for bad in [&b"Fatima%FF%FE"[..], &b"Fatima\xff"[..], &b"%C3%28"[..]] {
        let mut r = Resident::on(&p);
        r.get("/en/report/identity").await;
        let mut body = format!(
            "_csrf={}&bsn=111222333&date-of-birth=1985-04-02&partner=no&name=",
            r.csrf
        )
        .into_bytes();
        body.extend_from_slice(bad);
        let reply = r
            .post_raw("/en/report/identity", body, &[SAME_ORIGIN])
            .await;
        assert_portal_page(
            &p,
            &reply,
            StatusCode::BAD_REQUEST,
            "en",
            "request-bad-text-title",
        );
        let page = r.get("/en/report/identity").await;
        assert!(!page.body.contains('\u{FFFD}'), "{}", page.body);
    }

    // A staff form: the status note.
    let admin = p.signed_in("beheer@example.nl", Role::Admin).await;
    let id = stored_notice(&p).await;
    let body = format!("status=done&_csrf={}&note=klaar%FF", admin.csrf);
    let request = Request::post(format!("/staff/notices/{id}/status"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &admin.cookie)
        .header("accept-language", "nl")
        .body(Body::from(body))
        .unwrap();
    let reply = p.send(request).await;
    assert_portal_page(
        &p,
        &reply,
        StatusCode::BAD_REQUEST,
        "nl",
        "request-bad-text-title",
    );
    let notice = p.get_as(&admin, &format!("/staff/notices/{id}")).await;
    assert!(!notice.body.contains('\u{FFFD}'));
    assert!(!notice.body.contains("klaar"));
}

#[cfg(unix)]
#[tokio::test]
async fn the_sqlite_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (url, dir) = support::fresh_sqlite();
    let p = Portal::on(&url).await;
    // A write, so the write-ahead log and its index exist.
    stored_notice(&p).await;
    let db = dir.path().join("meldwijzer.db");
    for file in ["meldwijzer.db", "meldwijzer.db-wal", "meldwijzer.db-shm"] {
        let path = dir.path().join(file);
        let mode = std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}: {:o}", mode & 0o777);
    }
    // A database made by an older version (0644) is made private at the next start.
    p.state.db.close().await;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let again = Portal::on(&url).await;
    stored_notice_again(&again).await;
    let mode = std::fs::metadata(&db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

async fn stored_notice_again(p: &Portal) {
    let count = notices::list(&p.state.db, &notices::Filter::default(), 1, 0)
        .await
        .unwrap()
        .total;
    assert_eq!(count, 1);
}

// ---------------------------------------------------------------------------------
// Item 7: only what exists is cached; a site root that does not match is found.

#[tokio::test]
async fn only_assets_that_exist_are_cached() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/meldwijzer.abc123.css"), "body{}").unwrap();
    let portal = Portal::sqlite_with(Options::default()).await;
    let mut state = portal.state.clone();
    state.leptos_options.site_root = site.path().display().to_string().into();
    let app = meldwijzer::server::router(state);
    let get = |path: &'static str| {
        let app = app.clone();
        async move {
            use tower::ServiceExt;
            let request = Request::get(path).body(Body::empty()).unwrap();
            app.oneshot(request).await.unwrap()
        }
    };
    let found = get("/pkg/meldwijzer.abc123.css").await;
    assert_eq!(found.status(), StatusCode::OK);
    assert_eq!(
        found.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    for missing in [
        "/pkg/meldwijzer.js",
        "/pkg/meldwijzer.def456.css",
        "/pkg/nothing/here",
    ] {
        let reply = get(missing).await;
        assert_eq!(reply.status(), StatusCode::NOT_FOUND, "{missing}");
        let cache = reply.headers()[header::CACHE_CONTROL].to_str().unwrap();
        assert_eq!(cache, "no-store", "{missing}");
    }
}

/// Issue 21: the files of `public/` answer (the icon every page links, `robots.txt`),
/// cached for a day.
#[tokio::test]
async fn public_files_answer() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").unwrap();
    std::fs::write(site.path().join("robots.txt"), "User-agent: *\n").unwrap();
    let portal = Portal::sqlite_with(Options::default()).await;
    let mut state = portal.state.clone();
    state.leptos_options.site_root = site.path().display().to_string().into();
    let app = meldwijzer::server::router(state);
    for (path, body) in [
        ("/favicon.svg", "<svg/>"),
        ("/robots.txt", "User-agent: *\n"),
    ] {
        use tower::ServiceExt;
        let request = Request::get(path).body(Body::empty()).unwrap();
        let reply = support::reply::Reply::read(app.clone().oneshot(request).await.unwrap()).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(reply.body, body);
        assert_eq!(
            reply.header_value(header::CACHE_CONTROL),
            Some("public, max-age=86400")
        );
    }
}

#[test]
fn a_site_root_that_does_not_match_the_pages_is_found() {
    use meldwijzer::server::static_files::{linked_assets, missing_assets};
    let site = tempfile::tempdir().unwrap();
    let exe = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    let mut options = leptos::config::LeptosOptions::builder()
        .output_name("meldwijzer")
        .site_root(site.path().display().to_string())
        .site_pkg_dir("pkg")
        .build();

    // A hashed build with its hash file beside the binary, and every file there.
    std::fs::write(
        exe.path().join("hash.txt"),
        "js: 1111\nwasm: 2222\ncss: 3333\n",
    )
    .unwrap();
    options.hash_files = true;
    let hashed = [
        "meldwijzer.1111.js",
        "meldwijzer.2222.wasm",
        "meldwijzer.3333.css",
    ];
    assert_eq!(linked_assets(&options, exe.path()), hashed);
    for name in hashed {
        std::fs::write(pkg.join(name), "x").unwrap();
    }
    assert!(missing_assets(&options, exe.path()).is_empty());

    // The hash file of another build: the linked names are not there.
    std::fs::write(
        exe.path().join("hash.txt"),
        "js: 9999\nwasm: 2222\ncss: 3333\n",
    )
    .unwrap();
    assert_eq!(
        missing_assets(&options, exe.path()),
        [pkg.join("meldwijzer.9999.js")]
    );

    // No hash file beside the binary (the server then links unhashed names), but a
    // hashed site: nothing the pages link exists.
    std::fs::remove_file(exe.path().join("hash.txt")).unwrap();
    options.hash_files = false;
    let missing = missing_assets(&options, exe.path());
    assert_eq!(missing.len(), 3, "{missing:?}");
    assert!(missing.contains(&pkg.join("meldwijzer.js")));
    assert!(missing.contains(&pkg.join("meldwijzer.css")));
    // Unhashed files, as a plain build makes them: all there.
    for name in linked_assets(&options, exe.path()) {
        std::fs::write(pkg.join(name), "x").unwrap();
    }
    assert!(missing_assets(&options, exe.path()).is_empty());
}

// ---------------------------------------------------------------------------------
// Item 6: a client that stalls is cut off.

mod timeouts {
    use super::*;
    use meldwijzer::server::listen::{serve, ReadTimeouts};
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    const SHORT: ReadTimeouts = ReadTimeouts {
        header: Duration::from_millis(300),
        body_idle: Duration::from_millis(300),
        body_total: Duration::from_millis(1500),
    };
    /// How long a test waits for the server to close before it calls it a failure:
    /// well above the timeouts, far below "minutes".
    const BOUND: Duration = Duration::from_secs(4);

    async fn server() -> (std::net::SocketAddr, tempfile::TempDir) {
        let (app, dir) = Portal::sqlite_with(Options::default()).await.into_router();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, app, SHORT, std::future::pending()));
        (addr, dir)
    }

    /// Reads until the server closes the connection; what it sent and how long it
    /// took, or `None` when it was still open after [`BOUND`].
    async fn until_closed(stream: &mut TcpStream, since: Instant) -> Option<(String, Duration)> {
        let mut received = Vec::new();
        let read = tokio::time::timeout(BOUND, async {
            let mut buf = [0u8; 4096];
            loop {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => received.extend_from_slice(&buf[..n]),
                }
            }
        })
        .await;
        read.ok()?;
        Some((
            String::from_utf8_lossy(&received).into_owned(),
            since.elapsed(),
        ))
    }

    #[tokio::test]
    async fn half_a_request_head_is_cut_off() {
        let (addr, _dir) = server().await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let start = Instant::now();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: portal.example\r\n")
            .await
            .unwrap();
        let (_, took) = until_closed(&mut stream, start)
            .await
            .expect("the server keeps a half request head open");
        assert!(took >= SHORT.header, "{took:?}");
    }

    #[tokio::test]
    async fn a_stalled_body_is_cut_off() {
        let (addr, _dir) = server().await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let start = Instant::now();
        stream
            .write_all(
                b"POST /staff/sign-in HTTP/1.1\r\nHost: portal.example\r\n\
                  Content-Type: application/x-www-form-urlencoded\r\n\
                  Content-Length: 1000\r\n\r\nemail=a",
            )
            .await
            .unwrap();
        let (answer, took) = until_closed(&mut stream, start)
            .await
            .expect("the server keeps a stalled body open");
        assert!(took >= SHORT.body_idle, "{took:?}");
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 4"),
            "{answer}"
        );
    }

    #[tokio::test]
    async fn a_trickling_body_is_cut_off_at_the_deadline() {
        let (addr, _dir) = server().await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let start = Instant::now();
        stream
            .write_all(
                b"POST /staff/sign-in HTTP/1.1\r\nHost: portal.example\r\n\
                  Content-Type: application/x-www-form-urlencoded\r\n\
                  Content-Length: 100000\r\n\r\nemail=",
            )
            .await
            .unwrap();
        // One byte every 100 ms: never idle for the idle timeout, never finished.
        let (mut reader, mut writer) = stream.into_split();
        let trickle = tokio::spawn(async move {
            while writer.write_all(b"a").await.is_ok() {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        let closed = tokio::time::timeout(BOUND, async {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
            }
        })
        .await;
        trickle.abort();
        assert!(closed.is_ok(), "the server keeps a trickling body open");
        let took = start.elapsed();
        assert!(took >= SHORT.body_total, "{took:?}");
    }

    #[tokio::test]
    async fn a_whole_request_is_answered_and_the_connection_kept() {
        let (addr, _dir) = server().await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        for _ in 0..2 {
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: portal.example\r\n\r\n")
                .await
                .unwrap();
            let mut buf = [0u8; 1024];
            let n = tokio::time::timeout(BOUND, stream.read(&mut buf))
                .await
                .unwrap()
                .unwrap();
            let answer = String::from_utf8_lossy(&buf[..n]);
            assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        }
    }
}

// ---------------------------------------------------------------------------------
// The staff forms' decoders, fuzzed (issue 11: "a fuzz target for the form decoders")

/// A staff form, the role that may send it and the names of its fields.
const STAFF_FORMS: [(&str, Role, &[&str]); 6] = [
    (
        "/staff/accounts",
        Role::Admin,
        &["email", "display_name", "role", "password"],
    ),
    (
        "/staff/notices/1/status",
        Role::Caseworker,
        &["status", "note"],
    ),
    (
        "/staff/texts/nl/request-help",
        Role::Editor,
        &["value", "action"],
    ),
    ("/staff/texts/nl/request-help/confirm", Role::Editor, &[]),
    (
        "/staff/texts/nl/request-help/revert",
        Role::Editor,
        &["version"],
    ),
    ("/staff/texts/languages/nl/import", Role::Editor, &["ftl"]),
];

/// One field of a fuzzed form: a known name (or any), and a value that is typical,
/// arbitrary text, or bytes that are not UTF-8 (percent-encoded as a browser would).
fn staff_field(
    names: &'static [&'static str],
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let known = [names, &["_csrf"]].concat();
    let name = prop_oneof![
        4 => prop::sample::select(known).prop_map(str::to_owned),
        1 => "[a-z_]{1,10}",
    ];
    let value = prop_oneof![
        6 => prop::sample::select(vec![
            "publish", "preview", "draft", "new", "in-progress", "done", "shipped", "1",
            "editor", "admin", "a@b.nl", "kort", "home-title = Hallo { $x }",
            "{ { { {", "</textarea><b>x</b>",
        ])
        .prop_map(|v| form_body(&[("v", v)])[2..].to_owned()),
        3 => "\\PC{0,40}".prop_map(|v| form_body(&[("v", &v)])[2..].to_owned()),
        1 => prop::collection::vec(any::<u8>(), 0..12).prop_map(|bytes| {
            bytes.iter().map(|b| format!("%{b:02X}")).collect::<String>()
        }),
    ];
    (name, value).prop_map(|(name, value)| format!("{name}={value}"))
}

/// Any body sent to a staff form by a signed-in member of staff with the right role,
/// with or without the session's token, gets the portal's own answer: a page or a
/// redirect, never a server error and never the framework's plain text.
#[test]
fn any_staff_form_gets_the_portals_answer() {
    use proptest::prelude::*;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (portal, browsers) = runtime.block_on(async {
        let p = Portal::sqlite().await;
        // Notice 1, for the status form.
        assert_eq!(stored_notice(&p).await, 1);
        let mut browsers = Vec::new();
        for (i, role) in [Role::Admin, Role::Caseworker, Role::Editor]
            .into_iter()
            .enumerate()
        {
            let email = format!("fuzz{i}@gemeente.example");
            p.account(&email, role).await;
            browsers.push((role, p.sign_in(&email, None).await));
        }
        (p, browsers)
    });
    let forms = STAFF_FORMS.iter().enumerate().map(|(i, (_, _, names))| {
        (
            Just(i),
            prop::collection::vec(staff_field(names), 0..5),
            prop::bool::weighted(0.85),
        )
    });
    let form = prop::strategy::Union::new(forms.map(|s| s.boxed()));
    let config = ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |((form, fields, with_token) in form)| {
        let (path, role, _) = STAFF_FORMS[form];
        let browser = &browsers.iter().find(|(r, _)| *r == role).unwrap().1;
        let mut body = fields.join("&");
        if with_token {
            body = format!("_csrf={}&{body}", browser.csrf);
        }
        let reply = runtime.block_on(async {
            let request = Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, &browser.cookie)
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(body.clone()))
                .unwrap();
            portal.send(request).await
        });
        prop_assert!(
            !reply.status.is_server_error(),
            "{} {path} <- {body}: {}", reply.status, reply.body
        );
        if !reply.status.is_redirection() {
            prop_assert!(
                reply.header(header::CONTENT_TYPE).starts_with("text/html"),
                "{} {path} <- {body}: {}", reply.status, reply.header(header::CONTENT_TYPE)
            );
        }
    });
}
