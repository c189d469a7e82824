//! Residents signed in with DigiD: the sign-ins on their way through the broker and the
//! sessions after them (migrations `0009_resident_sessions.sql`). Shared by every
//! instance through the database.
//!
//! Nothing here is stored in the clear that could identify a resident or continue a
//! sign-in: the cookie tokens and the `state` are kept as SHA-256 hashes
//! (`auth::token::hash`), the nonce, the PKCE verifier, the identity (BSN, name, level)
//! and the ID token are sealed with the data key, bound to their row.

use super::crypto::{CryptoError, DataKeys};
use super::{Db, StoreError};
use crate::auth::resident::{AssuranceLevel, VerifiedIdentity};
use crate::domain::notice::Bsn;
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// Why a resident row could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ResidentStoreError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("resident session: {0}")]
    Crypto(#[from] CryptoError),
    #[error("resident session: the sealed value is not what was stored")]
    Malformed,
}

impl From<sqlx::Error> for ResidentStoreError {
    fn from(error: sqlx::Error) -> Self {
        ResidentStoreError::Store(error.into())
    }
}

/// The secrets of a sign-in that the broker must not see again in the clear.
#[derive(Clone, Serialize, Deserialize)]
pub struct SignInSecrets {
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A sign-in that went to the broker.
#[derive(Clone)]
pub struct PendingSignIn {
    pub state_hash: String,
    pub browser_hash: String,
    pub secrets: SignInSecrets,
    /// The local page to return to (validated before it is stored).
    pub return_to: String,
    pub created_at: i64,
    pub expires_at: i64,
}

pub(crate) fn sign_in_context(state_hash: &str) -> String {
    format!("resident-sign-in:{state_hash}:secrets")
}

/// Stores a sign-in before the resident is sent to the broker.
pub async fn insert_sign_in(
    db: &Db,
    keys: &DataKeys,
    pending: &PendingSignIn,
) -> Result<(), ResidentStoreError> {
    let secrets =
        serde_json::to_vec(&pending.secrets).map_err(|_| ResidentStoreError::Malformed)?;
    let sealed = keys.seal(&secrets, &sign_in_context(&pending.state_hash))?;
    sqlx::query(
        "INSERT INTO resident_sign_ins \
         (state_hash, browser_hash, secrets_enc, return_to, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&pending.state_hash)
    .bind(&pending.browser_hash)
    .bind(sealed)
    .bind(&pending.return_to)
    .bind(pending.created_at)
    .bind(pending.expires_at)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Takes the sign-in with this state hash out of the store: whoever calls this first
/// gets it, every later call (a replayed answer) gets `None`. An expired one is
/// removed and not given.
pub async fn take_sign_in(
    db: &Db,
    keys: &DataKeys,
    state_hash: &str,
    now: i64,
) -> Result<Option<PendingSignIn>, ResidentStoreError> {
    let row = sqlx::query(
        "DELETE FROM resident_sign_ins WHERE state_hash = $1 \
         RETURNING state_hash, browser_hash, secrets_enc, return_to, created_at, expires_at",
    )
    .bind(state_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let expires_at: i64 = row.try_get("expires_at")?;
    if now >= expires_at {
        return Ok(None);
    }
    let sealed: Vec<u8> = row.try_get("secrets_enc")?;
    let secrets = keys.open(&sealed, &sign_in_context(state_hash))?;
    let secrets = serde_json::from_slice(&secrets).map_err(|_| ResidentStoreError::Malformed)?;
    Ok(Some(PendingSignIn {
        state_hash: row.try_get("state_hash")?,
        browser_hash: row.try_get("browser_hash")?,
        secrets,
        return_to: row.try_get("return_to")?,
        created_at: row.try_get("created_at")?,
        expires_at,
    }))
}

/// A resident's session as stored.
#[derive(Clone)]
pub struct ResidentSessionRow {
    pub token_hash: String,
    pub csrf_token: String,
    pub identity: VerifiedIdentity,
    /// The ID token the broker gave, sealed. Never sent on: the sign-out at the broker
    /// names the portal by `client_id`, since the token holds the BSN
    /// (`server::resident::broker::Broker::logout_url`).
    pub id_token: String,
    /// The language the resident signed in from.
    pub lang: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

impl std::fmt::Debug for ResidentSessionRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResidentSessionRow")
            .field("identity", &self.identity)
            .field("lang", &self.lang)
            .field("created_at", &self.created_at)
            .field("last_seen_at", &self.last_seen_at)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize, Deserialize)]
struct SealedIdentity {
    bsn: String,
    name: Option<String>,
    level: AssuranceLevel,
}

pub(crate) fn session_context(token_hash: &str, column: &str) -> String {
    format!("resident-session:{token_hash}:{column}")
}

/// Starts a session; `replaces` (the hash of the session this browser had before)
/// ends in the same transaction, so every sign-in gets a fresh session id.
pub async fn start_session(
    db: &Db,
    keys: &DataKeys,
    session: &ResidentSessionRow,
    idle_seconds: i64,
    replaces: Option<&str>,
) -> Result<(), ResidentStoreError> {
    let identity = SealedIdentity {
        bsn: session.identity.bsn.full_number().to_owned(),
        name: session.identity.name.clone(),
        level: session.identity.level,
    };
    let identity = serde_json::to_vec(&identity).map_err(|_| ResidentStoreError::Malformed)?;
    let identity_enc = keys.seal(&identity, &session_context(&session.token_hash, "identity"))?;
    let id_token_enc = keys.seal(
        session.id_token.as_bytes(),
        &session_context(&session.token_hash, "id_token"),
    )?;
    let mut tx = db.pool().begin().await?;
    if let Some(old) = replaces {
        sqlx::query("DELETE FROM resident_sessions WHERE token_hash = $1")
            .bind(old)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO resident_sessions (token_hash, csrf_token, identity_enc, id_token_enc, \
         lang, created_at, last_seen_at, idle_until, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&session.token_hash)
    .bind(&session.csrf_token)
    .bind(identity_enc)
    .bind(id_token_enc)
    .bind(&session.lang)
    .bind(session.created_at)
    .bind(session.last_seen_at)
    .bind(session.last_seen_at + idle_seconds)
    .bind(session.expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The session with this token hash.
pub async fn session(
    db: &Db,
    keys: &DataKeys,
    token_hash: &str,
) -> Result<Option<ResidentSessionRow>, ResidentStoreError> {
    let row = sqlx::query(
        "SELECT token_hash, csrf_token, identity_enc, id_token_enc, lang, created_at, \
         last_seen_at, expires_at FROM resident_sessions WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let identity_enc: Vec<u8> = row.try_get("identity_enc")?;
    let identity = keys.open(&identity_enc, &session_context(token_hash, "identity"))?;
    let identity: SealedIdentity =
        serde_json::from_slice(&identity).map_err(|_| ResidentStoreError::Malformed)?;
    let bsn = Bsn::parse(&identity.bsn).map_err(|_| ResidentStoreError::Malformed)?;
    let id_token_enc: Vec<u8> = row.try_get("id_token_enc")?;
    let id_token = keys.open(&id_token_enc, &session_context(token_hash, "id_token"))?;
    Ok(Some(ResidentSessionRow {
        token_hash: row.try_get("token_hash")?,
        csrf_token: row.try_get("csrf_token")?,
        identity: VerifiedIdentity {
            bsn,
            name: identity.name,
            level: identity.level,
        },
        id_token: String::from_utf8(id_token).map_err(|_| ResidentStoreError::Malformed)?,
        lang: row.try_get("lang")?,
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        expires_at: row.try_get("expires_at")?,
    }))
}

/// Records that the session was used at `now`.
pub async fn touch_session(
    db: &Db,
    token_hash: &str,
    now: i64,
    idle_seconds: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE resident_sessions SET last_seen_at = $1, idle_until = $2 WHERE token_hash = $3",
    )
    .bind(now)
    .bind(now + idle_seconds)
    .bind(token_hash)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Ends a session (signed out, timed out). Whether there was one.
pub async fn delete_session(db: &Db, token_hash: &str) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM resident_sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes the sessions and sign-ins that have ended by `now`; how many rows.
pub async fn delete_ended(db: &Db, now: i64) -> Result<u64, StoreError> {
    let sessions =
        sqlx::query("DELETE FROM resident_sessions WHERE expires_at <= $1 OR idle_until <= $1")
            .bind(now)
            .execute(db.pool())
            .await?;
    let sign_ins = sqlx::query("DELETE FROM resident_sign_ins WHERE expires_at <= $1")
        .bind(now)
        .execute(db.pool())
        .await?;
    Ok(sessions.rows_affected() + sign_ins.rows_affected())
}

/// How many resident sessions are stored (for tests and the health of the clean-up).
pub async fn count_sessions(db: &Db) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM resident_sessions")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}

/// How many sign-ins are waiting for the broker's answer.
pub async fn count_sign_ins(db: &Db) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM resident_sign_ins")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}
