//! Signing in and out.

use super::{
    clear_cookie, cookie, hashing, query_param, render, see_other, set_cookie, StaffSession,
    SESSION_COOKIE, SIGN_IN_COOKIE,
};
use crate::auth::{normalize_email, password, token, RetryAfter, MAX_EMAIL_LEN};
use crate::pages::problem::Problem;
use crate::pages::staff::{FieldError, SignInNotice, SignInView, StaffView};
use crate::server::csrf::TokenOnly;
use crate::server::error::PageResult;
use crate::server::form::Form;
use crate::server::page::client_address;
use crate::server::AppState;
use crate::store::limits::{self, Limit};
use crate::store::staff::{self, action, NewAuditEntry, Session};
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SignInFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// `GET /staff/sign-in`: the form, with a token that is also put in a cookie.
pub async fn sign_in_page(State(state): State<AppState>, parts: Parts) -> PageResult {
    let existing = cookie(&parts, SIGN_IN_COOKIE)
        .filter(|t| token::is_well_formed(t))
        .map(str::to_owned);
    let csrf = existing.clone().unwrap_or_else(token::new_token);
    let notice = match query_param(&parts, "reason").as_deref() {
        Some("signed-out") => Some(SignInNotice::SignedOut),
        Some("ended") => Some(SignInNotice::SessionEnded),
        _ => None,
    };
    let view = SignInView {
        csrf: csrf.clone(),
        notice,
        ..SignInView::default()
    };
    let mut response = render(&state, &parts, StatusCode::OK, StaffView::SignIn(view)).await;
    if existing.is_none() {
        response
            .headers_mut()
            .append(header::SET_COOKIE, set_cookie(SIGN_IN_COOKIE, &csrf));
    }
    Ok(response)
}

/// The first `max` characters of `text` (audit subjects stay bounded).
fn bounded(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(i, _)| &text[..i])
}

/// `POST /staff/sign-in`.
pub async fn sign_in(
    State(state): State<AppState>,
    parts: Parts,
    Form(fields): Form<SignInFields>,
) -> PageResult {
    let auth = &state.staff_auth;
    let now = auth.clock.now();

    // Login CSRF: the form must come with the token of this browser's sign-in cookie.
    let csrf = cookie(&parts, SIGN_IN_COOKIE)
        .filter(|t| token::is_well_formed(t) && token::same(t, &fields.csrf))
        .map(str::to_owned)
        .ok_or(Problem::FormRefused)?;
    let typed = fields.email.trim().to_owned();
    let form_again = |errors: Vec<FieldError>| SignInView {
        csrf: csrf.clone(),
        email: typed.clone(),
        errors,
        notice: None,
    };

    let mut errors = Vec::new();
    if typed.is_empty() {
        errors.push(FieldError::new("email", "staff-sign-in-email-missing"));
    }
    if fields.password.is_empty() {
        errors.push(FieldError::new(
            "password",
            "staff-sign-in-password-missing",
        ));
    }
    if !errors.is_empty() {
        let view = StaffView::SignIn(form_again(errors));
        return Ok(render(&state, &parts, StatusCode::UNPROCESSABLE_ENTITY, view).await);
    }

    // The attempt is counted before the password is checked, against both limits at
    // once in the database: a burst of parallel guesses is counted one by one, and
    // refused without looking at the password once either count is full.
    let account_key = bounded(&typed.to_lowercase(), MAX_EMAIL_LEN).to_owned();
    let address_key = client_address(&parts);
    let limits = [
        Limit {
            scope: limits::scope::SIGN_IN_ACCOUNT,
            key: &account_key,
            policy: auth.by_account,
        },
        Limit {
            scope: limits::scope::SIGN_IN_ADDRESS,
            key: &address_key,
            policy: auth.by_address,
        },
    ];
    let reservation = match limits::reserve(&state.db, &limits, now).await? {
        Ok(reservation) => reservation,
        Err(RetryAfter(seconds)) => {
            let minutes = (seconds + 59) / 60;
            let error = FieldError::new("email", "staff-sign-in-too-many").with("minutes", minutes);
            let view = StaffView::SignIn(form_again(vec![error]));
            let mut response = render(&state, &parts, StatusCode::TOO_MANY_REQUESTS, view).await;
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            return Ok(response);
        }
    };

    let found = match normalize_email(&typed) {
        Some(email) => staff::account_for_sign_in(&state.db, &email).await?,
        None => None,
    };
    let password = fields.password;
    let (ok, found) = hashing(&state, move || {
        let ok = match &found {
            Some((account, hash)) => password::verify(&password, hash) && account.active,
            // Same work for an unknown address, so the answer's timing says nothing.
            None => {
                password::verify_dummy(&password);
                false
            }
        };
        (ok, found)
    })
    .await?;

    let account = match found {
        Some((account, _)) if ok => account,
        other => {
            // The reserved attempts stay: they were failures.
            let detail = match other {
                None => "unknown-account",
                Some((account, _)) if !account.active => "inactive-account",
                Some(_) => "wrong-password",
            };
            let entry = NewAuditEntry {
                at: now,
                actor_account_id: None,
                action: action::SIGN_IN_FAILED,
                subject: &account_key,
                detail,
            };
            staff::insert_audit(state.db.pool(), entry).await?;
            let error = FieldError::new("email", "staff-sign-in-failed");
            let view = StaffView::SignIn(form_again(vec![error]));
            return Ok(render(&state, &parts, StatusCode::UNPROCESSABLE_ENTITY, view).await);
        }
    };
    // Signed in: the account's failures are forgotten, and this attempt does not
    // count against the network address.
    let forgotten = match limits::release(&state.db, &reservation).await {
        Ok(()) => limits::clear(&state.db, limits::scope::SIGN_IN_ACCOUNT, &account_key).await,
        Err(error) => Err(error),
    };
    if let Err(error) = forgotten {
        tracing::warn!(%error, "staff area: forgetting failed sign-ins failed");
    }

    // A fresh session for every sign-in; the one this browser had before ends.
    let replaces = cookie(&parts, SESSION_COOKIE)
        .filter(|t| token::is_well_formed(t))
        .map(token::hash);
    let token = token::new_token();
    let session = Session {
        token_hash: token::hash(&token),
        account_id: account.id,
        csrf_token: token::new_token(),
        created_at: now,
        last_seen_at: now,
        expires_at: auth.sessions.expires_at(now),
    };
    staff::start_session(&state.db, &session, replaces.as_deref(), &account.email).await?;
    // Housekeeping: sessions nobody will use again.
    if let Err(error) =
        staff::delete_ended_sessions(&state.db, now, auth.sessions.idle_seconds).await
    {
        tracing::warn!(%error, "staff area: removing ended sessions failed");
    }

    let mut response = see_other("/staff");
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, &token));
    headers.append(header::SET_COOKIE, clear_cookie(SIGN_IN_COOKIE));
    Ok(response)
}

/// `POST /staff/sign-out`: ends the session and removes the cookie.
pub async fn sign_out(
    State(state): State<AppState>,
    current: StaffSession,
    Form(fields): Form<TokenOnly>,
) -> PageResult {
    current.check_form_token(&fields.csrf)?;
    let now = state.staff_auth.clock.now();
    staff::sign_out(&state.db, &current.session, &current.account.email, now).await?;
    let mut response = see_other("/staff/sign-in?reason=signed-out");
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
    Ok(response)
}
