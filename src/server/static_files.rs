//! The built assets under `/pkg`: their names carry a content hash, so browsers may
//! keep them for a year. Only what exists is cached: a missing file's 404 says
//! `no-store`, so a browser that asked during a deploy asks again.
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
    Router::new()
        .fallback_service(ServeDir::new(site_root.join(pkg_dir)))
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
