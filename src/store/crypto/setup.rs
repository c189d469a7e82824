//! Where the data key comes from (`MELDWIJZER_DATA_KEY`, or on SQLite a key file
//! beside the database), and the check of the key against the database, so a wrong or
//! lost key stops the start instead of sealing new notices under a second key.

use super::{DataKey, DataKeys, MalformedKey, DATA_KEY_VAR, DEFAULT_KEY_ID, PREVIOUS_KEY_VAR};
use crate::store::{db, Db, DbKind, StoreError};
use rand::RngCore;
use sqlx::Row;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the data key came from; the server warns about a key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// `MELDWIJZER_DATA_KEY`: the production set-up.
    Environment,
    /// The key file beside the SQLite database; `created` on the first start.
    File { path: PathBuf, created: bool },
    /// An in-memory SQLite database: the key lives as long as the data.
    Ephemeral,
}

/// Why the data key could not be set up. The messages are for the operator.
#[derive(Debug, thiserror::Error)]
pub enum KeySetupError {
    #[error(
        "{DATA_KEY_VAR} must be set when the database is PostgreSQL, the same on every \
         instance: make one with `openssl rand -base64 32` and keep a copy in a safe place \
         (without it the notices cannot be read)"
    )]
    RequiredForPostgres,
    #[error("{DATA_KEY_VAR}: {0}")]
    Malformed(#[from] MalformedKey),
    #[error("the key file {path} does not hold a data key: {error}")]
    FileMalformed { path: String, error: MalformedKey },
    #[error("cannot read or write the key file {path}: {error}")]
    File { path: String, error: std::io::Error },
    #[error(
        "the database holds encrypted data, but {DATA_KEY_VAR} is not set and the key file \
         {path} is missing: restore the key file from a backup or set {DATA_KEY_VAR}"
    )]
    KeyFileMissing { path: String },
    #[error(
        "the data key does not match the key (id {key_id}) that this database was encrypted \
         with: set {DATA_KEY_VAR} (or restore the key file) to that key"
    )]
    WrongKey { key_id: u8 },
    #[error(
        "the data key is key {key_id} of this database, but the database has moved on to key \
         {newest} (a key rotation): set {DATA_KEY_VAR} to the newest key (and, while \
         `meldwijzer rotate-key` has not finished, {PREVIOUS_KEY_VAR} to the previous one)"
    )]
    OutdatedKey { key_id: u8, newest: u8 },
    #[error("this database has used 255 data keys: no key id is left for a new one")]
    NoKeyIdLeft,
    #[error("{PREVIOUS_KEY_VAR}: {0}")]
    PreviousMalformed(MalformedKey),
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for KeySetupError {
    fn from(error: sqlx::Error) -> Self {
        KeySetupError::Store(error.into())
    }
}

/// The key file for a SQLite database: `<database file without extension>.key`, so
/// `data/meldwijzer.db` has `data/meldwijzer.key`.
pub fn key_file_for(database_file: &Path) -> PathBuf {
    database_file.with_extension("key")
}

/// Finds the data key: `configured` (from the environment) if given, else, for a SQLite
/// file, the key file beside it (made on the first start). Then checks the key against
/// the database. `now` is in seconds since 1970.
pub async fn setup(
    db: &Db,
    database_url: &str,
    configured: Option<&DataKey>,
    now: i64,
) -> Result<(DataKeys, KeySource), KeySetupError> {
    let set_up = setup_rotating(db, database_url, configured, None, now).await?;
    Ok((set_up.keys, set_up.source))
}

/// What [`setup_rotating`] found.
#[derive(Debug)]
pub struct KeySetup {
    pub keys: DataKeys,
    pub source: KeySource,
    pub previous: PreviousKey,
}

/// What became of the previous key (`MELDWIJZER_DATA_KEY_PREVIOUS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviousKey {
    /// None was given.
    NotGiven,
    /// It opens what key `id` sealed, and seals nothing new.
    Retired(u8),
    /// It is not (or no longer) a key of this database: the rotation has finished and
    /// removed its check value, or it is the current key. It is not used.
    Unused,
}

/// [`setup`] with the previous key of a key rotation. Key ids count up: the first key
/// of a database is [`DEFAULT_KEY_ID`]; a current key that the database does not know,
/// given with a `previous` key that it does, becomes the next id (its check value is
/// written now), so both open what they sealed while `meldwijzer rotate-key` re-seals
/// every value with the new one. A key that is not the newest one of the database
/// stops the start: it would seal values that the instances on the newest key cannot
/// open.
pub async fn setup_rotating(
    db: &Db,
    database_url: &str,
    configured: Option<&DataKey>,
    previous: Option<&DataKey>,
    now: i64,
) -> Result<KeySetup, KeySetupError> {
    let (key, source) = match configured {
        Some(key) => (key.clone(), KeySource::Environment),
        None => match db.kind() {
            DbKind::Postgres => return Err(KeySetupError::RequiredForPostgres),
            DbKind::Sqlite => match db::sqlite_file(database_url) {
                None => (DataKey::generate(), KeySource::Ephemeral),
                Some(file) => {
                    let path = key_file_for(&file);
                    if !path.exists() && has_check_values(db).await? {
                        return Err(KeySetupError::KeyFileMissing {
                            path: path.display().to_string(),
                        });
                    }
                    let (key, created) = load_or_create_key_file(&path)?;
                    (key, KeySource::File { path, created })
                }
            },
        },
    };
    let checks = check_values(db).await?;
    let newest = checks.iter().map(|(id, _)| *id).max();
    let previous_id = previous.and_then(|p| id_of(p, &checks));
    let current = match (id_of(&key, &checks), newest) {
        (Some(id), Some(newest)) if id == newest => id,
        (Some(id), Some(newest)) => return Err(KeySetupError::OutdatedKey { key_id: id, newest }),
        (_, None) => DEFAULT_KEY_ID,
        (None, Some(newest)) if previous_id.is_some() => {
            newest.checked_add(1).ok_or(KeySetupError::NoKeyIdLeft)?
        }
        (None, Some(newest)) => return Err(KeySetupError::WrongKey { key_id: newest }),
    };
    let mut keys = DataKeys::new(current, &key);
    let previous = match (previous, previous_id) {
        (None, _) => PreviousKey::NotGiven,
        (Some(old), Some(id)) if id != current => {
            keys = keys.with_retired(id, old);
            PreviousKey::Retired(id)
        }
        (Some(_), _) => PreviousKey::Unused,
    };
    // Writes the new key's check value; two instances that start with different new
    // keys at once cannot both win: the second one's key fails to open it.
    verify(db, &keys, now).await?;
    Ok(KeySetup {
        keys,
        source,
        previous,
    })
}

/// The check values of the database: key id and sealed value.
async fn check_values(db: &Db) -> Result<Vec<(u8, Vec<u8>)>, KeySetupError> {
    let rows = sqlx::query("SELECT key_id, check_enc FROM data_key_checks")
        .fetch_all(db.pool())
        .await?;
    let mut checks = Vec::with_capacity(rows.len());
    for row in rows {
        if let Ok(id) = u8::try_from(row.try_get::<i64, _>("key_id")?) {
            checks.push((id, row.try_get("check_enc")?));
        }
    }
    Ok(checks)
}

/// The id of the check value that `key` opens: which key of the database it is.
fn id_of(key: &DataKey, checks: &[(u8, Vec<u8>)]) -> Option<u8> {
    checks.iter().find_map(|(id, sealed)| {
        let opened = DataKeys::new(*id, key).open(sealed, &check_context(*id));
        (opened.as_deref() == Ok(CHECK_PLAINTEXT)).then_some(*id)
    })
}

/// Whether `key` is a key of this database (opens one of its check values); a database
/// without check values has no key yet, and any key will do.
pub async fn opens_database(db: &Db, key: &DataKey) -> Result<bool, StoreError> {
    let checks = check_values(db).await.map_err(|e| match e {
        KeySetupError::Store(e) => e,
        other => StoreError::Folder(std::io::Error::other(other.to_string())),
    })?;
    Ok(checks.is_empty() || id_of(key, &checks).is_some())
}

/// Removes the check values of every key but the current one, once nothing sealed by
/// them is left (`meldwijzer rotate-key`): from then on a start with an old key fails
/// instead of sealing values that the current key cannot open.
pub async fn forget_retired_keys(db: &Db, keys: &DataKeys) -> Result<u64, StoreError> {
    Ok(
        sqlx::query("DELETE FROM data_key_checks WHERE key_id <> $1")
            .bind(i64::from(keys.current_key_id()))
            .execute(db.pool())
            .await?
            .rows_affected(),
    )
}

/// Reads the key file at `path`, or makes a new key and writes it there (mode 0600)
/// when there is none. `true` when the key is new. Two processes starting at once
/// agree on one key: the file appears complete or not at all (written aside under a
/// random name, then linked into place, which fails when another process was first).
pub fn load_or_create_key_file(path: &Path) -> Result<(DataKey, bool), KeySetupError> {
    let file_error = |error| KeySetupError::File {
        path: path.display().to_string(),
        error,
    };
    match read_key_file(path) {
        Err(KeySetupError::File { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => {}
        other => return other.map(|key| (key, false)),
    }
    let key = DataKey::generate();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut suffix = [0u8; 8];
    rand::rng().fill_bytes(&mut suffix);
    let temporary = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("key"),
        suffix
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    ));
    let linked = write_private(&temporary, format!("{}\n", key.to_base64()).as_bytes())
        .and_then(|()| std::fs::hard_link(&temporary, path));
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => {
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
            Ok((key, true))
        }
        // Another process made the key first: use that one.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            read_key_file(path).map(|key| (key, false))
        }
        Err(error) => Err(file_error(error)),
    }
}

fn read_key_file(path: &Path) -> Result<DataKey, KeySetupError> {
    let text = std::fs::read_to_string(path).map_err(|error| KeySetupError::File {
        path: path.display().to_string(),
        error,
    })?;
    DataKey::from_base64(&text).map_err(|error| KeySetupError::FileMalformed {
        path: path.display().to_string(),
        error,
    })
}

/// Writes a new file that only its owner can read, and flushes it to the disk.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// What the check value holds; it only proves that a key opens it.
const CHECK_PLAINTEXT: &[u8] = b"meldwijzer data key check";

fn check_context(key_id: u8) -> String {
    format!("data-key-check:{key_id}")
}

async fn has_check_values(db: &Db) -> Result<bool, KeySetupError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM data_key_checks")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Records a check value for the current key (once), then opens the check value of
/// every configured key: a key that differs from the one the database was first used
/// with fails here, before it seals anything.
pub async fn verify(db: &Db, keys: &DataKeys, now: i64) -> Result<(), KeySetupError> {
    let current = keys.current_key_id();
    let check = keys
        .seal(CHECK_PLAINTEXT, &check_context(current))
        .map_err(|_| KeySetupError::WrongKey { key_id: current })?;
    sqlx::query(
        "INSERT INTO data_key_checks (key_id, check_enc, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key_id) DO NOTHING",
    )
    .bind(i64::from(current))
    .bind(check)
    .bind(now)
    .execute(db.pool())
    .await?;
    let rows = sqlx::query("SELECT key_id, check_enc FROM data_key_checks")
        .fetch_all(db.pool())
        .await?;
    for row in rows {
        let Ok(key_id) = u8::try_from(row.try_get::<i64, _>("key_id")?) else {
            continue;
        };
        if !keys.has_key(key_id) {
            continue;
        }
        let sealed: Vec<u8> = row.try_get("check_enc")?;
        match keys.open(&sealed, &check_context(key_id)) {
            Ok(plain) if plain == CHECK_PLAINTEXT => {}
            _ => return Err(KeySetupError::WrongKey { key_id }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_is_made_once_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = key_file_for(&dir.path().join("meldwijzer.db"));
        assert_eq!(path, dir.path().join("meldwijzer.key"));
        let (first, created) = load_or_create_key_file(&path).unwrap();
        assert!(created);
        let (again, created) = load_or_create_key_file(&path).unwrap();
        assert!(!created);
        assert_eq!(first, again);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn processes_starting_together_agree_on_one_key_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meldwijzer.key");
        let barrier = std::sync::Barrier::new(8);
        let keys: Vec<(DataKey, bool)> = std::thread::scope(|scope| {
            let threads: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(|| {
                        barrier.wait();
                        load_or_create_key_file(&path).unwrap()
                    })
                })
                .collect();
            threads.into_iter().map(|t| t.join().unwrap()).collect()
        });
        assert_eq!(keys.iter().filter(|(_, created)| *created).count(), 1);
        assert!(keys.iter().all(|(key, _)| *key == keys[0].0));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_broken_key_file_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meldwijzer.key");
        std::fs::write(&path, "kapot").unwrap();
        assert!(matches!(
            load_or_create_key_file(&path),
            Err(KeySetupError::FileMalformed { .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kapot");
    }
}
