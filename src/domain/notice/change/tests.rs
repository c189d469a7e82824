//! Tables of cases for the kinds of change: valid details round-trip through their form,
//! wrong details name their field and problem.

use crate::domain::notice::*;
use time::macros::date;

const TODAY: Date = date!(2026 - 03 - 10);

/// A valid detail page per kind.
fn valid(kind: ChangeKind) -> Vec<(&'static str, &'static str)> {
    match kind {
        ChangeKind::Work => vec![
            ("event", "started"),
            ("employer", "Bakkerij De Korenschoof"),
            ("hours", "24,5"),
            ("date", "2026-04-01"),
            ("end-date", "2026-09-30"),
            ("income", "1.250,50"),
        ],
        ChangeKind::MovesIn => vec![
            ("name", "Mehmet Yılmaz"),
            ("date-of-birth", "1999-07-15"),
            ("date", "2026-03-01"),
        ],
        ChangeKind::MovesOut => vec![("name", "Anna Nowak"), ("date", "2026-02-28")],
        ChangeKind::Travel => vec![
            ("country", "Marokko"),
            ("from", "2026-07-01"),
            ("to", "2026-07-22"),
        ],
        ChangeKind::GiftOrInheritance => vec![
            ("kind", "inheritance"),
            ("amount", "€ 3.500"),
            ("date", "2026-01-15"),
            ("from-whom", "Mijn oom"),
        ],
        ChangeKind::Vehicle => vec![
            ("description", "Opel Corsa uit 2015"),
            ("registration", "gv-123-b"),
            ("value", "2500"),
            ("date", "2026-03-05"),
        ],
        ChangeKind::BankAccount => vec![("iban", "nl91 abna 0417 1643 00"), ("date", "2026-03-01")],
        ChangeKind::IncomeThisMonth => vec![
            ("amount", "812,40"),
            ("month", "2026-02"),
            ("source", "Uitzendbureau Flex"),
        ],
        ChangeKind::Household
        | ChangeKind::Stay
        | ChangeKind::Education
        | ChangeKind::Justice
        | ChangeKind::Assets
        | ChangeKind::Details => vec![
            (
                "description",
                "Mijn zoon wordt 18.\r\nHij gaat naar het mbo.",
            ),
            ("date", "2026-05-02"),
        ],
        ChangeKind::Other => vec![
            (
                "description",
                "Ik ga een opleiding doen.\r\nDrie dagen per week.",
            ),
            ("date", "2026-09-01"),
        ],
    }
}

/// The valid page of `kind` with some fields replaced (or removed, with `None`) and
/// some added.
fn with<'a>(kind: ChangeKind, changes: &[(&'a str, Option<&'a str>)]) -> Vec<(&'a str, &'a str)> {
    let mut pairs: Vec<(&str, &str)> = valid(kind)
        .into_iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .collect();
    pairs.extend(changes.iter().filter_map(|(k, v)| v.map(|v| (*k, v))));
    pairs
}

fn errors(kind: ChangeKind, pairs: &[(&str, &str)]) -> Vec<(String, Problem)> {
    match Change::from_fields(kind, pairs, TODAY) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
    }
}

fn round_trip(change: &Change) -> Change {
    let fields = change.to_fields();
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Change::from_fields(change.kind(), &pairs, TODAY).expect("to_fields reads back")
}

#[test]
fn every_kind_reads_its_page_and_round_trips() {
    for kind in ChangeKind::ALL {
        let change = Change::from_fields(kind, &valid(kind), TODAY)
            .unwrap_or_else(|e| panic!("{kind:?}: {e:?}"));
        assert_eq!(change.kind(), kind);
        assert_eq!(round_trip(&change), change, "{kind:?}");
    }
}

#[test]
fn values_are_read_as_typed() {
    let read = |kind| Change::from_fields(kind, &valid(kind), TODAY).unwrap();
    let Change::Work(work) = read(ChangeKind::Work) else {
        panic!()
    };
    assert_eq!(work.event, WorkEvent::Started);
    assert_eq!(work.hours_per_week.hundredths(), 2450);
    assert_eq!(work.end_date, Some(date!(2026 - 09 - 30)));
    assert_eq!(work.expected_monthly_income_cents, Some(125_050));
    let Change::GiftOrInheritance(gift) = read(ChangeKind::GiftOrInheritance) else {
        panic!()
    };
    assert_eq!(
        (gift.kind, gift.amount_cents),
        (GiftKind::Inheritance, 350_000)
    );
    let Change::Vehicle(vehicle) = read(ChangeKind::Vehicle) else {
        panic!()
    };
    assert_eq!(vehicle.registration.unwrap().to_string(), "GV-123-B");
    let Change::BankAccount(account) = read(ChangeKind::BankAccount) else {
        panic!()
    };
    assert_eq!(account.iban.electronic(), "NL91ABNA0417164300");
    // The described kinds keep their own kind, not "something else".
    let Change::Described(stay) = read(ChangeKind::Stay) else {
        panic!()
    };
    assert_eq!(stay.kind, ChangeKind::Stay);
    assert_eq!(
        stay.description,
        "Mijn zoon wordt 18.\nHij gaat naar het mbo."
    );
    let Change::Other(other) = read(ChangeKind::Other) else {
        panic!()
    };
    assert_eq!(
        other.description,
        "Ik ga een opleiding doen.\nDrie dagen per week."
    );
}

#[test]
fn every_change_has_a_date() {
    let cases = [
        (ChangeKind::Work, date!(2026 - 04 - 01)),
        (ChangeKind::MovesIn, date!(2026 - 03 - 01)),
        (ChangeKind::MovesOut, date!(2026 - 02 - 28)),
        (ChangeKind::Travel, date!(2026 - 07 - 01)),
        (ChangeKind::GiftOrInheritance, date!(2026 - 01 - 15)),
        (ChangeKind::Vehicle, date!(2026 - 03 - 05)),
        (ChangeKind::BankAccount, date!(2026 - 03 - 01)),
        (ChangeKind::IncomeThisMonth, date!(2026 - 02 - 01)),
        (ChangeKind::Household, date!(2026 - 05 - 02)),
        (ChangeKind::Stay, date!(2026 - 05 - 02)),
        (ChangeKind::Education, date!(2026 - 05 - 02)),
        (ChangeKind::Justice, date!(2026 - 05 - 02)),
        (ChangeKind::Assets, date!(2026 - 05 - 02)),
        (ChangeKind::Details, date!(2026 - 05 - 02)),
        (ChangeKind::Other, date!(2026 - 09 - 01)),
    ];
    for (kind, expected) in cases {
        let change = Change::from_fields(kind, &valid(kind), TODAY).unwrap();
        assert_eq!(change.date(), expected, "{kind:?}");
    }
    let stopped = with(
        ChangeKind::Work,
        &[
            ("event", Some("stopped")),
            ("date", Some("2026-03-31")),
            ("end-date", None),
        ],
    );
    let change = Change::from_fields(ChangeKind::Work, &stopped, TODAY).unwrap();
    assert_eq!(change.date(), date!(2026 - 03 - 31), "the last working day");
}

#[test]
fn optional_fields_may_be_left_empty() {
    let cases = [
        (
            ChangeKind::Work,
            vec![("end-date", None), ("income", Some(""))],
        ),
        (
            ChangeKind::Vehicle,
            vec![("registration", Some("  ")), ("value", None)],
        ),
        // An on-call contract, and a month without income.
        (ChangeKind::Work, vec![("hours", Some("0"))]),
        (ChangeKind::IncomeThisMonth, vec![("amount", Some("0"))]),
        (
            ChangeKind::Work,
            vec![("event", Some("stopped")), ("end-date", Some(""))],
        ),
    ];
    for (kind, changes) in cases {
        let pairs = with(kind, &changes);
        let change = Change::from_fields(kind, &pairs, TODAY)
            .unwrap_or_else(|e| panic!("{kind:?} {pairs:?}: {e:?}"));
        assert_eq!(round_trip(&change), change);
    }
}

#[test]
fn wrong_details_name_their_field() {
    use ChangeKind as K;
    use Problem as P;
    let long_name = "x".repeat(101);
    let long_text = "x".repeat(OTHER_DESCRIPTION_CHARS + 1);
    type Case<'a> = (
        ChangeKind,
        Vec<(&'a str, Option<&'a str>)>,
        Vec<(&'a str, Problem)>,
    );
    let cases: Vec<Case> = vec![
        // Every kind: unknown, repeated and missing fields.
        (
            K::Work,
            vec![("favourite", Some("x"))],
            vec![("favourite", P::UnknownField)],
        ),
        (K::Travel, vec![("_csrf", Some("token"))], vec![]),
        (
            K::Work,
            vec![("employer", None), ("date", Some(""))],
            vec![("employer", P::Missing), ("date", P::Missing)],
        ),
        // Work.
        (
            K::Work,
            vec![("event", Some("fired"))],
            vec![("event", P::UnknownChoice)],
        ),
        (
            K::Work,
            vec![("hours", Some("81"))],
            vec![("hours", P::Hours)],
        ),
        (
            K::Work,
            vec![("hours", Some("-1"))],
            vec![("hours", P::Hours)],
        ),
        (K::Work, vec![("hours", Some("80"))], vec![]),
        (
            K::Work,
            vec![("date", Some("2025-03-09"))],
            vec![("date", P::TooFarBack)],
        ),
        (
            K::Work,
            vec![("date", Some("2025-03-10")), ("end-date", None)],
            vec![],
        ),
        (
            K::Work,
            vec![("date", Some("2027-03-11"))],
            vec![("date", P::TooFarAhead)],
        ),
        (
            K::Work,
            vec![("date", Some("2026-02-29"))],
            vec![("date", P::NotADate)],
        ),
        (
            K::Work,
            vec![("date", Some("01-04-2026"))],
            vec![("date", P::NotADate)],
        ),
        (
            K::Work,
            vec![("end-date", Some("2026-03-31"))],
            vec![("end-date", P::EndsBeforeStart)],
        ),
        (K::Work, vec![("end-date", Some("2029-04-01"))], vec![]),
        (
            K::Work,
            vec![("end-date", Some("2029-04-02"))],
            vec![("end-date", P::TooFarAhead)],
        ),
        (
            K::Work,
            vec![("event", Some("stopped"))],
            vec![("end-date", P::NotForThisChoice)],
        ),
        (
            K::Work,
            vec![("income", Some("-5"))],
            vec![("income", P::NegativeAmount)],
        ),
        (
            K::Work,
            vec![("income", Some("100.000,01"))],
            vec![("income", P::AmountTooLarge)],
        ),
        (
            K::Work,
            vec![("income", Some("veel"))],
            vec![("income", P::NotAnAmount)],
        ),
        // Script and SQL are text like any other.
        (
            K::Work,
            vec![("employer", Some("<script>alert('x')</script>"))],
            vec![],
        ),
        // Someone moves in or out.
        (
            K::MovesIn,
            vec![("date-of-birth", Some("2026-03-11"))],
            vec![("date-of-birth", P::BirthDateInFuture)],
        ),
        (
            K::MovesIn,
            vec![("date-of-birth", Some("1899-01-01"))],
            vec![("date-of-birth", P::BirthDateTooEarly)],
        ),
        (
            K::MovesIn,
            vec![("name", Some(long_name.as_str()))],
            vec![("name", P::TooLong { max: 100 })],
        ),
        (
            K::MovesIn,
            vec![("name", Some("Jan\u{0}"))],
            vec![("name", P::ControlCharacter)],
        ),
        (
            K::MovesIn,
            vec![("name", Some("Jan\nPiet"))],
            vec![("name", P::ControlCharacter)],
        ),
        (
            K::MovesOut,
            vec![("date", Some("2027-03-11"))],
            vec![("date", P::TooFarAhead)],
        ),
        (
            K::MovesOut,
            vec![("date", Some("2026-02-28")), ("date", Some("2026-03-01"))],
            vec![("date", P::Repeated)],
        ),
        // Travel.
        (
            K::Travel,
            vec![("to", Some("2026-06-30"))],
            vec![("to", P::EndsBeforeStart)],
        ),
        (K::Travel, vec![("to", Some("2026-07-01"))], vec![]),
        (K::Travel, vec![("to", Some("2027-07-01"))], vec![]),
        (
            K::Travel,
            vec![("to", Some("2027-07-02"))],
            vec![("to", P::TooFarAhead)],
        ),
        (
            K::Travel,
            vec![("from", Some("morgen"))],
            vec![("from", P::NotADate)],
        ),
        (
            K::Travel,
            vec![("country", Some(" "))],
            vec![("country", P::Missing)],
        ),
        // Gift or inheritance.
        (
            K::GiftOrInheritance,
            vec![("amount", Some("0"))],
            vec![("amount", P::AmountZero)],
        ),
        (
            K::GiftOrInheritance,
            vec![("kind", Some("loan"))],
            vec![("kind", P::UnknownChoice)],
        ),
        (
            K::GiftOrInheritance,
            vec![("amount", Some("10.000.000,01"))],
            vec![("amount", P::AmountTooLarge)],
        ),
        (
            K::GiftOrInheritance,
            vec![("from-whom", Some("Robert'); DROP TABLE notices;--"))],
            vec![],
        ),
        // Vehicle.
        (
            K::Vehicle,
            vec![("registration", Some("ABC123"))],
            vec![("registration", P::Registration)],
        ),
        (
            K::Vehicle,
            vec![("value", Some("1.000.000,01"))],
            vec![("value", P::AmountTooLarge)],
        ),
        // Bank account.
        (
            K::BankAccount,
            vec![("iban", Some("NL91ABNA0417164301"))],
            vec![("iban", P::IbanCheck)],
        ),
        (
            K::BankAccount,
            vec![("iban", Some("XX91ABNA0417164300"))],
            vec![("iban", P::IbanCountry)],
        ),
        // Income this month: from twelve months back to next month.
        (K::IncomeThisMonth, vec![("month", Some("2025-03"))], vec![]),
        (
            K::IncomeThisMonth,
            vec![("month", Some("2025-02"))],
            vec![("month", P::TooFarBack)],
        ),
        (K::IncomeThisMonth, vec![("month", Some("2026-04"))], vec![]),
        (
            K::IncomeThisMonth,
            vec![("month", Some("2026-05"))],
            vec![("month", P::TooFarAhead)],
        ),
        (
            K::IncomeThisMonth,
            vec![("month", Some("2026-13"))],
            vec![("month", P::NotAMonth)],
        ),
        (
            K::IncomeThisMonth,
            vec![("month", Some("2026-3"))],
            vec![("month", P::NotAMonth)],
        ),
        (
            K::IncomeThisMonth,
            vec![("month", Some("03-2026"))],
            vec![("month", P::NotAMonth)],
        ),
        // Something else.
        (
            K::Other,
            vec![("description", Some(long_text.as_str()))],
            vec![(
                "description",
                P::TooLong {
                    max: OTHER_DESCRIPTION_CHARS,
                },
            )],
        ),
        (
            K::Other,
            vec![("description", Some("a\u{7}b"))],
            vec![("description", P::ControlCharacter)],
        ),
    ];
    for (kind, changes, expected) in cases {
        let pairs = with(kind, &changes);
        let expected: Vec<(String, Problem)> = expected
            .into_iter()
            .map(|(f, p)| (f.to_owned(), p))
            .collect();
        assert_eq!(errors(kind, &pairs), expected, "{kind:?} {changes:?}");
    }
}

#[test]
fn an_empty_page_names_every_required_field_in_page_order() {
    for kind in ChangeKind::ALL {
        let expected: Vec<(String, Problem)> = kind
            .fields()
            .iter()
            .filter(|s| s.need == Need::Required)
            .map(|s| (s.key.to_owned(), Problem::Missing))
            .collect();
        assert_eq!(errors(kind, &[]), expected, "{kind:?}");
    }
}

#[test]
fn text_is_kept_exactly_as_typed() {
    let texts = [
        "<script>alert('x')</script>",
        "Robert'); DROP TABLE notices;--",
        "محمد الأحمد",
        "Zoë Çelik-Ødegård",
        "Олена Коваленко",
        "&lt;b&gt; &amp; \\ \" %00",
    ];
    for text in texts {
        let pairs = with(ChangeKind::MovesOut, &[("name", Some(text))]);
        let Ok(Change::MovesOut(moves_out)) =
            Change::from_fields(ChangeKind::MovesOut, &pairs, TODAY)
        else {
            panic!("{text}")
        };
        assert_eq!(moves_out.name, text);
        let pairs = with(ChangeKind::Other, &[("description", Some(text))]);
        let Ok(Change::Other(other)) = Change::from_fields(ChangeKind::Other, &pairs, TODAY) else {
            panic!("{text}")
        };
        assert_eq!(other.description, text);
    }
}

#[test]
fn hours_per_week() {
    let cases = [
        ("0", Ok(0)),
        ("24", Ok(2400)),
        ("24,5", Ok(2450)),
        ("24.5", Ok(2450)),
        ("7,75", Ok(775)),
        ("7,05", Ok(705)),
        ("80", Ok(8000)),
        ("80,01", Err(Problem::Hours)),
        ("81", Err(Problem::Hours)),
        ("100", Err(Problem::Hours)),
        ("-1", Err(Problem::Hours)),
        ("24,", Err(Problem::Hours)),
        (",5", Err(Problem::Hours)),
        ("24,555", Err(Problem::Hours)),
        ("24,5,5", Err(Problem::Hours)),
        ("1e2", Err(Problem::Hours)),
        ("twaalf", Err(Problem::Hours)),
        ("", Err(Problem::Hours)),
    ];
    for (input, expected) in cases {
        let hours = Hours::parse(input);
        assert_eq!(hours.map(Hours::hundredths), expected, "{input}");
        if let Ok(hours) = hours {
            assert_eq!(Hours::parse(&hours.to_string()), Ok(hours), "{input}");
        }
    }
    let shown: Vec<String> = [2400, 2450, 775, 705]
        .iter()
        .map(|h| {
            Hours::parse(&format!("{}.{:02}", h / 100, h % 100))
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(shown, ["24", "24.5", "7.75", "7.05"]);
}

#[test]
fn dutch_registrations() {
    let cases = [
        ("AB-12-34", Ok("AB-12-34")),
        ("ab1234", Ok("AB-12-34")),
        ("12-34-AB", Ok("12-34-AB")),
        ("12-AB-34", Ok("12-AB-34")),
        ("AB-12-CD", Ok("AB-12-CD")),
        ("XX-XX-99", Ok("XX-XX-99")),
        ("99-XX-XX", Ok("99-XX-XX")),
        ("99-XXX-9", Ok("99-XXX-9")),
        ("1-abc-23", Ok("1-ABC-23")),
        ("GV 123 B", Ok("GV-123-B")),
        ("K-123-XX", Ok("K-123-XX")),
        ("XXX-99-X", Ok("XXX-99-X")),
        ("X-99-XXX", Ok("X-99-XXX")),
        ("9-XX-999", Ok("9-XX-999")),
        ("999-XX-9", Ok("999-XX-9")),
        ("ABC123", Err(Problem::Registration)),
        ("123456", Err(Problem::Registration)),
        ("ABCDEF", Err(Problem::Registration)),
        ("AB-12-3", Err(Problem::Registration)),
        ("AB-12-345", Err(Problem::Registration)),
        ("ÄB-12-34", Err(Problem::Registration)),
        ("AB_12_34", Err(Problem::Registration)),
    ];
    for (input, expected) in cases {
        let got = Registration::parse(input).map(|r| r.to_string());
        assert_eq!(got.as_deref(), expected.as_ref().map(|s| *s), "{input}");
    }
    assert_eq!(Registration::parse("gv-123-b").unwrap().as_str(), "GV123B");
}

#[test]
fn months() {
    let month = YearMonth::parse("2026-02").unwrap();
    assert_eq!((month.year(), month.month()), (2026, time::Month::February));
    assert_eq!(month.to_string(), "2026-02");
    assert_eq!(month.first_day(), date!(2026 - 02 - 01));
    for bad in [
        "2026-00", "2026-13", "1899-12", "2101-01", "2026-2", "2026/02", "202602",
    ] {
        assert_eq!(YearMonth::parse(bad), Err(Problem::NotAMonth), "{bad}");
    }
}

#[test]
fn field_specs_follow_the_naming_rule() {
    let mut kinds_seen = Vec::new();
    for kind in ChangeKind::ALL {
        assert_eq!(ChangeKind::parse(kind.id()), Some(kind));
        assert_eq!(kind.label_id(), format!("notice-kind-{}", kind.id()));
        kinds_seen.push(kind.id());
        let fields = kind.fields();
        for (i, spec) in fields.iter().enumerate() {
            let label = format!("notice-field-{}-{}", kind.id(), spec.key);
            check_spec(spec, &label);
            assert!(
                !fields[..i].iter().any(|s| s.key == spec.key),
                "{} twice",
                spec.key
            );
        }
        assert!(
            fields
                .iter()
                .any(|s| s.input == Input::Date || s.input == Input::Month),
            "{kind:?} has a date"
        );
    }
    assert_eq!(ChangeKind::parse("holiday"), None);
    for spec in PersonDetails::FIELDS {
        check_spec(&spec, &format!("notice-field-person-{}", spec.key));
    }
    assert_eq!(
        WorkEvent::ALL.map(|e| e.choice().value),
        ["started", "hours-changed", "stopped"]
    );
    assert_eq!(
        GiftKind::ALL.map(|k| k.choice().value),
        ["gift", "inheritance"]
    );
}

fn check_spec(spec: &FieldSpec, label: &str) {
    assert_eq!(spec.label, label);
    if let Some(hint) = spec.hint {
        assert_eq!(hint, format!("{label}-hint"));
    }
    if let Input::Choice(choices) = spec.input {
        for choice in choices {
            assert_eq!(choice.label, format!("{label}-{}", choice.value));
            assert!(choice.value.len() <= spec.max_chars);
        }
    }
    assert!(spec.max_chars > 0);
}
