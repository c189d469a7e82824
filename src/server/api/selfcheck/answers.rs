//! The JSON answers read into the domain's answers, and the stable codes of what is wrong.

use crate::domain::selfcheck::{
    Answers, FieldError, FieldProblem, PersonEntry, Question, QuestionKind, Rules,
};
use crate::i18n::I18n;
use crate::server::api::FieldMessage;
use serde_json::{Map, Number, Value};
use time::Date;

/// A wrong answer: a problem the domain found, or a JSON value the API cannot turn
/// into an answer code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum AnswerError {
    Domain(FieldError),
    Unsupported {
        field: String,
        expected: &'static str,
    },
}

impl AnswerError {
    pub(super) fn message(&self, i18n: &I18n) -> FieldMessage {
        match self {
            AnswerError::Domain(error) => FieldMessage {
                field: error.field.clone(),
                problem: problem_code(error.problem),
                message: i18n.t(error.problem.message_id()),
            },
            // Developer-facing: only a client program sends a JSON type that no form
            // can produce, so the message says what to send instead.
            AnswerError::Unsupported { field, expected } => FieldMessage {
                field: field.clone(),
                problem: "unsupported-value",
                message: format!("Unsupported value: send {expected}."),
            },
        }
    }
}

/// The stable code of each problem, for programs; the message is for people.
pub(super) fn problem_code(problem: FieldProblem) -> &'static str {
    match problem {
        FieldProblem::UnknownQuestion => "unknown-question",
        FieldProblem::Empty => "empty",
        FieldProblem::TooLong => "too-long",
        FieldProblem::TooManyFields => "too-many-fields",
        FieldProblem::Repeated => "repeated",
        FieldProblem::UnknownOption => "unknown-option",
        FieldProblem::NotADate => "not-a-date",
        FieldProblem::NotAnAmount => "not-an-amount",
        FieldProblem::NegativeAmount => "negative-amount",
        FieldProblem::AmountTooLarge => "amount-too-large",
        FieldProblem::NotANumber => "not-a-number",
        FieldProblem::NumberTooLarge => "number-too-large",
        FieldProblem::MissingFrom => "missing-from",
        FieldProblem::MissingTo => "missing-to",
        FieldProblem::EndsBeforeStart => "ends-before-start",
        FieldProblem::MissingCount => "missing-count",
        FieldProblem::PeopleDoNotMatchCount => "people-do-not-match-count",
        FieldProblem::NotAnAge => "not-an-age",
        FieldProblem::NotAMonth => "not-a-month",
        FieldProblem::BirthMonthInFuture => "birth-month-in-future",
    }
}

pub(super) fn domain(field: &str, problem: FieldProblem) -> AnswerError {
    AnswerError::Domain(FieldError {
        field: field.to_owned(),
        problem,
    })
}

/// The JSON answers as the domain's answers, or every wrong field.
pub(super) fn read_answers(
    rules: &Rules,
    json: &Map<String, Value>,
    today: Date,
) -> Result<Answers, Vec<AnswerError>> {
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    for (key, value) in json {
        match rules.question(key) {
            Some(question) => {
                let mut own = Vec::new();
                let before = errors.len();
                to_pairs(question, value, &mut own, &mut errors);
                // A partly unusable answer is left out whole, so the domain does not
                // report the same field again (say, `to` missing after `to` refused).
                if errors.len() == before {
                    pairs.append(&mut own);
                }
            }
            // Also keys the web form uses for itself (`_step`): the API has none.
            None => errors.push(domain(key, FieldProblem::UnknownQuestion)),
        }
    }
    let parsed = Answers::from_pairs(
        rules,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        today,
    );
    match parsed {
        Ok(answers) if errors.is_empty() => Ok(answers),
        Ok(_) => Err(errors),
        Err(found) => {
            let mut all: Vec<AnswerError> = found.into_iter().map(AnswerError::Domain).collect();
            all.append(&mut errors);
            Err(all)
        }
    }
}

/// One JSON answer as form pairs: a string or number is one pair; an array is
/// `q.count` plus `q.1` … `q.N` for a people question, and one `q` per element
/// otherwise; an object is `q.<member>` per member (`{"from", "to"}` of a period).
pub(super) fn to_pairs(
    question: &Question,
    value: &Value,
    pairs: &mut Vec<(String, String)>,
    errors: &mut Vec<AnswerError>,
) {
    let id = &question.id;
    let expected = expected_value(&question.kind);
    let unsupported = |field: String| AnswerError::Unsupported { field, expected };
    let is_scalar_kind = !matches!(
        question.kind,
        QuestionKind::Period | QuestionKind::People { .. }
    );
    match value {
        Value::String(_) | Value::Number(_) if is_scalar_kind => {
            pairs.push((id.clone(), scalar(value).unwrap_or_default()));
        }
        Value::Array(items) if items.is_empty() => errors.push(domain(id, FieldProblem::Empty)),
        Value::Object(members) if members.is_empty() => {
            errors.push(domain(id, FieldProblem::Empty))
        }
        Value::Array(items) if matches!(question.kind, QuestionKind::People { .. }) => {
            pairs.push((format!("{id}.count"), items.len().to_string()));
            for (i, item) in items.iter().enumerate() {
                let key = format!("{id}.{}", i + 1);
                match scalar(item) {
                    Some(text) => pairs.push((key, text)),
                    None => errors.push(unsupported(key)),
                }
            }
        }
        Value::Array(items) if question.kind != QuestionKind::Period => {
            for item in items {
                match scalar(item) {
                    Some(text) => pairs.push((id.clone(), text)),
                    None => errors.push(unsupported(id.clone())),
                }
            }
        }
        Value::Object(members) => {
            for (member, item) in members {
                let key = format!("{id}.{member}");
                match scalar(item) {
                    Some(text) => pairs.push((key, text)),
                    None => errors.push(unsupported(key)),
                }
            }
        }
        _ => errors.push(unsupported(id.clone())),
    }
}

/// What to send for a question of this kind, for the "unsupported value" message.
pub(super) fn expected_value(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::YesNo => "\"yes\" or \"no\"",
        QuestionKind::One(_) => "one option id as a string",
        QuestionKind::Several(_) => "an array of option ids",
        QuestionKind::Date => "a date as a string, YYYY-MM-DD",
        QuestionKind::Amount => "an amount in euro as a number or a string",
        QuestionKind::Number { .. } => "a whole number",
        QuestionKind::Period => "an object {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}",
        QuestionKind::People {
            entry: PersonEntry::Age,
        } => "an array with the age in years of each person",
        QuestionKind::People {
            entry: PersonEntry::BirthMonth,
        } => "an array with the month of birth (YYYY-MM) of each person",
    }
}

/// A string or number as the answer code a form would send.
pub(super) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number_text(number)),
        _ => None,
    }
}

/// A JSON number as text, never with an exponent. A fraction gets a decimal comma:
/// the domain reads a point followed by three digits as a thousands separator
/// (`1.200` is twelve hundred euro), so `150.125` must not become `150.125` but
/// `150,125`, which it refuses as an amount instead of misreading it. Whole numbers
/// (`22`, `150`, `-5`) stay as they are; `150.5` becomes `150,5`, i.e. €150.50.
pub(super) fn number_text(number: &Number) -> String {
    if let Some(n) = number.as_u64() {
        n.to_string()
    } else if let Some(n) = number.as_i64() {
        n.to_string()
    } else {
        // `f64`'s `Display` writes every digit and no exponent; JSON numbers are finite.
        let n = number.as_f64().unwrap_or(f64::NAN);
        n.to_string().replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::super::evaluate::parse_request;
    use super::*;
    use crate::domain::selfcheck::Rules;
    use serde_json::json;
    use time::macros::date;

    const RULES: &str = include_str!("../../../../content/selfcheck.toml");
    const TODAY: Date = date!(2026 - 03 - 10);

    fn rules() -> Rules {
        Rules::parse(RULES).unwrap()
    }

    fn read(json: Value) -> Result<Answers, Vec<(String, String)>> {
        let Value::Object(map) = json else { panic!() };
        read_answers(&rules(), &map, TODAY).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| match e {
                    AnswerError::Domain(e) => (e.field, problem_code(e.problem).to_owned()),
                    AnswerError::Unsupported { field, .. } => {
                        (field, "unsupported-value".to_owned())
                    }
                })
                .collect()
        })
    }

    fn pairs_of(answers: &Answers) -> Vec<(String, String)> {
        answers.to_pairs()
    }

    #[test]
    fn json_answers_become_the_pairs_a_form_sends() {
        let answers = read(json!({
            "life-areas": ["travel", "household", "gifts"],
            "travel-kind": "abroad",
            "trip-dates": {"from": "2026-07-01", "to": "2026-07-22"},
            "abroad-earlier-days": 7,
            "moves-in-ages": [22, "17"],
            "gift-monthly-amount": 150.5,
            "gift-total": "1.200",
            "care-paid": "no",
        }))
        .unwrap();
        let pairs = pairs_of(&answers);
        let has = |k: &str, v: &str| pairs.iter().any(|(a, b)| a == k && b == v);
        assert!(has("trip-dates.from", "2026-07-01"));
        assert!(has("trip-dates.to", "2026-07-22"));
        assert!(has("moves-in-ages.count", "2"));
        assert!(has("moves-in-ages.1", "22"));
        assert!(has("moves-in-ages.2", "17"));
        assert!(has("gift-monthly-amount", "150.50"));
        assert!(has("gift-total", "1200"));
        assert!(has("abroad-earlier-days", "7"));
        assert!(has("life-areas", "gifts"));
    }

    #[test]
    fn numbers_are_never_misread_as_thousands() {
        let cases = [
            (json!(150), "150"),
            (json!(-5), "-5"),
            (json!(150.5), "150,5"),
            (json!(100.01), "100,01"),
            (json!(150.125), "150,125"),
            (json!(1e21), "1000000000000000000000"),
        ];
        for (value, text) in cases {
            let Value::Number(n) = value else { panic!() };
            assert_eq!(number_text(&n), text);
        }
        let errors = read(json!({"gift-total": 150.125})).unwrap_err();
        assert_eq!(errors, [("gift-total".into(), "not-an-amount".into())]);
        let errors = read(json!({"gift-total": -3.5})).unwrap_err();
        assert_eq!(errors, [("gift-total".into(), "negative-amount".into())]);
    }

    #[test]
    fn values_no_form_can_send_are_refused_with_their_field() {
        let cases = [
            (json!({"care-paid": true}), "care-paid", "unsupported-value"),
            (json!({"care-paid": null}), "care-paid", "unsupported-value"),
            (
                json!({"life-areas": ["work", ["travel"]]}),
                "life-areas",
                "unsupported-value",
            ),
            (
                json!({"trip-dates": "2026-07-01"}),
                "trip-dates",
                "unsupported-value",
            ),
            (
                json!({"trip-dates": {"from": "2026-07-01", "to": {"d": 1}}}),
                "trip-dates.to",
                "unsupported-value",
            ),
            (
                json!({"moves-in-ages": [22, null]}),
                "moves-in-ages.2",
                "unsupported-value",
            ),
            (
                json!({"moves-in-ages": 22}),
                "moves-in-ages",
                "unsupported-value",
            ),
            (json!({"life-areas": []}), "life-areas", "empty"),
            (json!({"trip-dates": {}}), "trip-dates", "empty"),
            (json!({"_step": "2"}), "_step", "unknown-question"),
            (
                json!({"trip-dates.from": "2026-07-01"}),
                "trip-dates.from",
                "unknown-question",
            ),
            (
                json!({"trip-dates": {"from": "2026-07-01"}}),
                "trip-dates.to",
                "missing-to",
            ),
        ];
        for (json, field, problem) in cases {
            let errors = read(json.clone()).unwrap_err();
            assert_eq!(errors, [(field.to_owned(), problem.to_owned())], "{json}");
        }
    }

    #[test]
    fn every_problem_code_is_distinct_and_documented() {
        let spec: Value = serde_json::from_str(crate::server::api::OPENAPI).unwrap();
        let documented: Vec<&str> = spec["components"]["schemas"]["FieldError"]["properties"]
            ["problem"]["enum"]
            .as_array()
            .expect("the problem codes are listed in the OpenAPI file")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        for problem in FieldProblem::ALL {
            let code = problem_code(problem);
            assert!(seen.insert(code), "{code} is used twice");
            assert!(documented.contains(&code), "{code} is not in openapi.json");
        }
        for code in [
            "unsupported-value",
            "unknown-language",
            "not-an-object",
            "not-a-string",
            "unknown-member",
        ] {
            assert!(documented.contains(&code), "{code} is not in openapi.json");
        }
    }

    #[test]
    fn request_shape_errors_name_the_member() {
        let field = |body: &str| {
            parse_request(body.as_bytes()).err().map(|e| {
                (
                    e.code,
                    e.fields.first().map(|f| (f.field.clone(), f.problem)),
                )
            })
        };
        assert_eq!(
            field("[]"),
            Some(("invalid-json", Some((String::new(), "not-an-object"))))
        );
        assert_eq!(
            field(r#"{"lang": 1}"#),
            Some(("invalid-json", Some(("lang".into(), "not-a-string"))))
        );
        assert_eq!(
            field(r#"{"answers": []}"#),
            Some(("invalid-json", Some(("answers".into(), "not-an-object"))))
        );
        assert_eq!(
            field(r#"{"answer": {}}"#),
            Some(("invalid-json", Some(("answer".into(), "unknown-member"))))
        );
        assert_eq!(field("{\"lang\": "), Some(("invalid-json", None)));
        assert!(field("{}").is_none());
    }
}
