//! The IBAN (ISO 13616): country code, two check digits and the national account
//! number, of a fixed length per country. Checked here: the characters, the country,
//! its length, and the check digits (mod 97 = 1). Not checked: the national format of
//! the account number behind the check digits; the bank does that.
//!
//! The countries are those of SWIFT's IBAN registry (89, as of 2024), so an account
//! abroad can be reported too, which residents with bijstand must do. Every SEPA country
//! is among them, the Netherlands with 18 characters.

use super::fields::Problem;
use std::fmt;

/// Countries and the length of their IBAN.
const LENGTHS: [(&str, usize); 89] = [
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HN", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// The longest IBAN of any country.
pub const MAX_IBAN_LEN: usize = 34;

/// A checked IBAN in electronic format: upper case, no spaces.
///
/// `Display` groups it in blocks of four (`NL91 ABNA 0417 1643 00`), for the resident's
/// own "check your answers" page. `Debug` and [`Iban::masked`] show only the country and
/// the last four characters, so a `{:?}` in a log line cannot leak the account.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Iban(String);

impl Iban {
    /// Reads an IBAN as residents type or paste it: spaces (and dashes) anywhere, lower
    /// case.
    pub fn parse(input: &str) -> Result<Iban, Problem> {
        let iban: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .collect::<String>()
            .to_ascii_uppercase();
        if iban.is_empty() || !iban.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Problem::IbanCharacters);
        }
        let country = iban.get(..2).unwrap_or_default();
        let Some(&(_, length)) = LENGTHS.iter().find(|(c, _)| *c == country) else {
            return Err(Problem::IbanCountry);
        };
        if iban.len() != length {
            return Err(Problem::IbanLength);
        }
        let check_digits = &iban[2..4];
        if !check_digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Problem::IbanCharacters);
        }
        // ISO 13616 check digits run from 02 to 98; 00, 01 and 99 leave the same
        // remainder as 97, 98 and 02, so mod 97 alone would take them.
        let in_range = check_digits
            .parse::<u32>()
            .is_ok_and(|c| (2..=98).contains(&c));
        if !in_range || mod97(&iban) != 1 {
            return Err(Problem::IbanCheck);
        }
        Ok(Iban(iban))
    }

    /// Upper case, no spaces: for storage and payments.
    pub fn electronic(&self) -> &str {
        &self.0
    }

    pub fn country(&self) -> &str {
        &self.0[..2]
    }

    /// For receipts: the grouped IBAN with everything but the country and the last four
    /// characters hidden, `NL** **** **** **43 00`.
    pub fn masked(&self) -> String {
        let visible_from = self.0.len() - 4;
        let masked: String = self
            .0
            .char_indices()
            .map(|(i, c)| if i < 2 || i >= visible_from { c } else { '*' })
            .collect();
        group(&masked)
    }
}

/// Blocks of four characters, separated by a space.
fn group(text: &str) -> String {
    let mut grouped = String::with_capacity(text.len() + text.len() / 4);
    for (i, c) in text.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    grouped
}

/// The IBAN's remainder after division by 97: the first four characters moved to the
/// end, each letter read as two digits (A = 10 … Z = 35). The number has up to 68
/// digits, so the remainder is built digit by digit instead of with a big integer.
fn mod97(iban: &str) -> u32 {
    let rearranged = iban[4..].bytes().chain(iban[..4].bytes());
    rearranged.fold(0, |remainder, b| {
        if b.is_ascii_digit() {
            (remainder * 10 + u32::from(b - b'0')) % 97
        } else {
            (remainder * 100 + u32::from(b - b'A') + 10) % 97
        }
    })
}

impl fmt::Display for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&group(&self.0))
    }
}

impl fmt::Debug for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iban({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_of_several_countries() {
        let cases = [
            ("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"),
            ("nl91 abna 0417 1643 00", "NL91 ABNA 0417 1643 00"),
            ("  NL91ABNA 04171643 00 ", "NL91 ABNA 0417 1643 00"),
            ("NL91-ABNA-0417-1643-00", "NL91 ABNA 0417 1643 00"),
            ("BE68539007547034", "BE68 5390 0754 7034"),
            ("DE89370400440532013000", "DE89 3704 0044 0532 0130 00"),
            (
                "FR1420041010050500013M02606",
                "FR14 2004 1010 0505 0001 3M02 606",
            ),
            ("GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19"),
            ("NO9386011117947", "NO93 8601 1117 947"),
            (
                "MT84MALT011000012345MTLCAST001S",
                "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            ),
            (
                "PL61109010140000071219812874",
                "PL61 1090 1014 0000 0712 1981 2874",
            ),
            (
                "TR330006100519786457841326",
                "TR33 0006 1005 1978 6457 8413 26",
            ),
            (
                "UA213223130000026007233566001",
                "UA21 3223 1300 0002 6007 2335 6600 1",
            ),
            (
                "LC55HEMM000100010012001200023015",
                "LC55 HEMM 0001 0001 0012 0012 0002 3015",
            ),
            ("CH9300762011623852957", "CH93 0076 2011 6238 5295 7"),
        ];
        for (input, grouped) in cases {
            let iban = Iban::parse(input).unwrap_or_else(|p| panic!("{input}: {p:?}"));
            assert_eq!(iban.to_string(), grouped, "{input}");
            assert_eq!(iban.electronic(), grouped.replace(' ', ""));
        }
    }

    #[test]
    fn wrong_ibans_say_what_is_wrong() {
        let cases = [
            ("", Problem::IbanCharacters),
            ("NL91.ABNA.0417.1643.00", Problem::IbanCharacters),
            ("NL91ÅBNA0417164300", Problem::IbanCharacters),
            ("NLXXABNA0417164300", Problem::IbanCharacters),
            ("XX91ABNA0417164300", Problem::IbanCountry),
            ("1234567", Problem::IbanCountry),
            ("N", Problem::IbanCountry),
            ("NL91ABNA041716430", Problem::IbanLength),
            ("NL91ABNA04171643000", Problem::IbanLength),
            // One character wrong, two characters swapped.
            ("NL91ABNA0417164301", Problem::IbanCheck),
            ("NL91ABNA0417163400", Problem::IbanCheck),
            ("NL19ABNA0417164300", Problem::IbanCheck),
            ("NL00ABNA0417164300", Problem::IbanCheck),
        ];
        for (input, expected) in cases {
            assert_eq!(Iban::parse(input), Err(expected), "{input}");
        }
    }

    #[test]
    fn check_digits_out_of_range_are_refused_even_when_the_remainder_fits() {
        // 00, 01 and 99 leave the same remainder as 97, 98 and 02.
        for (wrong, alias) in [(0, 97), (1, 98), (99, 2)] {
            let with = |check: u32, account: &str| format!("NL{check:02}{account}");
            let account = (0..1000)
                .map(|n| format!("ABNA0417164{n:03}"))
                .find(|a| mod97(&with(alias, a)) == 1)
                .unwrap();
            assert!(Iban::parse(&with(alias, &account)).is_ok());
            assert_eq!(mod97(&with(wrong, &account)), 1);
            assert_eq!(
                Iban::parse(&with(wrong, &account)),
                Err(Problem::IbanCheck),
                "{wrong}"
            );
        }
    }

    #[test]
    fn every_country_has_a_sensible_length_and_appears_once() {
        for (i, (country, length)) in LENGTHS.iter().enumerate() {
            assert!(country.bytes().all(|b| b.is_ascii_uppercase()), "{country}");
            assert!((15..=MAX_IBAN_LEN).contains(length), "{country}");
            assert!(
                LENGTHS[..i].iter().all(|(c, _)| c < country),
                "sorted: {country}"
            );
        }
        assert!(LENGTHS.contains(&("NL", 18)));
        // Every SEPA country.
        for sepa in [
            "AD", "AL", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GB", "GI", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD",
            "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SM", "VA",
        ] {
            assert!(LENGTHS.iter().any(|(c, _)| *c == sepa), "{sepa}");
        }
    }

    #[test]
    fn the_account_never_shows_in_logs() {
        let iban = Iban::parse("NL91ABNA0417164300").unwrap();
        assert_eq!(iban.masked(), "NL** **** **** **43 00");
        assert_eq!(format!("{iban:?}"), "Iban(NL** **** **** **43 00)");
        assert_eq!(iban.country(), "NL");
        let short = Iban::parse("NO9386011117947").unwrap();
        assert_eq!(short.masked(), "NO** **** ***7 947");
    }
}
