//! `meldwijzer backup` and `meldwijzer restore`: the command-line side of
//! `store::backup` (SQLite; PostgreSQL uses pg_dump and pg_restore).

use crate::config::env::Env;
use crate::store::backup::{self, BackupError, Copied};
use crate::store::crypto::{DataKey, KeySetupError};
use crate::store::Db;
use std::path::Path;

/// Why a backup or restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupCommandError {
    #[error("{0}")]
    Backup(#[from] BackupError),
    #[error("{0}")]
    Key(#[from] KeySetupError),
}

fn is_postgres(env: &Env) -> bool {
    env.database_url.starts_with("postgres")
}

/// Backs up the database of `env` to `to` while the portal may keep running.
pub async fn backup(env: &Env, to: &Path) -> Result<Copied, BackupCommandError> {
    if is_postgres(env) {
        return Err(BackupError::Postgres.into());
    }
    let db = Db::connect(&env.database_url)
        .await
        .map_err(BackupError::from)?;
    let copied = backup::backup(&db, &env.database_url, to).await;
    db.close().await;
    Ok(copied?)
}

/// Restores `from` into the (new or empty) database of `env`, checking the data key
/// of `env` against it when one is given.
pub async fn restore(env: &Env, from: &Path) -> Result<Copied, BackupCommandError> {
    if is_postgres(env) {
        return Err(BackupError::Postgres.into());
    }
    let key = env
        .data_key
        .as_ref()
        .map(|secret| DataKey::from_base64(secret.expose()))
        .transpose()
        .map_err(KeySetupError::Malformed)?;
    Ok(backup::restore(from, &env.database_url, key.as_ref()).await?)
}
