//! Published texts reach residents on every instance without a restart.
//!
//! Every publish bumps the one-row counter `text_revision` in its own transaction
//! (`store::texts::publish_texts`). The instance that published reloads at once; every
//! instance also polls the counter (a primary-key read, once per [`POLL_INTERVAL`]) and
//! reloads the overrides when it moved. A reload rebuilds the catalog from the shipped
//! files it already holds plus the overrides, and swaps it in; requests in flight keep
//! the catalog they started with.

use super::AppState;
use crate::i18n::{Catalog, CatalogError};
use crate::store::{texts, StoreError};
use std::time::Duration;

/// How often an instance looks for texts published elsewhere.
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Catalog(#[from] CatalogError),
}

/// Reloads the published texts if the database has a newer revision than the catalog
/// being served; whether the catalog was replaced.
pub async fn reload_texts(state: &AppState) -> Result<bool, ReloadError> {
    let revision = texts::revision(&state.db).await?;
    if revision <= state.catalog.revision() {
        return Ok(false);
    }
    let overrides = texts::published(&state.db).await?;
    let sources = state.catalog.current().sources().to_vec();
    let catalog = Catalog::from_sources(sources, &state.settings, &overrides)?;
    Ok(state.catalog.replace_if_newer(revision, catalog))
}

/// Polls for published texts until the task is aborted.
pub fn spawn_watcher(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match reload_texts(&state).await {
                Ok(true) => tracing::info!(
                    revision = state.catalog.revision(),
                    "published texts reloaded"
                ),
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "cannot reload the published texts"),
            }
        }
    })
}
