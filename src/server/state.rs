use crate::config::Settings;
use crate::domain::selfcheck::Rules;
use crate::i18n::Catalog;
use crate::store::Db;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// The catalog currently served. Publishing a text swaps in a new one; requests keep
/// the snapshot they started with.
#[derive(Clone, Debug)]
pub struct LiveCatalog(Arc<RwLock<Arc<Catalog>>>);

impl LiveCatalog {
    pub fn new(catalog: Catalog) -> Self {
        LiveCatalog(Arc::new(RwLock::new(Arc::new(catalog))))
    }

    pub fn current(&self) -> Arc<Catalog> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn replace(&self, catalog: Catalog) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(catalog);
    }
}

#[derive(Clone, Debug)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub catalog: LiveCatalog,
    pub db: Db,
    pub leptos_options: LeptosOptions,
    pub locales_dir: PathBuf,
    /// The self-check's questions and outcomes, validated at start-up.
    pub selfcheck: Arc<Rules>,
}

impl AppState {
    /// What every server-rendered page may read from context.
    pub fn provide_to_page(&self) {
        provide_context(self.settings.clone());
        provide_context(self.catalog.current());
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
