//! Property tests of the parsers that read what outsiders send: the self-check rule
//! file, the BSN and the IBAN, and the form decoders of the change notice and the
//! staff forms. Arbitrary and mutated input must never panic; errors are errors, and
//! what is valid by construction is accepted. The case counts are small so the suite
//! runs in seconds with `cargo test`; raise `PROPTEST_CASES` to search longer.

use meldwijzer::domain::notice::{Bsn, Change, ChangeKind, Iban, PersonDetails};
use meldwijzer::domain::selfcheck::Rules;
use meldwijzer::server::form::decode;
use proptest::prelude::*;
use time::macros::date;

const RULES: &str = include_str!("../../content/selfcheck.toml");

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are reported with their input; no files in the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------
// The self-check rule file

/// One change to a rule file: a line dropped, doubled or replaced by garbage, a
/// byte range cut out, or the file cut short.
#[derive(Debug, Clone)]
enum Mutation {
    DropLine(usize),
    DoubleLine(usize),
    ReplaceLine(usize, String),
    Cut(usize, usize),
    Truncate(usize),
    Insert(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let garbage = prop_oneof![
        "[ -~]{0,40}",
        Just("[[question]]".to_owned()),
        Just("id = \"work\"".to_owned()),
        Just("kind = \"nonsense\"".to_owned()),
        Just("when = { all = [] }".to_owned()),
        Just("\"".to_owned()),
        Just("x = 99999999999999999999999".to_owned()),
        Just("[[outcome]]".to_owned()),
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::DoubleLine),
        (any::<usize>(), garbage.clone()).prop_map(|(i, s)| Mutation::ReplaceLine(i, s)),
        (any::<usize>(), 0..200usize).prop_map(|(i, n)| Mutation::Cut(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), garbage).prop_map(|(i, s)| Mutation::Insert(i, s)),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    // Byte offsets are moved back to a character boundary.
    let boundary = |mut i: usize| {
        i %= text.len().max(1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match mutation {
        Mutation::DropLine(i) => {
            lines.remove(i % n);
        }
        Mutation::DoubleLine(i) => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Mutation::ReplaceLine(i, s) => lines[i % n] = s.clone(),
        Mutation::Insert(i, s) => lines.insert(i % n, s.clone()),
        Mutation::Cut(i, len) => {
            let start = boundary(*i);
            let end = boundary((start + len).min(text.len() - 1));
            let end = end.max(start);
            return format!("{}{}", &text[..start], &text[end..]);
        }
        Mutation::Truncate(i) => return text[..boundary(*i)].to_owned(),
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn mutated_rule_files_never_panic(mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut text = RULES.to_owned();
        for m in &mutations {
            text = apply(&text, m);
        }
        match Rules::parse(&text) {
            Ok(_) => {}
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn arbitrary_text_is_no_rule_file(text in "\\PC{0,300}") {
        // Almost nothing random is a valid rule file; whatever it is, no panic.
        if let Err(error) = Rules::parse(&text) {
            prop_assert!(!error.to_string().is_empty());
        }
    }
}

#[test]
fn the_shipped_rule_file_parses() {
    Rules::parse(RULES).unwrap();
}

// ---------------------------------------------------------------------------------
// BSN

const BSN_WEIGHTS: [i32; 9] = [9, 8, 7, 6, 5, 4, 3, 2, -1];

fn passes_11_proef(digits: &[u8; 9]) -> bool {
    let sum: i32 = digits
        .iter()
        .zip(BSN_WEIGHTS)
        .map(|(d, w)| i32::from(*d) * w)
        .sum();
    sum % 11 == 0
}

/// BSNs that pass the 11-proef: eight random digits and the ninth that fits (draws
/// where no digit fits are dropped).
fn valid_bsn() -> impl Strategy<Value = [u8; 9]> {
    prop::array::uniform8(0u8..10)
        .prop_filter_map("no ninth digit fits", |first| {
            (0u8..10).find_map(|last| {
                let mut digits = [0u8; 9];
                digits[..8].copy_from_slice(&first);
                digits[8] = last;
                passes_11_proef(&digits).then_some(digits)
            })
        })
        .prop_filter("000000000 is no one's", |d| d.iter().any(|&x| x != 0))
}

fn text_of(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_text_is_read_as_a_bsn_without_panic(text in "\\PC{0,30}") {
        let _ = Bsn::parse(&text);
    }

    #[test]
    fn bsns_that_pass_the_11_proef_are_accepted(digits in valid_bsn(), spaced in any::<bool>()) {
        let text = text_of(&digits);
        let typed = if spaced {
            format!("{} {} {}", &text[..3], &text[3..6], &text[6..])
        } else {
            text.clone()
        };
        let bsn = Bsn::parse(&typed);
        prop_assert!(bsn.is_ok(), "{typed}");
        let bsn = bsn.unwrap();
        prop_assert_eq!(bsn.full_number(), text.as_str());
    }

    #[test]
    fn one_changed_digit_is_refused(digits in valid_bsn(), at in 0usize..9, by in 1u8..10) {
        let mut changed = digits;
        changed[at] = (changed[at] + by) % 10;
        let text = text_of(&changed);
        prop_assert!(Bsn::parse(&text).is_err(), "{} accepted after changing {}", text, at);
    }
}

// ---------------------------------------------------------------------------------
// IBAN

/// The ISO 13616 check: the IBAN moved four places and read as a number, mod 97.
fn mod97(iban: &str) -> u32 {
    let moved = format!("{}{}", &iban[4..], &iban[..4]);
    moved.chars().fold(0u32, |acc, c| {
        let value = c.to_digit(36).unwrap();
        if value < 10 {
            (acc * 10 + value) % 97
        } else {
            (acc * 100 + value) % 97
        }
    })
}

/// Dutch IBANs with right check digits: four bank letters and ten digits.
fn valid_dutch_iban() -> impl Strategy<Value = String> {
    ("[A-Z]{4}", "[0-9]{10}").prop_map(|(bank, account)| {
        let bare = format!("NL00{bank}{account}");
        let check = 98 - mod97(&bare);
        format!("NL{check:02}{bank}{account}")
    })
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_text_is_read_as_an_iban_without_panic(text in "\\PC{0,40}") {
        let _ = Iban::parse(&text);
    }

    #[test]
    fn iban_like_text_never_panics(text in "[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{0,36}") {
        let _ = Iban::parse(&text);
    }

    #[test]
    fn dutch_ibans_with_right_check_digits_are_accepted(iban in valid_dutch_iban(), lower in any::<bool>()) {
        let typed = if lower { iban.to_lowercase() } else { iban.clone() };
        let parsed = Iban::parse(&typed);
        prop_assert!(parsed.is_ok(), "{typed}");
        let parsed = parsed.unwrap();
        prop_assert_eq!(parsed.electronic(), iban.as_str());
    }

    #[test]
    fn a_changed_check_digit_is_refused(iban in valid_dutch_iban(), by in 1u8..10) {
        let mut bytes = iban.into_bytes();
        bytes[3] = b'0' + (bytes[3] - b'0' + by) % 10;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(Iban::parse(&changed).is_err(), "{changed}");
    }
}

// ---------------------------------------------------------------------------------
// Form decoders: the URL-encoded forms of the change notice and the staff area, and
// the domain readers of the notice steps behind them.

/// Form bodies: arbitrary bytes, and bodies made of form-like pieces.
fn form_body() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"&".to_vec()),
        Just(b"=".to_vec()),
        Just(b"%".to_vec()),
        Just(b"+".to_vec()),
        "%[0-9A-Fa-f]{2}".prop_map(String::into_bytes),
        "[a-z_-]{1,8}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 1..4),
    ];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200),
        prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat()),
    ]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_form_decoder_never_panics_and_agrees_on_text(body in form_body()) {
        match decode(&body) {
            // What it reads is what every browser-facing decoder reads.
            Ok(pairs) => {
                let lossy: Vec<(String, String)> = form_urlencoded::parse(&body)
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                prop_assert_eq!(pairs, lossy);
            }
            // It refuses only what is not text once decoded.
            Err(_) => {
                let lossy = form_urlencoded::parse(&body)
                    .any(|(k, v)| k.contains('\u{FFFD}') || v.contains('\u{FFFD}'));
                prop_assert!(lossy);
            }
        }
    }

    #[test]
    fn encoded_text_decodes_to_itself(pairs in prop::collection::vec(("\\PC{0,12}", "\\PC{0,24}"), 0..8)) {
        let mut body = form_urlencoded::Serializer::new(String::new());
        for (name, value) in &pairs {
            body.append_pair(name, value);
        }
        let body = body.finish();
        let decoded = decode(body.as_bytes()).unwrap();
        let expected: Vec<(String, String)> =
            pairs.into_iter().filter(|(k, v)| !(k.is_empty() && v.is_empty())).collect();
        // `a=` and `=` pieces: an empty name with an empty value is an empty piece.
        prop_assert_eq!(
            decoded.into_iter().filter(|(k, v)| !(k.is_empty() && v.is_empty())).collect::<Vec<_>>(),
            expected
        );
    }
}

/// The field names the readers know, and some they do not.
fn notice_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let mut keys: Vec<&'static str> = PersonDetails::FIELDS.iter().map(|f| f.key).collect();
    for kind in ChangeKind::ALL {
        keys.extend(kind.fields().iter().map(|f| f.key));
    }
    keys.extend(["_csrf", "", "x"]);
    let value = prop_oneof![
        "\\PC{0,40}",
        "[0-9 .,-]{0,14}",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        Just("yes".to_owned()),
        Just("no".to_owned()),
    ];
    prop::collection::vec((prop::sample::select(keys), value), 0..20)
        .prop_map(|pairs| pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn the_notice_steps_read_any_form_without_panic(
        pairs in notice_pairs(),
        kind in prop::sample::select(ChangeKind::ALL.to_vec()),
    ) {
        let borrowed: Vec<(&str, &str)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let today = date!(2026 - 03 - 10);
        if let Err(errors) = PersonDetails::from_fields(&borrowed, today) {
            prop_assert!(!errors.is_empty());
        }
        if let Err(errors) = Change::from_fields(kind, &borrowed, today) {
            prop_assert!(!errors.is_empty());
        }
    }
}

#[test]
fn deeply_nested_rule_files_are_refused_without_a_crash() {
    // A parser that recurses per level would overflow the stack and end the process.
    for depth in [100, 10_000, 100_000] {
        let arrays = format!("a = {}{}", "[".repeat(depth), "]".repeat(depth));
        let tables = format!("a = {}{}", "{ b = ".repeat(depth), "1 }".repeat(depth));
        for text in [arrays, tables] {
            let result = std::thread::Builder::new()
                // Half of a tokio worker's stack.
                .stack_size(1024 * 1024)
                .spawn(move || Rules::parse(&text).is_err())
                .unwrap()
                .join();
            assert!(matches!(result, Ok(true)), "depth {depth}");
        }
    }
}
