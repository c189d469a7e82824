//! The first step: who sends the notice. Name, BSN and date of birth; a phone number and
//! an e-mail address if the resident wants to be contacted that way; and for a couple,
//! the partner's name, BSN and date of birth (bijstand is paid to both partners
//! together, so a change notice is about both).
//!
//! Form keys: `name`, `bsn`, `date-of-birth`, `phone`, `email`, `partner` (`yes` or
//! `no`), and with `yes`: `partner-name`, `partner-bsn`, `partner-date-of-birth`.

use super::bsn::Bsn;
use super::fields::{
    birth_date, choice, single_line, spec_message_ids, Choice, FieldError, FieldSpec, Form, Input,
    Need, Problem,
};
use crate::config::residents::AssuranceLevel;
use crate::domain::selfcheck::format_date;
use std::fmt;
use time::Date;

/// Who sends the notice.
///
/// Without DigiD the resident types their BSN ([`Identity::Typed`]). Signed in with
/// DigiD, the BSN (and the name, when the broker gives one) comes from the sign-in and
/// cannot be changed on the form ([`Identity::Verified`]); the rest is typed as before.
///
/// Code that needs the BSN or the name asks [`Identity::bsn`] and [`Identity::name`],
/// never the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    Typed(PersonDetails),
    Verified {
        details: PersonDetails,
        level: AssuranceLevel,
    },
}

impl Identity {
    pub fn details(&self) -> &PersonDetails {
        match self {
            Identity::Typed(details) | Identity::Verified { details, .. } => details,
        }
    }

    pub fn bsn(&self) -> &Bsn {
        &self.details().bsn
    }

    pub fn name(&self) -> &str {
        &self.details().name
    }

    pub fn partner(&self) -> Option<&Partner> {
        self.details().partner.as_ref()
    }

    /// The DigiD level of assurance, when the BSN was proven.
    pub fn level(&self) -> Option<AssuranceLevel> {
        match self {
            Identity::Typed(_) => None,
            Identity::Verified { level, .. } => Some(*level),
        }
    }

    /// The form pairs of this step, for "change your answers".
    pub fn to_fields(&self) -> Vec<(&'static str, String)> {
        self.details().to_fields()
    }
}

/// What the resident typed in the first step. `Debug` shows none of it but the masked
/// BSN, so a logged draft leaks no one's details.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonDetails {
    pub name: String,
    pub bsn: Bsn,
    pub date_of_birth: Date,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub partner: Option<Partner>,
}

/// The partner of a couple.
#[derive(Clone, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    pub bsn: Bsn,
    pub date_of_birth: Date,
}

/// A phone number as typed: digits, spaces, dashes and a `+` in front; 8 to 15 digits
/// (E.164 has at most 15). Kept as typed, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

/// An e-mail address that looks like one: one `@`, something before it, a domain with
/// a dot after it, no spaces. Whether it exists only a mail can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

const MIN_PHONE_DIGITS: usize = 8;
const MAX_PHONE_DIGITS: usize = 15;

impl Phone {
    pub fn parse(value: &str) -> Result<Phone, Problem> {
        let value = value.trim();
        let body = value.strip_prefix('+').unwrap_or(value);
        let allowed = body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
        let digits = body.chars().filter(char::is_ascii_digit).count();
        if allowed && (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits) {
            Ok(Phone(value.to_owned()))
        } else {
            Err(Problem::Phone)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// RFC 5321 limits.
const MAX_EMAIL_LEN: usize = 254;
const MAX_LOCAL_PART_LEN: usize = 64;

impl Email {
    pub fn parse(value: &str) -> Result<Email, Problem> {
        let value = value.trim();
        let Some((local, domain)) = value.split_once('@') else {
            return Err(Problem::Email);
        };
        let labels: Vec<&str> = domain.split('.').collect();
        let ok = value.len() <= MAX_EMAIL_LEN
            && !local.is_empty()
            && local.len() <= MAX_LOCAL_PART_LEN
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ','))
            && !domain.contains('@')
            && labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if ok {
            Ok(Email(value.to_owned()))
        } else {
            Err(Problem::Email)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

const YES_NO: &[Choice] = &[
    Choice {
        value: "yes",
        label: "notice-field-person-partner-yes",
    },
    Choice {
        value: "no",
        label: "notice-field-person-partner-no",
    },
];

const NAME: FieldSpec = FieldSpec {
    key: "name",
    label: "notice-field-person-name",
    hint: None,
    input: Input::Text,
    need: Need::Required,
    max_chars: 100,
};
const BSN: FieldSpec = FieldSpec {
    key: "bsn",
    label: "notice-field-person-bsn",
    hint: Some("notice-field-person-bsn-hint"),
    input: Input::Bsn,
    need: Need::Required,
    max_chars: 15,
};
const DATE_OF_BIRTH: FieldSpec = FieldSpec {
    key: "date-of-birth",
    label: "notice-field-person-date-of-birth",
    hint: None,
    input: Input::Date,
    need: Need::Required,
    max_chars: 10,
};
const PHONE: FieldSpec = FieldSpec {
    key: "phone",
    label: "notice-field-person-phone",
    hint: Some("notice-field-person-phone-hint"),
    input: Input::Phone,
    need: Need::Optional,
    max_chars: 20,
};
const EMAIL: FieldSpec = FieldSpec {
    key: "email",
    label: "notice-field-person-email",
    hint: None,
    input: Input::Email,
    need: Need::Optional,
    max_chars: MAX_EMAIL_LEN,
};
const PARTNER: FieldSpec = FieldSpec {
    key: "partner",
    label: "notice-field-person-partner",
    hint: None,
    input: Input::Choice(YES_NO),
    need: Need::Required,
    max_chars: 20,
};
const WITH_PARTNER: Need = Need::IfChosen {
    field: "partner",
    value: "yes",
};
const PARTNER_NAME: FieldSpec = FieldSpec {
    key: "partner-name",
    label: "notice-field-person-partner-name",
    need: WITH_PARTNER,
    ..NAME
};
const PARTNER_BSN: FieldSpec = FieldSpec {
    key: "partner-bsn",
    label: "notice-field-person-partner-bsn",
    hint: None,
    need: WITH_PARTNER,
    ..BSN
};
const PARTNER_DATE_OF_BIRTH: FieldSpec = FieldSpec {
    key: "partner-date-of-birth",
    label: "notice-field-person-partner-date-of-birth",
    need: WITH_PARTNER,
    ..DATE_OF_BIRTH
};

impl PersonDetails {
    /// The fields of this step, in page order.
    pub const FIELDS: [FieldSpec; 9] = [
        NAME,
        BSN,
        DATE_OF_BIRTH,
        PHONE,
        EMAIL,
        PARTNER,
        PARTNER_NAME,
        PARTNER_BSN,
        PARTNER_DATE_OF_BIRTH,
    ];

    /// Every message id the labels of this step use.
    pub fn message_ids() -> Vec<&'static str> {
        spec_message_ids(&Self::FIELDS)
    }

    /// Reads the step's form. Dates of birth may not lie after `today`. With
    /// `partner=no` the partner's fields are not read.
    pub fn from_fields(
        fields: &[(&str, &str)],
        today: Date,
    ) -> Result<PersonDetails, Vec<FieldError>> {
        let mut form = Form::new(fields, &Self::FIELDS);
        let name = form.get(&NAME, single_line);
        let bsn = form.get(&BSN, Bsn::parse);
        let date_of_birth = form.get(&DATE_OF_BIRTH, |v| birth_date(v, today));
        let phone = form.get(&PHONE, Phone::parse);
        let email = form.get(&EMAIL, Email::parse);
        let has_partner = form.get(&PARTNER, |v| choice(v, YES_NO).map(|c| c.value == "yes"));
        let partner = if has_partner == Some(true) {
            let name = form.get_required(&PARTNER_NAME, single_line);
            let partner_bsn = form.get_required(&PARTNER_BSN, Bsn::parse);
            if partner_bsn.is_some() && partner_bsn == bsn {
                form.error(PARTNER_BSN.key, Problem::PartnerBsnSame);
            }
            let date_of_birth = form.get_required(&PARTNER_DATE_OF_BIRTH, |v| birth_date(v, today));
            match (name, partner_bsn, date_of_birth) {
                (Some(name), Some(bsn), Some(date_of_birth)) => Some(Partner {
                    name,
                    bsn,
                    date_of_birth,
                }),
                _ => None,
            }
        } else {
            None
        };
        let details = match (name, bsn, date_of_birth, has_partner) {
            (Some(name), Some(bsn), Some(date_of_birth), Some(_)) => Some(PersonDetails {
                name,
                bsn,
                date_of_birth,
                phone,
                email,
                partner,
            }),
            _ => None,
        };
        form.finish(details)
    }

    /// The form pairs; [`PersonDetails::from_fields`] reads them back.
    pub fn to_fields(&self) -> Vec<(&'static str, String)> {
        let mut fields = vec![
            (NAME.key, self.name.clone()),
            (BSN.key, self.bsn.full_number().to_owned()),
            (DATE_OF_BIRTH.key, format_date(self.date_of_birth)),
        ];
        if let Some(phone) = &self.phone {
            fields.push((PHONE.key, phone.as_str().to_owned()));
        }
        if let Some(email) = &self.email {
            fields.push((EMAIL.key, email.as_str().to_owned()));
        }
        match &self.partner {
            Some(partner) => fields.extend([
                (PARTNER.key, "yes".to_owned()),
                (PARTNER_NAME.key, partner.name.clone()),
                (PARTNER_BSN.key, partner.bsn.full_number().to_owned()),
                (
                    PARTNER_DATE_OF_BIRTH.key,
                    format_date(partner.date_of_birth),
                ),
            ]),
            None => fields.push((PARTNER.key, "no".to_owned())),
        }
        fields
    }
}

impl fmt::Debug for PersonDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PersonDetails")
            .field("bsn", &self.bsn)
            .field("phone", &self.phone.is_some())
            .field("email", &self.email.is_some())
            .field("partner", &self.partner)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Partner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Partner")
            .field("bsn", &self.bsn)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 10);

    fn errors(pairs: &[(&str, &str)]) -> Vec<(String, Problem)> {
        match PersonDetails::from_fields(pairs, TODAY) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
        }
    }

    #[test]
    fn a_resident_with_a_partner_round_trips() {
        let pairs = [
            ("name", "  Fatima El Amrani "),
            ("bsn", "1234.56.782"),
            ("date-of-birth", "1985-06-01"),
            ("phone", "+31 6 1234 5678"),
            ("email", "fatima@example.nl"),
            ("partner", "yes"),
            ("partner-name", "Youssef El Amrani"),
            ("partner-bsn", "111 222 333"),
            ("partner-date-of-birth", "1983-11-30"),
            ("_csrf", "token"),
        ];
        let details = PersonDetails::from_fields(&pairs, TODAY).unwrap();
        assert_eq!(details.name, "Fatima El Amrani");
        assert_eq!(details.bsn.full_number(), "123456782");
        let partner = details.partner.as_ref().unwrap();
        assert_eq!(partner.bsn.full_number(), "111222333");
        let identity = Identity::Typed(details.clone());
        assert_eq!(identity.bsn(), &details.bsn);
        assert_eq!(identity.name(), "Fatima El Amrani");
        assert_eq!(identity.partner(), Some(partner));
        let back = identity.to_fields();
        let back: Vec<(&str, &str)> = back.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(PersonDetails::from_fields(&back, TODAY), Ok(details));
    }

    #[test]
    fn a_resident_alone_needs_no_phone_or_email() {
        let pairs = [
            ("name", "Олена Коваленко"),
            ("bsn", "999999990"),
            ("date-of-birth", "1990-01-31"),
            ("phone", ""),
            ("partner", "no"),
            // Typed before choosing "no": not read.
            ("partner-name", "x"),
            ("partner-bsn", "nonsense"),
        ];
        let details = PersonDetails::from_fields(&pairs, TODAY).unwrap();
        assert_eq!(details.phone, None);
        assert_eq!(details.email, None);
        assert_eq!(details.partner, None);
        let back = details.to_fields();
        let back: Vec<(&str, &str)> = back.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(PersonDetails::from_fields(&back, TODAY), Ok(details));
    }

    #[test]
    fn wrong_fields_are_named() {
        /// A valid form with some fields replaced, removed (`<absent>`) or added.
        fn with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
            let good = [
                ("name", "Jan"),
                ("bsn", "123456782"),
                ("date-of-birth", "1980-01-01"),
                ("partner", "no"),
            ];
            let mut pairs: Vec<_> = good
                .into_iter()
                .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
                .collect();
            pairs.extend(changes.iter().filter(|(_, v)| *v != "<absent>"));
            pairs
        }
        let long_name = "x".repeat(101);
        type Case<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, Problem)>);
        let cases: Vec<Case> = vec![
            (with(&[]), vec![]),
            (
                with(&[("name", "<absent>")]),
                vec![("name", Problem::Missing)],
            ),
            (
                with(&[("name", long_name.as_str())]),
                vec![("name", Problem::TooLong { max: 100 })],
            ),
            (
                with(&[("name", "Jan\u{0}")]),
                vec![("name", Problem::ControlCharacter)],
            ),
            (
                with(&[("bsn", "123456783")]),
                vec![("bsn", Problem::BsnCheck)],
            ),
            (
                with(&[("bsn", "12345678")]),
                vec![("bsn", Problem::BsnLength)],
            ),
            (
                with(&[("date-of-birth", "2026-03-11")]),
                vec![("date-of-birth", Problem::BirthDateInFuture)],
            ),
            (
                with(&[("date-of-birth", "1899-12-31")]),
                vec![("date-of-birth", Problem::BirthDateTooEarly)],
            ),
            (
                with(&[("date-of-birth", "1980-02-30")]),
                vec![("date-of-birth", Problem::NotADate)],
            ),
            (with(&[("phone", "06-12345678")]), vec![]),
            (
                with(&[("phone", "+31 (0)6 1234")]),
                vec![("phone", Problem::Phone)],
            ),
            (with(&[("phone", "1234")]), vec![("phone", Problem::Phone)]),
            (
                with(&[("phone", "06+12345678")]),
                vec![("phone", Problem::Phone)],
            ),
            (with(&[("email", "a@b")]), vec![("email", Problem::Email)]),
            (
                with(&[("email", "a b@c.nl")]),
                vec![("email", Problem::Email)],
            ),
            (with(&[("email", "@c.nl")]), vec![("email", Problem::Email)]),
            (
                with(&[("email", "a@@c.nl")]),
                vec![("email", Problem::Email)],
            ),
            (
                with(&[("email", "a@c..nl")]),
                vec![("email", Problem::Email)],
            ),
            (with(&[("email", "a@c.n")]), vec![("email", Problem::Email)]),
            (with(&[("email", "jan.de-vries+post@gemeente.nl")]), vec![]),
            (with(&[("email", "zoë@bücher.de")]), vec![]),
            (
                with(&[("partner", "<absent>")]),
                vec![("partner", Problem::Missing)],
            ),
            (
                with(&[("partner", "maybe")]),
                vec![("partner", Problem::UnknownChoice)],
            ),
            (
                with(&[("partner", "yes, since last year")]),
                vec![("partner", Problem::UnknownChoice)],
            ),
            (
                with(&[("partner", "yes")]),
                vec![
                    ("partner-name", Problem::Missing),
                    ("partner-bsn", Problem::Missing),
                    ("partner-date-of-birth", Problem::Missing),
                ],
            ),
            (
                with(&[
                    ("partner", "yes"),
                    ("partner-name", "Piet"),
                    ("partner-bsn", "123 456 782"),
                    ("partner-date-of-birth", "1981-01-01"),
                ]),
                vec![("partner-bsn", Problem::PartnerBsnSame)],
            ),
            (
                with(&[("favourite-colour", "blue")]),
                vec![("favourite-colour", Problem::UnknownField)],
            ),
        ];
        for (pairs, expected) in cases {
            let expected: Vec<(String, Problem)> = expected
                .into_iter()
                .map(|(f, p)| (f.to_owned(), p))
                .collect();
            assert_eq!(errors(&pairs), expected, "{pairs:?}");
        }
    }

    #[test]
    fn debug_output_shows_no_personal_details() {
        let pairs = [
            ("name", "Fatima El Amrani"),
            ("bsn", "123456782"),
            ("date-of-birth", "1985-06-01"),
            ("email", "fatima@example.nl"),
            ("partner", "yes"),
            ("partner-name", "Youssef"),
            ("partner-bsn", "111222333"),
            ("partner-date-of-birth", "1983-11-30"),
        ];
        let details = PersonDetails::from_fields(&pairs, TODAY).unwrap();
        let shown = format!("{:?}", Identity::Typed(details));
        for secret in ["Fatima", "123456", "111222", "1985", "fatima@", "Youssef"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
        assert!(shown.contains("******782"), "{shown}");
    }
}
