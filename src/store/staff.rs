//! Staff accounts, their sessions and the audit log.
//!
//! Every function takes the time as `now` (seconds since 1970, UTC) instead of
//! reading a clock, so callers decide what "now" is and tests can move it. Changes
//! that must be audited write their audit row in the same transaction.

use super::{Db, StoreError};
use crate::auth::Role;
use sqlx::any::AnyRow;
use sqlx::{Any, Row};

/// A staff account as the portal shows it (without its password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    /// Lower case.
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub created_at: i64,
}

/// An account that is about to be created. `email` must already be normalised
/// (`crate::auth::normalize_email`) and `password_hash` be a PHC string.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("an account with this e-mail address already exists")]
    DuplicateEmail,
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CreateAccountError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(e) if e.is_unique_violation() => {
                CreateAccountError::DuplicateEmail
            }
            _ => CreateAccountError::Store(error.into()),
        }
    }
}

/// A signed-in browser. The token itself is only ever in the browser's cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie's token, hex (`crate::auth::token::hash`).
    pub token_hash: String,
    pub account_id: i64,
    /// The synchronizer token that every form of this session must send back.
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    /// The account that acted; `None` for the command line or an unknown visitor.
    pub actor_account_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// An audit row about to be written.
#[derive(Debug, Clone, Copy)]
pub struct NewAuditEntry<'a> {
    pub at: i64,
    pub actor_account_id: Option<i64>,
    /// A stable kebab-case code, e.g. `account-created`, `sign-in-failed`.
    pub action: &'a str,
    /// What the action was about, e.g. the e-mail address of an account.
    pub subject: &'a str,
    pub detail: &'a str,
}

/// The audit actions written by the sign-in foundation.
pub mod action {
    pub const ACCOUNT_CREATED: &str = "account-created";
    pub const ACCOUNT_DEACTIVATED: &str = "account-deactivated";
    pub const SIGN_IN: &str = "sign-in";
    pub const SIGN_IN_FAILED: &str = "sign-in-failed";
    pub const SIGN_OUT: &str = "sign-out";
}

const ACCOUNT_COLUMNS: &str = "id, email, display_name, role, active, created_at";

fn account_from(row: &AnyRow) -> Result<Account, StoreError> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        role: Role::from_code(&role).ok_or_else(|| {
            StoreError::Sql(sqlx::Error::Decode(
                format!("unknown staff role {role:?}").into(),
            ))
        })?,
        active: row.try_get::<i64, _>("active")? != 0,
        created_at: row.try_get("created_at")?,
    })
}

/// Writes one audit row, on the pool or inside a caller's transaction.
pub async fn insert_audit<'e, E>(executor: E, entry: NewAuditEntry<'_>) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor_account_id, action, subject, detail) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(entry.at)
    .bind(entry.actor_account_id)
    .bind(entry.action)
    .bind(entry.subject)
    .bind(entry.detail)
    .execute(executor)
    .await?;
    Ok(())
}

/// The newest audit rows first, at most `limit`.
pub async fn audit_entries(db: &Db, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, at, actor_account_id, action, subject, detail FROM audit_log \
         ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(AuditEntry {
                id: row.try_get("id")?,
                at: row.try_get("at")?,
                actor_account_id: row.try_get("actor_account_id")?,
                action: row.try_get("action")?,
                subject: row.try_get("subject")?,
                detail: row.try_get("detail")?,
            })
        })
        .collect()
}

/// Creates an account and audits it (`actor` is the admin, or `None` for the command
/// line). A second account with the same e-mail address is refused.
pub async fn create_account(
    db: &Db,
    new: &NewAccount<'_>,
    actor: Option<i64>,
    now: i64,
) -> Result<Account, CreateAccountError> {
    let mut tx = db.pool().begin().await?;
    let row = sqlx::query(&format!(
        "INSERT INTO staff_accounts (email, display_name, password_hash, role, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {ACCOUNT_COLUMNS}"
    ))
    .bind(new.email)
    .bind(new.display_name)
    .bind(new.password_hash)
    .bind(new.role.code())
    .bind(1_i16)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let account = account_from(&row)?;
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: now,
            actor_account_id: actor,
            action: action::ACCOUNT_CREATED,
            subject: &account.email,
            detail: account.role.code(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

/// Every account, active ones first, then by e-mail address.
pub async fn accounts(db: &Db) -> Result<Vec<Account>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY active DESC, email"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(account_from).collect()
}

pub async fn account(db: &Db, id: i64) -> Result<Option<Account>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(account_from).transpose()
}

/// The account with this (normalised) e-mail address and its password hash, active
/// or not.
pub async fn account_for_sign_in(
    db: &Db,
    email: &str,
) -> Result<Option<(Account, String)>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {ACCOUNT_COLUMNS}, password_hash FROM staff_accounts WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| Ok((account_from(&row)?, row.try_get("password_hash")?)))
        .transpose()
}

/// Deactivates an account, ends its sessions and audits it. `false` when there is no
/// such active account (nothing changed).
pub async fn deactivate_account(
    db: &Db,
    id: i64,
    actor: Option<i64>,
    now: i64,
) -> Result<bool, StoreError> {
    let mut tx = db.pool().begin().await?;
    let row = sqlx::query(
        "UPDATE staff_accounts SET active = $1 WHERE id = $2 AND active = $3 RETURNING email",
    )
    .bind(0_i16)
    .bind(id)
    .bind(1_i16)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Ok(false);
    };
    let email: String = row.try_get("email")?;
    sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: now,
            actor_account_id: actor,
            action: action::ACCOUNT_DEACTIVATED,
            subject: &email,
            detail: "",
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Starts a session after a successful sign-in and audits it. `replaces` is the
/// token hash of the session the browser had before, which ends now: every sign-in
/// gets a fresh session (rotation).
pub async fn start_session(
    db: &Db,
    session: &Session,
    replaces: Option<&str>,
    subject: &str,
) -> Result<(), StoreError> {
    let mut tx = db.pool().begin().await?;
    if let Some(old) = replaces {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(old)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO staff_sessions \
         (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&session.token_hash)
    .bind(session.account_id)
    .bind(&session.csrf_token)
    .bind(session.created_at)
    .bind(session.last_seen_at)
    .bind(session.expires_at)
    .execute(&mut *tx)
    .await?;
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: session.created_at,
            actor_account_id: Some(session.account_id),
            action: action::SIGN_IN,
            subject,
            detail: "",
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The session with this token hash and its account.
pub async fn session(db: &Db, token_hash: &str) -> Result<Option<(Session, Account)>, StoreError> {
    let row = sqlx::query(
        "SELECT s.token_hash, s.csrf_token, s.created_at AS session_created_at, \
         s.last_seen_at, s.expires_at, a.id, a.email, a.display_name, a.role, a.active, \
         a.created_at \
         FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id \
         WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let account = account_from(&row)?;
    let session = Session {
        token_hash: row.try_get("token_hash")?,
        account_id: account.id,
        csrf_token: row.try_get("csrf_token")?,
        created_at: row.try_get("session_created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        expires_at: row.try_get("expires_at")?,
    };
    Ok(Some((session, account)))
}

/// Records that the session was used at `now` (for the idle timeout).
pub async fn touch_session(db: &Db, token_hash: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE staff_sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends a session without auditing (it timed out, or its account is inactive).
pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends a session because its owner signed out, and audits it.
pub async fn sign_out(
    db: &Db,
    session: &Session,
    subject: &str,
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.pool().begin().await?;
    sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
        .bind(&session.token_hash)
        .execute(&mut *tx)
        .await?;
    insert_audit(
        &mut *tx,
        NewAuditEntry {
            at: now,
            actor_account_id: Some(session.account_id),
            action: action::SIGN_OUT,
            subject,
            detail: "",
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes sessions that have ended by `now`: past their absolute end, or unused for
/// `idle_seconds`. Returns how many.
pub async fn delete_ended_sessions(
    db: &Db,
    now: i64,
    idle_seconds: i64,
) -> Result<u64, StoreError> {
    let result =
        sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(now)
            .bind(now - idle_seconds)
            .execute(db.pool())
            .await?;
    Ok(result.rows_affected())
}

/// How many sessions an account has (for tests and, later, an admin overview).
pub async fn session_count(db: &Db, account_id: i64) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM staff_sessions WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}
