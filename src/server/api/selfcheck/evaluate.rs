//! `POST /api/v1/selfcheck/evaluate`: answers in, outcomes out.

use crate::domain::selfcheck::{evaluate as evaluate_rules, OutcomeKind, Urgency};
use crate::pages::selfcheck::outcome_text::describe;
use crate::server::api::{ApiError, FieldMessage};
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::Json;
use serde_json::{Map, Value};
use time::Date;

use super::answers::read_answers;
use super::{language, EvaluationBody, OutcomeBody, OutcomeTextsBody, ProgressBody};

pub(in crate::server::api) async fn evaluate(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EvaluationBody>, ApiError> {
    if !is_json(&headers) {
        // Developer-facing texts from here to the answers: a resident never sees them.
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Send the body as JSON with `Content-Type: application/json`.",
        )
        .with_header(header::ACCEPT, HeaderValue::from_static("application/json")));
    }
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body-too-large",
                format!(
                    "The body is larger than {} KiB.",
                    crate::server::api::BODY_LIMIT / 1024
                ),
            )
        } else {
            ApiError::bad_request("invalid-body", "The body could not be read.")
        }
    })?;
    let request = parse_request(&body)?;
    let i18n = language(&state, request.lang.as_deref())?;
    let context = state.selfcheck_context();
    let rules = &context.rules;
    let answers = read_answers(rules, &request.answers, context.today).map_err(|errors| {
        ApiError::bad_request("invalid-answers", i18n.t("selfcheck-error-summary-title"))
            .with_fields(errors.iter().map(|e| e.message(&i18n)).collect())
    })?;
    let evaluation = evaluate_rules(rules, &answers, &context.policy, context.today);
    let progress = rules.progress(&answers);
    let outcomes = evaluation
        .outcomes
        .iter()
        .map(|outcome| {
            let view = describe(&i18n, outcome);
            OutcomeBody {
                id: view.id,
                kind: match view.kind {
                    OutcomeKind::Report => "report",
                    OutcomeKind::NoNeed => "no-need",
                    OutcomeKind::AskUs => "ask-us",
                },
                urgency: match view.urgency {
                    Urgency::High => "high",
                    Urgency::Normal => "normal",
                    Urgency::Low => "low",
                },
                deadline: view.deadline.map(iso_date),
                deadline_passed: view.deadline_passed,
                texts: OutcomeTextsBody {
                    what: view.what,
                    how: view.how,
                    documents: view.documents,
                    why: view.why,
                    reason: view.reason,
                    deadline: view.deadline_text,
                },
            }
        })
        .collect();
    Ok(Json(EvaluationBody {
        lang: i18n.lang.code.clone(),
        today: iso_date(context.today),
        complete: evaluation.complete,
        next_question: rules.next_question(&answers).map(|q| q.id.clone()),
        progress: ProgressBody {
            answered: progress.answered,
            about_total: progress.about_total,
        },
        outcomes,
    }))
}

/// `application/json`, with or without parameters such as `charset=utf-8`.
pub(super) fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

pub(super) fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The request body: `{"lang": "nl", "answers": {...}}`, both optional.
pub(super) struct EvaluateRequest {
    lang: Option<String>,
    answers: Map<String, Value>,
}

/// Reads the body by hand instead of with a derived `Deserialize`, so a wrong shape
/// gets a message naming the member, and never a Rust type name.
pub(super) fn parse_request(body: &[u8]) -> Result<EvaluateRequest, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        // Developer-facing: where the JSON breaks, not what it holds.
        ApiError::bad_request(
            "invalid-json",
            format!(
                "The body is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })?;
    let shape = |field: &str, problem: &'static str, message: &str| {
        ApiError::bad_request(
            "invalid-json",
            "The body does not have the expected shape; see /api/v1/openapi.json.",
        )
        .with_fields(vec![FieldMessage {
            field: field.into(),
            problem,
            message: message.into(),
        }])
    };
    let Value::Object(mut members) = value else {
        return Err(shape(
            "",
            "not-an-object",
            "The body must be a JSON object.",
        ));
    };
    let lang = match members.remove("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(code)) => Some(code),
        Some(_) => {
            return Err(shape(
                "lang",
                "not-a-string",
                "`lang` must be a language code such as \"nl\".",
            ))
        }
    };
    let answers = match members.remove("answers") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(answers)) => answers,
        Some(_) => {
            return Err(shape(
                "answers",
                "not-an-object",
                "`answers` must be an object with a member per question id.",
            ))
        }
    };
    if let Some(unknown) = members.keys().next() {
        return Err(shape(
            unknown,
            "unknown-member",
            "The body takes only `lang` and `answers`.",
        ));
    }
    Ok(EvaluateRequest { lang, answers })
}
