//! The shelves the kept pages and steps sit on: one per kind, for one catalog and one
//! day, bounded by bytes (every encoding, the key and the headers counted) and by
//! count; when full, the entry used longest ago goes first.

use super::KeptPage;
use crate::i18n::Catalog;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use time::Date;

/// At most this many entries per shelf, whatever their size.
const MAX_ENTRIES: usize = 4096;

/// What an entry costs besides its bytes: the map slot, the key's allocation, the
/// shared headers.
const ENTRY_OVERHEAD: usize = 256;

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
pub(super) struct Store {
    max_bytes: usize,
    shelf: RwLock<Shelf>,
    clock: AtomicU64,
}

impl Store {
    pub(super) fn new(max_bytes: usize) -> Self {
        Store {
            max_bytes,
            shelf: RwLock::default(),
            clock: AtomicU64::new(0),
        }
    }

    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, Ordering::Relaxed)
    }

    pub(super) fn get(
        &self,
        catalog: &Arc<Catalog>,
        day: Date,
        key: &str,
    ) -> Option<Arc<KeptPage>> {
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

    pub(super) fn put(&self, catalog: Arc<Catalog>, day: Date, key: String, page: Arc<KeptPage>) {
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

    pub(super) fn len(&self) -> usize {
        self.shelf
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .entries
            .len()
    }

    pub(super) fn bytes(&self) -> usize {
        self.shelf.read().unwrap_or_else(|e| e.into_inner()).bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Bytes;
    use axum::http::HeaderValue;

    fn catalog() -> Arc<Catalog> {
        let settings =
            crate::config::Settings::parse(include_str!("../../../config/steenwijkerland.toml"))
                .expect("the shipped settings are valid");
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        Arc::new(Catalog::load(&locales, &settings, &[]).expect("the shipped texts load"))
    }

    fn page_of(len: usize) -> Arc<KeptPage> {
        Arc::new(KeptPage {
            identity: Bytes::from(vec![b'x'; len]),
            compressed: crate::server::compress::Compressed {
                gzip: Some(Bytes::from(vec![b'g'; len / 4])),
                brotli: Bytes::from(vec![b'b'; len / 5]),
            },
            etag: HeaderValue::from_static("\"e\""),
            csp: HeaderValue::from_static("default-src 'self'"),
            content_type: HeaderValue::from_static("text/html; charset=utf-8"),
            route: String::new(),
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
}
