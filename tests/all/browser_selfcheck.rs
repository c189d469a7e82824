//! The self-check in Debian's Chromium on a phone-sized window: three life situations
//! walked step by step, with JavaScript on and off, in Dutch and Arabic, with axe-core
//! on every step. Both ways must give the same list; with JavaScript the steps load
//! without a page load.

use crate::support;

use fantoccini::Locator::Css;
use serde_json::json;
use support::browser::{axe_violations, wait_for, Browser, PHONE};
use support::spawned::Portal;

/// What a resident does on one question page.
enum Do {
    /// Tick these options (radio buttons or checkboxes), by clicking their labels.
    Tick(&'static [&'static str]),
    /// Fill in these fields (form keys), then press "Next".
    Fill(&'static [(&'static str, &'static str)]),
}

struct Situation {
    name: &'static str,
    steps: &'static [(&'static str, Do)],
    /// Outcome ids in the order shown, with the Dutch deadline text they must contain.
    expected: &'static [(&'static str, &'static str)],
}

/// "Today" for the portal in these tests.
const TODAY: &str = "2026-03-10";

const SITUATIONS: [Situation; 3] = [
    Situation {
        name: "started a part-time job yesterday",
        steps: &[
            ("life-areas", Do::Tick(&["work"])),
            ("work-change", Do::Tick(&["job-started"])),
            ("work-date", Do::Fill(&[("work-date", "2026-03-09")])),
        ],
        expected: &[
            ("report-job-started", "16 maart 2026"),
            ("report-monthly-income", "26 april 2026"),
        ],
    },
    Situation {
        name: "daughter of 22 moved back in",
        steps: &[
            ("life-areas", Do::Tick(&["household"])),
            ("household-change", Do::Tick(&["moves-in"])),
            ("moves-in-who", Do::Tick(&["child"])),
            ("moves-in-ages", Do::Fill(&[("moves-in-ages.1", "22")])),
            (
                "household-date",
                Do::Fill(&[("household-date", "2026-03-08")]),
            ),
        ],
        expected: &[("report-moves-in-under-27", "15 maart 2026")],
    },
    Situation {
        name: "three weeks in Morocco in July after one week in March",
        steps: &[
            ("life-areas", Do::Tick(&["travel"])),
            ("travel-kind", Do::Tick(&["abroad"])),
            (
                "trip-dates",
                Do::Fill(&[
                    ("trip-dates.from", "2026-07-01"),
                    ("trip-dates.to", "2026-07-22"),
                ]),
            ),
            (
                "abroad-earlier-days",
                Do::Fill(&[("abroad-earlier-days", "7")]),
            ),
            ("trip-reason", Do::Tick(&["holiday"])),
        ],
        expected: &[("report-trip-reaches-limit", "17 juni 2026")],
    },
];

fn field_id(key: &str) -> String {
    format!("f-{}", key.replace('.', "-"))
}

/// Pages to check with axe-core. axe needs JavaScript (it waits on timers, which never
/// fire in a page with scripting off), so pages seen with JavaScript off are checked
/// afterwards by loading the same URL — every step is a GET, so the URL gives the same
/// HTML — in a browser with JavaScript on.
#[derive(Default)]
struct AxeChecks {
    later: Vec<(String, String)>,
}

impl AxeChecks {
    async fn check(&mut self, browser: &Browser, javascript: bool, what: &str) {
        if javascript {
            let violations = axe_violations(&browser.client).await;
            assert!(violations.is_empty(), "{what}: {violations:#?}");
        } else {
            let url = browser.client.current_url().await.unwrap().to_string();
            self.later.push((url, what.to_owned()));
        }
    }

    async fn check_later(self, browser: &Browser) {
        for (url, what) in self.later {
            browser.client.goto(&url).await.unwrap();
            wait_for(&browser.client, "#selfcheck").await;
            let violations = axe_violations(&browser.client).await;
            assert!(violations.is_empty(), "{what} ({url}): {violations:#?}");
        }
    }
}

/// Waits until the page asks `question` (its hidden `_q` field), or shows results.
async fn wait_for_step(browser: &Browser, next: Option<&str>) {
    let selector = match next {
        Some(q) => format!("#selfcheck input[name='_q'][value='{q}']"),
        None => "#selfcheck [data-outcome]".to_owned(),
    };
    wait_for(&browser.client, &selector).await;
}

async fn press_next(browser: &Browser) {
    browser
        .client
        .find(Css("#selfcheck form button[type='submit']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn answer(browser: &Browser, question: &str, action: &Do) {
    let c = &browser.client;
    match action {
        Do::Tick(options) => {
            for option in *options {
                let label = format!("label[for='{}']", field_id(&format!("{question}.{option}")));
                c.find(Css(&label)).await.unwrap().click().await.unwrap();
            }
        }
        Do::Fill(fields) => {
            for (key, value) in *fields {
                let input = c.find(Css(&format!("#{}", field_id(key)))).await.unwrap();
                if input.attr("type").await.unwrap().as_deref() == Some("date") {
                    // A date picker's keyboard input depends on the browser's locale;
                    // set the value the picker would produce.
                    c.execute(
                        "document.getElementById(arguments[0]).value = arguments[1];",
                        vec![json!(field_id(key)), json!(value)],
                    )
                    .await
                    .unwrap();
                } else {
                    input.send_keys(value).await.unwrap();
                }
            }
        }
    }
}

/// The outcome ids and their deadline lines, as shown.
async fn results(browser: &Browser) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for card in browser
        .client
        .find_all(Css("#selfcheck [data-outcome]"))
        .await
        .unwrap()
    {
        let id = card.attr("data-outcome").await.unwrap().unwrap_or_default();
        let deadline = match card.find(Css(".outcome__deadline")).await {
            Ok(line) => line.text().await.unwrap(),
            Err(_) => String::new(),
        };
        out.push((id, deadline));
    }
    out
}

async fn page_marker(browser: &Browser) -> bool {
    browser
        .client
        .execute("return window.__sameDocument === true;", vec![])
        .await
        .unwrap()
        .as_bool()
        .unwrap_or(false)
}

/// Walks one situation from the start page and returns the list shown at the end.
async fn walk(
    browser: &Browser,
    portal: &Portal,
    lang: &str,
    s: &Situation,
    javascript: bool,
    axe: &mut AxeChecks,
) -> Vec<(String, String)> {
    let c = &browser.client;
    let what = |step: &str| format!("{lang}, JavaScript {javascript}, {}: {step}", s.name);
    c.goto(&portal.url(&format!("/{lang}/self-check")))
        .await
        .unwrap();
    axe.check(browser, javascript, &what("start page")).await;
    if javascript {
        // The island has taken over the steps (its WebAssembly may arrive after the
        // page's load event).
        wait_for(c, "#selfcheck[data-enhanced]").await;
    }
    // Marks this document: it survives only if no page load happens.
    c.execute("window.__sameDocument = true;", vec![])
        .await
        .unwrap();
    c.find(Css("#selfcheck a.button--start"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_step(browser, Some(s.steps[0].0)).await;

    for (i, (question, action)) in s.steps.iter().enumerate() {
        axe.check(browser, javascript, &what(question)).await;
        answer(browser, question, action).await;
        press_next(browser).await;
        wait_for_step(browser, s.steps.get(i + 1).map(|(q, _)| *q)).await;
    }
    axe.check(browser, javascript, &what("results")).await;
    assert_eq!(
        page_marker(browser).await,
        javascript,
        "{}: with JavaScript the steps load without a page load, without it each is a page",
        what("results")
    );
    results(browser).await
}

/// On the first situation: an empty answer shows the error summary with focus; the
/// back link keeps the answer given.
async fn errors_and_back(
    browser: &Browser,
    portal: &Portal,
    lang: &str,
    javascript: bool,
    axe: &mut AxeChecks,
) {
    let c = &browser.client;
    c.goto(&portal.url(&format!("/{lang}/self-check?_start=1")))
        .await
        .unwrap();
    wait_for_step(browser, Some("life-areas")).await;
    press_next(browser).await;
    wait_for(c, "#selfcheck .error-summary").await;
    axe.check(
        browser,
        javascript,
        &format!("{lang}, JavaScript {javascript}: error"),
    )
    .await;
    let focused = c
        .execute(
            "return document.activeElement.classList.contains('error-summary');",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focused, json!(true), "the error summary takes focus");
    // The error links to the field.
    let href = c
        .find(Css(".error-summary a"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(href, "#f-life-areas-work");

    answer(browser, "life-areas", &Do::Tick(&["travel"])).await;
    press_next(browser).await;
    wait_for_step(browser, Some("travel-kind")).await;
    c.find(Css("#selfcheck .back-link"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_step(browser, Some("life-areas")).await;
    let kept = c
        .find(Css("#f-life-areas-travel"))
        .await
        .unwrap()
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("true"),
        "the answer is kept when going back"
    );
}

async fn walk_all(lang: &str) {
    let Some(portal) = Portal::start_with(&[("MELDWIJZER_TODAY", TODAY.to_owned())]) else {
        return;
    };
    let Some((with_js, without_js)) = Browser::pair(PHONE).await else {
        return;
    };
    let mut seen: Vec<Vec<Vec<(String, String)>>> = Vec::new();
    let mut axe_later = AxeChecks::default();
    for (browser, javascript) in [(&with_js, true), (&without_js, false)] {
        let mut axe = AxeChecks::default();
        let mut lists = Vec::new();
        for s in &SITUATIONS {
            let list = walk(browser, &portal, lang, s, javascript, &mut axe).await;
            let ids: Vec<&str> = list.iter().map(|(id, _)| id.as_str()).collect();
            let expected: Vec<&str> = s.expected.iter().map(|(id, _)| *id).collect();
            assert_eq!(ids, expected, "{lang}, JavaScript {javascript}: {}", s.name);
            if lang == "nl" {
                for ((_, line), (_, date)) in list.iter().zip(s.expected) {
                    assert!(
                        line.contains(date),
                        "{}: {line:?} should name {date}",
                        s.name
                    );
                }
            }
            lists.push(list);
        }
        errors_and_back(browser, &portal, lang, javascript, &mut axe).await;
        axe_later.later.append(&mut axe.later);
        seen.push(lists);
    }
    assert!(!axe_later.later.is_empty());
    axe_later.check_later(&with_js).await;
    with_js.close().await;
    without_js.close().await;
    assert_eq!(
        seen[0], seen[1],
        "{lang}: the same list with and without JavaScript"
    );
}

#[tokio::test]
async fn three_situations_in_dutch_with_and_without_javascript() {
    walk_all("nl").await;
}

#[tokio::test]
async fn three_situations_in_arabic_with_and_without_javascript() {
    walk_all("ar").await;
}
