//! The relying party of the DigiD broker (OpenID Connect, `openidconnect` 4): discovery,
//! the authorization request with PKCE (S256), `state` and `nonce`, the code exchange
//! and the checks of the ID token, then the claims the settings name (BSN, level of
//! assurance, name).
//!
//! Every request to the broker has the settings' timeout and follows no redirects. The
//! discovery document (with the broker's keys) is fetched on first use and again after
//! [`REDISCOVER_AFTER`], so a broker that was down when the portal started is found
//! once it is back, and a key rotation at the broker reaches the portal.

use crate::auth::resident::{AssuranceLevel, VerifiedIdentity};
use crate::config::residents::Digid;
use crate::domain::notice::Bsn;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use openidconnect::core::{
    CoreClient, CoreJwsSigningAlgorithm, CoreResponseType, CoreTokenResponse,
};
use openidconnect::url::Url;
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndSessionUrl,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, ProviderMetadataWithLogout, RedirectUrl, RequestTokenError, Scope,
    TokenResponse,
};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// How long a discovery document (and the keys it names) is used before it is read
/// again.
pub const REDISCOVER_AFTER: Duration = Duration::from_secs(3600);

/// The ID-token signature algorithms accepted; anything else (`none`, the HMAC ones
/// keyed with the client secret) is refused.
pub const ALLOWED_ALGORITHMS: [CoreJwsSigningAlgorithm; 3] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::EcdsaP256Sha256,
    CoreJwsSigningAlgorithm::RsaSsaPssSha256,
];

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What discovery found.
struct Discovered {
    client: Client,
    end_session: Option<EndSessionUrl>,
    at: Instant,
}

/// Why a sign-in did not give a verified identity. The variants say what the resident
/// is told; `reason` is for the log (never personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The broker did not answer (down, slow, broken answer to discovery).
    Unavailable(&'static str),
    /// The answer did not pass a check (token refused, ID token not valid).
    Failed(&'static str),
    /// The level of assurance is missing, unknown or below the minimum.
    LevelTooLow,
    /// No BSN in the claim, or one that fails the elfproef.
    NoBsn,
}

/// The start of a sign-in: where to send the browser, and what to keep until the
/// broker answers.
pub struct Authorization {
    pub url: Url,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A verified sign-in.
pub struct SignedIn {
    pub identity: VerifiedIdentity,
    /// The ID token as received (for `id_token_hint` at sign-out).
    pub id_token: String,
}

/// The DigiD broker, built once from the settings and the client secret.
pub struct Broker {
    settings: Digid,
    client_secret: String,
    http: openidconnect::reqwest::Client,
    discovered: Mutex<Option<Arc<Discovered>>>,
}

impl std::fmt::Debug for Broker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Broker")
            .field("issuer_url", &self.settings.issuer_url)
            .field("client_id", &self.settings.client_id)
            .finish_non_exhaustive()
    }
}

impl Broker {
    pub fn new(settings: &Digid, client_secret: &str) -> Result<Broker, reqwest::Error> {
        let timeout = Duration::from_secs(u64::from(settings.timeout_seconds));
        let http = openidconnect::reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .build()?;
        Ok(Broker {
            settings: settings.clone(),
            client_secret: client_secret.to_owned(),
            http,
            discovered: Mutex::new(None),
        })
    }

    /// The discovery document, read now if there is none yet or it is old. An old one
    /// is used while the broker does not answer.
    async fn discovered(&self) -> Result<Arc<Discovered>, Refusal> {
        let mut cached = self.discovered.lock().await;
        if let Some(found) = cached.as_ref() {
            if found.at.elapsed() < REDISCOVER_AFTER {
                return Ok(found.clone());
            }
        }
        match self.discover().await {
            Ok(found) => {
                let found = Arc::new(found);
                *cached = Some(found.clone());
                Ok(found)
            }
            Err(refusal) => match cached.as_ref() {
                Some(old) => Ok(old.clone()),
                None => Err(refusal),
            },
        }
    }

    async fn discover(&self) -> Result<Discovered, Refusal> {
        let issuer = IssuerUrl::new(self.settings.issuer_url.clone())
            .map_err(|_| Refusal::Unavailable("issuer URL"))?;
        let metadata = ProviderMetadataWithLogout::discover_async(issuer, &self.http)
            .await
            .map_err(|error| {
                tracing::warn!(%error, "DigiD broker: discovery failed");
                Refusal::Unavailable("discovery")
            })?;
        let end_session = metadata.additional_metadata().end_session_endpoint.clone();
        let redirect = RedirectUrl::new(self.settings.redirect_url.clone())
            .map_err(|_| Refusal::Unavailable("redirect URL"))?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        Ok(Discovered {
            client,
            end_session,
            at: Instant::now(),
        })
    }

    /// Reads the discovery document now (at start-up); the error for the log.
    pub async fn warm_up(&self) -> Result<(), Refusal> {
        self.discovered().await.map(|_| ())
    }

    /// A new authorization request: fresh random `state` and `nonce`, and a PKCE
    /// verifier whose S256 challenge goes to the broker.
    pub async fn authorize(&self, lang: &str) -> Result<Authorization, Refusal> {
        let discovered = self.discovered().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = discovered
            .client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge)
            .add_extra_param("ui_locales", lang.to_owned());
        for scope in &self.settings.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        Ok(Authorization {
            url,
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges `code` (once) and checks the ID token: signature with the broker's
    /// keys and an allowed algorithm, issuer, audience, expiry and `nonce`; then the
    /// level of assurance and the BSN.
    pub async fn finish(
        &self,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
    ) -> Result<SignedIn, Refusal> {
        let discovered = self.discovered().await?;
        let request = discovered
            .client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| Refusal::Unavailable("no token endpoint"))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()));
        let response: CoreTokenResponse =
            request
                .request_async(&self.http)
                .await
                .map_err(|error| match error {
                    RequestTokenError::Request(_) => Refusal::Unavailable("token request"),
                    RequestTokenError::ServerResponse(_) => Refusal::Failed("token refused"),
                    RequestTokenError::Parse(..) | RequestTokenError::Other(_) => {
                        Refusal::Failed("token response unreadable")
                    }
                })?;
        let id_token = response.id_token().ok_or(Refusal::Failed("no ID token"))?;
        let verifier = discovered
            .client
            .id_token_verifier()
            .set_allowed_algs(ALLOWED_ALGORITHMS);
        id_token
            .claims(&verifier, &Nonce::new(nonce.to_owned()))
            .map_err(|error| {
                tracing::warn!(%error, "DigiD broker: ID token refused");
                Refusal::Failed("ID token refused")
            })?;
        // The token passed every check: read the claims the settings name from it.
        let raw = id_token.to_string();
        let claims = payload(&raw).ok_or(Refusal::Failed("ID token unreadable"))?;
        let identity = identity_from(&self.settings, &claims)?;
        Ok(SignedIn {
            identity,
            id_token: raw,
        })
    }

    /// The broker's end-session address for RP-initiated logout, if it has one:
    /// the browser goes there, and the broker sends it to `post_logout` with `state`.
    /// It names the portal by `client_id`, never by `id_token_hint`: the ID token
    /// carries the BSN and the name (base64 is no protection), and this address ends
    /// up in the browser's history and the broker's access log. RP-Initiated Logout
    /// 1.0 lets `client_id` stand for the hint; the broker ends the session its own
    /// cookie names.
    pub async fn logout_url(&self, state: &str) -> Option<Url> {
        let discovered = self.discovered().await.ok()?;
        let mut url = discovered.end_session.as_ref()?.url().clone();
        let post_logout = post_logout_redirect(&self.settings)?;
        url.query_pairs_mut()
            .append_pair("client_id", &self.settings.client_id)
            .append_pair("post_logout_redirect_uri", post_logout.as_str())
            .append_pair("state", state);
        Some(url)
    }
}

/// The address the broker sends a resident to after signing out there: the callback
/// URL's origin with [`super::SIGNED_OUT_PATH`]. Register it with the broker.
pub fn post_logout_redirect(settings: &Digid) -> Option<Url> {
    Url::parse(&settings.redirect_url)
        .ok()?
        .join(super::SIGNED_OUT_PATH)
        .ok()
}

/// The claims of a JWT, read without checks (only after the token passed them).
fn payload(jwt: &str) -> Option<serde_json::Value> {
    let part = jwt.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The claim at `path`; dots walk into nested objects.
fn claim<'a>(claims: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.')
        .try_fold(claims, |value, key| value.get(key))
}

fn text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The resident's identity from verified claims, or why there is none. Fails closed:
/// a missing or unknown level counts as too low.
pub fn identity_from(
    settings: &Digid,
    claims: &serde_json::Value,
) -> Result<VerifiedIdentity, Refusal> {
    let level: Option<AssuranceLevel> = claim(claims, &settings.level_claim)
        .and_then(text)
        .and_then(|value| settings.level_values.get(&value).copied());
    let level = match level {
        Some(level) if level >= settings.minimum_level => level,
        _ => return Err(Refusal::LevelTooLow),
    };
    let bsn = claim(claims, &settings.bsn_claim)
        .and_then(text)
        .ok_or(Refusal::NoBsn)?;
    let bsn = Bsn::parse(&bsn).map_err(|_| Refusal::NoBsn)?;
    let name = if settings.name_claim.trim().is_empty() {
        None
    } else {
        claim(claims, &settings.name_claim)
            .and_then(text)
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
    };
    Ok(VerifiedIdentity { bsn, name, level })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SMARTCARD: &str = "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard";
    const PASSWORD: &str = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";

    #[test]
    fn claims_become_an_identity_or_a_refusal() {
        let mut nested = Digid {
            bsn_claim: "sub_id.bsn".into(),
            name_claim: "name".into(),
            ..Digid::default()
        };
        nested.minimum_level = AssuranceLevel::Substantieel;
        let flat = Digid::default();
        let cases: [(&Digid, serde_json::Value, Result<AssuranceLevel, Refusal>); 9] = [
            (
                &flat,
                json!({"bsn": "111222333", "acr": SMARTCARD}),
                Ok(AssuranceLevel::Substantieel),
            ),
            (
                &nested,
                json!({"sub_id": {"bsn": "111222333"}, "acr": SMARTCARD, "name": "A"}),
                Ok(AssuranceLevel::Substantieel),
            ),
            (
                &flat,
                json!({"bsn": 111222333, "acr": SMARTCARD}),
                Ok(AssuranceLevel::Substantieel),
            ),
            (
                &flat,
                json!({"bsn": "111222333", "acr": PASSWORD}),
                Err(Refusal::LevelTooLow),
            ),
            (
                &flat,
                json!({"bsn": "111222333"}),
                Err(Refusal::LevelTooLow),
            ),
            (
                &flat,
                json!({"bsn": "111222333", "acr": "urn:unknown"}),
                Err(Refusal::LevelTooLow),
            ),
            (&flat, json!({"acr": SMARTCARD}), Err(Refusal::NoBsn)),
            (
                &flat,
                json!({"bsn": "111222334", "acr": SMARTCARD}),
                Err(Refusal::NoBsn),
            ),
            (
                &nested,
                json!({"bsn": "111222333", "acr": SMARTCARD}),
                Err(Refusal::NoBsn),
            ),
        ];
        for (settings, claims, expected) in cases {
            let got = identity_from(settings, &claims).map(|identity| identity.level);
            assert_eq!(got, expected, "{claims}");
        }
        let identity = identity_from(
            &nested,
            &json!({"sub_id": {"bsn": "111222333"}, "acr": SMARTCARD, "name": " Fatima "}),
        )
        .unwrap();
        assert_eq!(identity.name.as_deref(), Some("Fatima"));
        assert_eq!(identity.bsn.full_number(), "111222333");
    }

    #[test]
    fn the_signed_out_address_is_beside_the_callback() {
        let settings = Digid {
            redirect_url: "https://meldwijzer.example.nl/auth/digid/callback".into(),
            ..Digid::default()
        };
        assert_eq!(
            post_logout_redirect(&settings).unwrap().as_str(),
            "https://meldwijzer.example.nl/auth/digid/signed-out"
        );
    }
}
