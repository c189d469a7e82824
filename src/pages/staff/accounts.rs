//! Account management for admins: every account, a form for a new one, and a button
//! to deactivate an account.

use super::form::{self, FieldError, Input};
use super::format::role_name;
use super::sign_out_form;
use crate::auth::{password, Role};
use crate::components::error_summary::ErrorMessage;
use crate::components::form_token::form_token;
use crate::components::page_title::PageTitle;
use crate::i18n::{use_i18n, I18n};
use crate::store::staff::Account;
use leptos::prelude::*;

/// What happened before the redirect to this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountsNotice {
    Created,
    Deactivated,
}

/// What was typed into the new-account form, shown again after an error. Never the
/// password.
#[derive(Clone, Debug, Default)]
pub struct NewAccountForm {
    pub email: String,
    pub display_name: String,
    pub role: Option<Role>,
}

#[derive(Clone, Debug)]
pub struct AccountsView {
    /// The admin looking at the page.
    pub me: Account,
    pub csrf: String,
    pub accounts: Vec<Account>,
    pub form: NewAccountForm,
    pub errors: Vec<FieldError>,
    pub notice: Option<AccountsNotice>,
}

/// The element id of the first role option, where a role error links to.
pub const ROLE_FIELD: &str = "role-editor";

pub fn view(v: AccountsView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-accounts-title");
    let notice = v.notice.map(|n| {
        let id = match n {
            AccountsNotice::Created => "staff-accounts-created",
            AccountsNotice::Deactivated => "staff-accounts-deactivated",
        };
        view! { <p class="callout" role="status">{i18n.t(id)}</p> }
    });
    let rows = v
        .accounts
        .iter()
        .map(|a| account_row(&i18n, a, &v.me, &v.csrf))
        .collect_view();
    view! {
        <PageTitle text=form::title(&i18n, &heading, &v.errors) />
        <p class="no-print">
            <a class="back-link" href="/staff">{i18n.t("staff-home-title")}</a>
        </p>
        {form::summary(&i18n, &v.errors)}
        {notice}
        <h1>{heading}</h1>
        <h2>{i18n.t("staff-accounts-list-heading")}</h2>
        <dl class="summary" id="accounts">{rows}</dl>
        {new_account_form(&i18n, &v)}
        {sign_out_form(&i18n, &v.csrf)}
    }
}

fn account_row(i18n: &I18n, a: &Account, me: &Account, csrf: &str) -> impl IntoView {
    let status = if a.active {
        i18n.t("staff-accounts-active")
    } else {
        i18n.t("staff-accounts-inactive")
    };
    let details = format!("{} · {} · {status}", a.email, role_name(i18n, a.role));
    // An admin cannot lock themselves out.
    let action = (a.active && a.id != me.id).then(|| {
        view! {
            <form method="post" action=format!("/staff/accounts/{}/deactivate", a.id)>
                {form_token(csrf.to_owned())}
                <button type="submit" class="button button--secondary">
                    {i18n.t("staff-accounts-deactivate")}
                    <span class="visually-hidden">" " {a.display_name.clone()}</span>
                </button>
            </form>
        }
    });
    view! {
        <div class="summary__row">
            <dt class="summary__key">{a.display_name.clone()}</dt>
            <dd class="summary__value">{details}</dd>
            <dd class="summary__action">{action}</dd>
        </div>
    }
}

fn new_account_form(i18n: &I18n, v: &AccountsView) -> impl IntoView {
    let errors = &v.errors;
    let email = form::input(
        i18n,
        Input {
            id: "email",
            label: i18n.t("staff-accounts-email"),
            kind: "email",
            value: v.form.email.clone(),
            autocomplete: "off",
            hint: None,
            error: form::error_for(errors, "email"),
        },
    );
    let name = form::input(
        i18n,
        Input {
            id: "display_name",
            label: i18n.t("staff-accounts-name"),
            kind: "text",
            value: v.form.display_name.clone(),
            autocomplete: "off",
            hint: None,
            error: form::error_for(errors, "display_name"),
        },
    );
    let min = i64::try_from(password::MIN_CHARS).unwrap_or(i64::MAX);
    let password = form::input(
        i18n,
        Input {
            id: "password",
            label: i18n.t("staff-accounts-password-label"),
            kind: "password",
            value: String::new(),
            autocomplete: "new-password",
            hint: Some(i18n.t_with("staff-accounts-password-hint", &[("min", min.into())])),
            error: form::error_for(errors, "password"),
        },
    );
    view! {
        <h2>{i18n.t("staff-accounts-new-heading")}</h2>
        <form method="post" action="/staff/accounts" novalidate="">
            {form_token(v.csrf.clone())}
            {email}
            {name}
            {role_choice(i18n, v.form.role, form::error_for(errors, ROLE_FIELD))}
            {password}
            <button type="submit" class="button">
                {i18n.t("staff-accounts-create-button")}
            </button>
        </form>
    }
}

fn role_choice(i18n: &I18n, chosen: Option<Role>, error: Option<&FieldError>) -> impl IntoView {
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let error_view = error.map(|e| {
        view! { <ErrorMessage id="role-error" prefix=i18n.t("staff-error-prefix") text=e.text(i18n) /> }
    });
    let options = Role::ALL
        .into_iter()
        .map(|role| {
            let id = format!("role-{}", role.code());
            let hint_id = format!("{id}-hint");
            let checked = chosen == Some(role);
            view! {
                <div class="choice">
                    <input
                        class="choice__input"
                        type="radio"
                        id=id.clone()
                        name="role"
                        value=role.code()
                        checked=checked
                        aria-describedby=hint_id.clone()
                    />
                    <label class="choice__label" for=id>
                        {role_name(i18n, role)}
                        <span class="hint" id=hint_id>
                            " – "
                            {i18n.t(&format!("staff-accounts-role-{}-hint", role.code()))}
                        </span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset
                class="fieldset"
                aria-describedby=error.is_some().then_some("role-error")
            >
                <legend class="fieldset__legend label">
                    {i18n.t("staff-accounts-role-legend")}
                </legend>
                {error_view}
                <div class="choices">{options}</div>
            </fieldset>
        </div>
    }
}
