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
//! `redacted`.//!
//! This file seals and opens; `setup.rs` finds the key at start-up (variable or key
//! file) and checks it against the database.

mod setup;

pub use setup::{
    forget_retired_keys, key_file_for, load_or_create_key_file, opens_database, setup,
    setup_rotating, verify, KeySetup, KeySetupError, KeySource, PreviousKey,
};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use meldwijzer_seal::Cipher;
use rand::RngCore;
use std::fmt;

/// The bytes of a data key.
pub const KEY_BYTES: usize = meldwijzer_seal::KEY_BYTES;
const NONCE_BYTES: usize = meldwijzer_seal::NONCE_BYTES;
const TAG_BYTES: usize = meldwijzer_seal::TAG_BYTES;
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
    keys: Vec<(u8, Cipher)>,
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
            .seal(&nonce, &aad, plaintext)
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
        let nonce: &[u8; NONCE_BYTES] = sealed[1..1 + NONCE_BYTES]
            .try_into()
            .map_err(|_| CryptoError::Truncated)?;
        let aad = associated_data(key_id, context);
        cipher
            .open(nonce, &aad, &sealed[1 + NONCE_BYTES..])
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

    fn cipher(&self, key_id: u8) -> Option<&Cipher> {
        self.keys
            .iter()
            .find(|(id, _)| *id == key_id)
            .map(|(_, cipher)| cipher)
    }
}

fn cipher(key: &DataKey) -> Cipher {
    Cipher::new(&key.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> DataKeys {
        DataKeys::new(DEFAULT_KEY_ID, &DataKey::generate())
    }

    const CONTEXT: &str = "notice:MW-AAAA-BBBB:content";

    /// The test vector of draft-irtf-cfrg-xchacha-03, appendix A.3.1: the format is
    /// the standard one, so stored values stay readable whatever implements it.
    #[test]
    fn the_cipher_seals_the_standard_test_vector() {
        let hex = |s: &str| -> Vec<u8> {
            (0..s.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
                .collect()
        };
        let plaintext = b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
        let aad = hex("50515253c0c1c2c3c4c5c6c7");
        let key: [u8; 32] = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
            .try_into()
            .unwrap();
        let nonce: [u8; 24] = hex("404142434445464748494a4b4c4d4e4f5051525354555657")
            .try_into()
            .unwrap();
        let expected = hex(concat!(
            "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb",
            "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452",
            "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9",
            "21f9664c97637da9768812f615c68b13b52e",
            "c0875924c1c7987947deafd8780acf49"
        ));
        let cipher = Cipher::new(&key);
        let sealed = cipher.seal(&nonce, &aad, plaintext).unwrap();
        assert_eq!(sealed, expected);
        assert_eq!(cipher.open(&nonce, &aad, &sealed).unwrap(), plaintext);
        let mut damaged = sealed.clone();
        damaged[0] ^= 1;
        assert_eq!(
            cipher.open(&nonce, &aad, &damaged),
            Err(meldwijzer_seal::DoesNotOpen)
        );
        assert_eq!(
            cipher.open(&nonce, b"other", &sealed),
            Err(meldwijzer_seal::DoesNotOpen)
        );
    }

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
}
