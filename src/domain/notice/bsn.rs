//! The burgerservicenummer (BSN): nine digits that pass the 11-proef.
//!
//! The 11-proef: multiply the digits by 9, 8, 7, 6, 5, 4, 3, 2 and −1 and add them up;
//! the sum must be divisible by 11. It catches every single wrong digit and every swap
//! of two different digits.
//!
//! Eight digits are refused, not completed with a leading zero. Some systems drop the
//! zero a BSN can start with, but eight digits are just as often a BSN with one digit
//! missing, and a zero put in front passes the 11-proef for one in eleven of those: a
//! wrong BSN in a notice costs more than asking the resident to type the zero. The error
//! message says so.
//!
//! A BSN is personal data. [`Bsn`] never prints the whole number: `Display` and `Debug`
//! show only the last three digits, so a `{:?}` in a log line cannot leak it. The whole
//! number is there for storage and the case system only: [`Bsn::full_number`].

use super::fields::Problem;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Bsn(String);

const WEIGHTS: [i32; 9] = [9, 8, 7, 6, 5, 4, 3, 2, -1];

impl Bsn {
    /// Reads a BSN as residents type it: spaces, dots and dashes between the digits are
    /// allowed and dropped (`1234.56.782`, `123 456 782`).
    pub fn parse(input: &str) -> Result<Bsn, Problem> {
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}'))
            .collect();
        if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Problem::BsnLength);
        }
        let sum: i32 = digits
            .bytes()
            .zip(WEIGHTS)
            .map(|(b, w)| i32::from(b - b'0') * w)
            .sum();
        // 000000000 passes the 11-proef but is no one's number.
        if sum % 11 != 0 || digits.bytes().all(|b| b == b'0') {
            return Err(Problem::BsnCheck);
        }
        Ok(Bsn(digits))
    }

    /// The nine digits. Only for storage and the case system; never log it.
    pub fn full_number(&self) -> &str {
        &self.0
    }

    /// For receipts and screens: only the last three digits, `******782`.
    pub fn masked(&self) -> String {
        format!("******{}", &self.0[6..])
    }
}

impl fmt::Display for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bsn({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_11_proef() {
        let cases = [
            ("123456782", Ok("123456782")),
            ("111222333", Ok("111222333")),
            ("999999990", Ok("999999990")),
            ("012345672", Ok("012345672")),
            (" 123 456 782 ", Ok("123456782")),
            ("1234.56.782", Ok("123456782")),
            ("123-456-782", Ok("123456782")),
            ("123\u{a0}456\u{a0}782", Ok("123456782")),
            // One digit wrong, two digits swapped.
            ("123456783", Err(Problem::BsnCheck)),
            ("213456782", Err(Problem::BsnCheck)),
            ("123456728", Err(Problem::BsnCheck)),
            ("000000000", Err(Problem::BsnCheck)),
            // Eight digits: not completed with a zero (see the module documentation).
            ("12345672", Err(Problem::BsnLength)),
            ("1234567820", Err(Problem::BsnLength)),
            ("12345678A", Err(Problem::BsnLength)),
            ("１２３４５６７８２", Err(Problem::BsnLength)),
            ("", Err(Problem::BsnLength)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                Bsn::parse(input)
                    .as_ref()
                    .map(Bsn::full_number)
                    .map_err(|p| *p),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn every_single_wrong_digit_is_caught() {
        let valid = "123456782";
        for position in 0..9 {
            for digit in b'0'..=b'9' {
                let mut bytes = valid.as_bytes().to_vec();
                if bytes[position] == digit {
                    continue;
                }
                bytes[position] = digit;
                let typo = String::from_utf8(bytes).unwrap();
                assert_eq!(Bsn::parse(&typo), Err(Problem::BsnCheck), "{typo}");
            }
        }
    }

    #[test]
    fn the_number_never_shows_in_full() {
        let bsn = Bsn::parse("123456782").unwrap();
        assert_eq!(bsn.masked(), "******782");
        assert_eq!(bsn.to_string(), "******782");
        assert_eq!(format!("{bsn:?}"), "Bsn(******782)");
        assert_eq!(format!("{:?}", Some(&bsn)), "Some(Bsn(******782))");
        assert!(!format!("{bsn:#?}").contains("123456"));
        assert_eq!(bsn.full_number(), "123456782");
    }
}
