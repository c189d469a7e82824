//! The text editor's pages, one file per action: the list of every text ([`list`]),
//! the languages dashboard ([`languages`]), the editor with its preview and
//! plain-language figures ([`edit`]), a text's history ([`history`]) and import
//! ([`import`]). The server's handlers decide everything; these only show it.

mod edit;
mod history;
mod import;
mod languages;
mod list;

pub use edit::{edit_view, EditNotice, PreviewTarget, PreviewView, TextEditView};
pub use history::{history_view, TextHistoryView};
pub use import::{import_view, TextImportView};
pub use languages::{languages_view, LanguageCounts, TextLanguagesView};
pub use list::{list_view, LanguageStatus, TextGroup, TextListView, TextRow};

use crate::i18n::I18n;
use leptos::prelude::*;

/// The name of a group of texts as residents meet them.
fn group_name(i18n: &I18n, group: &str) -> String {
    match group.strip_prefix("info-") {
        Some(page) if page != "common" => i18n.t_with(
            "staff-texts-group-info",
            &[("page", i18n.t(&format!("info-{page}-nav")).into())],
        ),
        _ => i18n.t(&format!("staff-texts-group-{group}")),
    }
}

fn back_to_list(i18n: &I18n) -> impl IntoView {
    view! {
        <p class="no-print">
            <a class="back-link" href="/staff/texts">{i18n.t("staff-texts-back-to-list")}</a>
        </p>
    }
}
