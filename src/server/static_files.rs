//! The built assets under `/pkg`: their names carry a content hash, so browsers may
//! keep them for a year. Only what exists is cached: a missing file's 404 says
//! `no-store`, so a browser that asked during a deploy asks again.
//!
//! The assets are sent as they were compressed once, at brotli 11 and gzip 9 (the
//! WebAssembly is about a quarter smaller than at the level 1 the router's compression
//! uses for rendered pages). The compressed forms live in memory only: files written
//! beside the assets broke cargo-leptos's next build, and the shipped service unit
//! mounts the site root read-only. They are made lazily, not at start-up (tests start
//! many portals, and brotli 11 of the WebAssembly takes about half a second): the first
//! request for an asset reads the file and starts compressing it in the background;
//! until that is done, requests get the file as it is, which the router's compression
//! layer compresses on the fly as before. Memory is bounded: only the files found
//! under `pkg` when the router is built are kept, each once.
//!
//! The files of `public/` (cargo-leptos copies them to the site root: the icon,
//! `robots.txt`) are served at the top level, cached for a day: their names carry no
//! hash.
//!
//! The pages link the assets under the names Leptos derives from `hash.txt` beside
//! the binary (cargo-leptos writes it). A binary started without it, or with a site
//! root from another build, links names that are not there: [`missing_assets`] finds
//! that at start-up, and `serve` says so loudly.

use super::compress::{etag_matches, strong_etag, Compressed, Encoding, Levels};
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use leptos::config::LeptosOptions;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use tokio::sync::OnceCell;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The files of `public/`: no hash in their names, so a day.
const A_DAY: &str = "public, max-age=86400";

/// How many files under `pkg` are kept, and the largest; a build has a handful, the
/// WebAssembly (about 200 KB) the largest. Anything beyond is served from disk.
const MAX_KEPT_FILES: usize = 64;
const MAX_KEPT_SIZE: u64 = 8 * 1024 * 1024;

/// `/pkg`: the kept assets from memory, anything else (a file that appeared after
/// start-up, a range request, a missing file) from disk as before.
pub fn pkg_service<S: Clone + Send + Sync + 'static>(site_root: &Path, pkg_dir: &str) -> Router<S> {
    let dir = site_root.join(pkg_dir);
    let kept = KeptAssets::list(&dir);
    let from_disk = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            |response: &Response<tower_http::services::fs::ServeFileSystemResponseBody>| {
                Some(HeaderValue::from_static(
                    if response.status().is_success() {
                        IMMUTABLE
                    } else {
                        "no-store"
                    },
                ))
            },
        ))
        .service(ServeDir::new(&dir));
    Router::new().fallback(move |request: Request| {
        let kept = kept.clone();
        let from_disk = from_disk.clone();
        async move {
            // The parts only: a body is not `Sync`, so a borrowed request would make
            // this future not `Send`.
            let (parts, body) = request.into_parts();
            if let Some(response) = kept.answer(&parts).await {
                return response;
            }
            match from_disk.oneshot(Request::from_parts(parts, body)).await {
                Ok(response) => response.map(Body::new),
                Err(never) => match never {},
            }
        }
    })
}

/// The files under `pkg` found when the router was built, by their path below it
/// (`/meldwijzer.1a2b.wasm`); each is read at its first request.
#[derive(Clone, Debug, Default)]
struct KeptAssets(Arc<HashMap<String, KeptSlot>>);

#[derive(Debug)]
struct KeptSlot {
    path: PathBuf,
    content_type: &'static str,
    /// Read once; `None` when the file could not be read (then it is served from disk).
    asset: OnceCell<Option<Arc<Asset>>>,
}

#[derive(Debug)]
struct Asset {
    identity: Bytes,
    content_type: HeaderValue,
    etag: HeaderValue,
    /// Set once, by the background compression; `None` if that failed.
    compressed: OnceLock<Option<Compressed>>,
    compressing: AtomicBool,
}

impl KeptAssets {
    /// The names of the asset files under `dir` (no contents are read here).
    fn list(dir: &Path) -> KeptAssets {
        let mut files = HashMap::new();
        let mut folders = vec![(dir.to_path_buf(), String::new(), 0)];
        while let Some((folder, prefix, depth)) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !name.bytes().all(is_url_safe) || name.starts_with('.') {
                    continue;
                }
                let path = entry.path();
                let key = format!("{prefix}/{name}");
                let Ok(meta) = path.metadata() else { continue };
                if meta.is_dir() && depth < 4 {
                    folders.push((path, key, depth + 1));
                } else if meta.is_file()
                    && meta.len() <= MAX_KEPT_SIZE
                    && files.len() < MAX_KEPT_FILES
                {
                    if let Some(content_type) = content_type(&name) {
                        files.insert(
                            key,
                            KeptSlot {
                                path,
                                content_type,
                                asset: OnceCell::new(),
                            },
                        );
                    }
                }
            }
        }
        KeptAssets(Arc::new(files))
    }

    /// The answer from memory, or `None` when the disk should answer.
    async fn answer(&self, request: &Parts) -> Option<Response> {
        if !matches!(request.method, Method::GET | Method::HEAD)
            || request.headers.contains_key(header::RANGE)
        {
            return None;
        }
        let slot = self.0.get(request.uri.path())?;
        let asset = slot
            .asset
            .get_or_init(|| async {
                let identity = tokio::fs::read(&slot.path).await.ok()?;
                Some(Arc::new(Asset {
                    etag: strong_etag(&identity),
                    identity: Bytes::from(identity),
                    content_type: HeaderValue::from_static(slot.content_type),
                    compressed: OnceLock::new(),
                    compressing: AtomicBool::new(false),
                }))
            })
            .await
            .clone()?;
        let matched = request
            .headers
            .get(header::IF_NONE_MATCH)
            .is_some_and(|v| etag_matches(v, &asset.etag));
        let mut response = if matched {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let encoding = Encoding::accepted(&request.headers);
            let (body, encoding) = match asset.compressed() {
                Some(compressed) => compressed.choose(encoding, &asset.identity),
                // Not compressed yet: the compression layer does it on the fly.
                None => (asset.identity.clone(), Encoding::Identity),
            };
            let len = body.len();
            let mut response = Response::new(Body::from(body));
            let h = response.headers_mut();
            h.insert(header::CONTENT_TYPE, asset.content_type.clone());
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
            if let Some(name) = encoding.name() {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
            }
            response
        };
        let h = response.headers_mut();
        h.insert(header::ETAG, asset.etag.clone());
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        Some(response)
    }
}

impl Asset {
    /// The compressed forms once made; the first call starts making them, off the
    /// async threads.
    fn compressed(self: &Arc<Self>) -> Option<&Compressed> {
        if let Some(done) = self.compressed.get() {
            return done.as_ref();
        }
        if !self.compressing.swap(true, Ordering::AcqRel) {
            let asset = self.clone();
            tokio::task::spawn_blocking(move || {
                let made = Compressed::make(&asset.identity, Levels::BEST);
                if made.is_none() {
                    tracing::warn!("could not compress an asset; it is sent as it is");
                }
                let _ = asset.compressed.set(made);
            });
        }
        None
    }
}

/// The types of what cargo-leptos writes under `pkg`; other files are served from
/// disk.
fn content_type(name: &str) -> Option<&'static str> {
    let extension = name.rsplit_once('.')?.1;
    Some(match extension {
        "wasm" => "application/wasm",
        "js" | "mjs" => "text/javascript",
        "css" => "text/css",
        _ => return None,
    })
}

/// A route for each file at the top of the site root (what `public/` holds), served
/// as it is and cached for a day. The folder is read once, when the router is built.
pub fn public_files<S: Clone + Send + Sync + 'static>(site_root: &Path) -> Router<S> {
    let mut router = Router::new();
    let Ok(entries) = std::fs::read_dir(site_root) else {
        return router;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let precompressed = name.ends_with(".br") || name.ends_with(".gz");
        if !path.is_file() || precompressed || !name.bytes().all(is_url_safe) {
            continue;
        }
        router = router.route_service(&format!("/{name}"), ServeFile::new(path));
    }
    router.layer(SetResponseHeaderLayer::overriding(
        axum::http::header::CACHE_CONTROL,
        HeaderValue::from_static(A_DAY),
    ))
}

fn is_url_safe(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_')
}

/// The asset files the pages will link (script, WebAssembly, style sheet) that are
/// not in the site root. `exe_dir` is where Leptos looks for the hash file: the
/// folder of the running binary.
pub fn missing_assets(options: &LeptosOptions, exe_dir: &Path) -> Vec<PathBuf> {
    let pkg = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    linked_assets(options, exe_dir)
        .into_iter()
        .map(|name| pkg.join(name))
        .filter(|path| !path.is_file())
        .collect()
}

/// The file names under `/pkg` that the pages link, derived as Leptos derives them
/// (`leptos::HydrationScripts`, `leptos_meta::HashedStylesheet`).
pub fn linked_assets(options: &LeptosOptions, exe_dir: &Path) -> Vec<String> {
    let name = options.output_name.to_string();
    let (mut js, mut wasm, mut css) = (name.clone(), name.clone(), name);
    if options.hash_files {
        let hashes =
            std::fs::read_to_string(exe_dir.join(options.hash_file.as_ref())).unwrap_or_default();
        for line in hashes.lines() {
            if let Some((file, hash)) = line.trim().split_once(':') {
                let hash = format!(".{}", hash.trim());
                match file.trim() {
                    "js" => js.push_str(&hash),
                    "wasm" => wasm.push_str(&hash),
                    "css" => css.push_str(&hash),
                    _ => {}
                }
            }
        }
    } else if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
        // Leptos adds wasm-bindgen's suffix when it was not built by cargo-leptos.
        wasm.push_str("_bg");
    }
    vec![
        format!("{js}.js"),
        format!("{wasm}.wasm"),
        format!("{css}.css"),
    ]
}
