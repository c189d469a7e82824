//! Which client (WebAssembly and its JS) a page loads.
//!
//! Two clients are built from this crate (`scripts/lib/build.sh`): the residents'
//! with the islands of the residents' pages, and the staff pages' with those and the
//! staff editor's (feature `staff-bundle`). A resident never downloads staff code.
//! Both are content-hashed into the same `/pkg` folder; the staff client's hashes are
//! in their own hash file beside the binary, so Leptos derives its file names the
//! same way as the residents'. The style sheet is the same file in both.

use leptos::config::LeptosOptions;

/// Beside the binary, next to cargo-leptos's `hash.txt`: the content hashes of the
/// staff client's files.
pub const STAFF_HASH_FILE: &str = "staff-hash.txt";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Every page a resident can open, and the problem pages.
    Residents,
    /// The staff pages: the text editor's helper is an island.
    Staff,
}

impl Bundle {
    pub const ALL: [Bundle; 2] = [Bundle::Residents, Bundle::Staff];

    /// The options under which Leptos names this client's files (the hydration
    /// script, the preload links). Without hashed names (no `hash.txt` beside the
    /// binary) both clients would have one name, so the staff pages load the
    /// residents' client then: they work, without the editor's live helper.
    pub fn options(self, residents: LeptosOptions) -> LeptosOptions {
        let mut options = residents;
        if self == Bundle::Staff && options.hash_files {
            options.hash_file = STAFF_HASH_FILE.into();
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_client_is_named_by_its_own_hash_file() {
        let mut residents = LeptosOptions::builder().output_name("meldwijzer").build();
        let cargo_leptos = residents.hash_file.clone();
        for (hash_files, bundle, hash_file) in [
            (true, Bundle::Residents, &*cargo_leptos),
            (true, Bundle::Staff, STAFF_HASH_FILE),
            // Unhashed names are the same for both: the residents' client.
            (false, Bundle::Residents, &*cargo_leptos),
            (false, Bundle::Staff, &*cargo_leptos),
        ] {
            residents.hash_files = hash_files;
            let options = bundle.options(residents.clone());
            assert_eq!(&*options.hash_file, hash_file, "{bundle:?}, {hash_files}");
            assert_eq!(options.output_name, residents.output_name);
            assert_eq!(options.hash_files, hash_files);
        }
    }
}
