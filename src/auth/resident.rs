//! What a resident's DigiD sign-in proves, without web types: the BSN and the level of
//! assurance the broker reached. `crate::server::resident` does the OpenID Connect
//! flow and keeps the session; the notice flow and "my notices" take a
//! [`VerifiedIdentity`] from there.

pub use crate::config::residents::AssuranceLevel;
use crate::domain::notice::Bsn;
use std::fmt;

/// A resident as DigiD knows them. `Debug` masks the BSN (see [`Bsn`]) and the name.
#[derive(Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub bsn: Bsn,
    /// Only when the broker gives it (DigiD itself does not).
    pub name: Option<String>,
    pub level: AssuranceLevel,
}

impl fmt::Debug for VerifiedIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedIdentity")
            .field("bsn", &self.bsn)
            .field("name", &self.name.as_ref().map(|_| "…"))
            .field("level", &self.level)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_compare_weakest_first_and_round_trip() {
        assert!(AssuranceLevel::Basis < AssuranceLevel::Midden);
        assert!(AssuranceLevel::Midden < AssuranceLevel::Substantieel);
        assert!(AssuranceLevel::Substantieel < AssuranceLevel::Hoog);
        for level in AssuranceLevel::ALL {
            assert_eq!(AssuranceLevel::parse(level.code()), Some(level));
        }
        assert_eq!(AssuranceLevel::parse("Substantieel"), None);
    }

    #[test]
    fn debug_shows_neither_bsn_nor_name() {
        let identity = VerifiedIdentity {
            bsn: Bsn::parse("111222333").unwrap(),
            name: Some("Fatima El Amrani".to_owned()),
            level: AssuranceLevel::Substantieel,
        };
        let debug = format!("{identity:?}");
        assert!(
            !debug.contains("111222333") && !debug.contains("Fatima"),
            "{debug}"
        );
    }
}
