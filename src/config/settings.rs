//! The municipality settings file (`config/<municipality>.toml`).
//!
//! Everything that differs between municipalities — contact details, opening hours,
//! deadlines, thresholds, offered languages — lives in this one file. It is parsed and
//! validated once at start-up; an invalid file stops the portal with a message that
//! names the field, so a typo never reaches a resident as a wrong deadline.

use serde::Deserialize;
use std::fmt;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub municipality: Municipality,
    pub reporting: Reporting,
    pub limits: Limits,
    /// Where residents with debts get help (schuldhulpverlening).
    pub debt_help: DebtHelp,
    pub languages: Languages,
    /// Staff sign-in; optional, every value has a default.
    #[serde(default)]
    pub staff: Staff,
    /// Change notices: drafts, submissions, retention and forwarding; optional.
    #[serde(default)]
    pub notices: Notices,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub website: String,
    pub opening_hours: Vec<OpeningHours>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    pub from: Weekday,
    pub to: Weekday,
    pub opens: String,
    pub closes: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// The Fluent message id of the day's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Weekday::Mon => "weekday-mon",
            Weekday::Tue => "weekday-tue",
            Weekday::Wed => "weekday-wed",
            Weekday::Thu => "weekday-thu",
            Weekday::Fri => "weekday-fri",
            Weekday::Sat => "weekday-sat",
            Weekday::Sun => "weekday-sun",
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    pub change_deadline_days: u32,
    pub travel_notice_days: u32,
    pub monthly_statement_day: u32,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub gift_allowance_per_year_eur: u32,
    pub days_abroad_per_year: u32,
    /// The asset limit (vermogensgrens) for a single person, in euro. It changes every
    /// January and July, so it is a setting, never a figure in a text.
    pub asset_limit_single_eur: u32,
    /// The asset limit for a couple or a single parent, in euro.
    pub asset_limit_couple_eur: u32,
}

/// The municipality's debt help (schuldhulpverlening): the self-check offers it to a
/// resident with debts. Debts are never a duty to report.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DebtHelp {
    pub phone: String,
    pub website: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// Language codes; the first is the source language that every other must match.
    pub offered: Vec<String>,
}

/// Staff sign-in: session timeouts and the limits on failed sign-ins.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Staff {
    /// A session ends after this many minutes without a request.
    pub idle_timeout_minutes: u32,
    /// A session ends this many hours after signing in, however busy it is.
    pub absolute_timeout_hours: u32,
    /// Failed sign-ins for one e-mail address within the window before it is refused.
    pub max_failures_per_account: u32,
    /// Failed sign-ins from one network address within the window before it is
    /// refused. Higher than per account: colleagues behind one office router share an
    /// address.
    pub max_failures_per_address: u32,
    /// The window that failed sign-ins are counted in, in minutes.
    pub failure_window_minutes: u32,
}

impl Default for Staff {
    fn default() -> Self {
        Staff {
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 8,
            max_failures_per_account: 5,
            max_failures_per_address: 20,
            failure_window_minutes: 15,
        }
    }
}

/// Change notices: how long a half-finished notice and a handled one are kept, how
/// many a network address may send, and where they are forwarded.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Notices {
    /// A half-finished notice is removed this many hours after its last change.
    pub draft_hours: u32,
    /// A notice is deleted, with its attachments, this many days after it was marked
    /// done. The case system is the archive; the portal only passes notices on.
    pub retention_days: u32,
    /// Submitted notices per network address per hour before further ones are
    /// refused for a while (a household or a library shares an address).
    pub max_submissions_per_address_per_hour: u32,
    /// Forward every notice as JSON to this case-system URL (`http://` or
    /// `https://`); empty: do not forward.
    pub forward_url: String,
    /// Give up one forwarding attempt after this many seconds (it is retried later).
    pub forward_timeout_seconds: u32,
}

impl Default for Notices {
    fn default() -> Self {
        Notices {
            draft_hours: 24,
            retention_days: 90,
            max_submissions_per_address_per_hour: 20,
            forward_url: String::new(),
            forward_timeout_seconds: 10,
        }
    }
}

impl Notices {
    fn validate(&self) -> Result<(), SettingsError> {
        in_range("notices.draft_hours", self.draft_hours, 1, 24 * 14)?;
        in_range("notices.retention_days", self.retention_days, 1, 3650)?;
        in_range(
            "notices.max_submissions_per_address_per_hour",
            self.max_submissions_per_address_per_hour,
            1,
            100_000,
        )?;
        in_range(
            "notices.forward_timeout_seconds",
            self.forward_timeout_seconds,
            1,
            300,
        )?;
        let url = self.forward_url.trim();
        if !(url.is_empty() || url.starts_with("http://") || url.starts_with("https://")) {
            return Err(invalid(
                "notices.forward_url",
                "must start with http:// or https://, or be empty",
            ));
        }
        Ok(())
    }
}

/// Why a settings file was refused. `field` is the dotted path in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsError {
    Syntax(String),
    Invalid { field: String, problem: String },
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Syntax(msg) => write!(f, "settings file is not valid: {msg}"),
            SettingsError::Invalid { field, problem } => {
                write!(f, "settings field `{field}` {problem}")
            }
        }
    }
}

impl std::error::Error for SettingsError {}

fn invalid(field: impl Into<String>, problem: impl Into<String>) -> SettingsError {
    SettingsError::Invalid {
        field: field.into(),
        problem: problem.into(),
    }
}

fn in_range(field: &str, value: u32, min: u32, max: u32) -> Result<(), SettingsError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(invalid(
            field,
            format!("must be between {min} and {max}, but is {value}"),
        ))
    }
}

fn not_blank(field: &str, value: &str) -> Result<(), SettingsError> {
    if value.trim().is_empty() {
        Err(invalid(field, "must not be empty"))
    } else {
        Ok(())
    }
}

/// Minutes since midnight of an `HH:MM` time, or `None` when it is not one.
fn minutes_of_day(value: &str) -> Option<u32> {
    let (h, m) = value.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

impl Settings {
    /// Parses and validates the text of a settings file.
    pub fn parse(text: &str) -> Result<Self, SettingsError> {
        let settings: Settings =
            toml::from_str(text).map_err(|e| SettingsError::Syntax(e.to_string()))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), SettingsError> {
        let m = &self.municipality;
        not_blank("municipality.name", &m.name)?;
        not_blank("municipality.phone", &m.phone)?;
        not_blank("municipality.address", &m.address)?;
        if !m.email.contains('@') || m.email.trim() != m.email {
            return Err(invalid("municipality.email", "must be an e-mail address"));
        }
        if !m.website.starts_with("https://") {
            return Err(invalid("municipality.website", "must start with https://"));
        }
        if m.opening_hours.is_empty() {
            return Err(invalid(
                "municipality.opening_hours",
                "needs at least one entry",
            ));
        }
        for (i, hours) in m.opening_hours.iter().enumerate() {
            let field = |name: &str| format!("municipality.opening_hours[{i}].{name}");
            if hours.from > hours.to {
                return Err(invalid(field("to"), "must not come before `from`"));
            }
            let opens = minutes_of_day(&hours.opens)
                .ok_or_else(|| invalid(field("opens"), "must be a time like 08:30"))?;
            let closes = minutes_of_day(&hours.closes)
                .ok_or_else(|| invalid(field("closes"), "must be a time like 17:00"))?;
            if closes <= opens {
                return Err(invalid(field("closes"), "must be later than `opens`"));
            }
        }
        let r = &self.reporting;
        in_range(
            "reporting.change_deadline_days",
            r.change_deadline_days,
            1,
            90,
        )?;
        in_range("reporting.travel_notice_days", r.travel_notice_days, 0, 90)?;
        // 28 is the last day every month has.
        in_range(
            "reporting.monthly_statement_day",
            r.monthly_statement_day,
            1,
            28,
        )?;
        let l = &self.limits;
        in_range(
            "limits.gift_allowance_per_year_eur",
            l.gift_allowance_per_year_eur,
            0,
            100_000,
        )?;
        in_range(
            "limits.days_abroad_per_year",
            l.days_abroad_per_year,
            0,
            365,
        )?;
        in_range(
            "limits.asset_limit_single_eur",
            l.asset_limit_single_eur,
            1,
            1_000_000,
        )?;
        in_range(
            "limits.asset_limit_couple_eur",
            l.asset_limit_couple_eur,
            1,
            1_000_000,
        )?;
        if l.asset_limit_couple_eur < l.asset_limit_single_eur {
            return Err(invalid(
                "limits.asset_limit_couple_eur",
                "must not be lower than `asset_limit_single_eur`",
            ));
        }
        not_blank("debt_help.phone", &self.debt_help.phone)?;
        if !self.debt_help.website.starts_with("https://") {
            return Err(invalid("debt_help.website", "must start with https://"));
        }
        let offered = &self.languages.offered;
        if offered.is_empty() {
            return Err(invalid("languages.offered", "needs at least one language"));
        }
        for (i, code) in offered.iter().enumerate() {
            if !is_language_code(code) {
                return Err(invalid(
                    format!("languages.offered[{i}]"),
                    format!("must be a lower-case language code like \"nl\", but is {code:?}"),
                ));
            }
            if offered[..i].contains(code) {
                return Err(invalid(
                    format!("languages.offered[{i}]"),
                    format!("lists {code:?} twice"),
                ));
            }
        }
        self.staff.validate()?;
        self.notices.validate()
    }

    /// The source language: the one every translation is checked against.
    pub fn source_language(&self) -> &str {
        &self.languages.offered[0]
    }
}

impl Staff {
    fn validate(&self) -> Result<(), SettingsError> {
        in_range(
            "staff.idle_timeout_minutes",
            self.idle_timeout_minutes,
            5,
            240,
        )?;
        in_range(
            "staff.absolute_timeout_hours",
            self.absolute_timeout_hours,
            1,
            24,
        )?;
        if self.idle_timeout_minutes > self.absolute_timeout_hours * 60 {
            return Err(invalid(
                "staff.idle_timeout_minutes",
                "must not be longer than `absolute_timeout_hours`",
            ));
        }
        in_range(
            "staff.max_failures_per_account",
            self.max_failures_per_account,
            1,
            100,
        )?;
        in_range(
            "staff.max_failures_per_address",
            self.max_failures_per_address,
            1,
            10_000,
        )?;
        in_range(
            "staff.failure_window_minutes",
            self.failure_window_minutes,
            1,
            1440,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../config/steenwijkerland.toml");

    #[test]
    fn shipped_settings_are_valid() {
        let s = Settings::parse(SHIPPED).expect("shipped settings must be valid");
        assert_eq!(s.municipality.name, "Steenwijkerland");
        assert_eq!(s.source_language(), "nl");
    }

    /// Each case replaces one line of the shipped file and names the field the error
    /// must mention.
    #[test]
    fn invalid_settings_name_the_field() {
        let cases = [
            (
                "name = \"Steenwijkerland\"",
                "name = \" \"",
                "municipality.name",
            ),
            (
                "email = \"info@steenwijkerland.nl\"",
                "email = \"nope\"",
                "municipality.email",
            ),
            (
                "website = \"https://www.steenwijkerland.nl\"",
                "website = \"http://x\"",
                "municipality.website",
            ),
            (
                "asset_limit_single_eur = 7575",
                "asset_limit_single_eur = 0",
                "limits.asset_limit_single_eur",
            ),
            (
                "asset_limit_couple_eur = 15150",
                "asset_limit_couple_eur = 7000",
                "limits.asset_limit_couple_eur",
            ),
            (
                "website = \"https://www.steenwijkerland.nl/schulden\"",
                "website = \"www.steenwijkerland.nl\"",
                "debt_help.website",
            ),
            (
                "opens = \"08:30\"",
                "opens = \"8.30\"",
                "municipality.opening_hours[0].opens",
            ),
            (
                "closes = \"17:00\"",
                "closes = \"08:00\"",
                "municipality.opening_hours[0].closes",
            ),
            (
                "from = \"mon\"",
                "from = \"sat\"",
                "municipality.opening_hours[0].to",
            ),
            (
                "change_deadline_days = 7",
                "change_deadline_days = 0",
                "reporting.change_deadline_days",
            ),
            (
                "travel_notice_days = 14",
                "travel_notice_days = 400",
                "reporting.travel_notice_days",
            ),
            (
                "monthly_statement_day = 27",
                "monthly_statement_day = 31",
                "reporting.monthly_statement_day",
            ),
            (
                "days_abroad_per_year = 28",
                "days_abroad_per_year = 366",
                "limits.days_abroad_per_year",
            ),
            (
                "offered = [\"nl\", \"en\", \"ar\", \"tr\", \"pl\", \"uk\"]",
                "offered = []",
                "languages.offered",
            ),
            (
                "offered = [\"nl\", \"en\", \"ar\", \"tr\", \"pl\", \"uk\"]",
                "offered = [\"nl\", \"NL\"]",
                "languages.offered[1]",
            ),
            (
                "offered = [\"nl\", \"en\", \"ar\", \"tr\", \"pl\", \"uk\"]",
                "offered = [\"nl\", \"nl\"]",
                "languages.offered[1]",
            ),
            (
                "idle_timeout_minutes = 30",
                "idle_timeout_minutes = 0",
                "staff.idle_timeout_minutes",
            ),
            (
                "absolute_timeout_hours = 8",
                "absolute_timeout_hours = 48",
                "staff.absolute_timeout_hours",
            ),
            (
                "max_failures_per_account = 5",
                "max_failures_per_account = 0",
                "staff.max_failures_per_account",
            ),
            (
                "failure_window_minutes = 15",
                "failure_window_minutes = 0",
                "staff.failure_window_minutes",
            ),
        ];
        for (from, to, field) in cases {
            assert!(SHIPPED.contains(from), "case does not apply: {from}");
            let err = Settings::parse(&SHIPPED.replacen(from, to, 1)).unwrap_err();
            assert!(
                matches!(&err, SettingsError::Invalid { field: f, .. } if f == field),
                "{to}: expected field {field}, got {err}"
            );
        }
    }

    #[test]
    fn the_staff_table_is_optional() {
        let start = SHIPPED
            .find("[staff]")
            .expect("the shipped file has [staff]");
        let end = SHIPPED[start..]
            .find("\n[")
            .map_or(SHIPPED.len(), |i| start + i + 1);
        let without = format!("{}{}", &SHIPPED[..start], &SHIPPED[end..]);
        let s = Settings::parse(&without).unwrap();
        assert_eq!(s.staff, Staff::default());
        assert_eq!(
            s,
            Settings::parse(SHIPPED).unwrap(),
            "the file states the defaults"
        );

        // An idle timeout longer than the whole session makes no sense.
        let longer = SHIPPED
            .replacen("idle_timeout_minutes = 30", "idle_timeout_minutes = 90", 1)
            .replacen(
                "absolute_timeout_hours = 8",
                "absolute_timeout_hours = 1",
                1,
            );
        let err = Settings::parse(&longer).unwrap_err();
        assert!(
            matches!(&err, SettingsError::Invalid { field, .. } if field == "staff.idle_timeout_minutes"),
            "{err}"
        );
    }

    #[test]
    fn syntax_errors_and_unknown_or_missing_fields_name_the_key() {
        let cases = [
            (
                SHIPPED.replacen(
                    "gift_allowance_per_year_eur = 1200",
                    "gift_allowance_per_year_eur = \"veel\"",
                    1,
                ),
                "gift_allowance_per_year_eur",
            ),
            (
                SHIPPED.replacen(
                    "days_abroad_per_year = 28",
                    "days_abroad_per_year = 28\ndays_abroad = 3",
                    1,
                ),
                "days_abroad",
            ),
            (SHIPPED.replacen("phone = \"14 0521\"", "", 1), "phone"),
        ];
        for (text, key) in cases {
            let err = Settings::parse(&text).unwrap_err().to_string();
            assert!(err.contains(key), "error should name {key}: {err}");
        }
    }
}
