//! Who may send a notice under the municipality's identity mode: the last check before
//! a notice is stored. The pages guard every step already; this one decides on what is
//! actually sent, so a draft from before a change of mode, a session that ended, or a
//! draft of another resident can never pass.

use super::{Bsn, Identity};
use crate::config::residents::{AssuranceLevel, IdentityMode};

/// Why a notice may not be sent as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenderRefusal {
    /// Sign in with DigiD first (the mode requires it, or the draft's proof is from a
    /// session that has ended).
    SignInRequired,
    /// The identity step was filled in without DigiD: fill it in again, signed in.
    NotVerified,
    /// The draft's BSN is not the signed-in resident's.
    OtherResident,
    /// The sign-in is below the municipality's minimum level.
    LevelTooLow,
}

/// The level of assurance to record with the notice (`None`: a typed, unverified
/// BSN), or why it may not be sent. `signed_in` is the resident's session: their BSN
/// and the level DigiD reached.
pub fn check_sender(
    mode: IdentityMode,
    minimum: AssuranceLevel,
    signed_in: Option<(&Bsn, AssuranceLevel)>,
    identity: &Identity,
) -> Result<Option<AssuranceLevel>, SenderRefusal> {
    let Some((bsn, level)) = signed_in else {
        return match identity {
            Identity::Typed(_) if mode.accepts_form() => Ok(None),
            _ => Err(SenderRefusal::SignInRequired),
        };
    };
    if !mode.offers_digid() {
        // A session cannot exist in the form mode; if one did, it proves nothing here.
        return match identity {
            Identity::Typed(_) => Ok(None),
            Identity::Verified { .. } => Err(SenderRefusal::NotVerified),
        };
    }
    if level < minimum {
        return Err(SenderRefusal::LevelTooLow);
    }
    match identity {
        Identity::Typed(_) => Err(SenderRefusal::NotVerified),
        Identity::Verified { details, .. } if details.bsn != *bsn => {
            Err(SenderRefusal::OtherResident)
        }
        Identity::Verified { level: proven, .. } if *proven < minimum => {
            Err(SenderRefusal::LevelTooLow)
        }
        Identity::Verified { .. } => Ok(Some(level)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice::PersonDetails;
    use AssuranceLevel::{Basis, Hoog, Midden, Substantieel};
    use IdentityMode::{Digid, DigidOrForm, Form};

    const MINE: &str = "111222333";
    const OTHER: &str = "123456782";

    fn details(bsn: &str) -> PersonDetails {
        let pairs = [
            ("name", "A. Resident"),
            ("bsn", bsn),
            ("date-of-birth", "1980-05-01"),
            ("partner", "no"),
        ];
        PersonDetails::from_fields(&pairs, time::macros::date!(2026 - 12 - 06)).unwrap()
    }

    fn typed(bsn: &str) -> Identity {
        Identity::Typed(details(bsn))
    }

    fn verified(bsn: &str, level: AssuranceLevel) -> Identity {
        Identity::Verified {
            details: details(bsn),
            level,
        }
    }

    #[test]
    fn only_what_the_mode_allows_is_sent() {
        let mine = Bsn::parse(MINE).unwrap();
        type Case = (
            IdentityMode,
            Option<AssuranceLevel>,
            Identity,
            Result<Option<AssuranceLevel>, SenderRefusal>,
        );
        let cases: Vec<Case> = vec![
            // Form: typed, as before.
            (Form, None, typed(MINE), Ok(None)),
            (
                Form,
                None,
                verified(MINE, Hoog),
                Err(SenderRefusal::SignInRequired),
            ),
            (Form, Some(Hoog), typed(MINE), Ok(None)),
            (
                Form,
                Some(Hoog),
                verified(MINE, Hoog),
                Err(SenderRefusal::NotVerified),
            ),
            // DigiD required: nothing without a session at or above the minimum.
            (Digid, None, typed(MINE), Err(SenderRefusal::SignInRequired)),
            (
                Digid,
                None,
                verified(MINE, Hoog),
                Err(SenderRefusal::SignInRequired),
            ),
            (
                Digid,
                Some(Substantieel),
                typed(MINE),
                Err(SenderRefusal::NotVerified),
            ),
            (
                Digid,
                Some(Substantieel),
                verified(OTHER, Substantieel),
                Err(SenderRefusal::OtherResident),
            ),
            (
                Digid,
                Some(Midden),
                verified(MINE, Midden),
                Err(SenderRefusal::LevelTooLow),
            ),
            (
                Digid,
                Some(Basis),
                verified(MINE, Hoog),
                Err(SenderRefusal::LevelTooLow),
            ),
            (
                Digid,
                Some(Hoog),
                verified(MINE, Midden),
                Err(SenderRefusal::LevelTooLow),
            ),
            (
                Digid,
                Some(Substantieel),
                verified(MINE, Substantieel),
                Ok(Some(Substantieel)),
            ),
            (
                Digid,
                Some(Hoog),
                verified(MINE, Substantieel),
                Ok(Some(Hoog)),
            ),
            // DigiD or the form: typed without a session, proven with one.
            (DigidOrForm, None, typed(MINE), Ok(None)),
            (
                DigidOrForm,
                None,
                verified(MINE, Hoog),
                Err(SenderRefusal::SignInRequired),
            ),
            (
                DigidOrForm,
                Some(Hoog),
                typed(MINE),
                Err(SenderRefusal::NotVerified),
            ),
            (
                DigidOrForm,
                Some(Hoog),
                verified(MINE, Hoog),
                Ok(Some(Hoog)),
            ),
            (
                DigidOrForm,
                Some(Basis),
                verified(MINE, Basis),
                Err(SenderRefusal::LevelTooLow),
            ),
        ];
        for (mode, session, identity, expected) in cases {
            let signed_in = session.map(|level| (&mine, level));
            assert_eq!(
                check_sender(mode, Substantieel, signed_in, &identity),
                expected,
                "{mode:?}, session {session:?}, {identity:?}"
            );
        }
    }
}
