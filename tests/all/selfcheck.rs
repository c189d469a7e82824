//! The self-check pages through the router: start, questions with errors, going back,
//! results with real dates in the resident's language, and links that carry answer
//! codes only.

use crate::support;

use axum::http::StatusCode;
use support::pages::{app, page};
use time::macros::date;

fn query(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    s.extend_pairs(pairs);
    s.finish()
}

/// The `_q` hidden field: which question the page asks.
fn asked(html: &str) -> Option<String> {
    let start = html.find(r#"name="_q" value=""#)? + r#"name="_q" value=""#.len();
    Some(html[start..].split('"').next()?.to_owned())
}

fn outcome_ids(html: &str) -> Vec<String> {
    html.split(r#"data-outcome=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn start_page_then_the_first_question() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let (status, html) = page(&app, "/nl/self-check").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Wat moet ik doorgeven?"), "{html}");
    assert!(html.contains("/nl/self-check?_start=1"));
    assert_eq!(asked(&html), None);

    let (_, html) = page(&app, "/nl/self-check?_start=1").await;
    assert_eq!(asked(&html).as_deref(), Some("life-areas"));
    assert!(html.contains(r#"type="checkbox""#));
    assert!(html.contains("Vraag 1 van ongeveer 1"));

    let (_, html) = page(&app, "/ar/self-check?_start=1").await;
    assert!(html.contains(r#"dir="rtl""#));
    assert_eq!(asked(&html).as_deref(), Some("life-areas"));
}

#[tokio::test]
async fn an_empty_or_wrong_answer_is_asked_again_with_the_error() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let (status, html) = page(&app, "/nl/self-check?_q=life-areas").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(asked(&html).as_deref(), Some("life-areas"));
    assert!(html.contains("Er is een probleem"));
    assert!(html.contains("Geef een antwoord op deze vraag."));
    assert!(
        html.contains(r##"href="#f-life-areas-work""##),
        "error links to the first option"
    );
    assert!(html.contains("<title>Fout:"));

    let q = query(&[
        ("life-areas", "travel"),
        ("travel-kind", "abroad"),
        ("_q", "trip-dates"),
        ("trip-dates.from", "2026-07-01"),
        ("trip-dates.to", "2026-02-30"),
    ]);
    let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(asked(&html).as_deref(), Some("trip-dates"));
    assert!(html.contains("Vul een datum in die bestaat"));
    // What was typed stays in the field; earlier answers stay hidden fields.
    assert!(html.contains(r#"value="2026-02-30""#));
    assert!(html.contains(r#"type="hidden" name="travel-kind" value="abroad""#));
}

#[tokio::test]
async fn back_link_keeps_every_answer() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let q = query(&[("life-areas", "travel"), ("_q", "life-areas")]);
    let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(asked(&html).as_deref(), Some("travel-kind"));
    assert!(html.contains("Vraag 2 van ongeveer 2"));
    let back = "/nl/self-check?life-areas=travel&amp;_edit=life-areas";
    assert!(html.contains(back), "{html}");
    let (_, html) = page(&app, "/nl/self-check?life-areas=travel&_edit=life-areas").await;
    assert_eq!(asked(&html).as_deref(), Some("life-areas"));
    assert!(
        html.contains(r#"value="travel" checked"#),
        "the earlier answer is ticked"
    );
}

#[tokio::test]
async fn results_with_deadlines_in_the_residents_language() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let answers = [
        ("life-areas", "household"),
        ("household-change", "moves-in"),
        ("moves-in-who", "child"),
        ("moves-in-ages.count", "1"),
        ("moves-in-ages.1", "22"),
        ("household-date", "2026-03-08"),
    ];
    let cases = [
        ("nl", "15 maart 2026"),
        ("en", "15 March 2026"),
        ("pl", "15 marca 2026"),
        ("uk", "15 березня 2026"),
        ("tr", "15 Mart 2026"),
        ("ar", "مارس"),
    ];
    for (lang, deadline) in cases {
        let (status, html) = page(&app, &format!("/{lang}/self-check?{}", query(&answers))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(outcome_ids(&html), ["report-moves-in-under-27"], "{lang}");
        assert!(html.contains(deadline), "{lang}: {deadline}");
        assert!(!html.contains("2026-03-15"), "{lang}: no ISO date shown");
    }
}

#[tokio::test]
async fn people_rows_and_the_share_link() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    // A phone user fills the second of three rows; the first and third stay empty.
    let q = query(&[
        ("life-areas", "household"),
        ("household-change", "moves-in"),
        ("moves-in-who", "child"),
        ("_q", "moves-in-ages"),
        ("moves-in-ages.1", ""),
        ("moves-in-ages.2", "22"),
        ("moves-in-ages.3", ""),
    ]);
    let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(asked(&html).as_deref(), Some("household-date"));
    let q = format!(
        "{}&_q=household-date&household-date=2026-03-08",
        query(&[
            ("life-areas", "household"),
            ("household-change", "moves-in"),
            ("moves-in-who", "child"),
            ("moves-in-ages.count", "1"),
            ("moves-in-ages.1", "22"),
        ])
    );
    let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(outcome_ids(&html), ["report-moves-in-under-27"]);
    // The share link carries answer codes only: no control keys.
    let share = html
        .split(r#"class="share-link""#)
        .next()
        .and_then(|before| before.rsplit("href=\"").next())
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    assert!(share.starts_with("/nl/self-check?"), "{share}");
    assert!(!share.contains("_q") && !share.contains("_edit"), "{share}");
    let (_, again) = page(&app, &share).await;
    assert_eq!(outcome_ids(&again), ["report-moves-in-under-27"]);
    // Change links for every answer.
    assert!(html.contains("_edit=household-date"));
}

#[tokio::test]
async fn a_damaged_link_starts_again() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    for q in [
        "life-areas=nonsense",
        "unknown=1",
        "life-areas=travel&_q=travel-kind&life-areas=x",
    ] {
        let (status, html) = page(&app, &format!("/nl/self-check?{q}")).await;
        assert_eq!(status, StatusCode::OK, "{q}");
        assert!(html.contains("Deze link werkt niet meer"), "{q}");
        assert_eq!(asked(&html), None, "{q}");
    }
}

#[tokio::test]
async fn a_full_result_in_every_language_has_every_text() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let answers = [
        ("life-areas", "work"),
        ("life-areas", "gifts"),
        ("life-areas", "travel"),
        ("work-change", "job-started"),
        ("work-date", "2026-03-16"),
        ("gift-kind", "regular"),
        ("gift-kind", "food-bank"),
        ("gift-monthly-amount", "200"),
        ("gift-monthly-since", "2026-01-01"),
        ("travel-kind", "abroad"),
        ("trip-dates.from", "2026-03-20"),
        ("trip-dates.to", "2026-03-27"),
        ("abroad-earlier-days", "0"),
        ("trip-reason", "holiday"),
    ];
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        let (_, html) = page(&app, &format!("/{lang}/self-check?{}", query(&answers))).await;
        assert_eq!(
            outcome_ids(&html),
            [
                "report-trip-within-limit",
                "report-job-started",
                "report-monthly-income",
                "report-gifts-over-limit",
                "no-need-food-bank"
            ],
            "{lang}"
        );
        // No message id (a missing text) and no unformatted variable on the page.
        let text = html.split("<main").nth(1).unwrap();
        assert!(!text.contains(">selfcheck-"), "{lang}: a message id shows");
        assert!(!text.contains("{$"), "{lang}: an unformatted placeable");
    }
}

#[tokio::test]
async fn months_of_birth_not_dates_of_birth_travel_in_the_address() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let before = [
        ("life-areas", "household"),
        ("household-change", "turns-age"),
        ("turns-who", "child"),
    ];
    let (_, html) = page(&app, &format!("/nl/self-check?{}", query(&before))).await;
    assert_eq!(asked(&html).as_deref(), Some("turns-birth-months"));
    assert!(html.contains(r#"type="month""#), "{html}");
    assert!(html.contains("Maand en jaar van geboorte"));
    // A full date of birth is asked again, with the error.
    let mut wrong = before.to_vec();
    wrong.extend([
        ("_q", "turns-birth-months"),
        ("turns-birth-months.1", "2008-05-14"),
    ]);
    let (status, html) = page(&app, &format!("/nl/self-check?{}", query(&wrong))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(asked(&html).as_deref(), Some("turns-birth-months"));
    assert!(html.contains("Vul een maand en een jaar in"), "{html}");
    // Month and year give the result: the deadline counts from 1 May.
    let mut right = before.to_vec();
    right.extend([
        ("_q", "turns-birth-months"),
        ("turns-birth-months.1", "05-2008"),
    ]);
    let (_, html) = page(&app, &format!("/nl/self-check?{}", query(&right))).await;
    assert_eq!(outcome_ids(&html), ["report-child-turns-age"]);
    assert!(html.contains("Uw kind wordt 18 jaar in mei 2026"), "{html}");
    assert!(html.contains("8 mei 2026"), "{html}");
    // The share link holds the month as YYYY-MM, never a day of birth.
    assert!(html.contains("turns-birth-months.1=2008-05"), "{html}");
    assert!(!html.contains("2008-05-"), "{html}");
}

/// Issue 12: "nothing changed" ends in a clear result that says what would count and
/// to ask when in doubt, in every language.
#[tokio::test]
async fn nothing_changed_ends_in_a_clear_result() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let (_, html) = page(&app, "/nl/self-check?_start=1").await;
    assert!(html.contains(r#"value="nothing""#), "the option is offered");
    let q = query(&[("_q", "life-areas"), ("life-areas", "nothing")]);
    let (status, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(asked(&html), None, "no further question");
    assert_eq!(outcome_ids(&html), ["no-need-nothing-changed"]);
    assert!(html.contains("U hoeft nu niets door te geven."));
    assert!(
        html.contains("binnen 7 dagen door"),
        "what would count, and by when"
    );
    assert!(html.contains("Vraag het ons gerust."));
    for lang in ["en", "ar", "tr", "pl", "uk"] {
        let (_, html) = page(&app, &format!("/{lang}/self-check?{q}")).await;
        assert_eq!(outcome_ids(&html), ["no-need-nothing-changed"], "{lang}");
        let text = html.split("<main").nth(1).unwrap();
        assert!(!text.contains(">selfcheck-"), "{lang}: a message id shows");
    }
}

/// Issue 12: every multiple-choice question that a life area leads to offers "none of
/// these", and choosing it ends in a result instead of a dead end.
#[tokio::test]
async fn none_of_these_in_every_life_area_ends_in_a_result() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let cases = [
        ("work", "work-change"),
        ("household", "household-change"),
        ("money", "money-change"),
        ("gifts", "gift-kind"),
        ("windfall", "windfall-kind"),
        ("travel", "travel-kind"),
        ("institution", "institution-kind"),
        ("education", "education-who"),
        ("admin", "admin-change"),
    ];
    for (area, question) in cases {
        let q = query(&[("life-areas", area), ("_q", "life-areas")]);
        let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
        assert_eq!(asked(&html).as_deref(), Some(question), "{area}");
        assert!(
            html.contains("Geen van deze: het is iets anders"),
            "{question} offers none of these"
        );
        let q = query(&[("life-areas", area), ("_q", question), (question, "none")]);
        let (status, html) = page(&app, &format!("/nl/self-check?{q}")).await;
        assert_eq!(status, StatusCode::OK, "{area}");
        assert_eq!(asked(&html), None, "{area}: no dead end, no date asked");
        assert_eq!(outcome_ids(&html), ["ask-us-not-listed"], "{area}");
        assert!(html.contains("staat niet in de lijst"), "{area}");
    }
}

/// Issue 12: the result's "report these changes" link carries the outcome ids, so the
/// notice pre-selects the matching kinds; debts are never a duty and offer help with
/// the municipality's contact from the settings.
#[tokio::test]
async fn new_situations_link_to_the_notice_and_debts_offer_help() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let q = query(&[
        ("life-areas", "money"),
        ("money-change", "vehicle-sold"),
        ("money-change", "debts"),
        ("money-date", "2026-03-05"),
    ]);
    let (_, html) = page(&app, &format!("/nl/self-check?{q}")).await;
    assert_eq!(
        outcome_ids(&html),
        ["report-vehicle-sold", "no-need-debts-help"]
    );
    assert!(html.contains("change=report-vehicle-sold"), "{html}");
    assert!(!html.contains("change=no-need-debts-help"));
    assert!(html.contains("Schulden hoeft u niet aan ons door te geven."));
    assert!(html.contains("https://www.steenwijkerland.nl/schulden"));
    assert!(html.contains("14\u{a0}0521"));
    // Issue 18.13 and 18.15: the service by its name, and what must be reported after all.
    assert!(html.contains("het Geldloket van de gemeente"));
    assert!(html.contains("Betaalt iemand anders uw schulden af?"));
}

/// Issue 18: the asset limit is shown with the day it holds from, in every language,
/// and it is the amount in force on the day of the result.
#[tokio::test]
async fn the_asset_limit_says_since_when_it_holds() {
    let answers = [
        ("life-areas", "money"),
        ("money-change", "savings"),
        ("money-date", "2026-03-01"),
    ];
    let cases = [
        ("nl", "€\u{a0}7.575", "1 januari 2024"),
        ("en", "€7,575", "1 January 2024"),
        ("tr", "€7.575", "1 Ocak 2024"),
        ("pl", "7575\u{a0}€", "1 stycznia 2024"),
        ("uk", "7\u{a0}575\u{a0}€", "1 січня 2024"),
        ("ar", "€7,575", "يناير"),
    ];
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    for (lang, amount, since) in cases {
        let (status, html) = page(&app, &format!("/{lang}/self-check?{}", query(&answers))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(outcome_ids(&html), ["report-savings"], "{lang}");
        assert!(html.contains(amount), "{lang}: {amount}");
        assert!(html.contains(since), "{lang}: {since}");
    }
    // In 2023 the amount of 1 January 2023 held.
    let (in_2023, _dir) = support::pages::app(Some(date!(2023 - 06 - 01))).await;
    let answers = [
        ("life-areas", "money"),
        ("money-change", "savings"),
        ("money-date", "2023-05-01"),
    ];
    let (_, html) = page(&in_2023, &format!("/nl/self-check?{}", query(&answers))).await;
    assert!(
        html.contains("€\u{a0}7.605") && html.contains("1 januari 2023"),
        "{html}"
    );
}

/// Issue 18: the self-check and the information pages never disagree. Every outcome that
/// cites an information page section (`section` in the rule file) finds it, and the
/// section names every figure the outcome names: those in its texts (the gift limit,
/// days abroad, the asset limits, the debt help contact) and the one its deadline counts
/// with (a gift over the limit: the days to report a change, on both sides).
#[test]
fn cited_information_sections_exist_and_use_the_same_figures() {
    use meldwijzer::config::Figure;
    use meldwijzer::domain::selfcheck::{DeadlineRule, Limit, Rules};
    use meldwijzer::i18n::lint::{message_ids, variables};
    use std::collections::BTreeSet;

    let read = |path: &str| std::fs::read_to_string(support::project_path(path)).unwrap();
    let rules = Rules::parse(&read("content/selfcheck.toml")).unwrap();
    let texts = variables(&read("locales/nl/selfcheck.ftl")).unwrap();
    // The municipality's contact details are on every page; the rule figures are not.
    let figure = |var: &str| {
        Figure::ALL
            .iter()
            .find(|f| {
                f.spec().section != "municipality"
                    && (f.variable() == var || f.since_variable().as_deref() == Some(var))
            })
            .copied()
    };
    let mut cited = BTreeSet::new();
    for outcome in rules.outcomes() {
        let Some((page, section)) = outcome.info_section() else {
            continue;
        };
        let info = read(&format!("locales/nl/info-{page}.ftl"));
        let prefix = format!("info-{page}-{section}-");
        assert!(
            message_ids(&info).contains(&format!("{prefix}heading")),
            "{}: no section {page}#{section}",
            outcome.id
        );
        let in_section: BTreeSet<String> = variables(&info)
            .unwrap()
            .into_iter()
            .filter(|(id, _)| id.starts_with(&prefix))
            .flat_map(|(_, vars)| vars)
            .collect();
        let mut named: BTreeSet<String> = outcome
            .texts
            .ids()
            .flat_map(|id| texts.get(id).cloned().unwrap_or_default())
            .filter(|var| figure(var).is_some())
            .collect();
        let deadline_days = match &outcome.deadline {
            Some(DeadlineRule::After { days, .. })
            | Some(DeadlineRule::Before { days, .. })
            | Some(DeadlineRule::Fact { days, .. }) => Some(*days),
            _ => None,
        };
        if let Some(Limit::Setting(days)) = deadline_days {
            named.insert(days.variable());
        }
        for var in &named {
            assert!(
                in_section.contains(var),
                "{} names ${var}, but {page}#{section} does not: {in_section:?}",
                outcome.id
            );
        }
        cited.insert(outcome.id.as_str());
    }
    // The outcomes of issue 18 cite their section; so do the gift and travel families.
    for id in [
        "report-gifts-over-limit",
        "report-gifts-over-limit-next-year",
        "no-need-gifts-under-limit",
        "ask-us-goods",
        "report-bills-paid",
        "report-care-household",
        "report-emigration",
        "report-guest",
        "no-need-guest",
        "report-trip-over-limit",
        "no-need-debts-help",
    ] {
        assert!(cited.contains(id), "{id} cites no section");
    }
}

/// The result page links a cited section: "More about this" and the section's heading.
#[tokio::test]
async fn a_result_links_the_section_that_explains_it() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let (_, html) = page(&app, "/nl/self-check?life-areas=gifts&gift-kind=goods").await;
    assert!(
        html.contains(r#"href="/nl/what-to-report#s-gifts""#),
        "{html}"
    );
    assert!(html.contains("Meer uitleg:"));
    let (_, info) = page(&app, "/nl/what-to-report").await;
    assert!(info.contains(r#"id="s-gifts""#));
}
