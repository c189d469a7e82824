//! The parts every step of the change notice shares: field errors with their Fluent
//! message ids, the description of a form field ([`FieldSpec`]), reading form pairs
//! ([`Form`]), and the readers for text, dates and amounts.
//!
//! Form pairs are strings only, as an HTML form sends them. Reading is strict and
//! reports every wrong field at once, in the order of the fields on the page, so the
//! web layer can show an error summary and each message next to its field.
//! Keys starting with `_` belong to the web layer (a form token, a step) and are skipped;
//! any other key the step does not know is an error.

use crate::domain::selfcheck::{parse_cents, parse_date};
use std::collections::BTreeMap;
use time::{Date, Month};

/// A form never sends more pairs than this; more is a crafted request.
const MAX_PAIRS: usize = 50;

/// What is wrong with one field. Each problem has a Fluent message (`notice-error-…`),
/// see [`Problem::message_id`]; a few pass a number to it, see [`Problem::args`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A key the step does not know.
    UnknownField,
    /// A field that is sent once was sent more than once.
    Repeated,
    TooManyFields,
    /// An attachment or details for a change the resident did not choose.
    NotSelected,
    /// A required field is empty or absent.
    Missing,
    /// Longer than `max` characters.
    TooLong {
        max: usize,
    },
    /// A control character, or a character that reverses the writing direction.
    ControlCharacter,
    UnknownChoice,
    /// Filled in, but not for the choice made in another field.
    NotForThisChoice,
    NotADate,
    NotAMonth,
    /// Earlier than this field allows.
    TooFarBack,
    /// Later than this field allows.
    TooFarAhead,
    BirthDateInFuture,
    BirthDateTooEarly,
    /// The end of a period lies before its start.
    EndsBeforeStart,
    NotAnAmount,
    NegativeAmount,
    AmountTooLarge,
    AmountZero,
    /// Not a number of hours from 0 to 80.
    Hours,
    /// A BSN is not 9 digits.
    BsnLength,
    /// 9 digits that fail the 11-proef.
    BsnCheck,
    PartnerBsnSame,
    /// Characters other than letters and digits in an IBAN.
    IbanCharacters,
    IbanCountry,
    IbanLength,
    IbanCheck,
    Registration,
    Phone,
    Email,
    ReferenceFormat,
    ReferenceCheck,
    FileEmpty,
    FileTooLarge,
    FileType,
    TooManyFiles,
    /// The file's name could not be read (a NUL or another byte a form may not send).
    FileName,
    /// The files of one notice together are over
    /// [`super::attachment::MAX_NOTICE_FILE_BYTES`].
    FilesTooLargeTogether,
}

impl Problem {
    /// The Fluent message that explains the problem to the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::UnknownField
            | Problem::Repeated
            | Problem::TooManyFields
            | Problem::NotSelected => "notice-error-form",
            Problem::Missing => "notice-error-missing",
            Problem::TooLong { .. } => "notice-error-too-long",
            Problem::ControlCharacter => "notice-error-control-character",
            Problem::UnknownChoice => "notice-error-choice",
            Problem::NotForThisChoice => "notice-error-not-for-choice",
            Problem::NotADate => "notice-error-date",
            Problem::NotAMonth => "notice-error-month",
            Problem::TooFarBack => "notice-error-date-too-far-back",
            Problem::TooFarAhead => "notice-error-date-too-far-ahead",
            Problem::BirthDateInFuture => "notice-error-birth-date-future",
            Problem::BirthDateTooEarly => "notice-error-birth-date-too-early",
            Problem::EndsBeforeStart => "notice-error-date-order",
            Problem::NotAnAmount => "notice-error-amount",
            Problem::NegativeAmount => "notice-error-amount-negative",
            Problem::AmountTooLarge => "notice-error-amount-too-large",
            Problem::AmountZero => "notice-error-amount-zero",
            Problem::Hours => "notice-error-hours",
            Problem::BsnLength => "notice-error-bsn-length",
            Problem::BsnCheck => "notice-error-bsn-check",
            Problem::PartnerBsnSame => "notice-error-partner-bsn-same",
            Problem::IbanCharacters => "notice-error-iban",
            Problem::IbanCountry => "notice-error-iban-country",
            Problem::IbanLength => "notice-error-iban-length",
            Problem::IbanCheck => "notice-error-iban-check",
            Problem::Registration => "notice-error-registration",
            Problem::Phone => "notice-error-phone",
            Problem::Email => "notice-error-email",
            Problem::ReferenceFormat => "notice-error-reference",
            Problem::ReferenceCheck => "notice-error-reference-check",
            Problem::FileEmpty => "notice-error-file-empty",
            Problem::FileTooLarge => "notice-error-file-too-large",
            Problem::FileType => "notice-error-file-type",
            Problem::TooManyFiles => "notice-error-too-many-files",
            Problem::FileName => "notice-error-file-name",
            Problem::FilesTooLargeTogether => "notice-error-files-too-large-together",
        }
    }

    /// The numbers the message shows, by variable name.
    pub fn args(self) -> Vec<(&'static str, u64)> {
        use super::attachment::{MAX_FILES_PER_CHANGE, MAX_FILE_BYTES};
        match self {
            Problem::TooLong { max } => vec![("max", max as u64)],
            Problem::FileTooLarge => vec![("max-mb", (MAX_FILE_BYTES / (1024 * 1024)) as u64)],
            Problem::TooManyFiles => vec![("max", MAX_FILES_PER_CHANGE as u64)],
            Problem::FilesTooLargeTogether => vec![(
                "max-mb",
                (super::attachment::MAX_NOTICE_FILE_BYTES / (1024 * 1024)) as u64,
            )],
            _ => Vec::new(),
        }
    }

    /// Every problem once (with a placeholder where a problem carries a number).
    pub const ALL: [Problem; 39] = [
        Problem::UnknownField,
        Problem::Repeated,
        Problem::TooManyFields,
        Problem::NotSelected,
        Problem::Missing,
        Problem::TooLong { max: 0 },
        Problem::ControlCharacter,
        Problem::UnknownChoice,
        Problem::NotForThisChoice,
        Problem::NotADate,
        Problem::NotAMonth,
        Problem::TooFarBack,
        Problem::TooFarAhead,
        Problem::BirthDateInFuture,
        Problem::BirthDateTooEarly,
        Problem::EndsBeforeStart,
        Problem::NotAnAmount,
        Problem::NegativeAmount,
        Problem::AmountTooLarge,
        Problem::AmountZero,
        Problem::Hours,
        Problem::BsnLength,
        Problem::BsnCheck,
        Problem::PartnerBsnSame,
        Problem::IbanCharacters,
        Problem::IbanCountry,
        Problem::IbanLength,
        Problem::IbanCheck,
        Problem::Registration,
        Problem::Phone,
        Problem::Email,
        Problem::ReferenceFormat,
        Problem::ReferenceCheck,
        Problem::FileEmpty,
        Problem::FileTooLarge,
        Problem::FileType,
        Problem::TooManyFiles,
        Problem::FileName,
        Problem::FilesTooLargeTogether,
    ];
}

/// One wrong field: the form key, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: &str, problem: Problem) -> FieldError {
        FieldError {
            field: field.to_owned(),
            problem,
        }
    }

    pub fn message_id(&self) -> &'static str {
        self.problem.message_id()
    }
}

/// One field of a step, for the web layer (label, hint, input type, `maxlength`,
/// "(optional)") and for the reader, so both know the same facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The form key; also the field's id on the page.
    pub key: &'static str,
    /// Fluent message id of the label (the question).
    pub label: &'static str,
    /// Fluent message id of a hint under the label.
    pub hint: Option<&'static str>,
    pub input: Input,
    pub need: Need,
    /// The most characters the field takes, after trimming.
    pub max_chars: usize,
}

/// Whether a field must be filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    /// Marked "(optional)" on the page.
    Optional,
    /// Required when the choice field `field` has `value`; otherwise not read at all
    /// (a page without JavaScript shows it anyway, and may send what was typed).
    IfChosen {
        field: &'static str,
        value: &'static str,
    },
}

/// What the resident types or chooses in a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// Several lines of text (a `textarea`).
    LongText,
    /// `YYYY-MM-DD`, as `<input type="date">` sends it.
    Date,
    /// `YYYY-MM`, as `<input type="month">` sends it.
    Month,
    /// Euro, as residents type it: `1.250,50`, `1250.50`, `€ 1250`.
    Amount,
    /// Hours per week, with up to two decimals.
    Hours,
    /// One of these options (radio buttons).
    Choice(&'static [Choice]),
    Bsn,
    Iban,
    /// A Dutch registration number (kenteken).
    Registration,
    Phone,
    Email,
}

/// One option of a [`Input::Choice`] field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// Every message id a list of fields uses: labels, hints and option labels.
pub fn spec_message_ids(specs: &[FieldSpec]) -> Vec<&'static str> {
    let mut ids = Vec::new();
    for spec in specs {
        ids.push(spec.label);
        ids.extend(spec.hint);
        if let Input::Choice(choices) = spec.input {
            ids.extend(choices.iter().map(|c| c.label));
        }
    }
    ids
}

/// The pairs of one form, checked against the fields of its step. Values are read with
/// [`Form::get`] in the order of the fields on the page; errors collect on the way.
pub(crate) struct Form<'a> {
    values: BTreeMap<&'a str, &'a str>,
    errors: Vec<FieldError>,
    /// Too many pairs: nothing is read, one error says why.
    refused: bool,
}

impl<'a> Form<'a> {
    pub fn new(pairs: &[(&'a str, &'a str)], specs: &[FieldSpec]) -> Form<'a> {
        let mut form = Form {
            values: BTreeMap::new(),
            errors: Vec::new(),
            refused: false,
        };
        if pairs.len() > MAX_PAIRS {
            form.error("", Problem::TooManyFields);
            form.refused = true;
            return form;
        }
        for &(key, value) in pairs {
            if key.starts_with('_') {
                continue;
            }
            if !specs.iter().any(|s| s.key == key) {
                form.error(key, Problem::UnknownField);
            } else if form.values.insert(key, value).is_some() {
                form.error(key, Problem::Repeated);
            }
        }
        form
    }

    /// Records a problem; a field keeps its first problem only.
    pub fn error(&mut self, field: &str, problem: Problem) {
        if !self.refused && !self.errors.iter().any(|e| e.field == field) {
            self.errors.push(FieldError::new(field, problem));
        }
    }

    /// Whether the field was sent with something other than white space.
    pub fn is_filled(&self, spec: &FieldSpec) -> bool {
        self.values
            .get(spec.key)
            .is_some_and(|v| !v.trim().is_empty())
    }

    /// The field's value read by `parse`, after trimming and the length check. An empty
    /// field is `None`, and an error when the field is required; a wrong value is `None`
    /// and an error.
    pub fn get<T>(
        &mut self,
        spec: &FieldSpec,
        parse: impl FnOnce(&'a str) -> Result<T, Problem>,
    ) -> Option<T> {
        let value = self.values.get(spec.key).map_or("", |v| v.trim());
        if value.is_empty() {
            if spec.need == Need::Required {
                self.error(spec.key, Problem::Missing);
            }
            return None;
        }
        if value.chars().count() > spec.max_chars {
            let problem = match spec.input {
                // No option is that long: it is not one of them.
                Input::Choice(_) => Problem::UnknownChoice,
                _ => Problem::TooLong {
                    max: spec.max_chars,
                },
            };
            self.error(spec.key, problem);
            return None;
        }
        match parse(value) {
            Ok(v) => Some(v),
            Err(problem) => {
                self.error(spec.key, problem);
                None
            }
        }
    }

    /// Like [`Form::get`] for a field that is required in this case
    /// ([`Need::IfChosen`]).
    pub fn get_required<T>(
        &mut self,
        spec: &FieldSpec,
        parse: impl FnOnce(&'a str) -> Result<T, Problem>,
    ) -> Option<T> {
        let required = FieldSpec {
            need: Need::Required,
            ..*spec
        };
        self.get(&required, parse)
    }

    /// The value, when every field was right; otherwise every error.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldError>> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => Err(self.errors),
        }
    }
}

/// Characters that make text show in another order than it was typed (embeddings,
/// overrides and isolates), as in "invoice\u{202e}fdp.exe". Marks (U+200E, U+200F) and
/// the joiners Persian and Arabic script need (U+200C, U+200D) are allowed.
pub(crate) fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One line of text, trimmed. Control characters are refused; every other character is
/// kept as typed: names with diacritics, Arabic or Cyrillic script, and also `<`, `'`
/// and `;` (the web layer escapes text, the store binds it as a parameter).
pub(crate) fn single_line(value: &str) -> Result<String, Problem> {
    if value
        .chars()
        .any(|c| c.is_control() || is_direction_control(c))
    {
        return Err(Problem::ControlCharacter);
    }
    Ok(value.trim().to_owned())
}

/// Several lines of text, trimmed, with line ends as `\n`. Tabs are allowed too.
pub(crate) fn multi_line(value: &str) -> Result<String, Problem> {
    let value = value.trim().replace("\r\n", "\n");
    let allowed = |c: char| c == '\n' || c == '\t' || !(c.is_control() || is_direction_control(c));
    if value.chars().all(allowed) {
        Ok(value)
    } else {
        Err(Problem::ControlCharacter)
    }
}

/// One of the options of a choice field.
pub(crate) fn choice<'c>(value: &str, choices: &'c [Choice]) -> Result<&'c Choice, Problem> {
    choices
        .iter()
        .find(|c| c.value == value)
        .ok_or(Problem::UnknownChoice)
}

/// The same day `years` years later (or earlier); 29 February becomes 28 February.
pub(crate) fn shift_years(date: Date, years: i32) -> Date {
    let year = date.year() + years;
    date.replace_year(year)
        .or_else(|_| Date::from_calendar_date(year, Month::February, 28))
        .unwrap_or(date)
}

/// The dates a field allows, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub first: Date,
    pub last: Date,
}

impl Window {
    /// From `back` years before `today` to `ahead` years after it.
    pub fn around(today: Date, back: i32, ahead: i32) -> Window {
        Window {
            first: shift_years(today, -back),
            last: shift_years(today, ahead),
        }
    }

    pub fn check(self, date: Date) -> Result<Date, Problem> {
        if date < self.first {
            Err(Problem::TooFarBack)
        } else if date > self.last {
            Err(Problem::TooFarAhead)
        } else {
            Ok(date)
        }
    }
}

/// A date `YYYY-MM-DD` that exists (the self-check reads dates the same way).
pub(crate) fn date(value: &str) -> Result<Date, Problem> {
    parse_date(value).map_err(|_| Problem::NotADate)
}

/// The first date of birth the portal takes.
pub(crate) const FIRST_BIRTH_DATE: Date = time::macros::date!(1900 - 01 - 01);

/// A date of birth: not after `today`, not before 1900.
pub(crate) fn birth_date(value: &str, today: Date) -> Result<Date, Problem> {
    let bytes = value.as_bytes();
    let year_before_1900 =
        bytes.len() == 10 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[..4] < b"1900"[..];
    if year_before_1900 {
        return Err(Problem::BirthDateTooEarly);
    }
    let born = date(value)?;
    if born > today {
        Err(Problem::BirthDateInFuture)
    } else if born < FIRST_BIRTH_DATE {
        Err(Problem::BirthDateTooEarly)
    } else {
        Ok(born)
    }
}

/// An amount in cents, from `min` to `max` cents. The reading is the self-check's:
/// `1.250,50`, `1250.50`, `1250,5`, `€ 1250`; a point before three digits groups
/// thousands (Dutch), so `1.250` is one thousand two hundred and fifty euro.
pub(crate) fn amount(value: &str, min: u64, max: u64) -> Result<u64, Problem> {
    use crate::domain::selfcheck::FieldProblem;
    let cents = parse_cents(value).map_err(|p| match p {
        FieldProblem::NegativeAmount => Problem::NegativeAmount,
        FieldProblem::AmountTooLarge => Problem::AmountTooLarge,
        _ => Problem::NotAnAmount,
    })?;
    if cents > max {
        Err(Problem::AmountTooLarge)
    } else if cents < min {
        Err(Problem::AmountZero)
    } else {
        Ok(cents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 10);

    #[test]
    fn text_keeps_every_character_but_control_characters() {
        let cases = [
            ("  Jan de Vries ", Ok("Jan de Vries")),
            ("Zoë Çelik-Ødegård", Ok("Zoë Çelik-Ødegård")),
            ("محمد الأحمد", Ok("محمد الأحمد")),
            ("Олена Коваленко", Ok("Олена Коваленко")),
            ("Łukasz Wąsik", Ok("Łukasz Wąsik")),
            // Persian needs the zero-width non-joiner.
            ("می\u{200c}خواهم", Ok("می\u{200c}خواهم")),
            // Script and SQL are just text; the web layer escapes, the store binds.
            ("<script>alert(1)</script>", Ok("<script>alert(1)</script>")),
            (
                "Robert'); DROP TABLE notices;--",
                Ok("Robert'); DROP TABLE notices;--"),
            ),
            ("a\u{0}b", Err(Problem::ControlCharacter)),
            ("a\nb", Err(Problem::ControlCharacter)),
            ("a\tb", Err(Problem::ControlCharacter)),
            ("a\u{1b}[31mb", Err(Problem::ControlCharacter)),
            ("invoice\u{202e}fdp.exe", Err(Problem::ControlCharacter)),
            ("a\u{2066}b", Err(Problem::ControlCharacter)),
        ];
        for (input, expected) in cases {
            assert_eq!(single_line(input), expected.map(str::to_owned), "{input:?}");
        }
    }

    #[test]
    fn long_text_keeps_lines() {
        let cases = [
            ("regel 1\r\nregel 2\n", Ok("regel 1\nregel 2")),
            ("kolom\tkolom", Ok("kolom\tkolom")),
            ("a\u{7}b", Err(Problem::ControlCharacter)),
            ("a\u{202d}b", Err(Problem::ControlCharacter)),
        ];
        for (input, expected) in cases {
            assert_eq!(multi_line(input), expected.map(str::to_owned), "{input:?}");
        }
    }

    #[test]
    fn birth_dates() {
        let cases = [
            ("1980-05-14", Ok(date!(1980 - 05 - 14))),
            ("1900-01-01", Ok(date!(1900 - 01 - 01))),
            ("2026-03-10", Ok(TODAY)),
            ("2026-03-11", Err(Problem::BirthDateInFuture)),
            ("1899-12-31", Err(Problem::BirthDateTooEarly)),
            ("0980-05-14", Err(Problem::BirthDateTooEarly)),
            ("1980-02-30", Err(Problem::NotADate)),
            ("14-05-1980", Err(Problem::NotADate)),
        ];
        for (input, expected) in cases {
            assert_eq!(birth_date(input, TODAY), expected, "{input}");
        }
    }

    #[test]
    fn windows_count_in_calendar_years() {
        let window = Window::around(date!(2028 - 02 - 29), 1, 1);
        assert_eq!(window.first, date!(2027 - 02 - 28));
        assert_eq!(window.last, date!(2029 - 02 - 28));
        let window = Window::around(TODAY, 1, 1);
        let cases = [
            (date!(2025 - 03 - 10), Ok(date!(2025 - 03 - 10))),
            (date!(2025 - 03 - 09), Err(Problem::TooFarBack)),
            (date!(2027 - 03 - 10), Ok(date!(2027 - 03 - 10))),
            (date!(2027 - 03 - 11), Err(Problem::TooFarAhead)),
        ];
        for (input, expected) in cases {
            assert_eq!(window.check(input), expected, "{input}");
        }
    }

    #[test]
    fn amounts_as_residents_type_them() {
        let max = 10_000_000; // € 100.000
        let cases = [
            ("1.250,50", Ok(125_050)),
            ("1250.50", Ok(125_050)),
            ("1250,5", Ok(125_050)),
            ("€ 1250", Ok(125_000)),
            ("€1250", Ok(125_000)),
            ("1.250", Ok(125_000)),
            ("0", Ok(0)),
            ("100.000", Ok(10_000_000)),
            ("100.000,01", Err(Problem::AmountTooLarge)),
            ("99999999999999", Err(Problem::AmountTooLarge)),
            ("-50", Err(Problem::NegativeAmount)),
            ("€ -50", Err(Problem::NegativeAmount)),
            ("1,250", Err(Problem::NotAnAmount)),
            ("twaalf", Err(Problem::NotAnAmount)),
            ("1e3", Err(Problem::NotAnAmount)),
        ];
        for (input, expected) in cases {
            assert_eq!(amount(input, 0, max), expected, "{input}");
        }
        assert_eq!(amount("0", 1, max), Err(Problem::AmountZero));
        assert_eq!(amount("0,01", 1, max), Ok(1));
    }

    const NAME: FieldSpec = FieldSpec {
        key: "name",
        label: "l",
        hint: None,
        input: Input::Text,
        need: Need::Required,
        max_chars: 5,
    };
    const NOTE: FieldSpec = FieldSpec {
        key: "note",
        need: Need::Optional,
        ..NAME
    };

    #[test]
    fn forms_report_every_field_in_page_order() {
        type Case<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, Problem)>);
        let cases: Vec<Case> = vec![
            (vec![("name", "Ann"), ("_csrf", "x")], vec![]),
            (vec![("note", "x")], vec![("name", Problem::Missing)]),
            (vec![("name", "   ")], vec![("name", Problem::Missing)]),
            (
                vec![("name", "Annabel")],
                vec![("name", Problem::TooLong { max: 5 })],
            ),
            // Five characters, ten bytes: length counts characters.
            (vec![("name", "ÅÄÖÜÉ")], vec![]),
            (
                vec![("name", "Ann"), ("name", "Bob")],
                vec![("name", Problem::Repeated)],
            ),
            (
                vec![("colour", "red"), ("name", "Ann")],
                vec![("colour", Problem::UnknownField)],
            ),
            (
                vec![("note", "a\u{0}"), ("name", "")],
                vec![
                    ("name", Problem::Missing),
                    ("note", Problem::ControlCharacter),
                ],
            ),
            (vec![("x", "y"); 51], vec![("", Problem::TooManyFields)]),
        ];
        for (pairs, expected) in cases {
            let mut form = Form::new(&pairs, &[NAME, NOTE]);
            let name = form.get(&NAME, single_line);
            let _note = form.get(&NOTE, single_line);
            let got: Vec<(String, Problem)> = match form.finish(name) {
                Ok(_) => Vec::new(),
                Err(errors) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
            };
            let expected: Vec<(String, Problem)> = expected
                .into_iter()
                .map(|(f, p)| (f.to_owned(), p))
                .collect();
            assert_eq!(got, expected, "{pairs:?}");
        }
    }
}
