//! The built assets under `/pkg`: sent as compressed once at brotli 11 and gzip 9
//! (made in the background after the first request), with a year's cache and an ETag;
//! the rendered pages keep their compression on the fly.

use crate::support;

use axum::http::{header, StatusCode};
use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;
use support::pages::get;
use support::portal::{Options, Portal};
use support::reply::Reply;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// A portal whose site root is a fresh folder with `files` under `pkg` (the folder and
/// the database are kept by the returned guards).
async fn portal_with_pkg(files: &[(&str, Vec<u8>)]) -> (axum::Router, tempfile::TempDir, Portal) {
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for (name, bytes) in files {
        std::fs::write(pkg.join(name), bytes).unwrap();
    }
    let portal = Portal::sqlite_with(Options::default()).await;
    let mut state = portal.state.clone();
    state.leptos_options.site_root = site.path().display().to_string().into();
    (meldwijzer::server::router(state), site, portal)
}

/// Text that compresses as a build's output does: words from a small vocabulary in a
/// pseudo-random order (the same every run).
fn sample(len: usize, seed: u64) -> Vec<u8> {
    const WORDS: [&str; 16] = [
        "function", "return", "const", "let", "wasm", "import", "export", "memory", "table", "0x",
        "(", ")", "{", "}", ";", "\n",
    ];
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 16);
    while out.len() < len {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.extend_from_slice(WORDS[(state >> 60) as usize].as_bytes());
        out.extend_from_slice(format!("{}", (state >> 40) % 97).as_bytes());
    }
    out.truncate(len);
    out
}

/// brotli 11 as Google's encoder makes it for a body of this size.
fn brotli_11(data: &[u8]) -> Vec<u8> {
    let encoder = brotlic::BrotliEncoderOptions::new()
        .quality(brotlic::Quality::best())
        .size_hint(data.len() as u32)
        .build()
        .unwrap();
    let mut writer = brotlic::CompressorWriter::with_encoder(encoder, Vec::new());
    writer.write_all(data).unwrap();
    writer.into_inner().unwrap()
}

fn gzip_9(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// The body of `reply` as its `Content-Encoding` says.
fn decoded(reply: &Reply) -> Vec<u8> {
    let mut out = Vec::new();
    match reply.header(header::CONTENT_ENCODING) {
        "br" => brotli::BrotliDecompress(&mut &reply.bytes[..], &mut out).unwrap(),
        "gzip" => {
            flate2::read::GzDecoder::new(&reply.bytes[..])
                .read_to_end(&mut out)
                .unwrap();
        }
        "" => out = reply.bytes.clone(),
        other => panic!("unexpected encoding {other}"),
    }
    out
}

fn files() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("meldwijzer.2222.wasm", sample(200_000, 1)),
        ("meldwijzer.1111.js", sample(20_000, 2)),
        ("meldwijzer.3333.css", sample(12_000, 3)),
    ]
}

/// Asks for `path` (whose file holds `bytes`) until it comes compressed ahead, in each
/// encoding; checks every answer on the way and the headers of the last.
async fn assert_sent_ahead(app: &axum::Router, path: &str, bytes: &[u8]) {
    for (accept, encoding, expected) in [
        ("br, gzip", "br", brotli_11(bytes)),
        ("gzip", "gzip", gzip_9(bytes)),
        // The weights decide: gzip is preferred here.
        ("br;q=0.5, gzip", "gzip", gzip_9(bytes)),
    ] {
        // The first answers may come compressed on the fly while the compressed
        // forms are made; every answer is the file.
        let reply = support::eventually(
            Duration::from_secs(60),
            &format!("{path} compressed ahead as {encoding}"),
            || async {
                let reply = get(app, path, &[("accept-encoding", accept)]).await;
                assert_eq!(reply.status, StatusCode::OK, "{path}");
                assert_eq!(decoded(&reply), bytes, "{path} as {accept}");
                let ahead = reply.header(header::CONTENT_ENCODING) == encoding
                    && reply.bytes.len() == expected.len();
                ahead.then_some(reply)
            },
        )
        .await;
        assert_eq!(
            reply.bytes, expected,
            "{path}: the bytes of {encoding} ahead"
        );
        assert_eq!(
            reply.header(header::CONTENT_LENGTH),
            expected.len().to_string(),
            "{path}"
        );
        assert_eq!(reply.header(header::VARY), "Accept-Encoding", "{path}");
        assert_eq!(reply.header(header::CACHE_CONTROL), IMMUTABLE, "{path}");
        assert!(!reply.header(header::ETAG).is_empty(), "{path}: an ETag");
    }
    // Without Accept-Encoding: the file as it is.
    let plain = get(app, path, &[]).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert_eq!(plain.header(header::CONTENT_ENCODING), "", "{path}");
    assert_eq!(plain.bytes, bytes, "{path}");
    assert_eq!(
        plain.header(header::CONTENT_LENGTH),
        bytes.len().to_string()
    );
    assert_eq!(plain.header(header::VARY), "Accept-Encoding", "{path}");
    assert_eq!(plain.header(header::CACHE_CONTROL), IMMUTABLE, "{path}");
    // Refusing both: identity too.
    let refused = get(app, path, &[("accept-encoding", "br;q=0, gzip;q=0")]).await;
    assert_eq!(refused.header(header::CONTENT_ENCODING), "", "{path}");
    assert_eq!(refused.bytes, bytes, "{path}");
}

#[tokio::test]
async fn assets_are_sent_compressed_at_the_highest_levels() {
    let files = files();
    let (app, _site, _portal) = portal_with_pkg(&files).await;
    for (name, bytes) in &files {
        assert_sent_ahead(&app, &format!("/pkg/{name}"), bytes).await;
    }
    let types = [
        ("meldwijzer.2222.wasm", "application/wasm"),
        ("meldwijzer.1111.js", "text/javascript"),
        ("meldwijzer.3333.css", "text/css"),
    ];
    for (name, content_type) in types {
        let reply = get(&app, &format!("/pkg/{name}"), &[("accept-encoding", "br")]).await;
        assert_eq!(reply.header(header::CONTENT_TYPE), content_type, "{name}");
    }
}

/// The same for the assets of the release build the other tests use
/// (`MELDWIJZER_SITE_ROOT`), whose site root is only read.
#[tokio::test]
async fn the_built_assets_are_sent_compressed_ahead() {
    let Ok(site_root) = std::env::var("MELDWIJZER_SITE_ROOT") else {
        assert!(!support::require_all(), "MELDWIJZER_SITE_ROOT is not set");
        eprintln!("skipping: MELDWIJZER_SITE_ROOT is not set");
        return;
    };
    let portal = Portal::sqlite_with(Options::default()).await;
    let mut state = portal.state.clone();
    state.leptos_options.site_root = site_root.clone().into();
    let app = meldwijzer::server::router(state);
    let pkg = Path::new(&site_root).join("pkg");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&pkg).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if [".wasm", ".js", ".css"].iter().any(|e| name.ends_with(e)) {
            let bytes = std::fs::read(&path).unwrap();
            assert_sent_ahead(&app, &format!("/pkg/{name}"), &bytes).await;
            seen.push(name);
        }
    }
    for kind in [".wasm", ".js", ".css"] {
        assert!(
            seen.iter().any(|n| n.ends_with(kind)),
            "no {kind}: {seen:?}"
        );
    }
}

#[tokio::test]
async fn a_known_asset_etag_gets_304() {
    let files = files();
    let (app, _site, _portal) = portal_with_pkg(&files).await;
    let path = "/pkg/meldwijzer.1111.js";
    let first = get(&app, path, &[("accept-encoding", "br")]).await;
    let etag = first.header(header::ETAG).to_owned();
    assert!(etag.starts_with('"') && etag.len() > 2, "{etag}");
    for accept in ["br", "gzip", ""] {
        let again = get(
            &app,
            path,
            &[("accept-encoding", accept), ("if-none-match", &etag)],
        )
        .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{accept}");
        assert!(again.bytes.is_empty());
        assert_eq!(again.header(header::ETAG), etag);
        assert_eq!(again.header(header::CACHE_CONTROL), IMMUTABLE);
    }
    let other = get(&app, path, &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.bytes, files[1].1);
    // Another file has another tag.
    let wasm = get(&app, "/pkg/meldwijzer.2222.wasm", &[]).await;
    assert_ne!(wasm.header(header::ETAG), etag);
}

#[tokio::test]
async fn what_is_not_kept_is_served_from_disk_as_before() {
    let files = files();
    let (app, site, _portal) = portal_with_pkg(&files).await;
    // A range of the file, as ServeDir answers it.
    let range = get(
        &app,
        "/pkg/meldwijzer.2222.wasm",
        &[("range", "bytes=0-9"), ("accept-encoding", "br")],
    )
    .await;
    assert_eq!(range.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(range.bytes, files[0].1[..10]);
    assert_eq!(range.header(header::CONTENT_ENCODING), "");
    // A file that appeared after start-up.
    std::fs::write(Path::new(site.path()).join("pkg/late.js"), "late()").unwrap();
    let late = get(&app, "/pkg/late.js", &[]).await;
    assert_eq!(late.status, StatusCode::OK);
    assert_eq!(late.body, "late()");
    assert_eq!(late.header(header::CACHE_CONTROL), IMMUTABLE);
    // A missing one: not found, and not kept by the browser.
    let missing = get(&app, "/pkg/meldwijzer.9999.wasm", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.header(header::CACHE_CONTROL), "no-store");
    // No way out of the folder.
    let outside = get(&app, "/pkg/../robots.txt", &[]).await;
    assert_ne!(outside.status, StatusCode::OK);
}

/// The pages rendered per request are still compressed on the fly (the kept pages
/// come compressed from the page cache: `src/server/page_cache/`).
#[tokio::test]
async fn rendered_pages_are_still_compressed() {
    let (app, _dir) = support::pages::app(None).await;
    for path in ["/staff/sign-in", "/nl/report/identity", "/nl/no-such-page"] {
        for encoding in ["br", "gzip"] {
            let reply = get(&app, path, &[("accept-encoding", encoding)]).await;
            assert_eq!(reply.header(header::CONTENT_ENCODING), encoding, "{path}");
            let html = String::from_utf8(decoded(&reply)).unwrap();
            assert!(html.contains("</html>"), "{path}: {html}");
            assert!(
                reply.bytes.len() * 2 < html.len(),
                "{path}: {} of {} bytes",
                reply.bytes.len(),
                html.len()
            );
        }
    }
}
