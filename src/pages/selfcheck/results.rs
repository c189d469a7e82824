//! The resident's personal list: what to report, by when, how, with which documents
//! and why, grouped by how soon to act; the answers it is based on, each with a change
//! link; a link that rebuilds the same list; print.

use super::answer_text::answer_text;
use super::outcome_text::{describe, OutcomeView};
use super::steps::{EDIT_KEY, START_KEY};
use super::to_query;
use crate::components::page_title::PageTitle;
use crate::domain::selfcheck::{evaluate, Answers, OutcomeKind, SelfCheckContext, Urgency};
use crate::i18n::{use_i18n, I18n};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

const GROUPS: [(Urgency, &str); 3] = [
    (Urgency::High, "selfcheck-result-group-high"),
    (Urgency::Normal, "selfcheck-result-group-normal"),
    (Urgency::Low, "selfcheck-result-group-low"),
];

pub fn view(answers: &Answers, context: &SelfCheckContext) -> impl IntoView {
    let i18n = use_i18n();
    let rules = &context.rules;
    let base = i18n.href("/self-check");
    let kept = rules.answers_that_apply(answers);
    let evaluation = evaluate(rules, &kept, &context.policy, context.today);
    let outcomes: Vec<OutcomeView> = evaluation
        .outcomes
        .iter()
        .map(|o| describe(&i18n, o))
        .collect();
    let title = i18n.t("selfcheck-result-title");

    let groups = GROUPS
        .iter()
        .filter(|(urgency, _)| outcomes.iter().any(|o| o.urgency == *urgency))
        .map(|(urgency, heading)| {
            let heading_id = format!("group-{}", heading.rsplit('-').next().unwrap_or(heading));
            let labelled_by = heading_id.clone();
            let cards = outcomes
                .iter()
                .filter(|o| o.urgency == *urgency)
                .map(|o| outcome_card(&i18n, o))
                .collect_view();
            view! {
                <section class="result-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{i18n.t(heading)}</h2>
                    {cards}
                </section>
            }
        })
        .collect_view();

    // The changes to report go on to the online notice as outcome ids (no answers),
    // which pre-select their kinds of change there.
    let to_report: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Report)
        .map(|o| o.id.as_str())
        .collect();
    let report_now = (!to_report.is_empty()).then(|| {
        let href = format!(
            "{}?{}",
            i18n.href("/report"),
            to_query(to_report.iter().map(|id| ("change", *id)))
        );
        view! {
            <section class="callout callout--action no-print" aria-labelledby="report-now-heading">
                <h2 id="report-now-heading">{i18n.t("selfcheck-report-now-heading")}</h2>
                <p>{i18n.t("selfcheck-report-now-text")}</p>
                <p>
                    <a class="button" href=href id="report-now">
                        {i18n.t("selfcheck-report-now-link")}
                    </a>
                </p>
            </section>
        }
    });
    let pairs = kept.to_pairs();
    let borrowed = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let share = format!("{base}?{}", to_query(borrowed()));
    let summary = rules
        .questions_that_apply(&kept)
        .into_iter()
        .filter_map(|q| Some((q, kept.get(&q.id)?)))
        .map(|(q, value)| {
            let question_text = i18n.t(&q.text);
            let change = format!(
                "{base}?{}",
                to_query(borrowed().chain([(EDIT_KEY, q.id.as_str())]))
            );
            let hidden = i18n.t_with(
                "selfcheck-change-hidden",
                &[("question", FluentValue::from(question_text.clone()))],
            );
            view! {
                <div class="summary__row">
                    <dt class="summary__key">{question_text}</dt>
                    <dd class="summary__value">{answer_text(&i18n, q, value)}</dd>
                    <dd class="summary__action no-print">
                        <a href=change data-step="">
                            {i18n.t("selfcheck-change")}
                            <span class="visually-hidden">" "{hidden}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();

    view! {
        <PageTitle text=title.clone() />
        <h1 tabindex="-1">{title}</h1>
        <p class="lead">
            {i18n.t_with("selfcheck-result-intro", &[("today", FluentValue::from(i18n.date(context.today)))])}
        </p>
        {groups}
        {report_now}
        <p class="callout">{i18n.t("selfcheck-doubt")}</p>
        <section class="your-answers" aria-labelledby="your-answers-heading">
            <h2 id="your-answers-heading">{i18n.t("selfcheck-your-answers")}</h2>
            <dl class="summary">{summary}</dl>
        </section>
        <section class="share no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">{i18n.t("selfcheck-share-heading")}</h2>
            <p>{i18n.t("selfcheck-share-text")}</p>
            <p>
                <a href=share class="share-link" data-step="">
                    {i18n.t("selfcheck-share-link")}
                </a>
            </p>
            <p>
                <button type="button" class="button button--secondary" data-print="" hidden="">
                    {i18n.t("selfcheck-print")}
                </button>
            </p>
            <p>
                <a href=format!("{base}?{}", to_query([(START_KEY, "1")])) data-step="">
                    {i18n.t("selfcheck-start-again")}
                </a>
            </p>
        </section>
        <p class="hint">{i18n.t("selfcheck-nothing-stored")}</p>
    }
}

fn outcome_card(i18n: &I18n, o: &OutcomeView) -> impl IntoView {
    let (kind_class, kind_label) = match o.kind {
        OutcomeKind::Report => ("outcome--report", "selfcheck-kind-report"),
        OutcomeKind::NoNeed => ("outcome--no-need", "selfcheck-kind-no-need"),
        OutcomeKind::AskUs => ("outcome--ask-us", "selfcheck-kind-ask-us"),
    };
    // The first text is the card's heading: what to report, or why not.
    let heading = o
        .what
        .clone()
        .or_else(|| o.reason.clone())
        .unwrap_or_default();
    let reason = o.what.is_some().then(|| o.reason.clone()).flatten();
    // Jargon links to the glossary; the heading stays plain text.
    let words = crate::pages::glossary::words(i18n);
    let linked = |text: &str| crate::pages::glossary::linked_text(i18n, text, &words);
    let labelled = |label: &str, text: &Option<String>| {
        text.clone().map(|text| {
            view! {
                <h4 class="outcome__label">{i18n.t(label)}</h4>
                <p>{linked(&text)}</p>
            }
        })
    };
    let deadline_class = if o.deadline_passed {
        "outcome__deadline outcome__deadline--passed"
    } else {
        "outcome__deadline"
    };
    view! {
        <article class=format!("outcome {kind_class}") data-outcome=o.id.clone()>
            <p class="outcome__kind">{i18n.t(kind_label)}</p>
            <h3 class="outcome__title">{heading}</h3>
            {o.deadline_text.clone().map(|text| view! { <p class=deadline_class>{text}</p> })}
            {reason.map(|text| view! { <p>{linked(&text)}</p> })}
            {labelled("selfcheck-label-how", &o.how)}
            {labelled("selfcheck-label-documents", &o.documents)}
            {labelled("selfcheck-label-why", &o.why)}
            {o.more.clone().map(|(href, heading)| view! {
                <p class="outcome__more">
                    {i18n.t("selfcheck-read-more")}" "<a href=href>{heading}</a>
                </p>
            })}
        </article>
    }
}
