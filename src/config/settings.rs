//! The municipality settings file (`config/<municipality>.toml`).
//!
//! Everything that differs between municipalities — contact details, opening hours,
//! deadlines, thresholds, offered languages — lives in this one file. It is parsed and
//! validated once at start-up; an invalid file stops the portal with a message that
//! names the field, so a typo never reaches a resident as a wrong deadline.

use super::figures::{Figure, Figures};
use super::residents::Residents;
use serde::Deserialize;
use std::fmt;
use time::Date;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Every value a text or the rule file names: contact details, deadlines, limits
    /// and the debt help contact (`super::figures`).
    pub figures: Figures,
    pub municipality: Municipality,
    pub languages: Languages,
    /// Staff sign-in; optional, every value has a default.
    pub staff: Staff,
    /// Change notices: drafts, submissions, retention and forwarding; optional.
    pub notices: Notices,
    /// How residents prove who they are (DigiD or the form); optional.
    pub residents: Residents,
    /// The keys this file writes under an older name (start-up warns about them).
    pub renamed: Vec<SettingsWarning>,
}

/// The settings apart from the figures, as serde reads them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OtherSettings {
    municipality: Municipality,
    languages: Languages,
    #[serde(default)]
    staff: Staff,
    #[serde(default)]
    notices: Notices,
    #[serde(default)]
    residents: Residents,
}

/// `[municipality]` apart from its figures (name, phone, e-mail, address, website).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub opening_hours: Vec<OpeningHours>,
}

/// Keys that share a section with figures without being one.
const BESIDE_FIGURES: [(&str, &str); 1] = [("municipality", "opening_hours")];

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

pub(super) fn invalid(field: impl Into<String>, problem: impl Into<String>) -> SettingsError {
    SettingsError::Invalid {
        field: field.into(),
        problem: problem.into(),
    }
}

/// The value as a `u32` when it lies in `min..=max`.
pub(super) fn in_range(
    field: &str,
    value: impl Into<i64>,
    min: u32,
    max: u32,
) -> Result<u32, SettingsError> {
    let value = value.into();
    u32::try_from(value)
        .ok()
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(|| {
            invalid(
                field,
                format!("must be between {min} and {max}, but is {value}"),
            )
        })
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

/// After the figures are taken out, a section that held them may keep only the keys
/// that belong beside them; one that held nothing else is dropped.
fn leave_other_settings(doc: &mut toml::Table) -> Result<(), SettingsError> {
    let mut sections: Vec<&str> = Figure::ALL.iter().map(|f| f.spec().section).collect();
    sections.sort_unstable();
    sections.dedup();
    for section in sections {
        let Some(toml::Value::Table(table)) = doc.get(section) else {
            continue;
        };
        let beside = |key: &str| BESIDE_FIGURES.contains(&(section, key));
        if let Some(key) = table.keys().find(|key| !beside(key)) {
            let known: Vec<&str> = Figure::ALL
                .iter()
                .map(|f| f.spec())
                .filter(|spec| spec.section == section)
                .map(|spec| spec.key)
                .chain(
                    BESIDE_FIGURES
                        .iter()
                        .filter(|(s, _)| *s == section)
                        .map(|(_, k)| *k),
                )
                .collect();
            return Err(invalid(
                format!("{section}.{key}"),
                format!("is not a setting; [{section}] holds {}", known.join(", ")),
            ));
        }
        if table.is_empty() {
            doc.remove(section);
        }
    }
    Ok(())
}

/// Something in a settings file that the portal accepts but an operator should fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsWarning {
    /// A key under its older name.
    Renamed { old: &'static str, new: String },
    /// A figure indexed every 1 January whose newest period is a year old.
    OutOfDate { field: String, from: Date },
    /// A figure indexed every 1 January written as a plain amount, without its day.
    Undated { field: String },
}

impl fmt::Display for SettingsWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsWarning::Renamed { old, new } => write!(
                f,
                "settings key `{old}` is now called `{new}`: rename it (the old name still works)"
            ),
            SettingsWarning::OutOfDate { field, from } => write!(
                f,
                "settings field `{field}` changes every 1 January, but its newest amount holds \
                 from {from}: add the amount of this year"
            ),
            SettingsWarning::Undated { field } => write!(
                f,
                "settings field `{field}` changes every 1 January, but its amount has no date: \
                 write it as [{{ from = \"YYYY-MM-DD\", value = … }}] so that residents see \
                 since when it holds and start-up warns when it is out of date"
            ),
        }
    }
}

impl Settings {
    /// Parses and validates the text of a settings file.
    pub fn parse(text: &str) -> Result<Self, SettingsError> {
        let syntax = |e: toml::de::Error| SettingsError::Syntax(e.to_string());
        let mut doc: toml::Table = toml::from_str(text).map_err(syntax)?;
        let (figures, renamed) = Figures::take(&mut doc)?;
        leave_other_settings(&mut doc)?;
        let other: OtherSettings = doc.try_into().map_err(syntax)?;
        let settings = Settings {
            figures,
            municipality: other.municipality,
            languages: other.languages,
            staff: other.staff,
            notices: other.notices,
            residents: other.residents,
            renamed,
        };
        settings.validate()?;
        Ok(settings)
    }

    /// What an operator should fix, on `today`: keys under an older name, and asset
    /// limits that miss this year's amount.
    pub fn warnings(&self, today: Date) -> Vec<SettingsWarning> {
        let out_of_date = self
            .figures
            .out_of_date(today)
            .into_iter()
            .map(|(figure, from)| SettingsWarning::OutOfDate {
                field: figure.spec().at(),
                from,
            });
        let undated = self
            .figures
            .undated()
            .into_iter()
            .map(|figure| SettingsWarning::Undated {
                field: figure.spec().at(),
            });
        self.renamed
            .iter()
            .cloned()
            .chain(undated)
            .chain(out_of_date)
            .collect()
    }

    fn validate(&self) -> Result<(), SettingsError> {
        let m = &self.municipality;
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
        self.notices.validate()?;
        self.residents.validate()
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
        )?;
        Ok(())
    }
}

/// The asset limits as plain amounts (the newest shipped ones), as files from before
/// the dated form write them; the keys stay as `text` names them. For the tests of the
/// settings and of the texts.
#[cfg(test)]
pub(crate) fn undated_asset_limits(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        match line.strip_suffix(" = [") {
            Some(key) if key.starts_with("asset_limit_") => {
                let newest = lines
                    .by_ref()
                    .take_while(|l| l.trim() != "]")
                    .last()
                    .expect("a period");
                let value = newest
                    .split("value = ")
                    .nth(1)
                    .and_then(|v| v.split(' ').next())
                    .expect("a value");
                out.push_str(&format!("{key} = {value}\n"));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    assert_ne!(out, text, "the asset limits are dated in {text}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../config/steenwijkerland.toml");

    #[test]
    fn shipped_settings_are_valid() {
        let s = Settings::parse(SHIPPED).expect("shipped settings must be valid");
        assert_eq!(s.figures.text(Figure::Municipality), "Steenwijkerland");
        assert!(
            s.renamed.is_empty(),
            "the shipped file uses the names of the table"
        );
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
                "{ from = \"2024-01-01\", value = 7575 }",
                "{ from = \"2024-01-01\", value = 0 }",
                "limits.asset_limit_single[1].value",
            ),
            (
                "{ from = \"2024-01-01\", value = 15150 }",
                "{ from = \"2024-01-01\", value = 7000 }",
                "limits.asset_limit_couple",
            ),
            (
                "{ from = \"2024-01-01\", value = 15150 }",
                "{ from = \"2024-02-01\", value = 15150 }",
                "limits.asset_limit_couple",
            ),
            (
                "{ from = \"2024-01-01\", value = 7575 }",
                "{ from = \"2022-01-01\", value = 7575 }",
                "limits.asset_limit_single[1].from",
            ),
            (
                "{ from = \"2024-01-01\", value = 7575 }",
                "{ from = \"2024-13-01\", value = 7575 }",
                "limits.asset_limit_single[1].from",
            ),
            (
                "{ from = \"2024-01-01\", value = 7575 }",
                "{ from = \"2024-01-01\" }",
                "limits.asset_limit_single[1].value",
            ),
            (
                "{ from = \"2024-01-01\", value = 7575 }",
                "{ from = \"2024-01-01\", value = 7575, note = \"x\" }",
                "limits.asset_limit_single[1].note",
            ),
            (
                "travel_notice_days = 14",
                "travel_notice_days = []",
                "reporting.travel_notice_days",
            ),
            (
                "travel_notice_days = 14",
                "travel_notice_days = [{ from = \"2026-01-01\", value = 91 }]",
                "reporting.travel_notice_days[0].value",
            ),
            ("gift_limit = 1200", "gift_limit = -1", "limits.gift_limit"),
            (
                "gift_limit = 1200",
                "gift_limit = 1200\ngift_limits = 1200",
                "limits.gift_limits",
            ),
            (
                "phone = \"14 0521\"\n# To confirm",
                "phone = \" \"\n# To confirm",
                "debt_help.phone",
            ),
            // Issue 18.1: the national gift exemption may not be lowered.
            (
                "gift_limit = 1200",
                "gift_limit = 1000",
                "limits.gift_limit",
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
                "statement_day = 27",
                "statement_day = 31",
                "reporting.statement_day",
            ),
            (
                "days_abroad = 28",
                "days_abroad = 366",
                "limits.days_abroad",
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
        // The message names the national amount; a higher one is the municipality's.
        let err = Settings::parse(&SHIPPED.replacen("gift_limit = 1200", "gift_limit = 1199", 1))
            .unwrap_err()
            .to_string();
        assert!(err.contains("between 1200 and"), "{err}");
        assert!(
            Settings::parse(&SHIPPED.replacen("gift_limit = 1200", "gift_limit = 1500", 1)).is_ok()
        );
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
                SHIPPED.replacen("gift_limit = 1200", "gift_limit = \"veel\"", 1),
                "gift_limit",
            ),
            (
                SHIPPED.replacen(
                    "days_abroad = 28",
                    "days_abroad = 28\ndays_abroad_per_trip = 3",
                    1,
                ),
                "days_abroad_per_trip",
            ),
            (
                SHIPPED.replacen("idle_timeout_minutes = 30", "idle_timeout_minute = 30", 1),
                "idle_timeout_minute",
            ),
            (SHIPPED.replacen("phone = \"14 0521\"", "", 1), "phone"),
        ];
        for (text, key) in cases {
            let err = Settings::parse(&text).unwrap_err().to_string();
            assert!(err.contains(key), "error should name {key}: {err}");
        }
    }

    /// A file from before the table of figures: the thresholds under their old keys.
    fn with_old_keys() -> String {
        [
            ("gift_limit = 1200", "gift_allowance_per_year_eur = 1200"),
            ("days_abroad = 28", "days_abroad_per_year = 28"),
            ("statement_day = 27", "monthly_statement_day = 27"),
            ("asset_limit_single = [", "asset_limit_single_eur = ["),
            ("asset_limit_couple = [", "asset_limit_couple_eur = ["),
        ]
        .into_iter()
        .fold(SHIPPED.to_owned(), |text, (new, old)| {
            assert!(text.contains(new), "{new}");
            text.replacen(new, old, 1)
        })
    }

    #[test]
    fn old_keys_keep_working_with_a_warning_that_names_the_new_key() {
        let old = Settings::parse(&with_old_keys()).unwrap();
        let shipped = Settings::parse(SHIPPED).unwrap();
        assert_eq!(old.figures, shipped.figures);
        let before_due = Date::from_calendar_date(2024, time::Month::June, 1).unwrap();
        let warnings: Vec<String> = old
            .warnings(before_due)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(warnings.len(), 5, "{warnings:?}");
        for (old, new) in [
            ("limits.gift_allowance_per_year_eur", "limits.gift_limit"),
            ("limits.days_abroad_per_year", "limits.days_abroad"),
            ("reporting.monthly_statement_day", "reporting.statement_day"),
            ("limits.asset_limit_single_eur", "limits.asset_limit_single"),
        ] {
            assert!(
                warnings
                    .iter()
                    .any(|w| w.contains(&format!("`{old}`")) && w.contains(&format!("`{new}`"))),
                "{old}: {warnings:?}"
            );
        }
        // Both names at once is a mistake, not a choice.
        let both = with_old_keys().replacen(
            "gift_allowance_per_year_eur = 1200",
            "gift_allowance_per_year_eur = 1200\ngift_limit = 1200",
            1,
        );
        let err = Settings::parse(&both).unwrap_err().to_string();
        assert!(
            err.contains("limits.gift_allowance_per_year_eur")
                && err.contains("`limits.gift_limit`"),
            "{err}"
        );
    }

    /// A number is plain or a list of periods; each is read as it holds on a day.
    #[test]
    fn plain_and_dated_numbers() {
        let day = |y, m: u8, d| Date::from_calendar_date(y, m.try_into().unwrap(), d).unwrap();
        let text = SHIPPED.replacen(
            "travel_notice_days = 14",
            "travel_notice_days = [\n  { from = \"2026-01-01\", value = 14 },\n  { from = 2027-01-01, value = 28 },\n]",
            1,
        );
        let dated = Settings::parse(&text).unwrap();
        let plain = Settings::parse(SHIPPED).unwrap();
        let cases = [
            (day(2025, 6, 1), 14, 14),
            (day(2026, 12, 31), 14, 14),
            (day(2027, 1, 1), 28, 14),
            (day(2030, 1, 1), 28, 14),
        ];
        for (on, in_dated, in_plain) in cases {
            let read = |s: &Settings| s.figures.number(Figure::TravelNoticeDays, on);
            assert_eq!((read(&dated), read(&plain)), (in_dated, in_plain), "{on}");
        }
    }

    /// An older settings file writes the asset limits as plain amounts under their old
    /// keys. It keeps working: the amounts hold on every day, and start-up warns twice
    /// per key, for the old name and for the missing day, with the form to write.
    #[test]
    fn plain_asset_limits_under_old_keys_keep_working_with_warnings() {
        let text = undated_asset_limits(&with_old_keys());
        let settings = Settings::parse(&text).unwrap();
        let day = Date::from_calendar_date(2026, time::Month::December, 6).unwrap();
        assert_eq!(settings.figures.number(Figure::AssetLimitSingle, day), 7575);
        assert_eq!(
            settings.figures.number(Figure::AssetLimitCouple, day),
            15150
        );
        let warnings: Vec<String> = settings
            .warnings(day)
            .iter()
            .map(ToString::to_string)
            .collect();
        for field in ["limits.asset_limit_single", "limits.asset_limit_couple"] {
            assert!(
                warnings.iter().any(|w| w.contains(&format!("`{field}`"))
                    && w.contains("no date")
                    && w.contains("from = ")),
                "{field}: {warnings:?}"
            );
        }
        // Undated amounts are never "out of date": there is no day to count from.
        assert!(
            !warnings.iter().any(|w| w.contains("newest amount")),
            "{warnings:?}"
        );
        // The dated form gives no such warning.
        let dated = Settings::parse(SHIPPED).unwrap();
        assert!(dated.figures.undated().is_empty());
    }

    #[test]
    fn start_up_warns_when_the_newest_asset_limit_is_a_year_old() {
        let settings = Settings::parse(SHIPPED).unwrap();
        let newest = Date::from_calendar_date(2024, time::Month::January, 1).unwrap();
        let due = Date::from_calendar_date(2025, time::Month::January, 1).unwrap();
        assert!(settings.warnings(due.previous_day().unwrap()).is_empty());
        let warnings = settings.warnings(due);
        assert_eq!(
            warnings,
            [
                SettingsWarning::OutOfDate {
                    field: "limits.asset_limit_single".into(),
                    from: newest
                },
                SettingsWarning::OutOfDate {
                    field: "limits.asset_limit_couple".into(),
                    from: newest
                },
            ]
        );
        assert!(warnings[0]
            .to_string()
            .contains("`limits.asset_limit_single`"));
    }

    /// Issue 18: a municipality going live sees in the README every figure that the
    /// settings file still marks "to confirm with the municipality".
    #[test]
    fn the_readme_lists_every_figure_to_confirm() {
        let readme = include_str!("../../README.md");
        let list = readme
            .split("### Figures to confirm with the municipality")
            .nth(1)
            .and_then(|rest| rest.split("\n#").next())
            .expect("the README has the list");
        let mut section = "";
        let mut marked = false;
        let mut found = Vec::new();
        for line in SHIPPED.lines() {
            let line = line.trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
            } else if line
                .to_lowercase()
                .contains("to confirm with the municipality")
            {
                marked = true;
            } else if line.is_empty() {
                marked = false;
            } else if let Some((key, _)) = line.split_once(" = ").filter(|_| marked) {
                if key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                    found.push(format!("{section}.{key}"));
                }
            }
        }
        assert!(
            !found.is_empty(),
            "the shipped file marks figures to confirm"
        );
        for key in found {
            assert!(
                list.contains(&format!("`{key}`")),
                "the README does not list {key}"
            );
        }
    }
}
