//! `meldwijzer rotate-key`: re-seals every stored value with the new data key
//! (`store::rotation`), with the keys the portal uses during a rotation:
//! `MELDWIJZER_DATA_KEY` (new) and `MELDWIJZER_DATA_KEY_PREVIOUS` (old).

use crate::config::env::Env;
use crate::server::report::draft::DraftDoc;
use crate::store::crypto::{self, DataKey, KeySetupError, PreviousKey};
use crate::store::rotation::{self, Options, Report, RotationError};
use crate::store::{Db, StoreError};

/// Why the rotation could not run.
#[derive(Debug, thiserror::Error)]
pub enum RotateKeyError {
    #[error(
        "{} must be set to the new data key (and {} to the previous one): make one with \
         `openssl rand -base64 32`",
        crypto::DATA_KEY_VAR,
        crypto::PREVIOUS_KEY_VAR
    )]
    NoNewKey,
    #[error("{0}")]
    Key(#[from] KeySetupError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Rotation(#[from] RotationError),
}

/// The BSN in a stored draft's identity step, if it was done.
pub fn draft_bsn(content: &[u8]) -> Option<String> {
    let doc: DraftDoc = serde_json::from_slice(content).ok()?;
    doc.identity
        .into_iter()
        .find_map(|(key, value)| (key == "bsn").then_some(value))
}

/// Runs the rotation on the database of `env`; `on_batch` hears of every committed
/// batch. Returns which key the previous key was, and the report.
pub async fn rotate_key(
    env: &Env,
    options: Options,
    on_batch: rotation::OnBatch<'_>,
) -> Result<(PreviousKey, Report), RotateKeyError> {
    let parse = |secret: &crate::config::env::Secret| DataKey::from_base64(secret.expose());
    let new = env.data_key.as_ref().ok_or(RotateKeyError::NoNewKey)?;
    let new = parse(new).map_err(KeySetupError::Malformed)?;
    let previous = env
        .data_key_previous
        .as_ref()
        .map(parse)
        .transpose()
        .map_err(KeySetupError::PreviousMalformed)?;
    let db = Db::connect(&env.database_url).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let result = async {
        let set_up =
            crypto::setup_rotating(&db, &env.database_url, Some(&new), previous.as_ref(), now)
                .await?;
        let report = rotation::rotate(&db, &set_up.keys, &draft_bsn, options, on_batch).await?;
        Ok((set_up.previous, report))
    }
    .await;
    db.close().await;
    result
}
