//! The self-check JSON API through the router: questions in a language, answers
//! evaluated to the same outcomes and deadlines as the rule tests, and a JSON error
//! with a field-level message for every kind of bad input.

use crate::support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::{json, Value};
use support::reply::Reply;
use time::macros::date;
use time::Date;

/// The router with a fixed "today", so deadlines are reproducible.
async fn app_on(today: Date) -> (axum::Router, tempfile::TempDir) {
    support::pages::app(Some(today)).await
}

async fn app() -> (axum::Router, tempfile::TempDir) {
    app_on(date!(2026 - 03 - 10)).await
}

/// Sends `request`; every answer of the API is JSON that no cache keeps.
async fn send(app: &axum::Router, request: Request<Body>) -> Reply {
    let reply = support::portal::send(app, request).await;
    reply.json();
    let content_type = reply.header(header::CONTENT_TYPE);
    assert!(
        content_type.starts_with("application/json"),
        "{}: {content_type}",
        reply.status
    );
    assert_eq!(
        reply.headers[header::CACHE_CONTROL],
        "no-store",
        "{}",
        reply.status
    );
    reply
}

async fn get(app: &axum::Router, path: &str) -> Reply {
    send(app, Request::get(path).body(Body::empty()).unwrap()).await
}

async fn post_raw(app: &axum::Router, content_type: Option<&str>, body: Vec<u8>) -> Reply {
    let mut request = Request::post("/api/v1/selfcheck/evaluate");
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

async fn evaluate(app: &axum::Router, body: &Value) -> Reply {
    post_raw(app, Some("application/json"), body.to_string().into_bytes()).await
}

/// `(id, deadline)` of each outcome, in order.
fn outcomes(reply: &Reply) -> Vec<(String, Option<String>)> {
    reply.json()["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["id"].as_str().unwrap().to_owned(),
                o["deadline"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// `(field, problem)` of each wrong field; every message must be filled.
fn fields(reply: &Reply) -> Vec<(String, String)> {
    reply.json()["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert!(
                !f["message"].as_str().unwrap().trim().is_empty(),
                "{f} has no message"
            );
            (
                f["field"].as_str().unwrap().to_owned(),
                f["problem"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn question<'a>(list: &'a Value, id: &str) -> &'a Value {
    list["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

#[tokio::test]
async fn questions_in_dutch_and_arabic() {
    let (app, _dir) = app().await;
    let nl = get(&app, "/api/v1/selfcheck?lang=nl").await;
    let ar = get(&app, "/api/v1/selfcheck?lang=ar").await;
    assert_eq!(nl.status, StatusCode::OK);
    assert_eq!(ar.status, StatusCode::OK);
    assert_eq!(nl.json()["lang"], "nl");
    assert_eq!(nl.json()["direction"], "ltr");
    assert_eq!(ar.json()["lang"], "ar");
    assert_eq!(ar.json()["direction"], "rtl");

    let rules = std::fs::read_to_string(support::project_path("content/selfcheck.toml")).unwrap();
    let in_file = rules.matches("[[question]]").count();
    let nl_questions = nl.json()["questions"].as_array().unwrap();
    let ar_questions = ar.json()["questions"].as_array().unwrap();
    assert_eq!(nl_questions.len(), in_file);
    assert_eq!(ar_questions.len(), in_file);
    assert_eq!(nl_questions[0]["id"], "life-areas");

    for (n, a) in nl_questions.iter().zip(ar_questions) {
        assert_eq!(n["id"], a["id"]);
        let (nt, at) = (n["text"].as_str().unwrap(), a["text"].as_str().unwrap());
        assert!(!nt.is_empty() && !nt.starts_with("selfcheck-"), "{n}");
        assert!(!at.starts_with("selfcheck-"), "{a}");
        assert_ne!(nt, at, "question {} is not translated", n["id"]);
        // Arabic script, not a Dutch fallback.
        assert!(
            at.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
            "{a}"
        );
        for option in n["options"].as_array().unwrap() {
            assert!(!option["text"].as_str().unwrap().starts_with("selfcheck-"));
        }
    }

    let life_areas = question(nl.json(), "life-areas");
    assert_eq!(life_areas["kind"], "several");
    assert_eq!(life_areas["options"][0]["id"], "work");
    assert_eq!(life_areas["options"][0]["text"], "Werk of inkomen");
    assert_eq!(life_areas["fields"], json!(["life-areas"]));

    let care_paid = question(nl.json(), "care-paid");
    assert_eq!(care_paid["kind"], "yes-no");
    assert_eq!(
        care_paid["options"],
        json!([{"id": "yes", "text": "Ja"}, {"id": "no", "text": "Nee"}])
    );
    assert_eq!(care_paid["max"], Value::Null);
    assert_eq!(care_paid["person"], Value::Null);

    let trip = question(nl.json(), "trip-dates");
    assert_eq!(trip["kind"], "period");
    assert_eq!(trip["options"], json!([]));
    assert_eq!(trip["fields"], json!(["trip-dates.from", "trip-dates.to"]));
    assert!(trip["hint"].is_string());

    let days = question(nl.json(), "abroad-earlier-days");
    assert_eq!(
        (days["kind"].as_str(), days["max"].as_u64()),
        (Some("number"), Some(366))
    );

    let ages = question(nl.json(), "moves-in-ages");
    assert_eq!(ages["kind"], "people");
    assert_eq!(ages["person"], "age");
    assert_eq!(
        ages["fields"],
        json!(["moves-in-ages.count", "moves-in-ages.1..moves-in-ages.N"])
    );
    assert_eq!(
        question(nl.json(), "turns-birth-months")["person"],
        "birth-month"
    );
    assert_eq!(question(nl.json(), "moves-in-who")["hint"], Value::Null);

    // Without `lang`: the first offered language.
    let default = get(&app, "/api/v1/selfcheck").await;
    assert_eq!(default.json()["lang"], "nl");
    assert_eq!(default.json()["questions"], nl.json()["questions"]);
}

#[tokio::test]
async fn unknown_language_is_a_400_naming_lang() {
    let (app, _dir) = app().await;
    for path in [
        "/api/v1/selfcheck?lang=xx",
        "/api/v1/selfcheck?lang=",
        "/api/v1/selfcheck?lang=NL%00",
    ] {
        let reply = get(&app, path).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(reply.json()["error"], "unknown-language", "{path}");
        assert_eq!(fields(&reply), [("lang".into(), "unknown-language".into())]);
        assert!(reply.json()["message"]
            .as_str()
            .unwrap()
            .contains("nl, en, ar"));
    }
    let reply = get(&app, "/api/v1/selfcheck?lang=nl&lang=en").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(fields(&reply), [("lang".into(), "repeated".into())]);

    let reply = evaluate(&app, &json!({"lang": "xx", "answers": {}})).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["error"], "unknown-language");
    assert_eq!(fields(&reply), [("lang".into(), "unknown-language".into())]);
}

/// Situations from the rule tests (`src/domain/selfcheck/situations.rs`) as JSON, with
/// the same "today" and the exact outcomes and deadlines of that table.
#[tokio::test]
async fn situations_evaluate_to_the_same_outcomes_and_deadlines() {
    type Expected = &'static [(&'static str, Option<&'static str>)];
    let situations: [(&str, Date, Value, Expected); 8] = [
        (
            "started a part-time job on the 3rd",
            date!(2026 - 03 - 05),
            json!({
                "life-areas": ["work"],
                "work-change": ["job-started"],
                "work-date": "2026-03-03",
            }),
            &[
                ("report-job-started", Some("2026-03-10")),
                ("report-monthly-income", Some("2026-04-26")),
            ],
        ),
        (
            "three weeks in Morocco in July after one week in March",
            date!(2026 - 04 - 01),
            json!({
                "life-areas": ["travel"],
                "travel-kind": ["abroad"],
                "trip-dates": {"from": "2026-07-01", "to": "2026-07-22"},
                "abroad-earlier-days": 7,
                "trip-reason": "holiday",
            }),
            &[("report-trip-reaches-limit", Some("2026-06-17"))],
        ),
        (
            "a friend of 30 and her son of 17 move in",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["household"],
                "household-change": ["moves-in"],
                "moves-in-who": "other",
                "moves-in-ages": [30, 17],
                "household-date": "2026-03-20",
            }),
            &[("report-moves-in-27-plus", Some("2026-03-27"))],
        ),
        (
            "€100.01 a month all year: one cent over in December",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["gifts"],
                "gift-kind": ["regular"],
                "gift-monthly-amount": 100.01,
                "gift-monthly-since": "2026-01-01",
            }),
            &[("report-gifts-over-limit", Some("2026-12-08"))],
        ),
        (
            "too long abroad because my father is very ill",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["travel"],
                "travel-kind": ["abroad"],
                "trip-dates": {"from": "2026-04-01", "to": "2026-05-15"},
                "abroad-earlier-days": 0,
                "trip-reason": "family-emergency",
            }),
            &[
                ("report-trip-over-limit", Some("2026-03-18")),
                ("ask-us-trip-hardship", None),
            ],
        ),
        (
            // 21 days in 2026 and 20 in 2027, but 41 in one unbroken stay.
            "10 December to 20 January: over the limit as one stay",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["travel"],
                "travel-kind": ["abroad"],
                "trip-dates": {"from": "2026-12-10", "to": "2027-01-20"},
                "abroad-earlier-days": 0,
                "trip-reason": "holiday",
            }),
            &[("report-trip-over-limit", Some("2026-11-26"))],
        ),
        (
            "son turning 18 in May, given by month of birth",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["household"],
                "household-change": ["turns-age"],
                "turns-who": "child",
                "turns-birth-months": ["2008-05"],
            }),
            &[("report-child-turns-age", Some("2026-05-08"))],
        ),
        (
            "a daughter of 22 moves back in: reported, not a cost sharer",
            date!(2026 - 03 - 10),
            json!({
                "life-areas": ["household"],
                "household-change": ["moves-in"],
                "moves-in-who": "child",
                "moves-in-ages": [22],
                "household-date": "2026-03-08",
            }),
            &[("report-moves-in-under-27", Some("2026-03-15"))],
        ),
    ];
    for (description, today, answers, expected) in situations {
        let (app, _dir) = app_on(today).await;
        let reply = evaluate(&app, &json!({"lang": "nl", "answers": answers})).await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "{description}: {}",
            reply.json()
        );
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(id, d)| ((*id).to_owned(), d.map(str::to_owned)))
            .collect();
        assert_eq!(outcomes(&reply), expected, "{description}");
        assert_eq!(reply.json()["complete"], true, "{description}");
        assert_eq!(reply.json()["next_question"], Value::Null, "{description}");
        assert_eq!(reply.json()["today"], today.to_string(), "{description}");
        let progress = &reply.json()["progress"];
        assert_eq!(
            progress["answered"], progress["about_total"],
            "{description}"
        );
    }
}

#[tokio::test]
async fn outcome_texts_are_those_of_the_results_page() {
    let (app, _dir) = app_on(date!(2026 - 03 - 05)).await;
    let answers = json!({
        "life-areas": ["work"],
        "work-change": ["job-started"],
        "work-date": "2026-03-03",
    });
    let nl = evaluate(&app, &json!({"lang": "nl", "answers": answers})).await;
    let first = &nl.json()["outcomes"][0];
    assert_eq!(first["id"], "report-job-started");
    assert_eq!(first["kind"], "report");
    assert_eq!(first["urgency"], "normal");
    assert_eq!(first["deadline_passed"], false);
    let texts = &first["texts"];
    for name in ["what", "how", "why", "deadline"] {
        let text = texts[name]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: {texts}"));
        assert!(
            !text.is_empty() && !text.starts_with("selfcheck-"),
            "{name}"
        );
    }
    assert_eq!(texts["reason"], Value::Null);
    // The deadline in words, in the resident's language.
    assert!(
        texts["deadline"]
            .as_str()
            .unwrap()
            .contains("10 maart 2026"),
        "{texts}"
    );

    let ar = evaluate(&app, &json!({"lang": "ar", "answers": answers})).await;
    assert_eq!(ar.json()["lang"], "ar");
    assert_eq!(outcomes(&ar), outcomes(&nl));
    assert_ne!(ar.json()["outcomes"][0]["texts"]["what"], texts["what"]);

    // A deadline that has passed: report now, urgency high.
    let (later, _later_dir) = app_on(date!(2026 - 03 - 10)).await;
    let reply = evaluate(
        &later,
        &json!({"answers": {
            "life-areas": "work",
            "work-change": "job-stopped",
            "work-date": "2026-02-01",
        }}),
    )
    .await;
    assert_eq!(
        outcomes(&reply),
        [("report-job-stopped".into(), Some("2026-02-08".into()))]
    );
    let outcome = &reply.json()["outcomes"][0];
    assert_eq!(outcome["deadline_passed"], true);
    assert_eq!(outcome["urgency"], "high");
}

#[tokio::test]
async fn incomplete_answers_name_the_next_question() {
    let (app, _dir) = app().await;
    let reply = evaluate(&app, &json!({"lang": "en", "answers": {}})).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["complete"], false);
    assert_eq!(reply.json()["next_question"], "life-areas");
    assert_eq!(
        reply.json()["progress"],
        json!({"answered": 0, "about_total": 1})
    );
    // Even without answers there is an outcome: the fallback ask-us.
    assert_eq!(reply.json()["outcomes"][0]["kind"], "ask-us");

    let reply = evaluate(
        &app,
        &json!({"answers": {"life-areas": ["travel"], "travel-kind": ["abroad"]}}),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["lang"], "nl");
    assert_eq!(reply.json()["complete"], false);
    assert_eq!(reply.json()["next_question"], "trip-dates");
    assert_eq!(
        reply.json()["progress"],
        json!({"answered": 2, "about_total": 5})
    );

    // No body members at all: the first question.
    let reply = evaluate(&app, &json!({})).await;
    assert_eq!(reply.json()["next_question"], "life-areas");
}

#[tokio::test]
async fn wrong_answers_are_a_400_with_field_problem_and_localized_message() {
    let (app, _dir) = app().await;
    let cases = [
        (
            json!({"life-areas": ["work"], "work-change": ["job-started"], "work-date": "2026-02-30"}),
            "work-date",
            "not-a-date",
        ),
        (
            json!({"favourite-colour": "blue"}),
            "favourite-colour",
            "unknown-question",
        ),
        (
            json!({"life-areas": ["work", "holiday"]}),
            "life-areas",
            "unknown-option",
        ),
        (json!({"care-paid": "maybe"}), "care-paid", "unknown-option"),
        (
            json!({"gift-monthly-amount": "abc"}),
            "gift-monthly-amount",
            "not-an-amount",
        ),
        (
            json!({"trip-dates": {"from": "2026-07-22", "to": "2026-07-01"}}),
            "trip-dates.to",
            "ends-before-start",
        ),
        (
            json!({"moves-in-ages": [22, "oud"]}),
            "moves-in-ages.2",
            "not-an-age",
        ),
        (
            json!({"abroad-earlier-days": 400}),
            "abroad-earlier-days",
            "number-too-large",
        ),
        (json!({"care-paid": true}), "care-paid", "unsupported-value"),
        // Month and year of birth only: a full date of birth is refused.
        (
            json!({"turns-birth-months": ["2008-05-14"]}),
            "turns-birth-months.1",
            "not-a-month",
        ),
        (
            json!({"turns-birth-months": ["2099-01"]}),
            "turns-birth-months.1",
            "birth-month-in-future",
        ),
    ];
    for (answers, field, problem) in cases {
        for lang in ["nl", "en"] {
            let reply = evaluate(&app, &json!({"lang": lang, "answers": answers})).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{answers}");
            assert_eq!(reply.json()["error"], "invalid-answers", "{answers}");
            assert_eq!(
                fields(&reply),
                [(field.to_owned(), problem.to_owned())],
                "{answers}"
            );
        }
    }

    // The messages are the resident's texts, in the requested language.
    let body = |lang: &str| json!({"lang": lang, "answers": {"gift-monthly-amount": "abc"}});
    let nl = evaluate(&app, &body("nl")).await;
    let en = evaluate(&app, &body("en")).await;
    assert_eq!(nl.json()["message"], "Er is een probleem");
    assert_eq!(en.json()["message"], "There is a problem");
    assert_eq!(
        nl.json()["fields"][0]["message"],
        "Vul een bedrag in, bijvoorbeeld 150 of 150,50."
    );
    assert_eq!(
        en.json()["fields"][0]["message"],
        "Enter an amount, for example 150 or 150.50."
    );

    // Every wrong field at once.
    let reply = evaluate(
        &app,
        &json!({"answers": {"work-date": "gisteren", "gift-total": -5, "nope": 1}}),
    )
    .await;
    let mut got = fields(&reply);
    got.sort();
    assert_eq!(
        got,
        [
            ("gift-total".into(), "negative-amount".into()),
            ("nope".into(), "unknown-question".into()),
            ("work-date".into(), "not-a-date".into()),
        ]
    );
}

#[tokio::test]
async fn malformed_or_misshapen_json_is_a_400_json_error() {
    let (app, _dir) = app().await;
    let json_type = Some("application/json");
    for body in [&b"{\"lang\": \"nl\", "[..], b"not json", b"", b"\xff\xfe"] {
        let reply = post_raw(&app, json_type, body.to_vec()).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.json()["error"], "invalid-json");
        assert!(!reply.json()["message"].as_str().unwrap().is_empty());
        assert_eq!(reply.json()["fields"], json!([]));
    }
    for (body, field, problem) in [
        ("[1, 2]", "", "not-an-object"),
        (r#"{"lang": 7}"#, "lang", "not-a-string"),
        (
            r#"{"answers": "life-areas=work"}"#,
            "answers",
            "not-an-object",
        ),
        (r#"{"answer": {}}"#, "answer", "unknown-member"),
    ] {
        let reply = post_raw(&app, json_type, body.as_bytes().to_vec()).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(reply.json()["error"], "invalid-json", "{body}");
        assert_eq!(fields(&reply), [(field.to_owned(), problem.to_owned())]);
    }
    // A charset parameter is fine.
    let reply = post_raw(
        &app,
        Some("application/json; charset=utf-8"),
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn other_content_types_are_a_415_json_error() {
    let (app, _dir) = app().await;
    let body = json!({"answers": {"life-areas": ["work"]}}).to_string();
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let reply = post_raw(&app, content_type, body.clone().into_bytes()).await;
        assert_eq!(
            reply.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_eq!(reply.json()["error"], "unsupported-media-type");
        assert_eq!(reply.headers[header::ACCEPT], "application/json");
    }
}

#[tokio::test]
async fn a_body_over_64_kib_is_a_413_json_error() {
    let (app, _dir) = app().await;
    let padding = "x".repeat(64 * 1024);
    let body = json!({"lang": "nl", "answers": {"life-areas": [padding]}}).to_string();
    let reply = post_raw(&app, Some("application/json"), body.into_bytes()).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply.json()["error"], "body-too-large");

    // Just under the limit is read (and refused for its content, not its size).
    let padding = "x".repeat(60 * 1024);
    let body = json!({"answers": {"life-areas": [padding]}}).to_string();
    let reply = post_raw(&app, Some("application/json"), body.into_bytes()).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(fields(&reply), [("life-areas".into(), "too-long".into())]);
}

#[tokio::test]
async fn unknown_paths_and_methods_get_json_errors() {
    let (app, _dir) = app().await;
    let reply = get(&app, "/api/v1/nothing-here").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.json()["error"], "not-found");
    let reply = get(&app, "/api/v1/selfcheck/evaluate").await;
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(reply.json()["error"], "method-not-allowed");
    assert!(reply.headers[header::ALLOW]
        .to_str()
        .unwrap()
        .contains("POST"));
}

#[tokio::test]
async fn openapi_names_both_paths_and_its_examples_evaluate() {
    let (app, _dir) = app().await;
    let reply = get(&app, "/api/v1/openapi.json").await;
    assert_eq!(reply.status, StatusCode::OK);
    let spec = reply.json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = spec["paths"].as_object().unwrap();
    assert!(paths["/api/v1/selfcheck"]["get"].is_object());
    assert!(paths["/api/v1/selfcheck/evaluate"]["post"].is_object());
    for code in ["400", "413", "415"] {
        assert!(
            paths["/api/v1/selfcheck/evaluate"]["post"]["responses"][code].is_object(),
            "{code}"
        );
    }
    assert!(spec["components"]["schemas"]["Error"].is_object());

    let examples = paths["/api/v1/selfcheck/evaluate"]["post"]["requestBody"]["content"]
        ["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert!(!examples.is_empty());
    for (name, example) in examples {
        let reply = evaluate(&app, &example["value"]).await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "example {name}: {}",
            reply.json()
        );
        assert!(!reply.json()["outcomes"].as_array().unwrap().is_empty());
    }
    let work = &examples["work-and-travel"]["value"];
    let reply = evaluate(&app, work).await;
    assert_eq!(reply.json()["complete"], true);
}
