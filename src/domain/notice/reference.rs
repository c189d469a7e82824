//! Reference numbers for receipts: `MW-7KQD-3FXP`.
//!
//! Residents read them out on the phone and type them from paper, so:
//! - **Alphabet** (23 characters): `3 4 6 7 9 A C D E F G H J K M N P Q R T W X Y`.
//!   Left out because they look or sound like another character: `0 O` `1 I L` `2 Z`
//!   `5 S` `8 B` `U V`.
//! - **Format**: `MW-` and eight characters in two groups of four. The first seven are
//!   random; the eighth is a check character.
//! - **Check character**: the characters' values (their place in the alphabet, 0–22)
//!   times the weights 1 to 8 add up to a multiple of 23. Because 23 is prime and the
//!   weights differ, every single wrong character and every swap of two different
//!   characters is caught, so a typo on the phone never finds another notice.
//! - **Collision space**: 23^7 = 3,404,825,447 references. A new reference meets an
//!   existing one with a chance of n in 3.4 billion (n notices stored), but among
//!   10,000 notices two alike are about 1.5% likely (birthday bound). The store must
//!   keep references unique and draw again on a clash.
//! - **Randomness**: [`Reference::generate`] takes eight random bytes from the caller
//!   (the server's random number generator); the domain has no source of its own.
//!
//! [`Reference::parse`] reads what a resident types: lower case, spaces, missing dashes,
//! and with or without `MW`.

use super::fields::Problem;
use std::fmt;

pub const ALPHABET: &[u8; 23] = b"34679ACDEFGHJKMNPQRTWXY";
const BASE: u64 = ALPHABET.len() as u64;
const PREFIX: &str = "MW";
/// Characters after the prefix, the check character included.
const LEN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference(String);

impl Reference {
    /// How many random bytes [`Reference::generate`] takes.
    pub const RANDOM_BYTES: usize = 8;

    /// A new reference from random bytes. 2^64 values spread over 23^7 references
    /// leave a bias of less than one in five billion.
    pub fn generate(random: [u8; Self::RANDOM_BYTES]) -> Reference {
        let mut n = u64::from_be_bytes(random);
        let mut values = [0u8; LEN];
        for value in values.iter_mut().take(LEN - 1) {
            *value = (n % BASE) as u8;
            n /= BASE;
        }
        values[LEN - 1] = check_value(&values[..LEN - 1]);
        Reference(
            values
                .iter()
                .map(|&v| ALPHABET[v as usize] as char)
                .collect(),
        )
    }

    /// Reads a reference as a resident types it: `MW-7KQD-3FXP`, `mw 7kqd 3fxp`,
    /// `7KQD3FXP`. A wrong character or a wrong check character is refused.
    pub fn parse(input: &str) -> Result<Reference, Problem> {
        let compact: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .collect::<String>()
            .to_ascii_uppercase();
        let chars = match compact.strip_prefix(PREFIX) {
            Some(rest) if compact.len() == PREFIX.len() + LEN => rest,
            _ => compact.as_str(),
        };
        if chars.len() != LEN {
            return Err(Problem::ReferenceFormat);
        }
        let values: Option<Vec<u8>> = chars.bytes().map(value_of).collect();
        let values = values.ok_or(Problem::ReferenceFormat)?;
        if !weighted_sum(&values).is_multiple_of(BASE) {
            return Err(Problem::ReferenceCheck);
        }
        Ok(Reference(chars.to_owned()))
    }
}

fn value_of(c: u8) -> Option<u8> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u8)
}

/// Σ weight × value, the weights counting from 1.
fn weighted_sum(values: &[u8]) -> u64 {
    values
        .iter()
        .zip(1..)
        .map(|(&v, weight)| weight * u64::from(v))
        .sum()
}

/// The value that makes the weighted sum of all eight a multiple of 23: with weight 8
/// for the check character, it is −3 × the sum of the first seven (8 × 3 = 24 ≡ 1).
fn check_value(first_seven: &[u8]) -> u8 {
    let sum = weighted_sum(first_seven) % BASE;
    ((BASE - (3 * sum) % BASE) % BASE) as u8
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}-{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Reference {
        Reference::generate([0x9e, 0x37, 0x79, 0xb9, 0x7f, 0x4a, 0x7c, 0x15])
    }

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for c in b"0O1IL2Z5S8BUV" {
            assert!(!ALPHABET.contains(c), "{}", *c as char);
        }
        for (i, c) in ALPHABET.iter().enumerate() {
            assert!(c.is_ascii_uppercase() || c.is_ascii_digit());
            assert!(!ALPHABET[..i].contains(c), "once: {}", *c as char);
        }
    }

    #[test]
    fn generated_references_have_the_format_and_parse_back() {
        for seed in 0u64..2000 {
            let random = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_be_bytes();
            let reference = Reference::generate(random);
            let text = reference.to_string();
            assert_eq!(text.len(), 12, "{text}");
            assert!(text.starts_with("MW-") && &text[7..8] == "-", "{text}");
            assert_eq!(Reference::parse(&text), Ok(reference), "{text}");
        }
        assert_eq!(Reference::generate([0; 8]).to_string(), "MW-3333-3333");
        assert_eq!(
            Reference::generate([0xff; 8]),
            Reference::parse(&Reference::generate([0xff; 8]).to_string()).unwrap()
        );
    }

    #[test]
    fn every_character_turns_up_at_every_random_place() {
        let mut seen = [[false; 23]; LEN - 1];
        for seed in 0u64..5000 {
            let random = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_be_bytes();
            let reference = Reference::generate(random);
            for (place, c) in reference.0.bytes().take(LEN - 1).enumerate() {
                seen[place][value_of(c).unwrap() as usize] = true;
            }
        }
        assert!(seen.iter().all(|place| place.iter().all(|&s| s)));
    }

    #[test]
    fn residents_may_type_it_loosely() {
        let reference = sample();
        let text = reference.to_string();
        let compact: String = text.chars().filter(|c| *c != '-').collect();
        let variants = [
            text.clone(),
            text.to_lowercase(),
            compact.clone(),
            compact[2..].to_owned(),
            format!("  {} ", text.replace('-', " ")),
            format!("{} {}", &compact[2..6], &compact[6..]).to_lowercase(),
        ];
        for input in variants {
            assert_eq!(Reference::parse(&input), Ok(reference.clone()), "{input}");
        }
    }

    #[test]
    fn wrong_references_are_refused() {
        let text = sample().to_string();
        let cases = [
            (String::new(), Problem::ReferenceFormat),
            ("MW-".to_owned(), Problem::ReferenceFormat),
            (text[..11].to_owned(), Problem::ReferenceFormat),
            (format!("{text}3"), Problem::ReferenceFormat),
            ("MW-3333-333O".to_owned(), Problem::ReferenceFormat),
            ("MW-3333-3335".to_owned(), Problem::ReferenceFormat),
            ("XX-3333-3333".to_owned(), Problem::ReferenceFormat),
            ("MW-3333-3334".to_owned(), Problem::ReferenceCheck),
        ];
        for (input, expected) in cases {
            assert_eq!(Reference::parse(&input), Err(expected), "{input}");
        }
    }

    #[test]
    fn every_typo_and_every_swap_is_caught() {
        for seed in [1u64, 77, 123_456_789, u64::MAX] {
            let good = Reference::generate(seed.to_be_bytes()).0.into_bytes();
            for place in 0..LEN {
                for &c in ALPHABET {
                    if c == good[place] {
                        continue;
                    }
                    let mut typo = good.clone();
                    typo[place] = c;
                    let typo = String::from_utf8(typo).unwrap();
                    assert_eq!(Reference::parse(&typo), Err(Problem::ReferenceCheck));
                }
            }
            for i in 0..LEN {
                for j in i + 1..LEN {
                    if good[i] == good[j] {
                        continue;
                    }
                    let mut swapped = good.clone();
                    swapped.swap(i, j);
                    let swapped = String::from_utf8(swapped).unwrap();
                    assert_eq!(Reference::parse(&swapped), Err(Problem::ReferenceCheck));
                }
            }
        }
    }
}
