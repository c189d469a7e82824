//! The staff area: sign-in, the staff start page, account management, the case
//! workers' inbox of change notices and the text editor.
//!
//! The server renders these pages only after it has checked the session, the role and
//! the form token; the components here show what they are given and
//! decide nothing. Every form is a plain POST answered by a redirect, so everything
//! works without JavaScript. The pages live outside the `/<lang>` routes; their
//! language is the one the visitor chose on the portal (or their browser prefers).

mod accounts;
mod figures;
mod form;
mod format;
mod home;
mod inbox;
mod notice;
mod problem;
mod sign_in;
pub mod texts;

pub use accounts::{AccountsNotice, AccountsView, NewAccountForm, ROLE_FIELD};
pub use form::FieldError;
pub use home::HomeView;
pub use inbox::{InboxQuery, InboxView, Tab, PAGE_SIZE};
pub use notice::{NoticeView, StatusForm, MAX_NOTE_CHARS, STATUS_FIELD};
pub use sign_in::{SignInNotice, SignInView};

use crate::components::form_token::form_token;
use crate::i18n::I18n;
use crate::pages::problem::Problem;
use crate::shell::Layout;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;

/// What one staff page shows; the server provides it as context before rendering.
#[derive(Clone, Debug)]
pub enum StaffView {
    SignIn(SignInView),
    Home(HomeView),
    Accounts(AccountsView),
    Inbox(InboxView),
    Notice(Box<NoticeView>),
    TextList(texts::TextListView),
    TextLanguages(texts::TextLanguagesView),
    TextEdit(Box<texts::TextEditView>),
    TextHistory(texts::TextHistoryView),
    TextImport(texts::TextImportView),
    Problem(Problem),
}

/// The whole HTML document of a staff page.
pub fn document(options: LeptosOptions) -> impl IntoView {
    crate::shell::document(
        options,
        crate::shell::Bundle::Staff,
        || view! { <StaffRoot /> },
    )
}

#[component]
fn StaffRoot() -> impl IntoView {
    provide_meta_context();
    let page = match expect_context::<StaffView>() {
        StaffView::SignIn(v) => sign_in::view(v).into_any(),
        StaffView::Home(v) => home::view(v).into_any(),
        StaffView::Accounts(v) => accounts::view(v).into_any(),
        StaffView::Inbox(v) => inbox::view(v).into_any(),
        StaffView::Notice(v) => notice::view(*v).into_any(),
        StaffView::TextList(v) => texts::list_view(v).into_any(),
        StaffView::TextLanguages(v) => texts::languages_view(v).into_any(),
        StaffView::TextEdit(v) => texts::edit_view(*v).into_any(),
        StaffView::TextHistory(v) => texts::history_view(v).into_any(),
        StaffView::TextImport(v) => texts::import_view(v).into_any(),
        StaffView::Problem(p) => problem::view(p),
    };
    view! { <Layout>{page}</Layout> }
}

/// The sign-out button: a form, because signing out changes state.
fn sign_out_form(i18n: &I18n, csrf: &str) -> impl IntoView {
    view! {
        <form method="post" action="/staff/sign-out" class="no-print">
            {form_token(csrf.to_owned())}
            <button type="submit" class="button button--secondary">
                {i18n.t("staff-sign-out-button")}
            </button>
        </form>
    }
}
