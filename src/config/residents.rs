//! `[residents]` in the settings file: how a resident proves who they are before
//! sending a change notice, and how long their session lasts.
//!
//! A municipality connects DigiD through a broker that speaks OpenID Connect (as Open
//! Formulieren's `digid_oidc` plugin does). The broker's client secret never comes from
//! this file: it is read from the environment (`MELDWIJZER_DIGID_CLIENT_SECRET`).

use super::settings::{in_range, invalid, SettingsError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// DigiD's levels of assurance, weakest first, so that `>=` compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssuranceLevel {
    Basis,
    Midden,
    Substantieel,
    Hoog,
}

impl AssuranceLevel {
    pub const ALL: [AssuranceLevel; 4] = [
        AssuranceLevel::Basis,
        AssuranceLevel::Midden,
        AssuranceLevel::Substantieel,
        AssuranceLevel::Hoog,
    ];

    /// The stable code, for storage, settings and message ids.
    pub fn code(self) -> &'static str {
        match self {
            AssuranceLevel::Basis => "basis",
            AssuranceLevel::Midden => "midden",
            AssuranceLevel::Substantieel => "substantieel",
            AssuranceLevel::Hoog => "hoog",
        }
    }

    pub fn parse(code: &str) -> Option<AssuranceLevel> {
        AssuranceLevel::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// How the identity on a change notice is established.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityMode {
    /// The resident types name and BSN (demonstrations, municipalities without a
    /// broker yet). The shipped default, so the portal runs with no broker.
    Form,
    /// Signing in with DigiD is required before a notice can be sent.
    Digid,
    /// Signing in with DigiD is offered; typing name and BSN stays possible.
    DigidOrForm,
}

impl IdentityMode {
    /// Whether residents can sign in with DigiD at all.
    pub fn offers_digid(self) -> bool {
        matches!(self, IdentityMode::Digid | IdentityMode::DigidOrForm)
    }

    /// Whether a notice may carry a typed (unverified) BSN.
    pub fn accepts_form(self) -> bool {
        matches!(self, IdentityMode::Form | IdentityMode::DigidOrForm)
    }
}

/// `[residents]`: the identity mode, the resident session and the DigiD broker.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Residents {
    pub identity_mode: IdentityMode,
    /// A resident's session ends after this many minutes without a request.
    pub idle_timeout_minutes: u32,
    /// And at the latest this many minutes after signing in.
    pub absolute_timeout_minutes: u32,
    /// Sign the resident out (here and at the broker) right after a notice is sent.
    pub sign_out_after_sending: bool,
    pub digid: Digid,
}

impl Default for Residents {
    fn default() -> Self {
        Residents {
            identity_mode: IdentityMode::Form,
            idle_timeout_minutes: 15,
            absolute_timeout_minutes: 120,
            sign_out_after_sending: false,
            digid: Digid::default(),
        }
    }
}

/// `[residents.digid]`: the OpenID Connect broker in front of DigiD.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Digid {
    /// The broker's issuer URL; its `/.well-known/openid-configuration` is read at
    /// start-up.
    pub issuer_url: String,
    pub client_id: String,
    /// Where the broker sends the resident back: `https://<portal>/auth/digid/callback`,
    /// registered with the broker exactly like this.
    pub redirect_url: String,
    /// Scopes asked for besides `openid`.
    pub scopes: Vec<String>,
    /// The ID-token claim that holds the BSN; dots walk into nested objects
    /// (`sub_id.bsn`).
    pub bsn_claim: String,
    /// The claim with the resident's name, if the broker gives one; empty: none (DigiD
    /// itself gives no name, the resident types it).
    pub name_claim: String,
    /// The claim that names the level of assurance the broker reached.
    pub level_claim: String,
    /// The claim values of each level, as the broker writes them.
    pub level_values: BTreeMap<String, AssuranceLevel>,
    /// Sign-ins below this level are refused.
    pub minimum_level: AssuranceLevel,
    /// Give up a request to the broker (discovery, token, keys) after this long.
    pub timeout_seconds: u32,
}

/// The values DigiD brokers commonly send in `acr` (the SAML authentication context
/// classes DigiD uses), as Open Formulieren maps them.
pub const DIGID_LEVELS: [(&str, AssuranceLevel); 4] = [
    (
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
        AssuranceLevel::Basis,
    ),
    (
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
        AssuranceLevel::Midden,
    ),
    (
        "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
        AssuranceLevel::Substantieel,
    ),
    (
        "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
        AssuranceLevel::Hoog,
    ),
];

impl Default for Digid {
    fn default() -> Self {
        Digid {
            issuer_url: String::new(),
            client_id: String::new(),
            redirect_url: String::new(),
            scopes: Vec::new(),
            bsn_claim: "bsn".to_owned(),
            name_claim: String::new(),
            level_claim: "acr".to_owned(),
            level_values: DIGID_LEVELS
                .iter()
                .map(|(value, level)| ((*value).to_owned(), *level))
                .collect(),
            minimum_level: AssuranceLevel::Substantieel,
            timeout_seconds: 10,
        }
    }
}

impl Residents {
    pub(super) fn validate(&self) -> Result<(), SettingsError> {
        in_range(
            "residents.idle_timeout_minutes",
            self.idle_timeout_minutes,
            1,
            120,
        )?;
        in_range(
            "residents.absolute_timeout_minutes",
            self.absolute_timeout_minutes,
            5,
            24 * 60,
        )?;
        if self.idle_timeout_minutes > self.absolute_timeout_minutes {
            return Err(invalid(
                "residents.idle_timeout_minutes",
                "must not be longer than `absolute_timeout_minutes`",
            ));
        }
        if self.identity_mode.offers_digid() {
            self.digid.validate()?;
        }
        Ok(())
    }
}

impl Digid {
    /// The origin (`https://host[:port]`) of the broker's issuer URL, for the pages'
    /// `form-action`: the sign-out form (and "sign out after sending") posts to the
    /// portal, which answers with a redirect to the broker's sign-out, and browsers hold
    /// every step of a form's redirects to that directive. `None` for a URL whose host
    /// has characters a policy could not carry as they are.
    pub fn broker_origin(&self) -> Option<String> {
        let (scheme, rest) = self.issuer_url.split_once("://")?;
        let host = rest.split(['/', '?', '#']).next()?;
        let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
        let ok = matches!(scheme, "https" | "http") && !host.is_empty() && host.chars().all(plain);
        ok.then(|| format!("{scheme}://{host}"))
    }

    fn validate(&self) -> Result<(), SettingsError> {
        web_url("residents.digid.issuer_url", &self.issuer_url)?;
        web_url("residents.digid.redirect_url", &self.redirect_url)?;
        if self.client_id.trim().is_empty() {
            return Err(invalid("residents.digid.client_id", "must not be empty"));
        }
        for (field, claim) in [
            ("residents.digid.bsn_claim", &self.bsn_claim),
            ("residents.digid.level_claim", &self.level_claim),
        ] {
            if claim.trim().is_empty() {
                return Err(invalid(field, "must not be empty"));
            }
        }
        if !self
            .level_values
            .values()
            .any(|level| *level >= self.minimum_level)
        {
            return Err(invalid(
                "residents.digid.level_values",
                "names no value at or above `minimum_level`: no one could sign in",
            ));
        }
        if let Some(scope) = self
            .scopes
            .iter()
            .find(|s| s.is_empty() || s.contains(char::is_whitespace))
        {
            return Err(invalid(
                "residents.digid.scopes",
                format!("holds {scope:?}, which is not one scope"),
            ));
        }
        in_range(
            "residents.digid.timeout_seconds",
            self.timeout_seconds,
            1,
            60,
        )?;
        Ok(())
    }
}

/// An `https://` URL, or `http://` on this machine (a test provider, a local broker).
fn web_url(field: &str, url: &str) -> Result<(), SettingsError> {
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
    let ok = url.starts_with("https://") || local.iter().any(|l| url.starts_with(l));
    if ok && !url.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(invalid(
            field,
            "must be an https:// URL (http:// only on 127.0.0.1 or localhost)",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_broker_origin_is_scheme_host_and_port_only() {
        let cases = [
            (
                "https://broker.example.nl/oidc",
                Some("https://broker.example.nl"),
            ),
            ("http://127.0.0.1:4455", Some("http://127.0.0.1:4455")),
            ("https://[::1]:8443/x?y#z", Some("https://[::1]:8443")),
            ("https://broker.example.nl; script-src *", None),
            ("https://user@broker.example.nl/", None),
            ("ftp://broker.example.nl", None),
            ("", None),
        ];
        for (issuer, origin) in cases {
            let digid = Digid {
                issuer_url: issuer.to_owned(),
                ..Digid::default()
            };
            assert_eq!(digid.broker_origin().as_deref(), origin, "{issuer}");
        }
    }

    fn with_digid(mode: IdentityMode) -> Residents {
        Residents {
            identity_mode: mode,
            digid: Digid {
                issuer_url: "https://broker.example.nl/oidc".to_owned(),
                client_id: "meldwijzer".to_owned(),
                redirect_url: "https://meldwijzer.example.nl/auth/digid/callback".to_owned(),
                ..Digid::default()
            },
            ..Residents::default()
        }
    }

    #[test]
    fn form_mode_needs_no_broker() {
        assert_eq!(Residents::default().identity_mode, IdentityMode::Form);
        assert_eq!(Residents::default().validate(), Ok(()));
        assert_eq!(with_digid(IdentityMode::Digid).validate(), Ok(()));
        assert_eq!(with_digid(IdentityMode::DigidOrForm).validate(), Ok(()));
    }

    #[test]
    fn a_broken_broker_setting_names_its_field() {
        type Edit = fn(&mut Residents);
        let cases: [(Edit, &str); 9] = [
            (
                |r| r.digid.issuer_url = "http://broker.example.nl".into(),
                "residents.digid.issuer_url",
            ),
            (
                |r| r.digid.redirect_url = String::new(),
                "residents.digid.redirect_url",
            ),
            (
                |r| r.digid.client_id = " ".into(),
                "residents.digid.client_id",
            ),
            (
                |r| r.digid.bsn_claim = String::new(),
                "residents.digid.bsn_claim",
            ),
            (
                |r| r.digid.level_values.clear(),
                "residents.digid.level_values",
            ),
            (
                |r| r.digid.scopes = vec!["profile email".into()],
                "residents.digid.scopes",
            ),
            (
                |r| r.digid.timeout_seconds = 0,
                "residents.digid.timeout_seconds",
            ),
            (
                |r| r.idle_timeout_minutes = 0,
                "residents.idle_timeout_minutes",
            ),
            (
                |r| {
                    r.idle_timeout_minutes = 60;
                    r.absolute_timeout_minutes = 30;
                },
                "residents.idle_timeout_minutes",
            ),
        ];
        for (edit, field) in cases {
            let mut residents = with_digid(IdentityMode::Digid);
            edit(&mut residents);
            match residents.validate() {
                Err(SettingsError::Invalid { field: named, .. }) => assert_eq!(named, field),
                other => panic!("{field}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_local_test_provider_may_use_http() {
        let mut residents = with_digid(IdentityMode::Digid);
        residents.digid.issuer_url = "http://127.0.0.1:4455".into();
        residents.digid.redirect_url = "http://127.0.0.1:3000/auth/digid/callback".into();
        assert_eq!(residents.validate(), Ok(()));
    }

    #[test]
    fn the_default_levels_map_digid_s_classes_in_order() {
        let digid = Digid::default();
        assert_eq!(digid.minimum_level, AssuranceLevel::Substantieel);
        let levels: Vec<AssuranceLevel> = DIGID_LEVELS.iter().map(|(_, l)| *l).collect();
        let mut sorted = levels.clone();
        sorted.sort();
        assert_eq!(levels, sorted);
        assert_eq!(digid.level_values.len(), 4);
    }
}
