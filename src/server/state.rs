use crate::config::Settings;
use crate::domain::calendar::{amsterdam_date, Today};
use crate::domain::selfcheck::{Policy, Rules, SelfCheckContext};
use crate::i18n::Catalog;
use crate::store::crypto::DataKeys;
use crate::store::Db;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use time::Date;

/// The catalog currently served, with the revision of the published texts it was
/// built from (`store::texts::revision`). Publishing a text swaps in a new one;
/// requests keep the snapshot they started with.
#[derive(Clone, Debug)]
pub struct LiveCatalog(Arc<RwLock<(i64, Arc<Catalog>)>>);

impl LiveCatalog {
    pub fn new(catalog: Catalog) -> Self {
        Self::at_revision(catalog, 0)
    }

    pub fn at_revision(catalog: Catalog, revision: i64) -> Self {
        LiveCatalog(Arc::new(RwLock::new((revision, Arc::new(catalog)))))
    }

    pub fn current(&self) -> Arc<Catalog> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).1.clone()
    }

    /// The revision of the published texts in the current catalog.
    pub fn revision(&self) -> i64 {
        self.0.read().unwrap_or_else(|e| e.into_inner()).0
    }

    pub fn replace(&self, catalog: Catalog) {
        self.0.write().unwrap_or_else(|e| e.into_inner()).1 = Arc::new(catalog);
    }

    /// Swaps in `catalog` if it was built from a newer revision than the current one
    /// (two reloads may finish in either order); whether it did.
    pub fn replace_if_newer(&self, revision: i64, catalog: Catalog) -> bool {
        let mut live = self.0.write().unwrap_or_else(|e| e.into_inner());
        if revision <= live.0 {
            return false;
        }
        *live = (revision, Arc::new(catalog));
        true
    }
}

/// What every handler and middleware reads, behind one `Arc`: axum clones the state of
/// every layer and handler on the way to a route for each request (about a hundred
/// clones per page), so a clone must be one reference count, not a copy of the Leptos
/// options and the paths. Fields read through `Deref`; a test that changes one gets
/// its own copy (`DerefMut`, copy on write), as before.
#[derive(Clone, Debug)]
pub struct AppState(Arc<StateParts>);

impl AppState {
    pub fn new(parts: StateParts) -> Self {
        AppState(Arc::new(parts))
    }
}

impl std::ops::Deref for AppState {
    type Target = StateParts;

    fn deref(&self) -> &StateParts {
        &self.0
    }
}

impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut StateParts {
        Arc::make_mut(&mut self.0)
    }
}

#[derive(Clone, Debug)]
pub struct StateParts {
    pub settings: Arc<Settings>,
    pub catalog: LiveCatalog,
    pub db: Db,
    /// Seals and opens what residents submit (`store::crypto`).
    pub data_keys: Arc<DataKeys>,
    pub leptos_options: LeptosOptions,
    pub locales_dir: PathBuf,
    /// The self-check's questions and outcomes, validated at start-up.
    pub selfcheck: Arc<Rules>,
    /// A fixed "today" for demonstrations and tests; `None` in normal use.
    pub today_override: Option<Date>,
    /// Staff sign-in: session timeouts, failed sign-in counts and the clock.
    pub staff_auth: crate::auth::StaffAuth,
    /// The limit on change notices sent per network address (counted in the database,
    /// `crate::store::limits`).
    pub notice_limit: crate::auth::LimitPolicy,
    /// Resident sign-in with DigiD: session timeouts, the broker and the clock.
    pub resident_auth: super::resident::ResidentAuth,
    /// The reverse proxies whose header names the client's address.
    pub proxies: Arc<super::client_address::ProxyPolicy>,
}

impl AppState {
    /// The limit on change notices per network address, from the settings.
    pub fn notice_limit(settings: &Settings) -> crate::auth::LimitPolicy {
        crate::auth::LimitPolicy {
            max_failures: settings.notices.max_submissions_per_address_per_hour,
            window_seconds: 3600,
        }
    }

    /// Today's date in the Netherlands (deadlines are Dutch calendar dates).
    pub fn today(&self) -> Date {
        self.today_override
            .unwrap_or_else(|| amsterdam_date(time::OffsetDateTime::now_utc()))
    }

    /// What the self-check needs for one request.
    pub fn selfcheck_context(&self) -> SelfCheckContext {
        SelfCheckContext {
            rules: self.selfcheck.clone(),
            policy: Policy::from(self.settings.as_ref()),
            today: self.today(),
        }
    }

    /// What every server-rendered page may read from context.
    pub fn provide_to_page(&self) {
        provide_context(self.settings.clone());
        provide_context(self.catalog.current());
        provide_context(Today(self.today()));
        provide_context(self.selfcheck_context());
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
