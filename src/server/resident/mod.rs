//! PLACEHOLDER on branch `mine` until branch `oidc` lands: the resident's DigiD session
//! as the notice flow and "my notices" use it. Replaced by the real module at merge.

mod session;

pub use session::ResidentSession;

/// Where a resident starts signing in with DigiD (`?return=<a page of the portal>`).
pub const SIGN_IN_PATH: &str = "/auth/digid/start";

/// Where a resident signs out (a POST with the session's form token).
pub const SIGN_OUT_PATH: &str = "/auth/sign-out";
