//! "My notices": every notice a resident sent while signed in with DigiD, newest first,
//! with its status as the case worker set it and the receipt again.

use crate::components::digid::SignOutButton;
use crate::components::page_title::PageTitle;
use crate::domain::calendar::amsterdam_moment;
use crate::domain::notice::ChangeKind;
use crate::i18n::{use_i18n, I18n};
use crate::shell::Layout;
use crate::store::notices::{OwnNotice, Status};
use leptos::prelude::*;

/// What the page shows; the server fills it for the signed-in resident only.
#[derive(Clone, Debug)]
pub struct MyNoticesView {
    pub notices: Vec<OwnNotice>,
    /// The resident session's form token, for signing out.
    pub csrf: String,
}

pub fn document(options: leptos::config::LeptosOptions) -> impl IntoView {
    crate::shell::document(
        options,
        crate::shell::Bundle::Residents,
        || view! { <MyNoticesRoot /> },
    )
}

#[component]
fn MyNoticesRoot() -> impl IntoView {
    leptos_meta::provide_meta_context();
    let i18n = use_i18n();
    let v = expect_context::<MyNoticesView>();
    view! { <Layout>{my_notices(&i18n, v)}</Layout> }
}

/// The name residents see for a status: what it means for them.
pub fn status_name(i18n: &I18n, status: Status) -> String {
    i18n.t(&format!("my-notices-status-{}", status.code()))
}

/// A stored moment as a date in Dutch time.
fn date(i18n: &I18n, seconds: i64) -> String {
    amsterdam_moment(seconds).map_or_else(|| seconds.to_string(), |m| i18n.date(m.date()))
}

fn my_notices(i18n: &I18n, v: MyNoticesView) -> impl IntoView {
    let title = i18n.t("my-notices-title");
    let list = if v.notices.is_empty() {
        view! { <p id="my-notices-none">{i18n.t("my-notices-none")}</p> }.into_any()
    } else {
        let items = v.notices.iter().map(|own| notice(i18n, own)).collect_view();
        view! { <ol class="my-notices" id="my-notices">{items}</ol> }.into_any()
    };
    view! {
        <PageTitle text=title.clone() description=i18n.t("my-notices-summary") />
        <h1>{title}</h1>
        <p class="lead">{i18n.t("my-notices-intro")}</p>
        {list}
        <p>
            <a class="button" href=i18n.href("/report/identity")>{i18n.t("my-notices-new")}</a>
        </p>
        <h2>{i18n.t("my-notices-sign-out-heading")}</h2>
        <SignOutButton token=v.csrf />
    }
}

fn notice(i18n: &I18n, own: &OwnNotice) -> impl IntoView {
    let summary = &own.summary;
    let kinds = summary
        .change_kinds
        .iter()
        .map(|code| match ChangeKind::parse(code) {
            Some(kind) => i18n.t(kind.label_id()),
            None => code.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let reference = summary.reference.clone();
    let receipt = i18n.href(&format!("/my-notices/{reference}/receipt"));
    view! {
        <li class="summary-card my-notices__notice">
            <h2 class="my-notices__reference">
                {i18n.t("report-received-reference")} " "
                <strong class="reference">{reference}</strong>
            </h2>
            <dl class="answers">
                <dt>{i18n.t("my-notices-sent-on")}</dt>
                <dd>{date(i18n, summary.submitted_at)}</dd>
                <dt>{i18n.t("my-notices-changes")}</dt>
                <dd>{kinds}</dd>
                <dt>{i18n.t("my-notices-status")}</dt>
                <dd class="my-notices__status">
                    {i18n.t_with(
                        "my-notices-status-since",
                        &[
                            ("status", status_name(i18n, summary.status).into()),
                            ("date", date(i18n, own.status_at).into()),
                        ],
                    )}
                </dd>
            </dl>
            <p>
                <a href=receipt download="">{i18n.t("my-notices-receipt")}</a>
            </p>
        </li>
    }
}
