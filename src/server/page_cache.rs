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

use super::compress::{etag_matches, strong_etag, Encoding, Levels};
use super::AppState;
use crate::i18n::Catalog;
use crate::shell::page_context::split_language;
use crate::shell::page_csp_with_hashes;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, uri, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use time::Date;

/// What the kept pages may take in memory: body, gzip and brotli forms, key and
/// headers of every page. The routes × languages are about 70 pages of about 40 KB
/// with their compressed forms (3 MB); the bound keeps memory fixed whatever paths are
/// asked for.
pub const PAGES_MAX_BYTES: usize = 8 * 1024 * 1024;

/// What the kept self-check steps may take in memory, counted as for the pages. A step
/// is about 10 KB of HTML plus 3 KB of brotli, so this keeps the last 900 or so
/// different steps.
pub const STEPS_MAX_BYTES: usize = 12 * 1024 * 1024;

/// At most this many entries per shelf, whatever their size.
const MAX_ENTRIES: usize = 4096;

/// What an entry costs besides its bytes: the map slot, the key's allocation, the
/// shared headers.
const ENTRY_OVERHEAD: usize = 256;

/// The largest body worth keeping; content pages are 10–30 KB.
const MAX_BODY: usize = 512 * 1024;

/// The longest step query that is kept; the self-check's forms send a few hundred
/// bytes at most. A longer one is rendered for its request only.
pub const MAX_STEP_QUERY: usize = 1024;

/// The most pairs in a step query that is kept (the self-check reads at most 200).
const MAX_STEP_PAIRS: usize = 64;

/// One rendered page in every encoding the portal sends.
#[derive(Debug)]
struct KeptPage {
    identity: Bytes,
    /// `None` for a step (`Levels::FAST`): a gzip-only client gets the identity, which
    /// the router's compression layer compresses on the fly.
    gzip: Option<Bytes>,
    brotli: Bytes,
    etag: HeaderValue,
    csp: HeaderValue,
    content_type: HeaderValue,
}

impl KeptPage {
    /// The bytes it holds, every encoding and header counted.
    fn bytes(&self) -> usize {
        self.identity.len()
            + self.gzip.as_ref().map_or(0, Bytes::len)
            + self.brotli.len()
            + self.etag.len()
            + self.csp.len()
            + self.content_type.len()
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
struct Entry {
    page: Arc<KeptPage>,
    /// What it counts against the bound.
    size: usize,
    /// The shelf's clock at its last use: the smallest goes first when full.
    last_used: AtomicU64,
}

/// The entries of one kind for one catalog and day.
#[derive(Debug, Default)]
struct Shelf {
    /// The catalog the entries were rendered with; another one empties the shelf.
    catalog: Option<Arc<Catalog>>,
    /// The day they were rendered for; the next day empties the shelf.
    day: Option<Date>,
    entries: HashMap<String, Entry>,
    bytes: usize,
}

impl Shelf {
    fn is_for(&self, catalog: &Arc<Catalog>, day: Date) -> bool {
        self.day == Some(day)
            && self
                .catalog
                .as_ref()
                .is_some_and(|c| Arc::ptr_eq(c, catalog))
    }

    fn empty(&mut self) {
        self.entries.clear();
        self.entries.shrink_to(0);
        self.bytes = 0;
    }

    /// Takes out the entry used longest ago.
    fn evict_one(&mut self) -> bool {
        let oldest = self
            .entries
            .iter()
            .min_by_key(|(_, e)| e.last_used.load(Ordering::Relaxed))
            .map(|(key, _)| key.clone());
        match oldest.and_then(|key| self.entries.remove(&key)) {
            Some(entry) => {
                self.bytes -= entry.size;
                true
            }
            None => false,
        }
    }
}

/// One bounded shelf with its own clock.
#[derive(Debug)]
struct Store {
    max_bytes: usize,
    shelf: RwLock<Shelf>,
    clock: AtomicU64,
}

impl Store {
    fn new(max_bytes: usize) -> Self {
        Store {
            max_bytes,
            shelf: RwLock::default(),
            clock: AtomicU64::new(0),
        }
    }

    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, Ordering::Relaxed)
    }

    fn get(&self, catalog: &Arc<Catalog>, day: Date, key: &str) -> Option<Arc<KeptPage>> {
        {
            let shelf = self.shelf.read().unwrap_or_else(|e| e.into_inner());
            if shelf.is_for(catalog, day) {
                let entry = shelf.entries.get(key)?;
                entry.last_used.store(self.tick(), Ordering::Relaxed);
                return Some(entry.page.clone());
            }
            if shelf.entries.is_empty() {
                return None;
            }
        }
        // Texts were published or a new day began: nothing kept is asked for again, so
        // its memory goes back now rather than at the next page that is kept.
        let mut shelf = self.shelf.write().unwrap_or_else(|e| e.into_inner());
        if !shelf.is_for(catalog, day) {
            shelf.empty();
        }
        None
    }

    fn put(&self, catalog: Arc<Catalog>, day: Date, key: String, page: Arc<KeptPage>) {
        let size = page.bytes() + key.len() + ENTRY_OVERHEAD;
        if size > self.max_bytes {
            return;
        }
        let mut shelf = self.shelf.write().unwrap_or_else(|e| e.into_inner());
        if !shelf.is_for(&catalog, day) {
            shelf.empty();
            shelf.catalog = Some(catalog);
            shelf.day = Some(day);
        }
        if let Some(old) = shelf.entries.remove(&key) {
            shelf.bytes -= old.size;
        }
        while shelf.bytes + size > self.max_bytes || shelf.entries.len() >= MAX_ENTRIES {
            if !shelf.evict_one() {
                break;
            }
        }
        shelf.bytes += size;
        let entry = Entry {
            page,
            size,
            last_used: AtomicU64::new(self.tick()),
        };
        shelf.entries.insert(key, entry);
    }

    fn len(&self) -> usize {
        self.shelf
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .entries
            .len()
    }

    fn bytes(&self) -> usize {
        self.shelf.read().unwrap_or_else(|e| e.into_inner()).bytes
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

/// The middleware: answers from the cache, or renders and keeps the page.
pub async fn serve(
    state: AppState,
    cache: PageCache,
    mut request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let (kind, key) = match request.uri().query() {
        None => (Kind::Page, request.uri().path().to_owned()),
        Some(query) if is_step(request.uri().path()) => {
            let Some(query) = step_query(query) else {
                return next.run(request).await;
            };
            let key = format!("{}?{query}", request.uri().path());
            if !set_path_and_query(&mut request, &key) {
                return next.run(request).await;
            }
            (Kind::Step, key)
        }
        Some(_) => return next.run(request).await,
    };
    let catalog = state.catalog.current();
    let day = state.today();
    let store = cache.store(kind);
    let encoding = Encoding::accepted(request.headers());
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    if let Some(page) = store.get(&catalog, day, &key) {
        super::metrics::render_cache(kind.label(), true);
        return answer(&page, encoding, if_none_match.as_ref());
    }
    let response = next.run(request).await;
    match keep(response, kind.levels()).await {
        Kept::Page(page) => {
            super::metrics::render_cache(kind.label(), false);
            let page = Arc::new(page);
            store.put(catalog, day, key, page.clone());
            answer(&page, encoding, if_none_match.as_ref())
        }
        Kept::Not(response) => response,
    }
}

/// The self-check's route, `/<lang>/self-check`: the only one whose query is kept.
fn is_step(path: &str) -> bool {
    let (lang, rest) = split_language(path);
    !lang.is_empty() && rest == "/self-check"
}

/// Replaces the request's path and query by `path_and_query` (the canonical form):
/// what is rendered and kept is then what every later visitor whose query means the
/// same gets, byte for byte, whoever asked first. Whether it could.
fn set_path_and_query(request: &mut Request, path_and_query: &str) -> bool {
    let Ok(path_and_query) = uri::PathAndQuery::try_from(path_and_query) else {
        return false;
    };
    let mut parts = request.uri().clone().into_parts();
    parts.path_and_query = Some(path_and_query);
    match Uri::from_parts(parts) {
        Ok(uri) => {
            *request.uri_mut() = uri;
            true
        }
        Err(_) => false,
    }
}

/// A self-check step's query in one canonical form, or `None` when it is not kept
/// (then it is rendered for its request only, as before).
///
/// A wrong rule shown to a resident is the worst thing the portal can do, so two
/// queries get one form only when every reader of the query — the self-check's steps
/// (`pages::selfcheck::steps::decide`, `domain::selfcheck::Answers::from_pairs`), the
/// DigiD notice, the language switcher's links — reads them alike:
/// - they decode the query before reading it (`form_urlencoded`), so `%77ork`, `work`
///   and `+`/`%20` are the same; the form is encoded again one way;
/// - that decoder skips empty pieces (`a=1&&b=2`), and reads `a` as `a=`;
/// - pairs are sorted by key, **stably**: the values of one key keep their order.
///   Readers look pairs up by key (the first `_q` wins; a repeated single answer is an
///   error whichever value comes first; several choices are a set); none reads the
///   order of different keys, except the people rows, which sort `q.1`, `q.2` … by
///   their number — so a key's number must be written one way (below).
///
/// Never merged, so not kept: repeated pairs (`a=1&a=1` is a "repeated" error, `a=1`
/// is not), an empty value and a missing key, different values. Not kept at all: a
/// query longer than [`MAX_STEP_QUERY`] or with more than [`MAX_STEP_PAIRS`] pairs
/// (the self-check's cut-off at 200 pairs depends on their order), a key that is not
/// `name` or `name.suffix` with `name` in `[a-z0-9_-]` and `suffix` letters or a
/// number without leading zero or sign (`q.01` and `q.1` are one row number to the
/// people rows, so their order would count), and a value that does not decode to
/// valid UTF-8 (the decoder makes every bad byte U+FFFD, so different values would
/// read the same).
fn step_query(query: &str) -> Option<String> {
    if query.len() > MAX_STEP_QUERY {
        return None;
    }
    let mut pairs = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if pairs.len() == MAX_STEP_PAIRS || !plain_key(&key) || value.contains('\u{FFFD}') {
            return None;
        }
        pairs.push((key, value));
    }
    if pairs.is_empty() {
        return None;
    }
    // `sort_by` is stable.
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish(),
    )
}

/// `name` or `name.suffix`: see [`step_query`].
fn plain_key(key: &str) -> bool {
    let name = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let letters = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    let number = |s: &str| {
        (1..=3).contains(&s.len()) && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit())
    };
    match key.split_once('.') {
        None => name(key),
        Some((first, suffix)) => name(first) && (letters(suffix) || number(suffix)),
    }
}

enum Kept {
    Page(KeptPage),
    Not(Response),
}

/// Reads a rendered response into a [`KeptPage`] if it may be kept; otherwise gives it
/// back as it was (the body, if already read, is put back).
async fn keep(response: Response, levels: Levels) -> Kept {
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
    match prepare(&bytes, nonce.as_deref(), &parts.headers, levels) {
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
) -> Option<KeptPage> {
    let html = std::str::from_utf8(html).ok()?;
    let html = match nonce {
        Some(nonce) => html.replace(&format!(" nonce=\"{nonce}\""), ""),
        None => html.to_owned(),
    };
    let hashes: Vec<String> = inline_scripts(&html).map(script_hash).collect();
    let identity = Bytes::from(html);
    let brotli = super::compress::brotli(&identity, levels.brotli).map(Bytes::from)?;
    let gzip = match levels.gzip {
        Some(level) => Some(super::compress::gzip(&identity, level).map(Bytes::from)?),
        None => None,
    };
    Some(KeptPage {
        // The tag is the hash of the brotli form: it changes exactly when the page
        // does (decompression gives the page back), and it is several times shorter to
        // hash than the page (on a step never asked before, hashing the page cost 0.4 M
        // instructions).
        etag: strong_etag(&brotli),
        gzip,
        brotli,
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
        let (body, coding) = match (encoding, &page.gzip) {
            (Encoding::Brotli, _) => (page.brotli.clone(), Some("br")),
            (Encoding::Gzip, Some(gzip)) => (gzip.clone(), Some("gzip")),
            (Encoding::Gzip | Encoding::Identity, _) => (page.identity.clone(), None),
        };
        let mut response = Response::new(Body::from(body));
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, page.content_type.clone());
        if let Some(name) = coding {
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
        let page =
            prepare(html.as_bytes(), Some("N1"), &HeaderMap::new(), Levels::BEST).expect("kept");
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
            &mut flate2::read::GzDecoder::new(&page.gzip.as_ref().expect("a gzip form")[..]),
            &mut unzipped,
        )
        .unwrap();
        assert_eq!(unzipped, body);
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &page.brotli[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, body.as_bytes());
    }

    fn catalog() -> Arc<Catalog> {
        let settings =
            crate::config::Settings::parse(include_str!("../../config/steenwijkerland.toml"))
                .expect("the shipped settings are valid");
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        Arc::new(Catalog::load(&locales, &settings, &[]).expect("the shipped texts load"))
    }

    fn page_of(len: usize) -> Arc<KeptPage> {
        Arc::new(KeptPage {
            identity: Bytes::from(vec![b'x'; len]),
            gzip: Some(Bytes::from(vec![b'g'; len / 4])),
            brotli: Bytes::from(vec![b'b'; len / 5]),
            etag: HeaderValue::from_static("\"e\""),
            csp: HeaderValue::from_static("default-src 'self'"),
            content_type: HeaderValue::from_static("text/html; charset=utf-8"),
        })
    }

    const DAY: Date = time::macros::date!(2026 - 03 - 10);

    #[test]
    fn the_bound_by_bytes_holds_and_the_least_recently_used_goes_first() {
        let catalog = catalog();
        let one = page_of(10_000);
        let entry = one.bytes() + "/nl/self-check?a=00".len() + ENTRY_OVERHEAD;
        // Room for exactly five entries.
        let store = Store::new(5 * entry + entry / 2);
        for i in 0..5 {
            store.put(
                catalog.clone(),
                DAY,
                format!("/nl/self-check?a={i:02}"),
                one.clone(),
            );
        }
        assert_eq!(store.len(), 5);
        assert_eq!(store.bytes(), 5 * entry);
        // Used again: the first one stays; the second is now used longest ago.
        assert!(store.get(&catalog, DAY, "/nl/self-check?a=00").is_some());
        store.put(
            catalog.clone(),
            DAY,
            "/nl/self-check?a=05".into(),
            one.clone(),
        );
        assert_eq!(store.len(), 5);
        assert!(store.get(&catalog, DAY, "/nl/self-check?a=01").is_none());
        assert!(store.get(&catalog, DAY, "/nl/self-check?a=00").is_some());
        assert!(store.get(&catalog, DAY, "/nl/self-check?a=05").is_some());
        // Many more, and large ones: never above the bound.
        for i in 0..200 {
            let page = page_of(1_000 + 97 * i);
            store.put(catalog.clone(), DAY, format!("/nl/self-check?b={i}"), page);
            assert!(
                store.bytes() <= store.max_bytes,
                "{} after {i}",
                store.bytes()
            );
            let counted: usize = {
                let shelf = store.shelf.read().unwrap();
                shelf.entries.values().map(|e| e.size).sum()
            };
            assert_eq!(counted, store.bytes());
        }
        // A page larger than the whole bound is not kept, and pushes nothing out.
        let before = store.len();
        store.put(
            catalog.clone(),
            DAY,
            "/nl/self-check?huge=1".into(),
            page_of(store.max_bytes),
        );
        assert_eq!(store.len(), before);
        // The same key twice is counted once.
        let bytes = store.bytes();
        store.put(
            catalog.clone(),
            DAY,
            "/nl/self-check?b=199".into(),
            page_of(1_000 + 97 * 199),
        );
        assert_eq!(store.bytes(), bytes);
    }

    #[test]
    fn the_count_is_bounded_too() {
        let catalog = catalog();
        let store = Store::new(usize::MAX / 2);
        let tiny = page_of(1);
        for i in 0..MAX_ENTRIES + 10 {
            store.put(catalog.clone(), DAY, format!("/p{i}"), tiny.clone());
        }
        assert_eq!(store.len(), MAX_ENTRIES);
    }

    #[test]
    fn a_publish_or_a_new_day_empties_the_shelf() {
        let catalog = catalog();
        let store = Store::new(1 << 20);
        store.put(
            catalog.clone(),
            DAY,
            "/nl/self-check?a=1".into(),
            page_of(100),
        );
        assert!(store.get(&catalog, DAY, "/nl/self-check?a=1").is_some());

        let next_day = DAY.next_day().unwrap();
        assert!(store
            .get(&catalog, next_day, "/nl/self-check?a=1")
            .is_none());
        assert_eq!((store.len(), store.bytes()), (0, 0), "emptied at midnight");

        store.put(
            catalog.clone(),
            next_day,
            "/nl/self-check?a=1".into(),
            page_of(100),
        );
        let published = self::catalog();
        assert!(store
            .get(&published, next_day, "/nl/self-check?a=1")
            .is_none());
        assert_eq!((store.len(), store.bytes()), (0, 0), "emptied on publish");
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
                keep(response(false), Levels::FAST).await,
                Kept::Page(_)
            ));
            match keep(response(true), Levels::FAST).await {
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
    fn only_the_self_check_route_keeps_its_query() {
        let cases = [
            ("/nl/self-check", true),
            ("/ar/self-check", true),
            ("/nl/self-check/", false),
            ("/self-check", false),
            ("//self-check", false),
            ("/nl/report", false),
            ("/nl/report/identity", false),
            ("/staff/self-check", true), // a language the catalog lacks: 404, never kept
            ("/nl/self-check/x", false),
            ("/nl", false),
        ];
        for (path, expected) in cases {
            assert_eq!(is_step(path), expected, "{path}");
        }
    }

    #[test]
    fn keys_are_plain_words_with_an_optional_suffix() {
        let cases = [
            ("life-areas", true),
            ("_q", true),
            ("_start", true),
            ("digid", true),
            ("trip-dates.from", true),
            ("moves-in-ages.count", true),
            ("moves-in-ages.1", true),
            ("moves-in-ages.20", true),
            ("moves-in-ages.01", false),
            ("moves-in-ages.+1", false),
            ("moves-in-ages.0", false),
            ("moves-in-ages.1000", false),
            ("moves-in-ages.1.2", false),
            ("moves-in-ages.", false),
            ("Life-Areas", false),
            ("life areas", false),
            ("", false),
            (".from", false),
            ("a\u{FFFD}", false),
        ];
        for (key, expected) in cases {
            assert_eq!(plain_key(key), expected, "{key}");
        }
    }

    /// The canonical form of step queries: the same entry only when the queries mean the
    /// same to every reader. A wrong merge would show one resident another's rules.
    #[test]
    fn step_queries_share_an_entry_only_when_they_mean_the_same() {
        // (a, b, the same entry?)
        let cases = [
            // Reordered keys.
            ("a=1&b=2", "b=2&a=1", true),
            (
                "_q=life-areas&life-areas=work&life-areas=money",
                "life-areas=work&life-areas=money&_q=life-areas",
                true,
            ),
            (
                "trip-dates.to=2026-07-09&_q=trip-dates&trip-dates.from=2026-07-01",
                "_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-07-09",
                true,
            ),
            // Encodings of the same text, and the pieces the decoder skips.
            ("life-areas=%77ork", "life-areas=work", true),
            ("q=a+b", "q=a%20b", true),
            ("a=1&&b=2&", "a=1&b=2", true),
            ("a", "a=", true),
            // The values of one key keep their order: the first `_q` wins, a repeated
            // single answer is an error whichever comes first.
            ("_q=a&_q=b", "_q=b&_q=a", false),
            (
                "life-areas=work&life-areas=money",
                "life-areas=money&life-areas=work",
                false,
            ),
            ("a=1&b=2&a=3", "a=3&b=2&a=1", false),
            // Different answers.
            ("life-areas=work", "life-areas=money", false),
            ("life-areas=work", "life-areas=work&life-areas=money", false),
            ("a=1", "a=1&a=1", false),
            ("a=1", "a=1&b=", false),
            ("a=", "b=", false),
            ("a=1", "a=01", false),
            ("a=1", "a=1%20", false),
            ("a=x", "a=X", false),
            ("life-areas=work", "life-areas=work&digid=cancelled", false),
            (
                "trip-dates.from=2026-07-01",
                "trip-dates.to=2026-07-01",
                false,
            ),
            ("ages.1=5&ages.2=7", "ages.1=7&ages.2=5", false),
            ("a=1%262", "a=1&2", false),
            ("a=1%3Db", "a=1=b", true),
        ];
        for (a, b, same) in cases {
            let (ka, kb) = (step_query(a), step_query(b));
            assert!(ka.is_some() && kb.is_some(), "{a} / {b}: both kept");
            assert_eq!(ka == kb, same, "{a} -> {ka:?}, {b} -> {kb:?}");
        }
        // The canonical form reads back as the same pairs, sorted by key.
        assert_eq!(
            step_query("b=%C3%A9&a=x+y").as_deref(),
            Some("a=x+y&b=%C3%A9")
        );
    }

    #[test]
    fn unsafe_or_oversized_step_queries_are_not_kept() {
        let long = format!("a={}", "x".repeat(MAX_STEP_QUERY));
        let many = vec!["a=1"; MAX_STEP_PAIRS + 1].join("&");
        let just_enough = vec!["a=1"; MAX_STEP_PAIRS].join("&");
        for query in [
            "",
            "&&",
            long.as_str(),
            many.as_str(),
            "ages.01=7&ages.1=5",
            "ages.+1=5",
            "=x",
            "A=1",
            "a=%FF",
            "a=%FE",
            "%FF=1",
        ] {
            assert_eq!(step_query(query), None, "{query}");
        }
        assert!(step_query(&just_enough).is_some());
    }

    /// What the canonical form relies on, checked on the self-check itself: a query
    /// and its canonical form lead to the same step, with the same answers, values
    /// and errors (the errors listed in another order at most).
    #[test]
    fn the_self_check_reads_a_query_and_its_canonical_form_alike() {
        use crate::domain::selfcheck::{Rules, SHIPPED_RULES};
        use crate::pages::selfcheck::steps::{decide, Step};
        let rules = Rules::parse(SHIPPED_RULES).unwrap();
        let summary = |query: &str| {
            let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect();
            match decide(&rules, &pairs, DAY) {
                Step::Intro { broken_link } => format!("intro {broken_link}"),
                Step::Results(answers) => format!("results {:?}", answers.to_pairs()),
                Step::Ask(ask) => {
                    let mut values: Vec<_> = ask
                        .values
                        .iter()
                        .map(|(k, _)| (k.clone(), ask.value(k).map(str::to_owned)))
                        .collect();
                    values.sort();
                    let mut errors: Vec<_> = ask.errors.iter().map(|e| format!("{e:?}")).collect();
                    errors.sort();
                    format!(
                        "ask {} {:?} {values:?} {errors:?} {:?}",
                        ask.question.id,
                        ask.answers.to_pairs(),
                        ask.carried()
                    )
                }
            }
        };
        let queries = [
            "_start=1",
            "_q=life-areas",
            "_q=life-areas&life-areas=work",
            "_q=life-areas&life-areas=travel&life-areas=work&life-areas=money",
            "life-areas=travel&travel-kind=abroad&_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-07-09",
            "life-areas=travel&travel-kind=abroad&_q=trip-dates&trip-dates.from=2026-07-01&trip-dates.to=2026-02-30",
            "life-areas=travel&travel-kind=abroad&_edit=travel-kind",
            "life-areas=travel&_edit=gift-kind&_edit=travel-kind",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.1=&moves-in-ages.2=22&moves-in-ages.3=4",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.count=2&moves-in-ages.2=3&moves-in-ages.1=22",
            "life-areas=household&household-change=moves-in&moves-in-who=child&_q=moves-in-ages&moves-in-ages.1=twenty&moves-in-ages.2=x",
            "life-areas=gifts&gift-kind=food-bank",
            "life-areas=work&life-areas=work&_q=life-areas",
            "life-areas=nonsense&_q=travel-kind&travel-kind=abroad",
            "no-such-question=x&life-areas=work",
            "_q=life-areas&life-areas=work&digid=cancelled",
        ];
        for query in queries {
            let canonical = step_query(query).expect("kept");
            // The pairs grouped by key (a key's values in their order), the groups
            // in every rotation, reversed, and taken in turns.
            let mut groups: Vec<Vec<&str>> = Vec::new();
            for pair in query.split('&') {
                let key = pair.split('=').next().unwrap();
                match groups
                    .iter_mut()
                    .find(|g| g[0].split('=').next() == Some(key))
                {
                    Some(group) => group.push(pair),
                    None => groups.push(vec![pair]),
                }
            }
            let mut orders: Vec<Vec<&str>> = (0..groups.len())
                .map(|i| {
                    let mut order = groups.clone();
                    order.rotate_left(i);
                    order.concat()
                })
                .collect();
            orders.push(groups.iter().rev().flatten().copied().collect());
            let mut turns = Vec::new();
            for i in 0..groups.iter().map(Vec::len).max().unwrap() {
                turns.extend(groups.iter().rev().filter_map(|g| g.get(i).copied()));
            }
            orders.push(turns);
            for order in orders {
                let reordered = order.join("&");
                assert_eq!(step_query(&reordered).as_deref(), Some(canonical.as_str()));
                assert_eq!(
                    summary(&reordered),
                    summary(&canonical),
                    "{reordered} / {canonical}"
                );
            }
        }
    }

    #[test]
    fn a_kept_step_has_no_gzip_form_and_answers_gzip_with_the_page() {
        let html = "<html><body>Stap</body></html>";
        let step = prepare(html.as_bytes(), None, &HeaderMap::new(), Levels::FAST).unwrap();
        assert!(step.gzip.is_none());
        let gzip_only = answer(&step, Encoding::Gzip, None);
        assert!(gzip_only.headers().get(header::CONTENT_ENCODING).is_none());
        let br = answer(&step, Encoding::Brotli, None);
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        // The tag follows the page.
        let other = prepare(
            b"<html><body>Stap 2</body></html>",
            None,
            &HeaderMap::new(),
            Levels::FAST,
        )
        .unwrap();
        assert_ne!(step.etag, other.etag);
        let again = prepare(html.as_bytes(), None, &HeaderMap::new(), Levels::FAST).unwrap();
        assert_eq!(step.etag, again.etag);
    }
}
