//! The resident content pages, rendered once and served from memory.
//!
//! The start page, the information pages and the first page of the self-check and the
//! change notice are the same for every visitor of one language, on one day, with one
//! set of published texts. Rendering them per request (Leptos, about forty Fluent
//! messages, on-the-fly compression) made them several times slower than a static
//! server. So the first request renders the page; the body is kept with its gzip and
//! brotli forms and a strong ETag, and later requests get those bytes (or `304 Not
//! Modified`).
//!
//! What is kept, and what never is:
//! - only `GET` requests **without a query string** to the Leptos page routes (the
//!   router layers this on those routes only: never the staff area, the API, the
//!   notice steps or a self-check step, whose query carries the resident's answers),
//!   answered `200` with HTML and without `Set-Cookie`;
//! - per (path, day in the Netherlands), for the catalog being served: when a publish
//!   swaps in a new catalog (on this instance or, through `texts_sync`, on any other),
//!   everything kept is dropped at the next request.
//!
//! The per-response CSP nonce cannot be kept: a shared body would repeat one nonce to
//! every visitor. A kept page instead allows its own inline scripts by their SHA-256
//! hashes (`'sha256-…'`), which hold for every copy because those scripts never change
//! for a page; the nonce attributes are taken out of the kept body.

use super::compress::{etag_matches, strong_etag, Encoding};
use super::AppState;
use crate::shell::page_csp_with_hashes;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use time::Date;

/// How many pages one catalog may fill the cache with. The routes × languages are far
/// fewer (about 70); the bound keeps memory fixed whatever paths are asked for.
const MAX_PAGES: usize = 512;

/// The largest body worth keeping; content pages are 10–30 KB.
const MAX_BODY: usize = 512 * 1024;

/// One rendered page in every encoding the portal sends.
#[derive(Debug)]
struct KeptPage {
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    etag: HeaderValue,
    csp: HeaderValue,
    content_type: HeaderValue,
}

#[derive(Debug, Default)]
struct Pages {
    /// The catalog the pages were rendered with; a different one empties the map.
    catalog: Option<Arc<crate::i18n::Catalog>>,
    by_key: HashMap<(String, Date), Arc<KeptPage>>,
}

/// The kept pages of one router. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct PageCache(Arc<RwLock<Pages>>);

impl PageCache {
    pub fn new() -> Self {
        Self::default()
    }

    fn get(
        &self,
        catalog: &Arc<crate::i18n::Catalog>,
        key: &(String, Date),
    ) -> Option<Arc<KeptPage>> {
        let pages = self.0.read().unwrap_or_else(|e| e.into_inner());
        let same = pages
            .catalog
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(c, catalog));
        if same {
            pages.by_key.get(key).cloned()
        } else {
            None
        }
    }

    fn put(&self, catalog: Arc<crate::i18n::Catalog>, key: (String, Date), page: Arc<KeptPage>) {
        let mut pages = self.0.write().unwrap_or_else(|e| e.into_inner());
        let same = pages
            .catalog
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(c, &catalog));
        if !same {
            pages.by_key.clear();
            pages.catalog = Some(catalog);
        }
        // Yesterday's pages are never asked for again.
        let day = key.1;
        pages.by_key.retain(|(_, d), _| *d == day);
        if pages.by_key.len() < MAX_PAGES {
            pages.by_key.insert(key, page);
        }
    }

    /// How many pages are kept (for tests and the bench script's soak report).
    pub fn len(&self) -> usize {
        self.0
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .by_key
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The middleware: answers from the cache, or renders and keeps the page.
pub async fn serve(state: AppState, cache: PageCache, request: Request, next: Next) -> Response {
    if request.method() != Method::GET || request.uri().query().is_some() {
        return next.run(request).await;
    }
    let catalog = state.catalog.current();
    let key = (request.uri().path().to_owned(), state.today());
    let encoding = Encoding::accepted(request.headers());
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    if let Some(page) = cache.get(&catalog, &key) {
        super::metrics::render_cache(true);
        return answer(&page, encoding, if_none_match.as_ref());
    }
    let response = next.run(request).await;
    match keep(response).await {
        Kept::Page(page) => {
            super::metrics::render_cache(false);
            let page = Arc::new(page);
            cache.put(catalog, key, page.clone());
            answer(&page, encoding, if_none_match.as_ref())
        }
        Kept::Not(response) => response,
    }
}

enum Kept {
    Page(KeptPage),
    Not(Response),
}

/// Reads a rendered response into a [`KeptPage`] if it may be kept; otherwise gives it
/// back as it was (the body, if already read, is put back).
async fn keep(response: Response) -> Kept {
    let cacheable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
    if !cacheable {
        return Kept::Not(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        // The render broke off while streaming; the visitor gets what a failed render
        // gets, and the next request renders again.
        Err(_) => return Kept::Not(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    };
    if bytes.len() > MAX_BODY {
        return Kept::Not(Response::from_parts(parts, Body::from(bytes)));
    }
    let nonce = parts
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of);
    match prepare(&bytes, nonce.as_deref(), &parts.headers) {
        Some(page) => Kept::Page(page),
        None => Kept::Not(Response::from_parts(parts, Body::from(bytes))),
    }
}

/// The kept form of a rendered page: nonce attributes out, CSP by script hashes, the
/// compressed forms, the ETag.
fn prepare(html: &[u8], nonce: Option<&str>, headers: &HeaderMap) -> Option<KeptPage> {
    let html = std::str::from_utf8(html).ok()?;
    let html = match nonce {
        Some(nonce) => html.replace(&format!(" nonce=\"{nonce}\""), ""),
        None => html.to_owned(),
    };
    let hashes: Vec<String> = inline_scripts(&html).map(script_hash).collect();
    let identity = Bytes::from(html);
    Some(KeptPage {
        gzip: gzip(&identity)?,
        brotli: brotli(&identity)?,
        etag: strong_etag(&identity),
        identity,
        csp: page_csp_with_hashes(&hashes),
        content_type: headers
            .get(header::CONTENT_TYPE)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("text/html; charset=utf-8")),
    })
}

fn answer(page: &KeptPage, encoding: Encoding, if_none_match: Option<&HeaderValue>) -> Response {
    let mut response = if if_none_match.is_some_and(|v| etag_matches(v, &page.etag)) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = match encoding {
            Encoding::Brotli => page.brotli.clone(),
            Encoding::Gzip => page.gzip.clone(),
            Encoding::Identity => page.identity.clone(),
        };
        let mut response = Response::new(Body::from(body));
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, page.content_type.clone());
        if let Some(name) = encoding.name() {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        response
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, page.etag.clone());
    h.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
    // Texts can be republished at any moment: browsers keep the page but ask each time
    // (a 304 costs a few hundred bytes).
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    response
}

/// The nonce in a CSP header value (`'nonce-…'`).
fn nonce_of(csp: &str) -> Option<String> {
    let start = csp.find("'nonce-")? + "'nonce-".len();
    let len = csp[start..].find('\'')?;
    Some(csp[start..start + len].to_owned())
}

/// The contents of every inline `<script>` (one without `src`), in document order.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || loop {
        let open = rest.find("<script")?;
        let after_open = &rest[open..];
        let tag_end = after_open.find('>')?;
        let tag = &after_open[..tag_end];
        let body_start = open + tag_end + 1;
        let close = rest[body_start..].find("</script>")?;
        let body = &rest[body_start..body_start + close];
        rest = &rest[body_start + close + "</script>".len()..];
        if !tag.contains(" src=") {
            return Some(body);
        }
    })
}

fn script_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn gzip(data: &[u8]) -> Option<Bytes> {
    super::compress::gzip(data).map(Bytes::from)
}

fn brotli(data: &[u8]) -> Option<Bytes> {
    super::compress::brotli(data).map(Bytes::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inline_scripts_and_skips_external_ones() {
        let html = r#"<head><script src="/pkg/a.js"></script><script type="module">go()</script></head><body><script>x</script>"#;
        assert_eq!(inline_scripts(html).collect::<Vec<_>>(), ["go()", "x"]);
        assert_eq!(inline_scripts("<p>no scripts</p>").count(), 0);
        assert_eq!(inline_scripts("<script>never closed").count(), 0);
    }

    #[test]
    fn hashes_a_script_as_csp_expects() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn reads_the_nonce_from_a_policy() {
        assert_eq!(
            nonce_of("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'").as_deref(),
            Some("abc123")
        );
        assert_eq!(nonce_of("script-src 'self'"), None);
    }

    #[test]
    fn a_kept_page_has_no_nonce_and_allows_its_scripts_by_hash() {
        let html = r#"<html><head><link rel="modulepreload" href="/pkg/m.js" nonce="N1"><script type="module" nonce="N1">import("/pkg/m.js")</script></head><body>Hallo</body></html>"#;
        let page = prepare(html.as_bytes(), Some("N1"), &HeaderMap::new()).expect("kept");
        let body = std::str::from_utf8(&page.identity).unwrap();
        assert!(!body.contains("N1"), "{body}");
        let csp = page.csp.to_str().unwrap();
        assert!(
            csp.contains(&script_hash(r#"import("/pkg/m.js")"#)),
            "{csp}"
        );
        assert!(!csp.contains("nonce"), "{csp}");
        // The compressed forms are the same page.
        let mut unzipped = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&page.gzip[..]),
            &mut unzipped,
        )
        .unwrap();
        assert_eq!(unzipped, body);
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &page.brotli[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, body.as_bytes());
    }
}
