//! The signed-in member of staff, as an extractor: `StaffSession` for any role,
//! `RequireRole<role::Admin>` (and so on) for one role. A handler that takes one of
//! them runs only for a valid session with the right role; otherwise the request is
//! answered with its [`PageError`]: 401 (or, for a browser asking for a page, a
//! redirect to the sign-in page) or 403.

use super::{clear_cookie, cookie, SESSION_COOKIE};
use crate::auth::{token, Role, SessionState};
use crate::pages::problem::Problem;
use crate::server::error::PageError;
use crate::server::AppState;
use crate::store::staff::{self, Account, Session};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use std::marker::PhantomData;

/// A valid session and its (active) account. Using it counts as activity for the
/// idle timeout.
#[derive(Clone, Debug)]
pub struct StaffSession {
    pub account: Account,
    pub session: Session,
}

impl StaffSession {
    /// Whether this member of staff may do what `role` may.
    pub fn allows(&self, role: Role) -> bool {
        self.account.role.allows(role)
    }

    /// Refuses a form whose token `sent` is not this session's.
    pub fn check_form_token(&self, sent: &str) -> Result<(), PageError> {
        if token::same(&self.session.csrf_token, sent) {
            Ok(())
        } else {
            Err(Problem::FormRefused.into())
        }
    }
}

enum Lookup {
    Valid(StaffSession),
    /// No cookie, or one that names no session.
    Missing,
    /// The session timed out or its account was deactivated.
    Ended,
}

async fn lookup(state: &AppState, parts: &Parts) -> Result<Lookup, crate::store::StoreError> {
    let Some(token) = cookie(parts, SESSION_COOKIE).filter(|t| token::is_well_formed(t)) else {
        return Ok(Lookup::Missing);
    };
    let hash = token::hash(token);
    let Some((session, account)) = staff::session(&state.db, &hash).await? else {
        return Ok(Lookup::Missing);
    };
    let auth = &state.staff_auth;
    let now = auth.clock.now();
    let usable = account.active
        && auth
            .sessions
            .state(session.last_seen_at, session.expires_at, now)
            == SessionState::Valid;
    if !usable {
        staff::delete_session(&state.db, &hash).await?;
        return Ok(Lookup::Ended);
    }
    staff::touch_session(&state.db, &hash, now).await?;
    Ok(Lookup::Valid(StaffSession {
        account,
        session: Session {
            last_seen_at: now,
            ..session
        },
    }))
}

/// Whether the request comes from a browser that wants a page.
fn wants_page(parts: &Parts) -> bool {
    parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// No valid session: a browser goes to the sign-in page, anything else gets 401. An
/// ended session's cookie is removed.
fn not_signed_in(parts: &Parts, ended: bool) -> PageError {
    let refusal = match (wants_page(parts), ended) {
        (true, true) => PageError::SeeOther("/staff/sign-in?reason=ended".to_owned()),
        (true, false) => PageError::SeeOther("/staff/sign-in".to_owned()),
        (false, _) => Problem::SignInRequired.into(),
    };
    if ended {
        refusal.with_cookie(clear_cookie(SESSION_COOKIE))
    } else {
        refusal
    }
}

impl FromRequestParts<AppState> for StaffSession {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        if let Some(found) = parts.extensions.get::<StaffSession>() {
            return Ok(found.clone());
        }
        match lookup(state, parts).await? {
            Lookup::Valid(found) => {
                parts.extensions.insert(found.clone());
                Ok(found)
            }
            Lookup::Missing => Err(not_signed_in(parts, false)),
            Lookup::Ended => Err(not_signed_in(parts, true)),
        }
    }
}

/// A role as a type, for [`RequireRole`].
pub trait RoleMarker: Send + Sync + 'static {
    const ROLE: Role;
}

/// The role markers: `RequireRole<role::Caseworker>` and so on.
pub mod role {
    use super::{Role, RoleMarker};

    pub struct Editor;
    pub struct Caseworker;
    pub struct Admin;

    impl RoleMarker for Editor {
        const ROLE: Role = Role::Editor;
    }
    impl RoleMarker for Caseworker {
        const ROLE: Role = Role::Caseworker;
    }
    impl RoleMarker for Admin {
        const ROLE: Role = Role::Admin;
    }
}

/// A valid session whose role allows `R` (admins are allowed everything); 403
/// otherwise.
pub struct RequireRole<R: RoleMarker>(pub StaffSession, PhantomData<R>);

impl<R: RoleMarker> std::ops::Deref for RequireRole<R> {
    type Target = StaffSession;

    fn deref(&self) -> &StaffSession {
        &self.0
    }
}

impl<R: RoleMarker> FromRequestParts<AppState> for RequireRole<R> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let session = StaffSession::from_request_parts(parts, state).await?;
        if session.allows(R::ROLE) {
            Ok(RequireRole(session, PhantomData))
        } else {
            Err(Problem::Forbidden.into())
        }
    }
}
