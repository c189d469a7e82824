//! The staff start page and account management (admins only).

use super::{hashing, query_param, render, role, see_other, RequireRole, StaffSession};
use crate::auth::{normalize_email, password, Role};
use crate::pages::problem::Problem;
use crate::pages::staff::{
    AccountsNotice, AccountsView, FieldError, HomeView, NewAccountForm, StaffView,
};
use crate::server::csrf::TokenOnly;
use crate::server::error::{PageError, PageResult};
use crate::server::form::Form;
use crate::server::AppState;
use crate::store::staff::{self, CreateAccountError, NewAccount};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::Deserialize;

/// The longest display name, in characters.
const MAX_NAME_CHARS: usize = 100;

/// `GET /staff`: who is signed in.
pub async fn home(
    State(state): State<AppState>,
    current: StaffSession,
    parts: Parts,
) -> PageResult {
    let view = StaffView::Home(HomeView {
        csrf: current.session.csrf_token.clone(),
        account: current.account,
    });
    Ok(render(&state, &parts, StatusCode::OK, view).await)
}

/// The accounts page with the given form state.
async fn accounts_view(
    state: &AppState,
    parts: &Parts,
    admin: &StaffSession,
    status: StatusCode,
    form: NewAccountForm,
    errors: Vec<FieldError>,
) -> PageResult {
    let accounts = staff::accounts(&state.db).await?;
    let notice = match query_param(parts, "done").as_deref() {
        Some("created") => Some(AccountsNotice::Created),
        Some("deactivated") => Some(AccountsNotice::Deactivated),
        _ => None,
    };
    let view = StaffView::Accounts(AccountsView {
        me: admin.account.clone(),
        csrf: admin.session.csrf_token.clone(),
        accounts,
        form,
        errors,
        notice: notice.filter(|_| status == StatusCode::OK),
    });
    Ok(render(state, parts, status, view).await)
}

/// `GET /staff/accounts`.
pub async fn accounts_page(
    State(state): State<AppState>,
    admin: RequireRole<role::Admin>,
    parts: Parts,
) -> PageResult {
    let form = NewAccountForm::default();
    accounts_view(&state, &parts, &admin, StatusCode::OK, form, Vec::new()).await
}

#[derive(Deserialize)]
pub struct NewAccountFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// Checks the new-account form; the normalised e-mail address when it is right.
fn check_new_account(fields: &NewAccountFields) -> Result<String, Vec<FieldError>> {
    let mut errors = Vec::new();
    let email = normalize_email(&fields.email);
    if email.is_none() {
        errors.push(FieldError::new("email", "staff-accounts-email-invalid"));
    }
    let name = fields.display_name.trim();
    if name.is_empty() {
        errors.push(FieldError::new(
            "display_name",
            "staff-accounts-name-missing",
        ));
    } else if name.chars().count() > MAX_NAME_CHARS {
        errors.push(
            FieldError::new("display_name", "staff-accounts-name-too-long")
                .with("max", MAX_NAME_CHARS as i64),
        );
    }
    if Role::from_code(&fields.role).is_none() {
        errors.push(FieldError::new(
            crate::pages::staff::ROLE_FIELD,
            "staff-accounts-role-missing",
        ));
    }
    match password::check_new(&fields.password) {
        Ok(()) => {}
        Err(password::PasswordProblem::TooShort) => errors.push(
            FieldError::new("password", "staff-accounts-password-too-short")
                .with("min", password::MIN_CHARS as i64),
        ),
        Err(password::PasswordProblem::TooLong) => errors.push(FieldError::new(
            "password",
            "staff-accounts-password-too-long",
        )),
    }
    match email {
        Some(email) if errors.is_empty() => Ok(email),
        _ => Err(errors),
    }
}

/// `POST /staff/accounts`: creates an account.
pub async fn create_account(
    State(state): State<AppState>,
    admin: RequireRole<role::Admin>,
    parts: Parts,
    Form(fields): Form<NewAccountFields>,
) -> PageResult {
    admin.check_form_token(&fields.csrf)?;
    let typed = NewAccountForm {
        email: fields.email.trim().to_owned(),
        display_name: fields.display_name.trim().to_owned(),
        role: Role::from_code(&fields.role),
    };
    let again = |errors| {
        accounts_view(
            &state,
            &parts,
            &admin,
            StatusCode::UNPROCESSABLE_ENTITY,
            typed.clone(),
            errors,
        )
    };
    let email = match check_new_account(&fields) {
        Ok(email) => email,
        Err(errors) => return again(errors).await,
    };
    let Some(role) = typed.role else {
        return again(Vec::new()).await;
    };
    let secret = fields.password;
    let hash = hashing(&state, move || password::hash(&secret)).await?;
    let hash = hash.map_err(PageError::internal)?;
    let new = NewAccount {
        email: &email,
        display_name: &typed.display_name,
        password_hash: &hash,
        role,
    };
    let now = state.staff_auth.clock.now();
    match staff::create_account(&state.db, &new, Some(admin.account.id), now).await {
        Ok(_) => Ok(see_other("/staff/accounts?done=created")),
        Err(CreateAccountError::DuplicateEmail) => {
            again(vec![FieldError::new("email", "staff-accounts-email-taken")]).await
        }
        Err(CreateAccountError::Store(error)) => Err(error.into()),
    }
}

/// `POST /staff/accounts/{id}/deactivate`.
pub async fn deactivate_account(
    State(state): State<AppState>,
    admin: RequireRole<role::Admin>,
    Path(id): Path<String>,
    parts: Parts,
    Form(fields): Form<TokenOnly>,
) -> PageResult {
    admin.check_form_token(&fields.csrf)?;
    let id = id.parse::<i64>().map_err(|_| Problem::NotFound)?;
    if id == admin.account.id {
        let error = FieldError::new("accounts", "staff-accounts-deactivate-self");
        let form = NewAccountForm::default();
        return accounts_view(
            &state,
            &parts,
            &admin,
            StatusCode::UNPROCESSABLE_ENTITY,
            form,
            vec![error],
        )
        .await;
    }
    staff::account(&state.db, id)
        .await?
        .ok_or(Problem::NotFound)?;
    let now = state.staff_auth.clock.now();
    staff::deactivate_account(&state.db, id, Some(admin.account.id), now).await?;
    Ok(see_other("/staff/accounts?done=deactivated"))
}
