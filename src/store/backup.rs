//! Backups of a SQLite database (`meldwijzer backup` and `restore`). PostgreSQL has its
//! own tools (`pg_dump`, `pg_restore`), documented in the README.
//!
//! A backup is SQLite's `VACUUM INTO`: one read transaction copies the database as it
//! was at one moment, while the portal keeps writing (WAL: readers and the writer do
//! not wait for each other). The copy goes to a temporary name beside the target
//! (`.<name>.partial-<pid>`), is checked (`PRAGMA integrity_check`, the tables are
//! there), flushed to the disk and only then renamed to the target. So the target is
//! always a complete, checked copy, or the earlier one, never a copy cut off by a
//! crash or a kill; what a killed run leaves is a file whose name says `partial`.
//!
//! A restore copies a backup into a new or empty database the same way (a temporary
//! copy, checked, renamed into place), after checking that the data key opens it.

use super::crypto::{self, DataKey};
use super::{Db, StoreError};
use sqlx::Connection;
use std::path::{Path, PathBuf};

/// Why a backup or restore failed. The messages are for the operator.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "the database is PostgreSQL: back it up with pg_dump, e.g. \
         `pg_dump --format=custom --file=meldwijzer.dump \"$DATABASE_URL\"`, and restore \
         with pg_restore (README, \"Backups and key rotation\")"
    )]
    Postgres,
    #[error("the database is in memory: there is nothing to back up or restore into")]
    InMemory,
    #[error("{path}: {error}")]
    File { path: String, error: std::io::Error },
    #[error("the copy failed its check ({0}); the partial file was removed")]
    Check(String),
    #[error("{path} is not a Meldwijzer backup: {detail}")]
    NotABackup { path: String, detail: String },
    #[error(
        "the database {path} is not empty ({detail}): restore into a new database \
         (another DATABASE_URL), or move this one aside first"
    )]
    NotEmpty { path: String, detail: String },
    #[error(
        "the data key does not open this backup: set {} (or put the key file beside the \
         database) to the key the backup was made with",
        crypto::DATA_KEY_VAR
    )]
    WrongKey,
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for BackupError {
    fn from(error: sqlx::Error) -> Self {
        BackupError::Store(error.into())
    }
}

/// What a backup or restore copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub bytes: u64,
    pub notices: i64,
    pub attachments: i64,
    /// Restore only: whether a data key was at hand and opens the backup (`None`: no
    /// key was given and no key file is beside the database).
    pub key_checked: Option<bool>,
}

fn file_error(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |error| BackupError::File {
        path: path.display().to_string(),
        error,
    }
}

/// The temporary name of a copy on its way to `target`, in the same folder (so the
/// rename is atomic).
pub fn partial_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    target.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// A new, empty file that only its owner can read (`VACUUM INTO` writes into an empty
/// file, and keeps its mode).
fn create_private(path: &Path) -> Result<(), BackupError> {
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop).map_err(file_error(path))
}

/// Flushes `path` and renames it to `target`, then flushes the folder.
fn commit_file(path: &Path, target: &Path) -> Result<(), BackupError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(file_error(path))?;
    std::fs::rename(path, target).map_err(file_error(target))?;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn sqlite_url(path: &Path, mode: &str) -> String {
    format!("sqlite://{}?mode={mode}", path.display())
}

/// Checks a copy: SQLite finds it sound, and it holds the portal's tables. Returns
/// (notices, attachments).
async fn check_copy(path: &Path) -> Result<(i64, i64), String> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&sqlite_url(path, "ro"))
        .await
        .map_err(|e| format!("cannot open it: {e}"))?;
    let result = async {
        let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&mut conn)
            .await
            .map_err(|e| format!("not a SQLite database: {e}"))?;
        if integrity != ["ok"] {
            return Err(format!("damaged: {}", integrity.join("; ")));
        }
        let count = |table: &'static str| format!("SELECT COUNT(*) FROM {table}");
        let notices: i64 = sqlx::query_scalar(&count("notices"))
            .fetch_one(&mut conn)
            .await
            .map_err(|_| "it has no notices table".to_owned())?;
        let attachments: i64 = sqlx::query_scalar(&count("notice_attachments"))
            .fetch_one(&mut conn)
            .await
            .map_err(|_| "it has no attachments table".to_owned())?;
        sqlx::query("SELECT COUNT(*) FROM _sqlx_migrations")
            .fetch_one(&mut conn)
            .await
            .map_err(|_| "it has no migrations table".to_owned())?;
        Ok((notices, attachments))
    }
    .await;
    let _ = conn.close().await;
    result
}

/// A test hook: `MELDWIJZER_TEST_BACKUP_PAUSE_MS` waits that long after the copy is
/// written and before it is checked and renamed, so a test can kill the process there.
fn test_pause() {
    if let Some(ms) = std::env::var("MELDWIJZER_TEST_BACKUP_PAUSE_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Backs up the SQLite database `db` (of `database_url`) to `to`; see the module
/// documentation.
pub async fn backup(db: &Db, database_url: &str, to: &Path) -> Result<Copied, BackupError> {
    if db.kind() == super::DbKind::Postgres {
        return Err(BackupError::Postgres);
    }
    let source = super::sqlite_file(database_url).ok_or(BackupError::InMemory)?;
    if same_file(&source, to) {
        return Err(BackupError::File {
            path: to.display().to_string(),
            error: std::io::Error::other("this is the database itself"),
        });
    }
    let partial = partial_name(to);
    create_private(&partial)?;
    let result = async {
        sqlx::query("VACUUM INTO $1")
            .bind(partial.display().to_string())
            .execute(db.pool())
            .await?;
        test_pause();
        let (notices, attachments) = check_copy(&partial).await.map_err(BackupError::Check)?;
        let bytes = std::fs::metadata(&partial)
            .map_err(file_error(&partial))?
            .len();
        commit_file(&partial, to)?;
        Ok(Copied {
            bytes,
            notices,
            attachments,
            key_checked: None,
        })
    }
    .await;
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The tables that a database has rows in, apart from those every fresh database has
/// (the migrations, the text revision, the data-key check values). Empty: a new
/// database, or one the portal only started on.
async fn rows_in(path: &Path) -> Result<Vec<String>, BackupError> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&sqlite_url(path, "ro")).await?;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT IN ('_sqlx_migrations', 'text_revision', 'data_key_checks') ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await?;
    let mut filled = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .fetch_one(&mut conn)
            .await?;
        if n > 0 {
            filled.push(format!("{n} rows in {table}"));
        }
    }
    let _ = conn.close().await;
    Ok(filled)
}

/// Restores the backup `from` into the SQLite database of `database_url`, which must
/// not exist yet or be empty. `key` is the data key from the environment; without it,
/// the key file beside the database is used if there is one. A key at hand must open
/// the backup.
pub async fn restore(
    from: &Path,
    database_url: &str,
    key: Option<&DataKey>,
) -> Result<Copied, BackupError> {
    if database_url.starts_with("postgres") {
        return Err(BackupError::Postgres);
    }
    let target = super::sqlite_file(database_url).ok_or(BackupError::InMemory)?;
    if !from.is_file() {
        return Err(BackupError::NotABackup {
            path: from.display().to_string(),
            detail: "no such file".into(),
        });
    }
    let not_a_backup = |detail: String| BackupError::NotABackup {
        path: from.display().to_string(),
        detail,
    };
    check_copy(from).await.map_err(not_a_backup)?;
    if std::fs::metadata(&target).is_ok_and(|m| m.len() > 0) {
        let filled = rows_in(&target).await?;
        if !filled.is_empty() {
            return Err(BackupError::NotEmpty {
                path: target.display().to_string(),
                detail: filled.join(", "),
            });
        }
    }
    let key = match key {
        Some(key) => Some(key.clone()),
        None => {
            let file = crypto::key_file_for(&target);
            match file.exists() {
                true => Some(
                    crypto::load_or_create_key_file(&file)
                        .map_err(|e| BackupError::File {
                            path: file.display().to_string(),
                            error: std::io::Error::other(e.to_string()),
                        })?
                        .0,
                ),
                false => None,
            }
        }
    };
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(file_error(dir))?;
    }
    let partial = partial_name(&target);
    create_private(&partial)?;
    let result = async {
        let mut source = sqlx::AnyConnection::connect(&sqlite_url(from, "ro")).await?;
        sqlx::query("VACUUM INTO $1")
            .bind(partial.display().to_string())
            .execute(&mut source)
            .await?;
        let _ = source.close().await;
        // Brings the copy up to this version's schema, and checks the key on it.
        let db = Db::connect(&sqlite_url(&partial, "rw")).await?;
        let key_checked = match &key {
            Some(key) => Some(crypto::opens_database(&db, key).await?),
            None => None,
        };
        db.close().await;
        if key_checked == Some(false) {
            return Err(BackupError::WrongKey);
        }
        let (notices, attachments) = check_copy(&partial).await.map_err(BackupError::Check)?;
        let bytes = std::fs::metadata(&partial)
            .map_err(file_error(&partial))?
            .len();
        // The write-ahead log of the empty database must not be applied to the
        // restored one.
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = target.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
        commit_file(&partial, &target)?;
        Ok(Copied {
            bytes,
            notices,
            attachments,
            key_checked,
        })
    }
    .await;
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    for suffix in ["-wal", "-shm"] {
        let mut name = partial.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    result
}
