//! The HTTP server: state, router, middleware and the process entry point.

pub mod allocator;
pub mod api;
pub mod backup;
pub mod client_address;
mod compress;
pub mod create_admin;
pub mod csrf;
pub mod error;
pub mod export;
pub mod form;
mod headers;
mod health;
pub mod jobs;
mod language;
pub mod listen;
pub mod metrics;
pub mod my_notices;
pub(crate) mod page;
pub mod page_cache;
pub mod refusals;
pub mod report;
mod request_log;
pub mod resident;
pub mod rotate_key;
mod router;
pub mod staff;
mod state;
pub mod static_files;
pub mod texts_sync;
mod trailing_slash;

pub use error::{PageError, PageResult};
pub use router::router;
pub use state::{AppState, LiveCatalog, StateParts};

use crate::config::env::{Env, LogFormat};
use crate::config::Settings;
use crate::domain::selfcheck::Rules;
use crate::i18n::Catalog;
use crate::store::crypto::{DataKey, DataKeys, KeySource};
use crate::store::{self, Db};
use std::sync::Arc;

/// Why the server could not start. Printed once, then the process exits non-zero.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot read settings file {path}: {error}")]
    SettingsFile { path: String, error: std::io::Error },
    #[error("{0}")]
    Settings(#[from] crate::config::SettingsError),
    #[error("{0}")]
    Catalog(#[from] crate::i18n::CatalogError),
    #[error("{0}")]
    Store(#[from] store::StoreError),
    #[error("{0}")]
    DataKey(#[from] store::crypto::KeySetupError),
    #[error("cannot read the self-check rule file {path}: {error}")]
    RulesFile { path: String, error: std::io::Error },
    #[error("{0}")]
    Rules(#[from] crate::domain::selfcheck::RulesError),
    #[error("these change-notice texts are missing in at least one language: {0}")]
    NoticeTexts(String),
    #[error("leptos configuration: {0}")]
    Leptos(String),
    #[error("cannot start forwarding notices: {0}")]
    Forwarding(#[from] reqwest::Error),
    #[error("{0}")]
    Residents(#[from] resident::ResidentSetupError),
    #[error(
        "the pages link asset files that are not in the site root {site_root} \
         ({missing}; hash file {hash_file}), so they would show without styles and \
         scripts: start the binary that `scripts/build` made (with the hash files beside \
         it) and set LEPTOS_SITE_ROOT to the site it built, or start with \
         --allow-missing-assets (MELDWIJZER_ALLOW_MISSING_ASSETS=true) to serve without them"
    )]
    MissingAssets {
        site_root: String,
        hash_file: String,
        missing: String,
    },
    #[error("cannot listen on {addr}: {error}")]
    Bind { addr: String, error: std::io::Error },
}

/// Refuses the start when the pages would link asset files that are not in the site
/// root (no hash files beside the binary, or a site root from another build):
/// residents would get pages without styles and islands, staff an editor without its
/// helper. With `allow_missing` (`--allow-missing-assets`) it only says so loudly, so a
/// health check and the staff can reach a broken install.
fn check_site_root(
    options: &leptos::config::LeptosOptions,
    allow_missing: bool,
) -> Result<(), StartError> {
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(std::path::Path::to_path_buf))
        .unwrap_or_default();
    let mut missing = Vec::new();
    let mut hash_files = Vec::new();
    for bundle in crate::shell::Bundle::ALL {
        let options = bundle.options(options.clone());
        let hash_file = exe_dir
            .join(options.hash_file.as_ref())
            .display()
            .to_string();
        for path in static_files::missing_assets(&options, &exe_dir) {
            let path = path.display().to_string();
            // Both clients link the same style sheet.
            if !missing.contains(&path) {
                missing.push(path);
            }
            if !hash_files.contains(&hash_file) {
                hash_files.push(hash_file.clone());
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let error = StartError::MissingAssets {
        site_root: options.site_root.to_string(),
        hash_file: hash_files.join(", "),
        missing: missing.join(", "),
    };
    if !allow_missing {
        return Err(error);
    }
    tracing::error!(%error, "starting anyway (--allow-missing-assets)");
    Ok(())
}

/// Reads settings, texts and database, as named by the environment.
pub async fn build_state(env: &Env) -> Result<AppState, StartError> {
    let text =
        std::fs::read_to_string(&env.settings).map_err(|error| StartError::SettingsFile {
            path: env.settings.display().to_string(),
            error,
        })?;
    let settings = Arc::new(Settings::parse(&text)?);
    // A malformed key stops the start before the database is touched.
    let configured_key = env
        .data_key
        .as_ref()
        .map(|secret| DataKey::from_base64(secret.expose()))
        .transpose()
        .map_err(store::crypto::KeySetupError::Malformed)?;
    let previous_key = env
        .data_key_previous
        .as_ref()
        .map(|secret| DataKey::from_base64(secret.expose()))
        .transpose()
        .map_err(store::crypto::KeySetupError::PreviousMalformed)?;
    let db = Db::connect(&env.database_url).await?;
    let data_keys =
        Arc::new(data_keys(env, &db, configured_key.as_ref(), previous_key.as_ref()).await?);
    // The revision first: a publish in between makes the watcher reload once more.
    let text_revision = store::texts::revision(&db).await?;
    let overrides = store::texts::published(&db).await?;
    let catalog = Catalog::load(&env.locales, &settings, &overrides)?;
    let rules = load_rules(env, &catalog)?;
    // The change-notice texts (field labels and errors) must exist in every language
    // before a resident can meet them.
    crate::domain::notice::validate_messages(|id| catalog.has_message_everywhere(id))
        .map_err(|missing| StartError::NoticeTexts(missing.join(", ")))?;
    let mut leptos_options = leptos::config::get_configuration(None)
        .map_err(|e| StartError::Leptos(e.to_string()))?
        .leptos_options;
    leptos_options.site_addr = env.bind;
    leptos_options.env = leptos::config::Env::PROD;
    if leptos_options.output_name.is_empty() {
        leptos_options.output_name = env!("CARGO_PKG_NAME").into();
    }
    // cargo-leptos writes the content hashes of the assets next to the binary; use
    // the hashed names whenever they exist, however the binary was started.
    let hash_file = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join(leptos_options.hash_file.as_ref())));
    leptos_options.hash_files = hash_file.is_some_and(|f| f.exists());
    let resident_auth = resident::ResidentAuth::new(
        &settings.residents,
        env.digid_client_secret.as_ref().map(|s| s.expose()),
    )?;
    let state = AppState::new(StateParts {
        resident_auth,
        staff_auth: crate::auth::StaffAuth::new(&settings.staff),
        notice_limit: AppState::notice_limit(&settings),
        proxies: Arc::new(client_address::ProxyPolicy::from_env(env)),
        settings,
        catalog: LiveCatalog::at_revision(catalog, text_revision),
        db,
        data_keys,
        leptos_options,
        locales_dir: env.locales.clone(),
        selfcheck: Arc::new(rules),
        today_override: env.today,
    });
    for warning in state.settings.warnings(state.today()) {
        tracing::warn!(%warning, "check the settings file");
    }
    Ok(state)
}

/// The data key from the environment or, with SQLite only, from the key file beside the
/// database, checked against the database. A key file is announced at every start:
/// production sets `MELDWIJZER_DATA_KEY`.
async fn data_keys(
    env: &Env,
    db: &Db,
    configured: Option<&DataKey>,
    previous: Option<&DataKey>,
) -> Result<DataKeys, StartError> {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let set_up =
        store::crypto::setup_rotating(db, &env.database_url, configured, previous, now).await?;
    let (keys, source) = (set_up.keys, set_up.source);
    match set_up.previous {
        store::crypto::PreviousKey::NotGiven => {}
        store::crypto::PreviousKey::Retired(id) => tracing::info!(
            current_key_id = keys.current_key_id(),
            previous_key_id = id,
            "key rotation: sealing with the new data key, opening values of the previous one \
             too; run `meldwijzer rotate-key`"
        ),
        store::crypto::PreviousKey::Unused => tracing::warn!(
            "{} is not a key of this database (any more): the key rotation has finished, so \
             it is not used; remove it",
            store::crypto::PREVIOUS_KEY_VAR
        ),
    }
    match source {
        KeySource::Environment => {}
        KeySource::File { path, created } => tracing::warn!(
            key_file = %path.display(),
            created,
            "{} is not set: the data key of the notices is in the key file. Back it up \
             with the database (without it the notices cannot be read); in production set \
             {} instead",
            store::crypto::DATA_KEY_VAR,
            store::crypto::DATA_KEY_VAR,
        ),
        KeySource::Ephemeral => {
            tracing::warn!("in-memory database: the data key lives only as long as this process")
        }
    }
    Ok(keys)
}

/// Reads the self-check rule file and checks that every text it names exists in every
/// offered language, so a gap stops the start instead of reaching a resident.
fn load_rules(env: &Env, catalog: &Catalog) -> Result<Rules, StartError> {
    let text = std::fs::read_to_string(&env.rules).map_err(|error| StartError::RulesFile {
        path: env.rules.display().to_string(),
        error,
    })?;
    let rules = Rules::parse(&text)?;
    rules.validate_messages(|id| catalog.has_message_everywhere(id))?;
    Ok(rules)
}

pub fn init_logging(env: &Env) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(&env.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match env.log_format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
pub async fn serve(env: Env) -> Result<(), StartError> {
    let state = build_state(&env).await?;
    check_site_root(&state.leptos_options, env.allow_missing_assets)?;
    let app = router::portal(state.clone());
    let listener = bind(env.bind).await?;
    // Its own address, never the public one (`metrics`).
    let metrics_listener = match env.metrics_bind {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    // The background jobs run beside the server, not in `build_state`: tests drive them.
    let jobs = jobs::start(&state)?;
    // Read the DigiD broker's discovery document now, so the first resident does not
    // wait for it; a broker that is down is tried again at the first sign-in.
    if let Some(broker) = state.resident_auth.broker.clone() {
        tokio::spawn(async move {
            if broker.warm_up().await.is_err() {
                tracing::warn!(
                    "the DigiD broker did not answer at start-up; sign-ins will try again"
                );
            }
        });
    }
    // Memory freed after large requests goes back to the system.
    allocator::spawn_trimmer();
    // Texts published on another instance on the same database appear here too.
    let watcher = texts_sync::spawn_watcher(state.clone(), texts_sync::POLL_INTERVAL);
    state.proxies.log_mode();
    let metrics = metrics_listener.map(|listener| {
        if let Ok(addr) = listener.local_addr() {
            tracing::info!(%addr, "metrics at http://{addr}/metrics");
        }
        metrics::serve(listener, state.clone(), metrics::install())
    });
    tracing::info!(
        addr = %env.bind,
        database = env.database_kind(),
        languages = state.catalog.current().languages().len(),
        "meldwijzer listening"
    );
    listen::serve(
        listener,
        app,
        listen::ReadTimeouts::DEFAULT,
        shutdown_signal(),
    )
    .await;
    jobs.stop();
    watcher.abort();
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    state.db.close().await;
    tracing::info!("meldwijzer stopped");
    Ok(())
}

async fn bind(addr: std::net::SocketAddr) -> Result<tokio::net::TcpListener, StartError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|error| StartError::Bind {
            addr: addr.to_string(),
            error,
        })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
