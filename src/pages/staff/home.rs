//! The staff start page: who is signed in, with which role, links to their work, and
//! the way out.

use super::format::role_name;
use super::sign_out_form;
use crate::auth::Role;
use crate::components::page_title::PageTitle;
use crate::i18n::use_i18n;
use crate::store::staff::Account;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct HomeView {
    pub account: Account,
    pub csrf: String,
}

pub fn view(v: HomeView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-home-title");
    let who = i18n.t_with(
        "staff-home-signed-in-as",
        &[
            ("name", v.account.display_name.clone().into()),
            ("email", v.account.email.clone().into()),
        ],
    );
    let role = i18n.t_with(
        "staff-home-role",
        &[("role", role_name(&i18n, v.account.role).into())],
    );
    let notices = v.account.role.allows(Role::Caseworker).then(|| {
        view! {
            <li>
                <a href="/staff/notices">{i18n.t("staff-home-notices-link")}</a>
            </li>
        }
    });
    let texts = v.account.role.allows(Role::Editor).then(|| {
        view! {
            <li>
                <a href="/staff/texts">{i18n.t("staff-home-texts-link")}</a>
            </li>
        }
    });
    let admin = v.account.role.allows(Role::Admin).then(|| {
        view! {
            <li>
                <a href="/staff/accounts">{i18n.t("staff-home-accounts-link")}</a>
            </li>
        }
    });
    let links = (notices.is_some() || texts.is_some() || admin.is_some())
        .then(|| view! { <ul>{notices}{texts}{admin}</ul> });
    view! {
        <PageTitle text=heading.clone() />
        <h1>{heading}</h1>
        <p>{who}</p>
        <p>{role}</p>
        {links}
        {sign_out_form(&i18n, &v.csrf)}
    }
}
