//! Password hashing with Argon2id at the OWASP-recommended cost (19 MiB memory, two
//! passes, one lane), stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
//!
//! Hashing is deliberately slow (tens of milliseconds in a release build): call these
//! functions from a blocking task, not on the async runtime's threads.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use std::sync::LazyLock;

/// The shortest password accepted for a staff account, in characters.
pub const MIN_CHARS: usize = 12;

/// The longest password accepted, in bytes: long enough for any passphrase, short
/// enough that hashing it costs nothing extra.
pub const MAX_BYTES: usize = 1024;

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
}

/// Checks a password that is about to be set.
pub fn check_new(password: &str) -> Result<(), PasswordProblem> {
    if password.chars().count() < MIN_CHARS {
        Err(PasswordProblem::TooShort)
    } else if password.len() > MAX_BYTES {
        Err(PasswordProblem::TooLong)
    } else {
        Ok(())
    }
}

/// Hashing failed; this only happens when the parameters themselves are wrong.
#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

fn hasher() -> Argon2<'static> {
    let params = Params::new(
        Params::DEFAULT_M_COST,
        Params::DEFAULT_T_COST,
        Params::DEFAULT_P_COST,
        None,
    )
    .expect("the default Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password with a fresh 16-byte random salt.
pub fn hash(password: &str) -> Result<String, HashError> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    hasher()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// Whether `password` matches the stored hash. The final comparison is constant-time
/// (inside `argon2`); a stored value that is not a valid hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    if password.len() > MAX_BYTES {
        // Still spend the usual time, so the answer says nothing about the account.
        verify_dummy(password);
        return false;
    }
    hasher()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// A hash of a random password, made once, for [`verify_dummy`].
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let random = super::token::new_token();
    hash(&random).unwrap_or_default()
});

/// Does the work of a verification against a hash that nothing matches. Used for an
/// unknown e-mail address, so that the time of the answer does not tell whether an
/// account exists.
pub fn verify_dummy(password: &str) {
    let bounded = &password.as_bytes()[..password.len().min(MAX_BYTES)];
    let _ = hasher().verify_password(bounded, DUMMY_HASH.as_str());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_owasp_parameters_and_verify() {
        let stored = hash("correct horse battery").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse batterY", &stored));
        assert!(!verify("", &stored));
        assert!(!verify("correct horse battery", "not a hash"));
        // A fresh salt every time.
        assert_ne!(stored, hash("correct horse battery").unwrap());
    }

    #[test]
    fn the_dummy_hash_uses_the_same_parameters() {
        assert!(DUMMY_HASH.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        verify_dummy("anything");
        assert!(!verify(&"x".repeat(MAX_BYTES + 1), &DUMMY_HASH));
    }

    #[test]
    fn new_passwords_need_twelve_characters() {
        assert_eq!(check_new("elf tekens!"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new("twaalf teken"), Ok(()));
        // Characters, not bytes: twelve letters with accents are enough.
        assert_eq!(check_new("éééééééééééé"), Ok(()));
        assert_eq!(
            check_new(&"a".repeat(MAX_BYTES + 1)),
            Err(PasswordProblem::TooLong)
        );
    }
}
