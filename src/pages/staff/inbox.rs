//! The case workers' inbox: notices by status, a search on the reference, pages of
//! [`PAGE_SIZE`], and the export of what is shown. The filter lives in the query
//! string (`status`, `q`, `page`): references are not personal, so the address may
//! hold them.

use super::format::{date_time, kind_labels, language_name, status_name, verification_name};
use super::sign_out_form;
use crate::components::page_title::PageTitle;
use crate::i18n::{use_i18n, I18n};
use crate::store::notices::{Filter, Listing, NoticeSummary, Status};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// Notices per page.
pub const PAGE_SIZE: i64 = 25;

/// The longest search text that is used; the rest is ignored (references are short).
const MAX_SEARCH_CHARS: usize = 64;

/// A tab of the inbox: one status, or all of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    New,
    InProgress,
    NeedsInformation,
    Done,
    All,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::New,
        Tab::InProgress,
        Tab::NeedsInformation,
        Tab::Done,
        Tab::All,
    ];

    /// The value in the query string.
    pub fn code(self) -> &'static str {
        match self.status() {
            Some(status) => status.code(),
            None => "all",
        }
    }

    pub fn from_code(code: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The status this tab shows; `None` for all.
    pub fn status(self) -> Option<Status> {
        match self {
            Tab::New => Some(Status::New),
            Tab::InProgress => Some(Status::InProgress),
            Tab::NeedsInformation => Some(Status::NeedsInformation),
            Tab::Done => Some(Status::Done),
            Tab::All => None,
        }
    }
}

/// What the inbox shows, as read from (and written to) the query string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboxQuery {
    pub tab: Tab,
    /// Part of a reference; empty for no search.
    pub search: String,
    /// From 1.
    pub page: i64,
}

impl Default for InboxQuery {
    fn default() -> Self {
        InboxQuery {
            tab: Tab::default(),
            search: String::new(),
            page: 1,
        }
    }
}

impl InboxQuery {
    /// Reads `status`, `q` and `page`; anything unknown or malformed is the default.
    pub fn parse(query: Option<&str>) -> InboxQuery {
        let mut parsed = InboxQuery::default();
        for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            match name.as_ref() {
                "status" => parsed.tab = Tab::from_code(&value).unwrap_or_default(),
                "q" => parsed.search = value.trim().chars().take(MAX_SEARCH_CHARS).collect(),
                "page" => parsed.page = value.parse::<i64>().unwrap_or(1).clamp(1, 1_000_000),
                _ => {}
            }
        }
        parsed
    }

    /// The query string of this view (without `?`).
    pub fn to_query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("status", self.tab.code());
        if !self.search.is_empty() {
            query.append_pair("q", &self.search);
        }
        if self.page > 1 {
            query.append_pair("page", &self.page.to_string());
        }
        query.finish()
    }

    /// The same view on another tab (from its first page).
    pub fn with_tab(&self, tab: Tab) -> InboxQuery {
        InboxQuery {
            tab,
            page: 1,
            ..self.clone()
        }
    }

    pub fn with_page(&self, page: i64) -> InboxQuery {
        InboxQuery {
            page,
            ..self.clone()
        }
    }

    /// Which notices match, for the store.
    pub fn filter(&self) -> Filter {
        Filter {
            status: self.tab.status(),
            reference: (!self.search.is_empty()).then(|| self.search.clone()),
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PAGE_SIZE
    }
}

#[derive(Clone, Debug)]
pub struct InboxView {
    pub query: InboxQuery,
    pub listing: Listing,
    /// How many notices each tab has (with the current search).
    pub counts: Vec<(Tab, i64)>,
    pub csrf: String,
}

pub fn view(v: InboxView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("staff-notices-title");
    let pages = ((v.listing.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let found = i18n.t_with(
        "staff-notices-found",
        &[("count", FluentValue::from(v.listing.total))],
    );
    let list = if v.listing.notices.is_empty() {
        view! { <p>{i18n.t("staff-notices-none")}</p> }.into_any()
    } else {
        notices_table(&i18n, &v.listing.notices).into_any()
    };
    view! {
        <PageTitle text=heading.clone() />
        <p class="no-print">
            <a class="back-link" href="/staff">{i18n.t("staff-home-title")}</a>
        </p>
        <h1>{heading}</h1>
        {tabs(&i18n, &v)}
        {search_form(&i18n, &v.query)}
        <p role="status">{found}</p>
        {list}
        {paging(&i18n, &v.query, pages)}
        {export_links(&i18n, &v.query)}
        {sign_out_form(&i18n, &v.csrf)}
    }
}

fn tab_name(i18n: &I18n, tab: Tab) -> String {
    match tab.status() {
        Some(status) => status_name(i18n, status),
        None => i18n.t("staff-notices-tab-all"),
    }
}

fn tabs(i18n: &I18n, v: &InboxView) -> impl IntoView {
    let items = v
        .counts
        .iter()
        .map(|(tab, count)| {
            let text = i18n.t_with(
                "staff-notices-tab",
                &[
                    ("name", FluentValue::from(tab_name(i18n, *tab))),
                    ("count", FluentValue::from(*count)),
                ],
            );
            let href = format!("/staff/notices?{}", v.query.with_tab(*tab).to_query());
            let current = (*tab == v.query.tab).then_some("page");
            view! {
                <li class="tabs__item">
                    <a class="tabs__link" href=href aria-current=current>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="tabs" aria-label=i18n.t("staff-notices-tabs-label")>
            <ul class="tabs__list">{items}</ul>
        </nav>
    }
}

fn search_form(i18n: &I18n, query: &InboxQuery) -> impl IntoView {
    let clear = (!query.search.is_empty()).then(|| {
        let href = format!(
            "/staff/notices?{}",
            InboxQuery {
                search: String::new(),
                ..query.with_page(1)
            }
            .to_query()
        );
        view! {
            <p>
                <a href=href>{i18n.t("staff-notices-search-clear")}</a>
            </p>
        }
    });
    view! {
        <form method="get" action="/staff/notices" class="search" role="search">
            <input type="hidden" name="status" value=query.tab.code() />
            <div class="form-group">
                <label class="label" for="q">{i18n.t("staff-notices-search-label")}</label>
                <p class="hint" id="q-hint">{i18n.t("staff-notices-search-hint")}</p>
                <input
                    class="input"
                    type="search"
                    id="q"
                    name="q"
                    value=query.search.clone()
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="q-hint"
                />
            </div>
            <button type="submit" class="button button--secondary">
                {i18n.t("staff-notices-search-button")}
            </button>
        </form>
        {clear}
    }
}

fn notices_table(i18n: &I18n, notices: &[NoticeSummary]) -> impl IntoView {
    let rows = notices
        .iter()
        .map(|n| {
            let kinds = kind_labels(i18n, &n.change_kinds)
                .into_iter()
                .map(|label| view! { <li>{label}</li> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/staff/notices/{}", n.id)>{n.reference.clone()}</a>
                    </th>
                    <td>{date_time(i18n, n.submitted_at)}</td>
                    <td>{status_name(i18n, n.status)}</td>
                    <td lang=n.lang.clone()>{language_name(i18n, &n.lang)}</td>
                    <td>
                        <ul class="plain-list">{kinds}</ul>
                    </td>
                    <td>{verification_name(i18n, n.verification)}</td>
                    <td class="numeric">{n.attachment_count}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">{i18n.t("staff-notices-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("staff-notices-col-reference")}</th>
                        <th scope="col">{i18n.t("staff-notices-col-received")}</th>
                        <th scope="col">{i18n.t("staff-notices-col-status")}</th>
                        <th scope="col">{i18n.t("staff-notices-col-lang")}</th>
                        <th scope="col">{i18n.t("staff-notices-col-kinds")}</th>
                        <th scope="col">{i18n.t("staff-notice-identity")}</th>
                        <th scope="col" class="numeric">
                            {i18n.t("staff-notices-col-attachments")}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn paging(i18n: &I18n, query: &InboxQuery, pages: i64) -> Option<impl IntoView> {
    if pages <= 1 && query.page <= 1 {
        return None;
    }
    let link = |page: i64, id: &str, rel: &'static str| {
        let href = format!("/staff/notices?{}", query.with_page(page).to_query());
        view! {
            <li>
                <a href=href rel=rel>{i18n.t(id)}</a>
            </li>
        }
    };
    let previous = (query.page > 1).then(|| {
        link(
            (query.page - 1).min(pages),
            "staff-notices-previous",
            "prev",
        )
    });
    let next = (query.page < pages).then(|| link(query.page + 1, "staff-notices-next", "next"));
    let position = i18n.t_with(
        "staff-notices-page",
        &[
            ("page", FluentValue::from(query.page)),
            ("pages", FluentValue::from(pages)),
        ],
    );
    Some(view! {
        <nav class="paging" aria-label=i18n.t("staff-notices-paging-label")>
            <p>{position}</p>
            <ul class="paging__list">{previous}{next}</ul>
        </nav>
    })
}

fn export_links(i18n: &I18n, query: &InboxQuery) -> impl IntoView {
    let filter = InboxQuery {
        page: 1,
        ..query.clone()
    }
    .to_query();
    view! {
        <h2>{i18n.t("staff-notices-export-heading")}</h2>
        <p>{i18n.t("staff-notices-export-text")}</p>
        <ul>
            <li>
                <a href=format!("/staff/notices/export.csv?{filter}") download="">
                    {i18n.t("staff-notices-export-csv")}
                </a>
            </li>
            <li>
                <a href=format!("/staff/notices/export.json?{filter}") download="">
                    {i18n.t("staff-notices-export-json")}
                </a>
            </li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_string_round_trips_and_forgives_nonsense() {
        let q = InboxQuery::parse(Some("status=done&q=+mw-12%26x+&page=3"));
        assert_eq!(
            q,
            InboxQuery {
                tab: Tab::Done,
                search: "mw-12&x".into(),
                page: 3
            }
        );
        assert_eq!(InboxQuery::parse(Some(&q.to_query())), q);
        assert_eq!(
            InboxQuery::parse(Some("status=closed&page=-4&page=x")),
            InboxQuery::default()
        );
        assert_eq!(InboxQuery::parse(None).to_query(), "status=new");
        assert_eq!(q.with_tab(Tab::All).to_query(), "status=all&q=mw-12%26x");
        assert_eq!(q.offset(), 2 * PAGE_SIZE);
        let long = "x".repeat(200);
        assert_eq!(
            InboxQuery::parse(Some(&format!("q={long}"))).search.len(),
            MAX_SEARCH_CHARS
        );
    }

    #[test]
    fn tabs_round_trip_through_their_codes() {
        for tab in Tab::ALL {
            assert_eq!(Tab::from_code(tab.code()), Some(tab));
        }
        assert_eq!(Tab::All.status(), None);
        assert_eq!(Tab::InProgress.code(), "in-progress");
    }
}
