//! The self-check "what changes must I report?" at `/<lang>/self-check`.
//!
//! Each step is a plain GET form: the answers so far travel in the query string as
//! answer codes (never names), the server stores nothing, and the page works without
//! JavaScript. With WebAssembly, the `SelfCheckSteps` island loads the next step into
//! the page without a page load; the HTML it shows is the same the server renders here.

mod answer_text;
pub mod outcome_text;
mod question_form;
mod results;
pub mod steps;

use crate::components::page_title::PageTitle;
use crate::domain::selfcheck::SelfCheckContext;
use crate::i18n::use_i18n;
use crate::islands::selfcheck_steps::SelfCheckSteps;
use leptos::prelude::*;
use leptos_meta::Meta;
use steps::{decide, Step, START_KEY};

/// The query string of the current request as key/value pairs.
fn query_pairs() -> Vec<(String, String)> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.uri.query().map(str::to_owned))
        .map(|query| {
            form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default()
}

/// `pairs` as a query string (without the `?`).
pub(crate) fn to_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[component]
pub fn SelfCheckPage() -> impl IntoView {
    let context = expect_context::<SelfCheckContext>();
    let pairs = query_pairs();
    let step = decide(&context.rules, &pairs, context.today);
    let content = match step {
        Step::Intro { broken_link } => view! { <Intro broken_link /> }.into_any(),
        Step::Ask(ask) => question_form::view(&ask, &context.rules).into_any(),
        Step::Results(answers) => results::view(&answers, &context).into_any(),
    };
    let i18n = use_i18n();
    view! {
        <Meta name="description" content=i18n.t("selfcheck-page-summary") />
        <div id="selfcheck" class="selfcheck">
            {content}
        </div>
        <SelfCheckSteps />
    }
}

/// What the self-check is, and the start button.
#[component]
fn Intro(broken_link: bool) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("selfcheck-page-title");
    let start = format!(
        "{}?{}",
        i18n.href("/self-check"),
        to_query([(START_KEY, "1")])
    );
    view! {
        <PageTitle text=title.clone() />
        <h1 tabindex="-1">{title}</h1>
        {broken_link
            .then(|| {
                view! {
                    <div class="error-summary" role="alert">
                        <h2 class="error-summary__title">
                            {i18n.t("selfcheck-error-summary-title")}
                        </h2>
                        <p>{i18n.t("selfcheck-broken-link")}</p>
                    </div>
                }
            })}
        <p class="lead">{i18n.t("selfcheck-page-intro")}</p>
        <p>{i18n.t("selfcheck-page-trust")}</p>
        <p>{i18n.t("selfcheck-page-time")}</p>
        <p>
            <a class="button button--start" href=start data-step="">
                {i18n.t("selfcheck-page-start")}
            </a>
        </p>
        <p class="hint">{i18n.t("selfcheck-nothing-stored")}</p>
    }
}
