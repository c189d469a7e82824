//! The resident content pages and self-check steps, rendered once and served from
//! memory.
//!
//! The start page, the information pages and the first page of the self-check and the
//! change notice are the same for every visitor of one language, on one day, with one
//! set of published texts. Rendering them per request (Leptos, about forty Fluent
//! messages, on-the-fly compression) made them several times slower than a static
//! server. So the first request renders the page; the body is kept with its gzip and
//! brotli forms and a strong ETag, and later requests get those bytes (or `304 Not
//! Modified`).
//!
//! A self-check step (`/<lang>/self-check?life-areas=work…`) is the same kind of page:
//! it is computed from the language, the answers in its query, the day and the
//! published texts only (`pages::selfcheck`: no cookie, no session, nothing stored).
//! So the recently asked steps are kept too, by their query in one canonical form
//! ([`step_query`]), in a shelf of their own.
//!
//! What is kept, and what never is:
//! - only `GET` requests to the Leptos page routes (the router layers this on those
//!   routes only: never the staff area, the API or the notice steps), **without a
//!   query string** — except the self-check route, whose query is kept in canonical
//!   form — answered `200` with HTML and without `Set-Cookie`;
//! - per day in the Netherlands, for the catalog being served: when a publish swaps in
//!   a new catalog (on this instance or, through `texts_sync`, on any other), or the
//!   day changes, everything kept is dropped at the next request;
//! - at most [`PAGES_MAX_BYTES`] of pages and [`STEPS_MAX_BYTES`] of steps, counting
//!   every encoding and the keys; when full, the entry used longest ago goes first.
//!
//! The per-response CSP nonce cannot be kept: a shared body would repeat one nonce to
//! every visitor. A kept page instead allows its own inline scripts by their SHA-256
//! hashes (`'sha256-…'`), which hold for every copy because those scripts never change
//! for a page; the nonce attributes are taken out of the kept body.
//!
//! The files: this one is the middleware (what is kept, and the answer from a kept
//! page); `shelf.rs` holds the bounded shelves, `step_query.rs` the canonical form of a
//! step's query.

mod shelf;
mod step_query;

use super::compress::{etag_matches, strong_etag, Compressed, Encoding, Levels};
use super::AppState;
use crate::shell::page_csp_with_hashes;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use shelf::Store;
use std::sync::Arc;
use step_query::{is_step, set_path_and_query, step_query};

/// What the kept pages may take in memory: body, gzip and brotli forms, key and
/// headers of every page. The routes × languages are about 70 pages of about 40 KB
/// with their compressed forms (3 MB); the bound keeps memory fixed whatever paths are
/// asked for.
pub const PAGES_MAX_BYTES: usize = 8 * 1024 * 1024;

/// What the kept self-check steps may take in memory, counted as for the pages. A step
/// is about 10 KB of HTML plus 3 KB of brotli, so this keeps the last 450 or so
/// different steps: the common first steps are a few dozen. With 12 MiB the release
/// binary peaked at 71.7 MB resident under `scripts/bench-baseline` (25 MB of it its
/// own code pages), over the 64 MB it should stay under.
pub const STEPS_MAX_BYTES: usize = 6 * 1024 * 1024;

/// The largest body worth keeping; content pages are 10–30 KB.
const MAX_BODY: usize = 512 * 1024;

/// One rendered page in every encoding the portal sends.
#[derive(Debug)]
struct KeptPage {
    identity: Bytes,
    /// Without a gzip form for a step (`Levels::FAST`): a gzip-only client gets the
    /// identity, which the router's compression layer compresses on the fly.
    compressed: Compressed,
    etag: HeaderValue,
    csp: HeaderValue,
    content_type: HeaderValue,
    /// The route template it was rendered for (`/{lang}/duties`): the metrics' label
    /// when it is answered before routing ([`answer_early`]).
    route: String,
}

impl KeptPage {
    /// The bytes it holds, every encoding and header counted.
    fn bytes(&self) -> usize {
        self.identity.len()
            + self.compressed.size()
            + self.etag.len()
            + self.csp.len()
            + self.content_type.len()
            + self.route.len()
    }
}

/// What is kept: a plain content page (by path) or a self-check step (by path and
/// canonical query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Page,
    Step,
}

impl Kind {
    /// The `kind` label of the cache metrics.
    fn label(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Step => "step",
        }
    }

    fn levels(self) -> Levels {
        match self {
            // Rendered once a day: the smallest bytes.
            Kind::Page => Levels::BEST,
            // A step never asked before pays this on top of its render.
            Kind::Step => Levels::FAST,
        }
    }
}

#[derive(Debug)]
struct Stores {
    pages: Store,
    steps: Store,
}

/// The kept pages and steps of one router. Cheap to clone.
#[derive(Clone, Debug)]
pub struct PageCache(Arc<Stores>);

impl Default for PageCache {
    fn default() -> Self {
        Self::new()
    }
}

impl PageCache {
    pub fn new() -> Self {
        Self::with_bounds(PAGES_MAX_BYTES, STEPS_MAX_BYTES)
    }

    /// With other bounds than the portal's (tests).
    pub fn with_bounds(pages_max_bytes: usize, steps_max_bytes: usize) -> Self {
        PageCache(Arc::new(Stores {
            pages: Store::new(pages_max_bytes),
            steps: Store::new(steps_max_bytes),
        }))
    }

    fn store(&self, kind: Kind) -> &Store {
        match kind {
            Kind::Page => &self.0.pages,
            Kind::Step => &self.0.steps,
        }
    }

    /// How many pages are kept (for tests and the bench script's soak report).
    pub fn len(&self) -> usize {
        self.0.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many self-check steps are kept.
    pub fn steps_len(&self) -> usize {
        self.0.steps.len()
    }

    /// The bytes counted against the bounds: (pages, steps).
    pub fn bytes(&self) -> (usize, usize) {
        (self.0.pages.bytes(), self.0.steps.bytes())
    }
}

/// What a request would be kept as: `None` for one that is never kept (not a `GET`,
/// a query on a page other than the self-check, a step query that does not read).
fn key_of(request: &Request) -> Option<(Kind, String)> {
    if request.method() != Method::GET {
        return None;
    }
    let path = request.uri().path();
    match request.uri().query() {
        None => Some((Kind::Page, path.to_owned())),
        Some(query) if is_step(path) => {
            Some((Kind::Step, format!("{path}?{}", step_query(query)?)))
        }
        Some(_) => None,
    }
}

/// A kept page answered before routing and before the middleware stack, with
/// everything the stack would have added: the security headers, the language cookie,
/// the request's metrics and log line. On a kept page the stack only cost time:
/// routing and eight middlewares, of which the client's address, compression,
/// refusals and trailing slashes have nothing to do for it, took about half of its
/// instructions (callgrind: 63,400 per request for `/nl/duties` through the stack,
/// 30,700 answered here). `None` when the stack must answer: nothing is kept for the
/// request, or the client takes an encoding that only the compression layer makes
/// (gzip of a step, which is kept in brotli only; deflate).
pub fn answer_early(state: &AppState, cache: &PageCache, request: &Request) -> Option<Response> {
    let started = std::time::Instant::now();
    let (kind, key) = key_of(request)?;
    let headers = request.headers();
    let encoding = Encoding::accepted(headers);
    let page = cache
        .store(kind)
        .get(&state.catalog.current(), state.today(), &key)?;
    if page.compressed.choose(encoding, &page.identity).1 == Encoding::Identity
        && headers.contains_key(header::ACCEPT_ENCODING)
    {
        return None;
    }
    super::metrics::render_cache(kind.label(), true);
    let mut response = answer(&page, encoding, headers.get(header::IF_NONE_MATCH));
    super::headers::add_security_headers(response.headers_mut());
    if response.status().is_success() {
        let path = request.uri().path();
        if let Some(cookie) = super::language::cookie_to_remember(state, path, headers) {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    let (method, status) = (request.method(), response.status());
    super::request_log::record(method, request.uri().path(), status, started);
    super::metrics::record_request(method, page.route.clone(), status, started);
    Some(response)
}

/// The middleware: answers from the cache, or renders and keeps the page.
pub async fn serve(
    state: AppState,
    cache: PageCache,
    mut request: Request,
    next: Next,
) -> Response {
    let Some((kind, key)) = key_of(&request) else {
        return next.run(request).await;
    };
    // The page is rendered for the canonical form of a step's query.
    if kind == Kind::Step && !set_path_and_query(&mut request, &key) {
        return next.run(request).await;
    }
    let catalog = state.catalog.current();
    let day = state.today();
    let store = cache.store(kind);
    let encoding = Encoding::accepted(request.headers());
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    if let Some(page) = store.get(&catalog, day, &key) {
        super::metrics::render_cache(kind.label(), true);
        return answer(&page, encoding, if_none_match.as_ref());
    }
    let route = super::metrics::route_of(&request);
    let response = next.run(request).await;
    match keep(response, kind.levels(), route).await {
        Kept::Page(page) => {
            super::metrics::render_cache(kind.label(), false);
            let page = Arc::new(page);
            store.put(catalog, day, key, page.clone());
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
async fn keep(response: Response, levels: Levels, route: String) -> Kept {
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
    match prepare(&bytes, nonce.as_deref(), &parts.headers, levels, route) {
        Some(page) => Kept::Page(page),
        None => Kept::Not(Response::from_parts(parts, Body::from(bytes))),
    }
}

/// The kept form of a rendered page: nonce attributes out, CSP by script hashes, the
/// compressed forms, the ETag.
fn prepare(
    html: &[u8],
    nonce: Option<&str>,
    headers: &HeaderMap,
    levels: Levels,
    route: String,
) -> Option<KeptPage> {
    let html = std::str::from_utf8(html).ok()?;
    let html = match nonce {
        Some(nonce) => html.replace(&format!(" nonce=\"{nonce}\""), ""),
        None => html.to_owned(),
    };
    let hashes: Vec<String> = inline_scripts(&html).map(script_hash).collect();
    let identity = Bytes::from(html);
    let compressed = Compressed::make(&identity, levels)?;
    Some(KeptPage {
        // The tag is the hash of the brotli form: it changes exactly when the page
        // does (decompression gives the page back), and it is several times shorter to
        // hash than the page (on a step never asked before, hashing the page cost 0.4 M
        // instructions).
        etag: strong_etag(&compressed.brotli),
        compressed,
        identity,
        csp: page_csp_with_hashes(&hashes),
        content_type: headers
            .get(header::CONTENT_TYPE)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("text/html; charset=utf-8")),
        route,
    })
}

/// Room for every header a kept answer gets: its own six, the security headers and a
/// language cookie. Made once instead of growing the map (and hashing every name
/// again) twice on the way: about a tenth of a kept page's instructions went to that.
const ANSWER_HEADERS: usize = 16;

fn answer(page: &KeptPage, encoding: Encoding, if_none_match: Option<&HeaderValue>) -> Response {
    let mut response = if if_none_match.is_some_and(|v| etag_matches(v, &page.etag)) {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response.headers_mut().reserve(ANSWER_HEADERS);
        response
    } else {
        let (body, coding) = page.compressed.choose(encoding, &page.identity);
        let mut response = Response::new(Body::from(body));
        let h = response.headers_mut();
        h.reserve(ANSWER_HEADERS);
        h.insert(header::CONTENT_TYPE, page.content_type.clone());
        if let Some(name) = coding.name() {
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
        let page = prepare(
            html.as_bytes(),
            Some("N1"),
            &HeaderMap::new(),
            Levels::BEST,
            String::new(),
        )
        .expect("kept");
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
            &mut flate2::read::GzDecoder::new(
                &page.compressed.gzip.as_ref().expect("a gzip form")[..],
            ),
            &mut unzipped,
        )
        .unwrap();
        assert_eq!(unzipped, body);
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &page.compressed.brotli[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, body.as_bytes());
    }

    #[test]
    fn a_response_that_sets_a_cookie_is_not_kept() {
        let html = "<html><body>Hallo</body></html>";
        let response = |cookie: bool| {
            let mut response = Response::new(Body::from(html));
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            if cookie {
                h.insert(
                    header::SET_COOKIE,
                    HeaderValue::from_static("s=1; HttpOnly"),
                );
            }
            response
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            assert!(matches!(
                keep(response(false), Levels::FAST, String::new()).await,
                Kept::Page(_)
            ));
            match keep(response(true), Levels::FAST, String::new()).await {
                Kept::Page(_) => panic!("a response with Set-Cookie was kept"),
                Kept::Not(response) => {
                    assert!(response.headers().contains_key(header::SET_COOKIE));
                    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                        .await
                        .unwrap();
                    assert_eq!(body, html.as_bytes(), "the body is passed on");
                }
            }
        });
    }

    #[test]
    fn a_kept_step_has_no_gzip_form_and_answers_gzip_with_the_page() {
        let kept = |html: &[u8]| {
            prepare(html, None, &HeaderMap::new(), Levels::FAST, String::new()).unwrap()
        };
        let html = b"<html><body>Stap</body></html>";
        let step = kept(html);
        assert!(step.compressed.gzip.is_none());
        let gzip_only = answer(&step, Encoding::Gzip, None);
        assert!(gzip_only.headers().get(header::CONTENT_ENCODING).is_none());
        let br = answer(&step, Encoding::Brotli, None);
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        // The tag follows the page.
        assert_ne!(step.etag, kept(b"<html><body>Stap 2</body></html>").etag);
        assert_eq!(step.etag, kept(html).etag);
    }
}
