//! Answers as they travel in a form or query string: key/value pairs of answer codes,
//! strings only, nothing stored. Parsing is strict and reports every wrong field, so
//! the web layer can show the error next to the field it belongs to.
//!
//! Keys per question kind (`q` is the question id):
//! - yes/no, one of several, date, amount, number: `q`
//! - several of several: `q`, once per chosen option
//! - period: `q.from` and `q.to`
//! - people: `q.count`, then `q.1` … `q.N` (an age, or a month of birth `YYYY-MM`)
//!
//! Keys starting with `_` belong to the web layer (a step number, a token) and are
//! skipped; any other key that names no question is an error.

use super::dates::{first_of_month, format_date, format_month, parse_date, parse_month};
use super::rules::{PersonEntry, QuestionKind, Rules};
use std::collections::{BTreeMap, BTreeSet};
use time::{Date, Month};

/// Limits that keep a hostile query string small.
const MAX_PAIRS: usize = 200;
const MAX_VALUE_LEN: usize = 64;
const MAX_PEOPLE: u32 = 20;
/// An amount above this (euro) is a typing error, not a gift.
const MAX_AMOUNT_EUR: u64 = 10_000_000;
const MAX_AGE: u32 = 130;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerValue {
    YesNo(bool),
    One(String),
    Several(BTreeSet<String>),
    Date(Date),
    Amount { cents: u64 },
    Number(u32),
    Period { from: Date, to: Date },
    People(Vec<Person>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    Age(u32),
    /// A month of birth. Never a full date of birth: the answers travel in the page's
    /// address and in the share link, so the self-check asks only month and year.
    BirthMonth {
        year: i32,
        month: Month,
    },
}

/// The answers given so far, by question id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<String, AnswerValue>,
}

/// One wrong field: the form key, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: FieldProblem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    UnknownQuestion,
    Empty,
    TooLong,
    TooManyFields,
    /// A single answer was sent more than once.
    Repeated,
    UnknownOption,
    NotADate,
    NotAnAmount,
    NegativeAmount,
    AmountTooLarge,
    NotANumber,
    NumberTooLarge,
    MissingFrom,
    MissingTo,
    /// The end of a period lies before its start.
    EndsBeforeStart,
    MissingCount,
    /// The people sent do not match `count`.
    PeopleDoNotMatchCount,
    NotAnAge,
    NotAMonth,
    BirthMonthInFuture,
}

impl FieldProblem {
    /// The Fluent message that explains the problem to the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            FieldProblem::UnknownQuestion => "selfcheck-error-unknown-question",
            FieldProblem::Empty => "selfcheck-error-empty",
            FieldProblem::TooLong | FieldProblem::TooManyFields => "selfcheck-error-too-long",
            FieldProblem::Repeated | FieldProblem::UnknownOption => {
                "selfcheck-error-unknown-option"
            }
            FieldProblem::NotADate => "selfcheck-error-date",
            FieldProblem::NotAnAmount => "selfcheck-error-amount",
            FieldProblem::NegativeAmount => "selfcheck-error-amount-negative",
            FieldProblem::AmountTooLarge => "selfcheck-error-amount-too-large",
            FieldProblem::NotANumber | FieldProblem::NumberTooLarge => "selfcheck-error-number",
            FieldProblem::MissingFrom => "selfcheck-error-period-from",
            FieldProblem::MissingTo => "selfcheck-error-period-to",
            FieldProblem::EndsBeforeStart => "selfcheck-error-period-order",
            FieldProblem::MissingCount | FieldProblem::PeopleDoNotMatchCount => {
                "selfcheck-error-people-count"
            }
            FieldProblem::NotAnAge => "selfcheck-error-age",
            FieldProblem::NotAMonth | FieldProblem::BirthMonthInFuture => {
                "selfcheck-error-birth-month"
            }
        }
    }

    /// Every problem, for the checks that each has a message and a code.
    pub const ALL: [FieldProblem; 20] = [
        FieldProblem::UnknownQuestion,
        FieldProblem::Empty,
        FieldProblem::TooLong,
        FieldProblem::TooManyFields,
        FieldProblem::Repeated,
        FieldProblem::UnknownOption,
        FieldProblem::NotADate,
        FieldProblem::NotAnAmount,
        FieldProblem::NegativeAmount,
        FieldProblem::AmountTooLarge,
        FieldProblem::NotANumber,
        FieldProblem::NumberTooLarge,
        FieldProblem::MissingFrom,
        FieldProblem::MissingTo,
        FieldProblem::EndsBeforeStart,
        FieldProblem::MissingCount,
        FieldProblem::PeopleDoNotMatchCount,
        FieldProblem::NotAnAge,
        FieldProblem::NotAMonth,
        FieldProblem::BirthMonthInFuture,
    ];
}

fn error(field: &str, problem: FieldProblem) -> FieldError {
    FieldError {
        field: field.to_owned(),
        problem,
    }
}

impl Answers {
    pub fn get(&self, question: &str) -> Option<&AnswerValue> {
        self.values.get(question)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub(super) fn insert(&mut self, question: &str, value: AnswerValue) {
        self.values.insert(question.to_owned(), value);
    }

    /// These answers without the one to `question` (for "change this answer").
    pub fn without(&self, question: &str) -> Answers {
        let mut copy = self.clone();
        copy.values.remove(question);
        copy
    }

    /// Parses the pairs of a form or query string against the rules. Birth months may
    /// not lie after `today`. Returns every wrong field, in the order the pairs came.
    pub fn from_pairs<'a>(
        rules: &Rules,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        today: Date,
    ) -> Result<Answers, Vec<FieldError>> {
        let mut errors = Vec::new();
        // Pairs grouped per question, keeping the order of the questions in the file.
        let mut grouped: BTreeMap<usize, Vec<(&str, &str)>> = BTreeMap::new();
        for (count, (key, value)) in pairs.into_iter().enumerate() {
            if count == MAX_PAIRS {
                errors.push(error("", FieldProblem::TooManyFields));
                break;
            }
            if key.starts_with('_') {
                continue;
            }
            let question_id = key.split_once('.').map_or(key, |(q, _)| q);
            match rules.question_index(question_id) {
                Some(index) => grouped.entry(index).or_default().push((key, value)),
                None => errors.push(error(key, FieldProblem::UnknownQuestion)),
            }
        }
        let mut answers = Answers::default();
        for (index, fields) in grouped {
            let question = &rules.questions()[index];
            match parse_answer(&question.id, &question.kind, &fields, today) {
                Ok(value) => answers.insert(&question.id, value),
                Err(mut problems) => errors.append(&mut problems),
            }
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }

    /// The answers as form pairs, in a stable order; `from_pairs` reads them back.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        for (id, value) in &self.values {
            let mut push = |key: String, value: String| pairs.push((key, value));
            match value {
                AnswerValue::YesNo(yes) => push(id.clone(), if *yes { "yes" } else { "no" }.into()),
                AnswerValue::One(option) => push(id.clone(), option.clone()),
                AnswerValue::Several(options) => {
                    options.iter().for_each(|o| push(id.clone(), o.clone()))
                }
                AnswerValue::Date(date) => push(id.clone(), format_date(*date)),
                AnswerValue::Amount { cents } => push(id.clone(), format_cents(*cents)),
                AnswerValue::Number(n) => push(id.clone(), n.to_string()),
                AnswerValue::Period { from, to } => {
                    push(format!("{id}.from"), format_date(*from));
                    push(format!("{id}.to"), format_date(*to));
                }
                AnswerValue::People(people) => {
                    push(format!("{id}.count"), people.len().to_string());
                    for (i, person) in people.iter().enumerate() {
                        let value = match person {
                            Person::Age(age) => age.to_string(),
                            Person::BirthMonth { year, month } => format_month(*year, *month),
                        };
                        push(format!("{id}.{}", i + 1), value);
                    }
                }
            }
        }
        pairs
    }
}

pub(crate) fn format_cents(cents: u64) -> String {
    if cents.is_multiple_of(100) {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, cents % 100)
    }
}

/// The one value of a single-field answer; a repeated key is an error, because a form
/// never sends one and a crafted query should not pick a winner silently.
fn single<'a>(id: &str, fields: &[(&str, &'a str)]) -> Result<&'a str, Vec<FieldError>> {
    match fields {
        [(key, value)] if *key == id => Ok(value),
        [(key, _)] => Err(vec![error(key, FieldProblem::UnknownQuestion)]),
        _ => Err(vec![error(id, FieldProblem::Repeated)]),
    }
}

fn checked<'a>(key: &str, value: &'a str) -> Result<&'a str, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        Err(error(key, FieldProblem::Empty))
    } else if value.len() > MAX_VALUE_LEN {
        Err(error(key, FieldProblem::TooLong))
    } else {
        Ok(value)
    }
}

fn parse_answer(
    id: &str,
    kind: &QuestionKind,
    fields: &[(&str, &str)],
    today: Date,
) -> Result<AnswerValue, Vec<FieldError>> {
    let one = |parse: &dyn Fn(&str) -> Result<AnswerValue, FieldProblem>| {
        let value = single(id, fields)?;
        let value = checked(id, value).map_err(|e| vec![e])?;
        parse(value).map_err(|p| vec![error(id, p)])
    };
    match kind {
        QuestionKind::YesNo => one(&|v| match v {
            "yes" => Ok(AnswerValue::YesNo(true)),
            "no" => Ok(AnswerValue::YesNo(false)),
            _ => Err(FieldProblem::UnknownOption),
        }),
        QuestionKind::One(choices) => one(&|v| {
            if choices.iter().any(|c| c.id == v) {
                Ok(AnswerValue::One(v.to_owned()))
            } else {
                Err(FieldProblem::UnknownOption)
            }
        }),
        QuestionKind::Several(choices) => {
            let mut chosen = BTreeSet::new();
            let mut errors = Vec::new();
            for (key, value) in fields {
                if *key != id {
                    errors.push(error(key, FieldProblem::UnknownQuestion));
                    continue;
                }
                match checked(key, value) {
                    Ok(v) if choices.iter().any(|c| c.id == v) => {
                        if !chosen.insert(v.to_owned()) {
                            errors.push(error(key, FieldProblem::Repeated));
                        }
                    }
                    Ok(_) => errors.push(error(key, FieldProblem::UnknownOption)),
                    Err(e) => errors.push(e),
                }
            }
            if errors.is_empty() {
                Ok(AnswerValue::Several(chosen))
            } else {
                Err(errors)
            }
        }
        QuestionKind::Date => one(&|v| parse_date(v).map(AnswerValue::Date)),
        QuestionKind::Amount => one(&|v| parse_cents(v).map(|cents| AnswerValue::Amount { cents })),
        QuestionKind::Number { max } => one(&|v| parse_number(v, *max).map(AnswerValue::Number)),
        QuestionKind::Period => parse_period(id, fields),
        QuestionKind::People { entry } => parse_people(id, *entry, fields, today),
    }
}

/// Sub-fields (`q.from`, `q.1`) by their suffix; a repeated or unknown suffix is an error.
fn by_suffix<'a>(
    id: &str,
    fields: &[(&'a str, &'a str)],
    allowed: impl Fn(&str) -> bool,
) -> Result<BTreeMap<&'a str, (&'a str, &'a str)>, Vec<FieldError>> {
    let mut map = BTreeMap::new();
    let mut errors = Vec::new();
    for (key, value) in fields {
        match key.strip_prefix(id).and_then(|s| s.strip_prefix('.')) {
            Some(suffix) if allowed(suffix) => {
                if map.insert(suffix, (*key, *value)).is_some() {
                    errors.push(error(key, FieldProblem::Repeated));
                }
            }
            _ => errors.push(error(key, FieldProblem::UnknownQuestion)),
        }
    }
    if errors.is_empty() {
        Ok(map)
    } else {
        Err(errors)
    }
}

fn parse_period(id: &str, fields: &[(&str, &str)]) -> Result<AnswerValue, Vec<FieldError>> {
    let map = by_suffix(id, fields, |s| s == "from" || s == "to")?;
    let date = |suffix: &str, missing: FieldProblem| -> Result<Date, FieldError> {
        let key = format!("{id}.{suffix}");
        let (_, value) = map.get(suffix).ok_or_else(|| error(&key, missing))?;
        let value = checked(&key, value)?;
        parse_date(value).map_err(|p| error(&key, p))
    };
    match (
        date("from", FieldProblem::MissingFrom),
        date("to", FieldProblem::MissingTo),
    ) {
        (Ok(from), Ok(to)) if to < from => Err(vec![error(
            &format!("{id}.to"),
            FieldProblem::EndsBeforeStart,
        )]),
        (Ok(from), Ok(to)) => Ok(AnswerValue::Period { from, to }),
        (from, to) => Err([from.err(), to.err()].into_iter().flatten().collect()),
    }
}

fn parse_people(
    id: &str,
    entry: PersonEntry,
    fields: &[(&str, &str)],
    today: Date,
) -> Result<AnswerValue, Vec<FieldError>> {
    let map = by_suffix(id, fields, |s| {
        s == "count" || (!s.starts_with('0') && s.parse::<u32>().is_ok())
    })?;
    let count_key = format!("{id}.count");
    let (_, count) = map
        .get("count")
        .ok_or_else(|| vec![error(&count_key, FieldProblem::MissingCount)])?;
    let count = checked(&count_key, count)
        .and_then(|v| parse_number(v, MAX_PEOPLE).map_err(|p| error(&count_key, p)))
        .map_err(|e| vec![e])?;
    if map.len() != count as usize + 1 {
        return Err(vec![error(&count_key, FieldProblem::PeopleDoNotMatchCount)]);
    }
    let mut people = Vec::new();
    let mut errors = Vec::new();
    for n in 1..=count {
        let key = format!("{id}.{n}");
        let Some((_, value)) = map.get(n.to_string().as_str()) else {
            errors.push(error(&count_key, FieldProblem::PeopleDoNotMatchCount));
            continue;
        };
        let person = checked(&key, value)
            .and_then(|v| parse_person(v, entry, today).map_err(|problem| error(&key, problem)));
        match person {
            Ok(person) => people.push(person),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(AnswerValue::People(people))
    } else {
        Err(errors)
    }
}

fn parse_person(value: &str, entry: PersonEntry, today: Date) -> Result<Person, FieldProblem> {
    match entry {
        PersonEntry::Age => parse_number(value, MAX_AGE)
            .map(Person::Age)
            .map_err(|_| FieldProblem::NotAnAge),
        PersonEntry::BirthMonth => {
            let (year, month) = parse_month(value)?;
            if first_of_month(year, month).is_none_or(|first| first > today) {
                Err(FieldProblem::BirthMonthInFuture)
            } else {
                Ok(Person::BirthMonth { year, month })
            }
        }
    }
}

fn parse_number(value: &str, max: u32) -> Result<u32, FieldProblem> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) || value.len() > 9 {
        return Err(FieldProblem::NotANumber);
    }
    let n: u32 = value.parse().map_err(|_| FieldProblem::NotANumber)?;
    if n > max {
        Err(FieldProblem::NumberTooLarge)
    } else {
        Ok(n)
    }
}

/// An amount in euro as residents type it: `150`, `150,50`, `150.50`, `1.200`,
/// `1.200,50`, optionally after `€`. A point followed by exactly three digits groups
/// thousands (Dutch); one or two digits after `,` or `.` are cents.
pub(crate) fn parse_cents(value: &str) -> Result<u64, FieldProblem> {
    let value = value.strip_prefix('€').unwrap_or(value).trim();
    if value.starts_with('-') {
        return Err(FieldProblem::NegativeAmount);
    }
    let (whole, cents) = split_cents(value).ok_or(FieldProblem::NotAnAmount)?;
    let grouped = whole.contains('.');
    let groups: Vec<&str> = whole.split('.').collect();
    let groups_ok = !grouped
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits: String = groups.concat();
    if !groups_ok || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldProblem::NotAnAmount);
    }
    if digits.len() > 12 {
        return Err(FieldProblem::AmountTooLarge);
    }
    let euros: u64 = digits.parse().map_err(|_| FieldProblem::NotAnAmount)?;
    if euros > MAX_AMOUNT_EUR {
        return Err(FieldProblem::AmountTooLarge);
    }
    Ok(euros * 100 + cents)
}

/// Splits off a cents part of one or two digits after the last `,` or `.`.
fn split_cents(value: &str) -> Option<(&str, u64)> {
    let Some(pos) = value.rfind([',', '.']) else {
        return Some((value, 0));
    };
    let (whole, rest) = (&value[..pos], &value[pos + 1..]);
    let is_comma = value[pos..].starts_with(',');
    match rest.len() {
        // "1.200" groups thousands; "1,200" is not a Dutch or English amount we can read safely.
        3 if !is_comma => Some((value, 0)),
        1 | 2 if rest.bytes().all(|b| b.is_ascii_digit()) && !whole.contains(',') => {
            let cents: u64 = rest.parse().ok()?;
            Some((whole, if rest.len() == 1 { cents * 10 } else { cents }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::selfcheck::SHIPPED_RULES;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 10);

    fn rules() -> Rules {
        Rules::parse(SHIPPED_RULES).unwrap()
    }

    #[test]
    fn amounts_as_residents_type_them() {
        let cases = [
            ("150", Ok(15_000)),
            ("150,50", Ok(15_050)),
            ("150.5", Ok(15_050)),
            ("€ 1.200", Ok(120_000)),
            ("1.200,75", Ok(120_075)),
            ("1200", Ok(120_000)),
            ("0", Ok(0)),
            ("-5", Err(FieldProblem::NegativeAmount)),
            ("1,200", Err(FieldProblem::NotAnAmount)),
            ("12.00.00", Err(FieldProblem::NotAnAmount)),
            ("veel", Err(FieldProblem::NotAnAmount)),
            ("1e5", Err(FieldProblem::NotAnAmount)),
            (",50", Err(FieldProblem::NotAnAmount)),
            ("99999999999", Err(FieldProblem::AmountTooLarge)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_cents(input), expected, "{input}");
        }
    }

    #[test]
    fn answers_round_trip_through_pairs() {
        let rules = rules();
        let pairs = [
            ("life-areas", "travel"),
            ("life-areas", "gifts"),
            ("gift-kind", "regular"),
            ("gift-monthly-amount", "150,50"),
            ("gift-monthly-since", "2026-01-01"),
            ("trip-dates.from", "2026-07-01"),
            ("trip-dates.to", "2026-07-22"),
            ("abroad-earlier-days", "7"),
            ("moves-in-ages.count", "2"),
            ("moves-in-ages.1", "22"),
            ("moves-in-ages.2", "17"),
            ("turns-birth-months.count", "2"),
            ("turns-birth-months.1", "2008-05"),
            ("turns-birth-months.2", "3/2026"),
            ("care-paid", "no"),
            ("_step", "4"),
        ];
        let answers = Answers::from_pairs(&rules, pairs, TODAY).unwrap();
        assert_eq!(
            answers.get("gift-monthly-amount"),
            Some(&AnswerValue::Amount { cents: 15_050 })
        );
        let back = answers.to_pairs();
        let again =
            Answers::from_pairs(&rules, back.iter().map(|(k, v)| (&**k, &**v)), TODAY).unwrap();
        assert_eq!(answers, again);
        assert!(back.iter().all(|(k, _)| !k.starts_with('_')));
    }

    #[test]
    fn invalid_answers_name_their_field() {
        let rules = rules();
        type Case<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, FieldProblem)>);
        let cases: Vec<Case> = vec![
            (
                vec![("life-areas", "holiday")],
                vec![("life-areas", FieldProblem::UnknownOption)],
            ),
            (
                vec![("work-date", "2026-02-30")],
                vec![("work-date", FieldProblem::NotADate)],
            ),
            (
                vec![("work-date", "30-01-2026")],
                vec![("work-date", FieldProblem::NotADate)],
            ),
            (
                vec![("gift-monthly-amount", "-150")],
                vec![("gift-monthly-amount", FieldProblem::NegativeAmount)],
            ),
            (
                vec![
                    ("trip-dates.from", "2026-07-22"),
                    ("trip-dates.to", "2026-07-01"),
                ],
                vec![("trip-dates.to", FieldProblem::EndsBeforeStart)],
            ),
            (
                vec![("trip-dates.from", "2026-07-22")],
                vec![("trip-dates.to", FieldProblem::MissingTo)],
            ),
            (
                vec![("trip-dates.from", "x"), ("trip-dates.to", "")],
                vec![
                    ("trip-dates.from", FieldProblem::NotADate),
                    ("trip-dates.to", FieldProblem::Empty),
                ],
            ),
            (
                vec![("trip-dates.back", "2026-07-22")],
                vec![("trip-dates.back", FieldProblem::UnknownQuestion)],
            ),
            (
                vec![("care-paid", "maybe")],
                vec![("care-paid", FieldProblem::UnknownOption)],
            ),
            (
                vec![("care-paid", "yes"), ("care-paid", "no")],
                vec![("care-paid", FieldProblem::Repeated)],
            ),
            (
                vec![("life-areas", "work"), ("life-areas", "work")],
                vec![("life-areas", FieldProblem::Repeated)],
            ),
            (
                vec![("favourite-colour", "blue")],
                vec![("favourite-colour", FieldProblem::UnknownQuestion)],
            ),
            (
                vec![("abroad-earlier-days", "400")],
                vec![("abroad-earlier-days", FieldProblem::NumberTooLarge)],
            ),
            (
                vec![("abroad-earlier-days", "-1")],
                vec![("abroad-earlier-days", FieldProblem::NotANumber)],
            ),
            (
                vec![("moves-in-ages.count", "2"), ("moves-in-ages.1", "22")],
                vec![("moves-in-ages.count", FieldProblem::PeopleDoNotMatchCount)],
            ),
            (
                vec![("moves-in-ages.1", "22")],
                vec![("moves-in-ages.count", FieldProblem::MissingCount)],
            ),
            (
                vec![("moves-in-ages.count", "1"), ("moves-in-ages.1", "oud")],
                vec![("moves-in-ages.1", FieldProblem::NotAnAge)],
            ),
            (
                vec![
                    ("turns-birth-months.count", "1"),
                    ("turns-birth-months.1", "2026-04"),
                ],
                vec![("turns-birth-months.1", FieldProblem::BirthMonthInFuture)],
            ),
            (
                // A full date of birth is not asked and not taken.
                vec![
                    ("turns-birth-months.count", "1"),
                    ("turns-birth-months.1", "2008-05-14"),
                ],
                vec![("turns-birth-months.1", FieldProblem::NotAMonth)],
            ),
            (
                vec![("life-areas", "")],
                vec![("life-areas", FieldProblem::Empty)],
            ),
        ];
        for (pairs, expected) in cases {
            let errors = Answers::from_pairs(&rules, pairs.clone(), TODAY).unwrap_err();
            let got: Vec<(&str, FieldProblem)> = errors
                .iter()
                .map(|e| (e.field.as_str(), e.problem))
                .collect();
            assert_eq!(got, expected, "{pairs:?}");
        }
    }

    #[test]
    fn too_many_pairs_are_refused() {
        let pairs = vec![("life-areas", "work"); MAX_PAIRS + 1];
        let errors = Answers::from_pairs(&rules(), pairs, TODAY).unwrap_err();
        assert!(errors
            .iter()
            .any(|e| e.problem == FieldProblem::TooManyFields));
    }
}
