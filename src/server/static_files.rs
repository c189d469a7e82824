//! The built assets under `/pkg`: their names carry a content hash, so browsers may
//! keep them for a year. Only what exists is cached: a missing file's 404 says
//! `no-store`, so a browser that asked during a deploy asks again.
//!
//! They are served pre-compressed: [`precompress`] writes a brotli (level 11) and a
//! gzip (level 9) copy beside each once, at start-up, and `ServeDir` sends the one the
//! browser accepts. Compressing on every request (the router's layer, at level 1 for
//! rendered pages) made the WebAssembly a third larger and cost CPU on every
//! download; the layer leaves a response that is already encoded alone.
//!
//! The files of `public/` (cargo-leptos copies them to the site root: the icon,
//! `robots.txt`) are served at the top level, cached for a day: their names carry no
//! hash.
//!
//! The pages link the assets under the names Leptos derives from `hash.txt` beside
//! the binary (cargo-leptos writes it). A binary started without it, or with a site
//! root from another build, links names that are not there: [`missing_assets`] finds
//! that at start-up, and `serve` says so loudly.

use axum::http::HeaderValue;
use axum::response::Response;
use axum::Router;
use leptos::config::LeptosOptions;
use std::path::{Path, PathBuf};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The files of `public/`: no hash in their names, so a day.
const A_DAY: &str = "public, max-age=86400";

pub fn pkg_service<S: Clone + Send + Sync + 'static>(site_root: &Path, pkg_dir: &str) -> Router<S> {
    let files = ServeDir::new(site_root.join(pkg_dir))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::overriding(
            axum::http::header::CACHE_CONTROL,
            |response: &Response| {
                Some(HeaderValue::from_static(
                    if response.status().is_success() {
                        IMMUTABLE
                    } else {
                        "no-store"
                    },
                ))
            },
        ))
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

/// What [`precompress`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Precompressed {
    /// Copies written now.
    pub written: usize,
    /// Copies that were there already, newer than their file.
    pub kept: usize,
}

/// The kinds of file worth compressing (what browsers download; not the TypeScript
/// declarations wasm-bindgen leaves beside them).
const COMPRESSIBLE: [&str; 6] = ["js", "wasm", "css", "svg", "txt", "json"];

/// Writes `<file>.br` and `<file>.gz` beside every compressible file in `dir` that has
/// none newer than itself, each through a temporary name, so a reader never sees half
/// a copy. Runs once at start-up, in the background: until it is done, `ServeDir`
/// serves the plain file (and the router compresses it on the fly).
pub fn precompress(dir: &Path) -> std::io::Result<Precompressed> {
    let mut done = Precompressed::default();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !path.is_file() || !compressible {
            continue;
        }
        let modified = std::fs::metadata(&path)?.modified()?;
        let mut bytes = None;
        for (suffix, compress) in [
            (
                "br",
                super::compress::brotli as fn(&[u8]) -> Option<Vec<u8>>,
            ),
            ("gz", super::compress::gzip),
        ] {
            let target = PathBuf::from(format!("{}.{suffix}", path.display()));
            let fresh = std::fs::metadata(&target)
                .and_then(|m| m.modified())
                .is_ok_and(|at| at >= modified);
            if fresh {
                done.kept += 1;
                continue;
            }
            if bytes.is_none() {
                bytes = Some(std::fs::read(&path)?);
            }
            let compressed = compress(bytes.as_deref().unwrap_or_default())
                .ok_or_else(|| std::io::Error::other("compressing failed"))?;
            let partial = PathBuf::from(format!("{}.partial", target.display()));
            std::fs::write(&partial, compressed)?;
            std::fs::rename(&partial, &target)?;
            done.written += 1;
        }
    }
    Ok(done)
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
