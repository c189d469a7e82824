//! XChaCha20-Poly1305 (RustCrypto's `chacha20poly1305`) behind two functions that are
//! not generic, for the portal's encryption at rest (`src/store/crypto/mod.rs` in the
//! portal says what is sealed and how).
//!
//! Why a crate of its own: the cipher's code is generic, so Rust compiles it into the
//! crate that calls it, at that crate's optimisation level. Called from the portal, an
//! unoptimised build (the test build, whose server binary the end-to-end tests start)
//! sealed about ten times slower than an optimised one, and four residents' 24 MiB
//! notices kept SQLite's write lock past its busy timeout. Here the code is compiled
//! in this crate, which the portal's `Cargo.toml` optimises in every profile.

use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{Key, KeyInit, XChaCha20Poly1305, XNonce};

/// The bytes of a key.
pub const KEY_BYTES: usize = 32;
/// The bytes of a nonce.
pub const NONCE_BYTES: usize = 24;
/// The bytes the authentication tag adds to the ciphertext.
pub const TAG_BYTES: usize = 16;

/// A key ready to seal and open. Its `Debug` output never shows the key.
#[derive(Clone)]
pub struct Cipher(XChaCha20Poly1305);

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cipher(redacted)")
    }
}

/// Sealing failed: the plaintext is longer than the cipher allows (256 GiB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong;

/// Opening failed: wrong key, nonce or associated data, or damaged bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoesNotOpen;

impl Cipher {
    pub fn new(key: &[u8; KEY_BYTES]) -> Cipher {
        Cipher(XChaCha20Poly1305::new(&Key::from(*key)))
    }

    /// The ciphertext of `plaintext` followed by its tag.
    pub fn seal(
        &self,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, TooLong> {
        let payload = Payload {
            msg: plaintext,
            aad,
        };
        self.0
            .encrypt(&XNonce::from(*nonce), payload)
            .map_err(|_| TooLong)
    }

    /// The plaintext of `sealed` (ciphertext followed by tag).
    pub fn open(
        &self,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        sealed: &[u8],
    ) -> Result<Vec<u8>, DoesNotOpen> {
        let payload = Payload { msg: sealed, aad };
        self.0
            .decrypt(&XNonce::from(*nonce), payload)
            .map_err(|_| DoesNotOpen)
    }
}
