//! The resident's answers as shown back: on the check page and on the receipt.

use super::{size_text, step_href, Answer, ChangeSummary, FileRow};
use crate::i18n::I18n;
use leptos::prelude::*;

/// A summary list: question, answer, and a "Change" link per row when `change` is set.
pub(super) fn answer_list(
    i18n: &I18n,
    answers: &[Answer],
    change: Option<(String, String)>,
) -> impl IntoView {
    let rows = answers
        .iter()
        .map(|a| {
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{i18n.t(a.label)}</dt>
                    <dd class="summary-list__value">{a.value.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    let change = change.map(|(href, what)| {
        view! {
            <p class="summary-card__change no-print">
                <a href=href>
                    {i18n.t("report-change-link")}
                    <span class="visually-hidden">" " {what}</span>
                </a>
            </p>
        }
    });
    view! {
        <dl class="summary-list">{rows}</dl>
        {change}
    }
}

pub(super) fn file_names(i18n: &I18n, files: &[FileRow]) -> Option<impl IntoView> {
    (!files.is_empty()).then(|| {
        let names = files
            .iter()
            .map(|f| view! { <li>{f.name.clone()} " (" {size_text(i18n, f.size)} ")"</li> })
            .collect_view();
        view! {
            <h3 class="summary-card__subheading">{i18n.t("report-files-heading")}</h3>
            <ul>{names}</ul>
        }
    })
}

pub(super) fn change_cards(
    i18n: &I18n,
    changes: &[ChangeSummary],
    with_links: bool,
) -> impl IntoView {
    changes
        .iter()
        .map(|c| {
            let heading_id = format!("change-{}", c.kind.id());
            let problem = c.problem.map(|id| {
                view! { <p class="error-message" id=format!("e-change-{}", c.kind.id())>{i18n.t(id)}</p> }
            });
            let link = with_links.then(|| {
                (
                    step_href(i18n, &format!("details/{}?return=check", c.kind.id())),
                    i18n.t(c.kind.label_id()),
                )
            });
            view! {
                <section class="summary-card" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{i18n.t(c.kind.label_id())}</h2>
                    {problem}
                    {answer_list(i18n, &c.answers, link)}
                    {file_names(i18n, &c.files)}
                </section>
            }
        })
        .collect_view()
}
