//! Encryption at rest for what residents submit (BSN, income, addresses, payslips).
//!
//! Every personal value is sealed on its own with XChaCha20-Poly1305 under a 256-bit
//! data key, before it reaches the database:
//!
//! ```text
//! sealed = key id (1 byte) ‖ nonce (24 random bytes) ‖ ciphertext ‖ tag (16 bytes)
//! associated data = key id (1 byte) ‖ context, e.g. "notice:MW-7K3Q-9XPA:content"
//! ```
//!
//! The random 192-bit nonce is safe to pick at random for any number of values. The
//! context names the row and the column, so a value copied into another row or column
//! no longer opens: a database administrator cannot swap one resident's payslip into
//! another's notice unnoticed. The key id says which key sealed the value, so a new key
//! can be introduced later while old values still open with the retired one.
//!
//! The key comes from `MELDWIJZER_DATA_KEY` (base64). Without it, on SQLite only, the
//! portal makes one and keeps it in a file beside the database (`data/meldwijzer.key`,
//! mode 0600), so `scripts/run` works on a fresh machine; production sets the
//! variable. A PostgreSQL database is shared by several instances, so they must be
//! given the same key: without the variable the portal refuses to start. At start-up
//! [`setup`] checks the key against a check value in the database (`data_key_checks`),
//! so a wrong or lost key stops the start instead of sealing new notices under a
//! second key. No key is ever logged: the `Debug` output of the types here says
//! `redacted`.

use super::{Db, StoreError};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::Aead;
use chacha20poly1305::{Key, KeyInit, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sqlx::Row;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bytes of a data key.
pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
/// How many bytes sealing adds to a value: key id, nonce and tag.
pub const OVERHEAD: usize = 1 + NONCE_BYTES + TAG_BYTES;

/// The id of the key given by `MELDWIJZER_DATA_KEY` or the key file.
pub const DEFAULT_KEY_ID: u8 = 1;

/// The environment variable that holds the data key.
pub const DATA_KEY_VAR: &str = "MELDWIJZER_DATA_KEY";

/// The environment variable that holds the previous data key while the stored values
/// are re-sealed with a new one (`meldwijzer rotate-key`).
pub const PREVIOUS_KEY_VAR: &str = "MELDWIJZER_DATA_KEY_PREVIOUS";

/// A 256-bit data key. Its `Debug` output never shows the key.
#[derive(Clone, PartialEq, Eq)]
pub struct DataKey([u8; KEY_BYTES]);

impl DataKey {
    /// A fresh random key from `rand`'s thread-local CSPRNG (seeded by the operating
    /// system).
    pub fn generate() -> Self {
        let mut key = [0u8; KEY_BYTES];
        rand::rng().fill_bytes(&mut key);
        DataKey(key)
    }

    /// Reads a key written as standard base64 (as `openssl rand -base64 32` prints
    /// it); spaces and line ends around it are ignored.
    pub fn from_base64(text: &str) -> Result<Self, MalformedKey> {
        let bytes = STANDARD.decode(text.trim()).map_err(|_| MalformedKey)?;
        let key = <[u8; KEY_BYTES]>::try_from(bytes.as_slice()).map_err(|_| MalformedKey)?;
        Ok(DataKey(key))
    }

    /// The key in standard base64, as the key file holds it.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(redacted)")
    }
}

impl std::str::FromStr for DataKey {
    type Err = MalformedKey;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DataKey::from_base64(text)
    }
}

/// A data key that is not 32 bytes of standard base64. The message never repeats the
/// value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a data key must be 32 bytes in standard base64 (make one with `openssl rand -base64 32`)")]
pub struct MalformedKey;

/// Why a sealed value did not open. Deliberately vague: which check failed is no
/// business of whoever caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("the encrypted value is too short")]
    Truncated,
    #[error("the encrypted value names data key {0}, which is not configured")]
    UnknownKey(u8),
    #[error(
        "the encrypted value does not open: wrong key, damaged data or a value from another row"
    )]
    Invalid,
    #[error("the value is too long to encrypt")]
    TooLong,
}

/// The data keys: the current one seals, every one opens what it sealed.
pub struct DataKeys {
    current: u8,
    keys: Vec<(u8, XChaCha20Poly1305)>,
    /// Per key: the key of the owner index ([`DataKeys::owner_indexes`]).
    index_keys: Vec<(u8, [u8; 32])>,
}

impl fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<u8> = self.keys.iter().map(|(id, _)| *id).collect();
        f.debug_struct("DataKeys")
            .field("current", &self.current)
            .field("ids", &ids)
            .field("keys", &"redacted")
            .finish()
    }
}

impl DataKeys {
    /// Seals with `key`, known by `key_id`.
    pub fn new(key_id: u8, key: &DataKey) -> Self {
        DataKeys {
            current: key_id,
            keys: vec![(key_id, cipher(key))],
            index_keys: vec![(key_id, index_key(key))],
        }
    }

    /// Also opens values sealed by an older key (which seals nothing new).
    /// The current key's id cannot be retired; such a call changes nothing.
    pub fn with_retired(mut self, key_id: u8, key: &DataKey) -> Self {
        if key_id != self.current {
            self.keys.retain(|(id, _)| *id != key_id);
            self.keys.push((key_id, cipher(key)));
            self.index_keys.retain(|(id, _)| *id != key_id);
            self.index_keys.push((key_id, index_key(key)));
        }
        self
    }

    /// The id of the key that seals new values.
    pub fn current_key_id(&self) -> u8 {
        self.current
    }

    /// The id of the key that sealed `sealed` (its first byte), if it is not empty.
    pub fn sealed_by(sealed: &[u8]) -> Option<u8> {
        sealed.first().copied()
    }

    /// Whether values sealed by key `key_id` can be opened.
    pub fn has_key(&self, key_id: u8) -> bool {
        self.keys.iter().any(|(id, _)| *id == key_id)
    }

    /// Seals `plaintext` for the place named by `context` (row and column).
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        let cipher = self
            .cipher(self.current)
            .ok_or(CryptoError::UnknownKey(self.current))?;
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let aad = associated_data(self.current, context);
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                chacha20poly1305::aead::Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .map_err(|_| CryptoError::TooLong)?;
        let mut out = Vec::with_capacity(OVERHEAD + plaintext.len());
        out.push(self.current);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a value sealed for `context`: fails when the key, the context or any byte
    /// differs.
    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        if sealed.len() < OVERHEAD {
            return Err(CryptoError::Truncated);
        }
        let key_id = sealed[0];
        let cipher = self.cipher(key_id).ok_or(CryptoError::UnknownKey(key_id))?;
        let nonce =
            XNonce::try_from(&sealed[1..1 + NONCE_BYTES]).map_err(|_| CryptoError::Truncated)?;
        let aad = associated_data(key_id, context);
        cipher
            .decrypt(
                &nonce,
                chacha20poly1305::aead::Payload {
                    msg: &sealed[1 + NONCE_BYTES..],
                    aad: &aad,
                },
            )
            .map_err(|_| CryptoError::Invalid)
    }

    /// The owner index of a BSN that a resident proved (DigiD): the value stored beside
    /// their notices, so "my notices" finds them without opening every notice. A keyed
    /// hash, because a plain one of nine digits is reversed by trying them all. The
    /// current key's index comes first (it is the one stored); a lookup asks for every
    /// index, so notices stored under a retired key are still found.
    pub fn owner_indexes(&self, bsn: &str) -> Vec<String> {
        let current = self.index_keys.iter().filter(|(id, _)| *id == self.current);
        let retired = self.index_keys.iter().filter(|(id, _)| *id != self.current);
        current
            .chain(retired)
            .map(|(id, key)| {
                let mac = hmac_sha256(key, format!("bsn:{bsn}").as_bytes());
                format!(
                    "{id}:{}",
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac)
                )
            })
            .collect()
    }

    /// The owner index stored with a new value: the current key's.
    pub fn owner_index(&self, bsn: &str) -> String {
        self.owner_indexes(bsn)
            .into_iter()
            .next()
            .expect("the current key has an index key")
    }

    fn cipher(&self, key_id: u8) -> Option<&XChaCha20Poly1305> {
        self.keys
            .iter()
            .find(|(id, _)| *id == key_id)
            .map(|(_, cipher)| cipher)
    }
}

fn cipher(key: &DataKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&Key::from(key.0))
}

/// The owner-index key of a data key: derived, so that no second secret must be kept,
/// and separate, so that the index reveals nothing about the sealing key.
fn index_key(key: &DataKey) -> [u8; 32] {
    hmac_sha256(&key.0, b"meldwijzer owner index v1")
}

/// HMAC-SHA-256 (RFC 2104) with a key of at most one block.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    const BLOCK: usize = 64;
    debug_assert!(key.len() <= BLOCK);
    let mut padded = [0u8; BLOCK];
    padded[..key.len()].copy_from_slice(key);
    let pad = |byte: u8| padded.map(|k| k ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    outer.into()
}

fn associated_data(key_id: u8, context: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(1 + context.len());
    aad.push(key_id);
    aad.extend_from_slice(context.as_bytes());
    aad
}

// ---------------------------------------------------------------------------------
// Where the key comes from, and the check against the database.

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
            super::DbKind::Postgres => return Err(KeySetupError::RequiredForPostgres),
            super::DbKind::Sqlite => match super::db::sqlite_file(database_url) {
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

    fn keys() -> DataKeys {
        DataKeys::new(DEFAULT_KEY_ID, &DataKey::generate())
    }

    const CONTEXT: &str = "notice:MW-AAAA-BBBB:content";

    #[test]
    fn hmac_matches_rfc_4231() {
        // Test cases 1 and 2 of RFC 4231.
        let cases: [(&[u8], &[u8], &str); 2] = [
            (
                &[0x0b; 20],
                b"Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                b"Jefe",
                b"what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            ),
        ];
        for (key, message, expected) in cases {
            let mac: String = hmac_sha256(key, message)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(mac, expected);
        }
    }

    #[test]
    fn the_owner_index_is_keyed_stable_and_follows_retired_keys() {
        let (old, new) = (DataKey::generate(), DataKey::generate());
        let before = DataKeys::new(1, &old);
        let index = before.owner_index("111222333");
        assert_eq!(index, before.owner_index("111222333"), "stable");
        assert_ne!(index, before.owner_index("123456782"), "per BSN");
        assert!(!index.contains("111222333"));
        assert_ne!(
            index,
            DataKeys::new(1, &new).owner_index("111222333"),
            "keyed: another key gives another index"
        );
        let rotated = DataKeys::new(2, &new).with_retired(1, &old);
        let all = rotated.owner_indexes("111222333");
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[0],
            rotated.owner_index("111222333"),
            "the current key's first"
        );
        assert_eq!(
            all[1], index,
            "an index stored under the retired key is still found"
        );
    }

    #[test]
    fn a_sealed_value_opens_with_its_key_and_context() {
        let keys = keys();
        let plain = "BSN 123456782, Jan Jansen".as_bytes();
        let sealed = keys.seal(plain, CONTEXT).unwrap();
        assert_eq!(sealed.len(), plain.len() + OVERHEAD);
        assert_eq!(sealed[0], DEFAULT_KEY_ID);
        assert!(!sealed.windows(7).any(|w| w == b"1234567"));
        assert_eq!(keys.open(&sealed, CONTEXT).unwrap(), plain);
        // An empty value too.
        let empty = keys.seal(b"", CONTEXT).unwrap();
        assert_eq!(keys.open(&empty, CONTEXT).unwrap(), b"");
    }

    #[test]
    fn the_same_value_seals_differently_each_time() {
        let keys = keys();
        assert_ne!(
            keys.seal(b"same", CONTEXT).unwrap(),
            keys.seal(b"same", CONTEXT).unwrap()
        );
    }

    #[test]
    fn any_changed_byte_is_refused() {
        let keys = keys();
        let sealed = keys.seal(b"inkomen 1234,56", CONTEXT).unwrap();
        for i in 1..sealed.len() {
            let mut tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assert_eq!(
                keys.open(&tampered, CONTEXT),
                Err(CryptoError::Invalid),
                "byte {i}"
            );
        }
        let mut other_id = sealed.clone();
        other_id[0] = 9;
        assert_eq!(
            keys.open(&other_id, CONTEXT),
            Err(CryptoError::UnknownKey(9))
        );
        assert_eq!(
            keys.open(&sealed[..OVERHEAD - 1], CONTEXT),
            Err(CryptoError::Truncated)
        );
        assert_eq!(
            keys.open(&sealed[..sealed.len() - 1], CONTEXT),
            Err(CryptoError::Invalid)
        );
    }

    #[test]
    fn a_value_moved_to_another_row_or_column_is_refused() {
        let keys = keys();
        let sealed = keys.seal(b"{\"bsn\":\"123456782\"}", CONTEXT).unwrap();
        assert_eq!(
            keys.open(&sealed, "notice:MW-CCCC-DDDD:content"),
            Err(CryptoError::Invalid)
        );
        assert_eq!(
            keys.open(&sealed, "notice:MW-AAAA-BBBB:attachment:x:data"),
            Err(CryptoError::Invalid)
        );
    }

    #[test]
    fn another_key_is_refused() {
        let sealed = keys().seal(b"geheim", CONTEXT).unwrap();
        assert_eq!(keys().open(&sealed, CONTEXT), Err(CryptoError::Invalid));
    }

    #[test]
    fn a_retired_key_still_opens_what_it_sealed() {
        let old = DataKey::generate();
        let sealed = DataKeys::new(1, &old).seal(b"oud", CONTEXT).unwrap();
        let rotated = DataKeys::new(2, &DataKey::generate()).with_retired(1, &old);
        assert_eq!(rotated.open(&sealed, CONTEXT).unwrap(), b"oud");
        let new = rotated.seal(b"nieuw", CONTEXT).unwrap();
        assert_eq!(new[0], 2);
        assert_eq!(rotated.open(&new, CONTEXT).unwrap(), b"nieuw");
    }

    #[test]
    fn keys_are_read_from_base64_and_never_shown() {
        let key = DataKey::generate();
        let text = key.to_base64();
        assert_eq!(DataKey::from_base64(&format!(" {text}\n")).unwrap(), key);
        assert_eq!(DataKey::from_base64("dGVzdA=="), Err(MalformedKey));
        assert_eq!(DataKey::from_base64("not base64!"), Err(MalformedKey));
        assert_eq!(format!("{key:?}"), "DataKey(redacted)");
        let debug = format!("{:?}", DataKeys::new(1, &key));
        assert!(
            debug.contains("redacted") && !debug.contains(&text),
            "{debug}"
        );
        let error = "not base64!".parse::<DataKey>().unwrap_err().to_string();
        assert!(!error.contains("not base64"), "{error}");
    }

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
