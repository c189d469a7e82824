//! The render cache (src/server/page_cache/), through the router: content pages and
//! self-check steps are kept and served with a hash-based CSP, an ETag and
//! pre-compressed bodies; a step's query is kept in one canonical form; a publish on any
//! instance shows at once; personal and staff pages are never kept.

use crate::support;

use axum::http::{header, StatusCode};
use base64::Engine;
use meldwijzer::server::texts_sync;
use meldwijzer::store::texts::{publish_texts, Publication, PublishKind};
use sha2::{Digest, Sha256};
use std::io::Read;
use support::pages::get;
use support::portal::{Options, Portal};

/// The contents of the inline scripts of a page (those without `src`).
fn inline_scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (tag, after) = rest.split_once('>')?;
            let (body, _) = after.split_once("</script>")?;
            (!tag.contains("src=")).then_some(body)
        })
        .collect()
}

fn sha256_source(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

const CONTENT_PAGES: [&str; 5] = [
    "/nl",
    "/ar/duties",
    "/pl/what-to-report",
    "/en/self-check",
    "/uk/report",
];

/// A kept page's CSP allows exactly its inline scripts by hash, with no nonce left.
fn assert_kept_with_hashed_scripts(path: &str, first: &support::reply::Reply) {
    let html = first.text();
    let csp = first.header_value(header::CONTENT_SECURITY_POLICY).unwrap();
    assert!(!csp.contains("nonce"), "{path}: {csp}");
    assert!(
        !html.contains("nonce="),
        "{path}: a stale nonce is left in the page"
    );
    let scripts = inline_scripts(&html);
    assert!(!scripts.is_empty(), "{path}: the islands' loader is inline");
    for script in scripts {
        let source = sha256_source(script);
        assert!(csp.contains(&source), "{path}: {csp} lacks {source}");
    }
    for directive in [
        "default-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{path}: {csp}");
    }
    // The portal's own headers still come with a kept page.
    assert_eq!(
        first.header_value(header::X_FRAME_OPTIONS),
        Some("DENY"),
        "{path}"
    );
}

#[tokio::test]
async fn content_pages_are_kept_and_allow_their_scripts_by_hash() {
    let (app, _dir) = support::pages::app(None).await;
    for path in CONTENT_PAGES {
        let first = get(&app, path, &[]).await;
        let second = get(&app, path, &[]).await;
        assert_eq!(first.status, StatusCode::OK, "{path}");
        assert_eq!(first.bytes, second.bytes, "{path}: same page for everyone");
        let etag = first.header_value(header::ETAG).expect("an ETag");
        assert_eq!(second.header_value(header::ETAG), Some(etag), "{path}");
        assert_eq!(
            first.header_value(header::CACHE_CONTROL),
            Some("no-cache"),
            "{path}"
        );
        assert_kept_with_hashed_scripts(path, &first);
    }
}

/// A kept page is answered before routing and the middleware stack
/// (`page_cache::answer_early`): its answer must carry every header the stack gives
/// the first, rendered one, the language cookie included (and it is counted in the
/// metrics under the same route: `metrics.rs`).
#[tokio::test]
async fn a_kept_answer_has_the_headers_of_the_rendered_one() {
    let (app, _dir) = support::pages::app(None).await;
    let step = "/nl/self-check?life-areas=work";
    for path in ["/nl/duties", "/ar/consequences", step] {
        for asked in [
            &[][..],
            &[("accept-encoding", "br, gzip")][..],
            &[("cookie", "mw_lang=nl")][..],
        ] {
            let rendered = get(&app, path, asked).await;
            let kept = get(&app, path, asked).await;
            assert_eq!(rendered.status, StatusCode::OK, "{path} {asked:?}");
            assert_eq!(kept.status, StatusCode::OK, "{path} {asked:?}");
            assert_eq!(kept.bytes, rendered.bytes, "{path} {asked:?}");
            // Content-Length aside: on the wire hyper writes it from the body.
            let names = |reply: &support::reply::Reply| {
                let mut names: Vec<String> = reply
                    .headers
                    .keys()
                    .filter(|name| *name != header::CONTENT_LENGTH)
                    .map(|name| name.as_str().to_owned())
                    .collect();
                names.sort();
                names
            };
            assert_eq!(names(&kept), names(&rendered), "{path} {asked:?}");
            for (name, value) in &rendered.headers {
                if name != header::CONTENT_LENGTH {
                    assert_eq!(
                        kept.headers.get_all(name).iter().collect::<Vec<_>>(),
                        rendered.headers.get_all(name).iter().collect::<Vec<_>>(),
                        "{path} {asked:?}: {name} {value:?}"
                    );
                }
            }
        }
    }
    // The cookie is set only for another language than the remembered one.
    let kept = get(&app, "/nl/duties", &[("cookie", "mw_lang=ar")]).await;
    assert_eq!(
        kept.header_value(header::SET_COOKIE).map(|c| &c[..11]),
        Some("mw_lang=nl;")
    );
    assert!(get(&app, "/nl/duties", &[("cookie", "mw_lang=nl")])
        .await
        .header_value(header::SET_COOKIE)
        .is_none());
}

#[tokio::test]
async fn a_self_check_step_is_kept_by_its_answers_in_any_order() {
    let (app, _dir) = support::pages::app(None).await;
    // Two life areas chosen on the first question; the second request sends the same
    // answers in another order and encoding, as a crafted or older link might.
    let first_path = "/nl/self-check?_q=life-areas&life-areas=work&life-areas=money";
    let first = get(&app, first_path, &[]).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(
        first.header_value(header::ETAG).is_some(),
        "the step was kept"
    );
    assert_kept_with_hashed_scripts(first_path, &first);
    for path in [
        "/nl/self-check?life-areas=work&life-areas=money&_q=life-areas",
        "/nl/self-check?life-areas=%77ork&_q=life-areas&&life-areas=money",
    ] {
        let again = get(&app, path, &[]).await;
        assert_eq!(again.status, StatusCode::OK, "{path}");
        assert_eq!(again.bytes, first.bytes, "{path}: byte-identical");
        assert_eq!(
            again.header_value(header::ETAG),
            first.header_value(header::ETAG),
            "{path}"
        );
    }
    // The page a resident gets is the one for their answers: different answers, or
    // the same ones in another order within one key, are other pages.
    let others = [
        "/nl/self-check?_q=life-areas&life-areas=work",
        "/nl/self-check?_q=life-areas&life-areas=travel",
        "/nl/self-check?_q=life-areas&life-areas=money&life-areas=work",
        "/en/self-check?_q=life-areas&life-areas=work&life-areas=money",
    ];
    let mut bodies = vec![first.bytes.clone()];
    for path in others {
        let reply = get(&app, path, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert!(
            !bodies.contains(&reply.bytes),
            "{path}: another step's page"
        );
        bodies.push(reply.bytes);
    }
    // Work chosen: the next question is about work; travel chosen: about travel.
    let work = get(&app, others[0], &[]).await.text();
    let travel = get(&app, others[1], &[]).await.text();
    assert!(
        work.contains("name=\"life-areas\" value=\"work\""),
        "{work}"
    );
    assert!(!travel.contains("value=\"work\""), "{travel}");

    // A kept step answers a known ETag with 304 and comes compressed.
    let etag = first.header_value(header::ETAG).unwrap();
    let not_modified = get(&app, first_path, &[("if-none-match", etag)]).await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    let br = get(&app, first_path, &[("accept-encoding", "br")]).await;
    assert_eq!(br.header_value(header::CONTENT_ENCODING), Some("br"));
    let mut unbrotli = Vec::new();
    brotli::BrotliDecompress(&mut &br.bytes[..], &mut unbrotli).unwrap();
    assert_eq!(unbrotli, first.bytes);
}

#[tokio::test]
async fn a_publish_empties_the_kept_steps() {
    let (url, _dir) = support::fresh_sqlite();
    let Portal { app, state, .. } = Portal::on_with(&url, Options::default()).await;
    let step = "/nl/self-check?_start=1";
    let before = get(&app, step, &[]).await;
    assert!(
        before.header_value(header::ETAG).is_some(),
        "the step was kept"
    );
    assert!(!before.text().contains("Een nieuwe vraag"));

    let publication = Publication {
        lang: "nl",
        id: "selfcheck-life-areas",
        old_source: "",
        new_source: "selfcheck-life-areas = Een nieuwe vraag",
        kind: PublishKind::Publish,
        stamp: None,
    };
    publish_texts(&state.db, &[publication], None, 1_800_000_000)
        .await
        .unwrap();
    assert!(texts_sync::reload_texts(&state).await.unwrap());

    let after = get(&app, step, &[]).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(
        after.text().contains("Een nieuwe vraag"),
        "{}",
        after.text()
    );
    assert_ne!(
        after.header_value(header::ETAG),
        before.header_value(header::ETAG)
    );
}

#[tokio::test]
async fn a_known_etag_gets_304_and_every_encoding_is_the_same_page() {
    let (app, _dir) = support::pages::app(None).await;
    let plain = get(&app, "/tr/help", &[]).await;
    let etag = plain.header_value(header::ETAG).unwrap().to_owned();

    let not_modified = get(&app, "/tr/help", &[("if-none-match", &etag)]).await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    assert!(not_modified.bytes.is_empty());
    assert_eq!(not_modified.header_value(header::ETAG), Some(etag.as_str()));
    let other = get(&app, "/tr/help", &[("if-none-match", "\"other\"")]).await;
    assert_eq!(other.status, StatusCode::OK);

    let br = get(&app, "/tr/help", &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(br.header_value(header::CONTENT_ENCODING), Some("br"));
    let mut unbrotli = Vec::new();
    brotli::BrotliDecompress(&mut &br.bytes[..], &mut unbrotli).unwrap();
    assert_eq!(unbrotli, plain.bytes);

    let gz = get(&app, "/tr/help", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.header_value(header::CONTENT_ENCODING), Some("gzip"));
    let mut ungzip = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes[..])
        .read_to_end(&mut ungzip)
        .unwrap();
    assert_eq!(ungzip, plain.bytes);
    assert_eq!(gz.header_value(header::VARY), Some("Accept-Encoding"));
    assert!(plain.header_value(header::CONTENT_ENCODING).is_none());
}

#[tokio::test]
async fn a_publish_on_another_instance_shows_at_once() {
    // Two instances on one database, as behind a load balancer.
    let (url, _dir) = support::fresh_sqlite();
    let editor = Portal::on_with(&url, Options::default()).await.state;
    let Portal {
        app, state: reader, ..
    } = Portal::on_with(&url, Options::default()).await;
    let before = get(&app, "/nl", &[]).await;
    assert!(!before.text().contains("Een nieuwe titel"));

    let publication = Publication {
        lang: "nl",
        id: "start-title",
        old_source: "",
        new_source: "start-title = Een nieuwe titel",
        kind: PublishKind::Publish,
        stamp: None,
    };
    publish_texts(&editor.db, &[publication], None, 1_800_000_000)
        .await
        .unwrap();
    // What the revision watcher does every second on the reading instance.
    assert!(texts_sync::reload_texts(&reader).await.unwrap());

    let after = get(
        &app,
        "/nl",
        &[("if-none-match", before.header_value(header::ETAG).unwrap())],
    )
    .await;
    assert_eq!(
        after.status,
        StatusCode::OK,
        "the old ETag no longer matches"
    );
    assert!(after.text().contains("<h1>Een nieuwe titel</h1>"));
}

#[tokio::test]
async fn personal_and_staff_pages_are_never_kept() {
    let (app, _dir) = support::pages::app(None).await;
    let uncached = [
        // Any query on another page than the self-check, even a harmless one.
        "/nl?from=leaflet",
        "/nl/report?from=leaflet",
        // A self-check query that is not kept: people rows numbered two ways.
        "/nl/self-check?moves-in-ages.01=7&moves-in-ages.1=5",
        // The staff area and a change-notice step.
        "/staff/sign-in",
        "/nl/report/identity",
        // A page that does not exist.
        "/nl/no-such-page",
    ];
    for path in uncached {
        for _ in 0..2 {
            let reply = get(&app, path, &[]).await;
            assert!(
                reply.header_value(header::ETAG).is_none(),
                "{path} was kept"
            );
        }
    }
    let step = get(&app, "/nl/self-check?moves-in-ages.01=7", &[]).await;
    assert!(step
        .header_value(header::CONTENT_SECURITY_POLICY)
        .unwrap()
        .contains("'nonce-"));
}
