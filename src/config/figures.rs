//! The named figures: every value of the settings file that a text or the self-check's
//! rule file may use, listed once, in [`Figure`]'s table.
//!
//! A figure has one name from the settings file to the page: the settings key
//! (`limits.gift_limit`), the name in the rule file (`gift_limit`) and the Fluent
//! variable in the texts (`$gift-limit`: the same name with `_` written `-`). Contact
//! details keep their place in `[municipality]` and `[debt_help]`; the Fluent name of
//! `debt_help.phone` is `$debt-help-phone`.
//!
//! A number may be plain (`gift_limit = 1200`) or dated: a list of periods, each
//! holding from a day on (`asset_limit_single = [{ from = "2024-01-01", value = 7575 }]`).
//! The portal uses the period in force on the day it computes for: today, or the day
//! of the change being checked (a gift's year, a trip's departure).

pub use super::dated::{Dated, Period};
use super::settings::{in_range, invalid, SettingsError, SettingsWarning};
use std::sync::Arc;
use time::{Date, Month};

/// What a figure holds, which decides how it is checked and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A number of things (days): texts choose their plural form with it.
    Count { min: u32, max: u32 },
    /// A whole number of euro, written the way the reader's language writes amounts.
    Euro { min: u32, max: u32 },
    /// A day of the month, 1 to 28: the last day every month has.
    DayOfMonth,
    /// A text as the settings file writes it.
    Text(TextForm),
}

/// What a text figure must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextForm {
    Plain,
    /// Shown without breaking over two lines.
    Phone,
    Email,
    /// A web address that starts with `https://`.
    Https,
}

/// How a figure changes over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changes {
    /// When the law or the municipality decides: plain or dated, as the file says.
    WhenDecided,
    /// Indexed every 1 January (the asset limits). It must be dated, its texts say
    /// since when it holds (`$<name>-from`), and start-up warns once its newest period
    /// is a year old: the next indexation is then due.
    EveryJanuary,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The name in the rule file; in the texts with `-` for `_`.
    pub name: &'static str,
    pub kind: Kind,
    /// The settings file's section and key. A threshold's key is its name.
    pub section: &'static str,
    pub key: &'static str,
    /// The key an older settings file uses (`section.key`): still read, with a
    /// start-up warning that names the new key.
    pub formerly: Option<&'static str>,
    pub changes: Changes,
}

impl Spec {
    const fn threshold(name: &'static str, kind: Kind, section: &'static str) -> Spec {
        Spec {
            name,
            kind,
            section,
            key: name,
            formerly: None,
            changes: Changes::WhenDecided,
        }
    }

    const fn count(name: &'static str, section: &'static str, min: u32, max: u32) -> Spec {
        Spec::threshold(name, Kind::Count { min, max }, section)
    }

    const fn euro(name: &'static str, section: &'static str, min: u32, max: u32) -> Spec {
        Spec::threshold(name, Kind::Euro { min, max }, section)
    }

    const fn text(
        name: &'static str,
        section: &'static str,
        key: &'static str,
        form: TextForm,
    ) -> Spec {
        Spec {
            name,
            kind: Kind::Text(form),
            section,
            key,
            formerly: None,
            changes: Changes::WhenDecided,
        }
    }

    const fn formerly(mut self, key: &'static str) -> Spec {
        self.formerly = Some(key);
        self
    }

    const fn every_january(mut self) -> Spec {
        self.changes = Changes::EveryJanuary;
        self
    }

    /// Where the settings file holds it, e.g. `limits.gift_limit`.
    pub fn at(&self) -> String {
        format!("{}.{}", self.section, self.key)
    }

    pub fn is_number(&self) -> bool {
        !matches!(self.kind, Kind::Text(_))
    }
}

/// The yearly gift exemption in the Participatiewet (art. 31(2)(m), Participatiewet in
/// balans, since 1 January 2026): €1,200 per household per calendar year. A municipality
/// may leave more out of account, never less, so a lower `gift_limit` is refused.
pub const GIFT_LIMIT_IN_LAW: u32 = 1200;

/// Declares [`Figure`] with its table from one list, so a figure is named once.
macro_rules! figures {
    ($($(#[$doc:meta])* $figure:ident = $spec:expr;)*) => {
        /// A named figure; [`Figure::spec`] is its row in the table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Figure {
            $($(#[$doc])* $figure,)*
        }

        impl Figure {
            /// Every figure, in the order of the table.
            pub const ALL: &'static [Figure] = &[$(Figure::$figure,)*];

            pub const fn spec(self) -> Spec {
                match self {
                    $(Figure::$figure => $spec,)*
                }
            }
        }
    };
}

figures! {
    /// The municipality's name (`$municipality`).
    Municipality = Spec::text("municipality", "municipality", "name", TextForm::Plain);
    Phone = Spec::text("phone", "municipality", "phone", TextForm::Phone);
    Email = Spec::text("email", "municipality", "email", TextForm::Email);
    Address = Spec::text("address", "municipality", "address", TextForm::Plain);
    Website = Spec::text("website", "municipality", "website", TextForm::Https);
    /// Gifts in money: per household and calendar year, gifts up to this amount do not
    /// count (Participatiewet art. 31(2)(m), since 2026); report once the year's total
    /// passes it. At least 1200: the national amount, which a municipality may not lower.
    GiftLimit = Spec::euro("gift_limit", "limits", GIFT_LIMIT_IN_LAW, 100_000)
        .formerly("limits.gift_allowance_per_year_eur");
    /// Days abroad with bijstand, in one calendar year and in one unbroken stay
    /// (Participatiewet art. 13(1)(e): 4 weeks).
    DaysAbroad = Spec::count("days_abroad", "limits", 0, 365)
        .formerly("limits.days_abroad_per_year");
    /// Report a change within this many days after it happened.
    ChangeDeadlineDays = Spec::count("change_deadline_days", "reporting", 1, 90);
    /// Report a trip abroad at least this many days before leaving.
    TravelNoticeDays = Spec::count("travel_notice_days", "reporting", 0, 90);
    /// The monthly income statement must arrive before this day of the month.
    StatementDay = Spec::threshold("statement_day", Kind::DayOfMonth, "reporting")
        .formerly("reporting.monthly_statement_day");
    /// The asset limit (vermogensgrens) of a single person.
    AssetLimitSingle = Spec::euro("asset_limit_single", "limits", 1, 1_000_000)
        .formerly("limits.asset_limit_single_eur")
        .every_january();
    /// The asset limit of a couple or a single parent.
    AssetLimitCouple = Spec::euro("asset_limit_couple", "limits", 1, 1_000_000)
        .formerly("limits.asset_limit_couple_eur")
        .every_january();
    /// Where residents with debts get free help.
    DebtHelpPhone = Spec::text("debt_help_phone", "debt_help", "phone", TextForm::Phone);
    DebtHelpWebsite = Spec::text("debt_help_website", "debt_help", "website", TextForm::Https);
}

impl Figure {
    /// The figure a rule file names, if it names a number.
    pub fn number_named(name: &str) -> Option<Figure> {
        Figure::ALL
            .iter()
            .copied()
            .find(|f| f.spec().name == name && f.spec().is_number())
    }

    /// The Fluent variable of the figure's value: `gift-limit` for `gift_limit`.
    pub fn variable(self) -> String {
        self.spec().name.replace('_', "-")
    }

    /// The Fluent variable with the day the value in force holds from, for a figure
    /// that changes every January: `asset-limit-single-from`.
    pub fn since_variable(self) -> Option<String> {
        (self.spec().changes == Changes::EveryJanuary).then(|| format!("{}-from", self.variable()))
    }
}

/// The value of one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Number(Dated<u32>),
    Text(String),
}

/// Every figure's value, read from the settings file. Cheap to clone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// In the order of [`Figure::ALL`].
    values: Arc<[Value]>,
}

impl Figures {
    pub fn value(&self, figure: Figure) -> &Value {
        // The enum is declared in the order of the table, so its number is its row.
        &self.values[figure as usize]
    }

    /// A number figure's value over time.
    pub fn dated(&self, figure: Figure) -> &Dated<u32> {
        match self.value(figure) {
            Value::Number(dated) => dated,
            Value::Text(_) => unreachable!("{} is a text, not a number", figure.spec().name),
        }
    }

    /// A number figure's value on `day`.
    pub fn number(&self, figure: Figure, day: Date) -> u32 {
        *self.dated(figure).on(day)
    }

    /// A text figure's value.
    pub fn text(&self, figure: Figure) -> &str {
        match self.value(figure) {
            Value::Text(text) => text,
            Value::Number(_) => unreachable!("{} is a number, not a text", figure.spec().name),
        }
    }

    /// Takes every figure out of the settings document, so what is left is the rest of
    /// the settings; also warns about the keys read under an older name.
    pub(super) fn take(
        doc: &mut toml::Table,
    ) -> Result<(Figures, Vec<SettingsWarning>), SettingsError> {
        let mut renamed = Vec::new();
        let mut values = Vec::with_capacity(Figure::ALL.len());
        for figure in Figure::ALL {
            let spec = figure.spec();
            let new = spec.at();
            let old = spec.formerly.filter(|old| lookup(doc, old).is_some());
            let (raw, at) = match (take_key(doc, &new), old) {
                (Some(_), Some(old)) => {
                    return Err(invalid(
                        old,
                        format!("is the old name of `{new}`: keep only `{new}`"),
                    ))
                }
                (Some(raw), None) => (raw, new),
                (None, Some(old)) => {
                    renamed.push(SettingsWarning::Renamed {
                        old,
                        new: new.clone(),
                    });
                    (take_key(doc, old).expect("looked up above"), old.to_owned())
                }
                (None, None) => return Err(invalid(new, "is missing")),
            };
            values.push(read(spec, raw, &at)?);
        }
        let figures = Figures {
            values: values.into(),
        };
        figures.check_asset_limits()?;
        Ok((figures, renamed))
    }

    /// The couple's limit is never below the single person's, and the two change on
    /// the same days (one text says since when both hold).
    fn check_asset_limits(&self) -> Result<(), SettingsError> {
        let single = self.dated(Figure::AssetLimitSingle);
        let couple = self.dated(Figure::AssetLimitCouple);
        let at = Figure::AssetLimitCouple.spec().at();
        let days = |d: &Dated<u32>| d.periods().iter().map(|p| p.from).collect::<Vec<_>>();
        if days(single) != days(couple) {
            return Err(invalid(
                at,
                "must change on the same days as `asset_limit_single`",
            ));
        }
        if single
            .periods()
            .iter()
            .zip(couple.periods())
            .any(|(s, c)| c.value < s.value)
        {
            return Err(invalid(at, "must not be lower than `asset_limit_single`"));
        }
        Ok(())
    }

    /// Figures that change every January but are written without the day they hold
    /// from: the portal cannot tell residents since when, nor warn when they are stale.
    pub fn undated(&self) -> Vec<Figure> {
        Figure::ALL
            .iter()
            .copied()
            .filter(|f| f.spec().changes == Changes::EveryJanuary)
            .filter(|f| self.dated(*f).newest().from.is_none())
            .collect()
    }

    /// Figures that change every January whose newest period is a year old on
    /// `today`: the indexation of 1 January is then due or missed.
    pub fn out_of_date(&self, today: Date) -> Vec<(Figure, Date)> {
        Figure::ALL
            .iter()
            .filter(|f| f.spec().changes == Changes::EveryJanuary)
            .filter_map(|f| {
                let from = self.dated(*f).newest().from?;
                // 29 February has no anniversary: then a year is 365 days.
                let due = from
                    .replace_year(from.year() + 1)
                    .unwrap_or(from + time::Duration::days(365));
                (today >= due).then_some((*f, from))
            })
            .collect()
    }
}

/// The value at `section.key`, if the document has it.
fn lookup<'a>(doc: &'a toml::Table, at: &str) -> Option<&'a toml::Value> {
    let (section, key) = at.split_once('.')?;
    doc.get(section)?.as_table()?.get(key)
}

fn take_key(doc: &mut toml::Table, at: &str) -> Option<toml::Value> {
    let (section, key) = at.split_once('.')?;
    doc.get_mut(section)?.as_table_mut()?.remove(key)
}

const PERIOD_FORM: &str = "[{ from = \"YYYY-MM-DD\", value = … }]";

fn read(spec: Spec, raw: toml::Value, at: &str) -> Result<Value, SettingsError> {
    let Kind::Text(form) = spec.kind else {
        let dated = match raw {
            toml::Value::Array(items) => read_periods(spec.kind, items, at)?,
            plain => Dated::plain(read_number(spec.kind, plain, at)?),
        };
        // A figure that changes every January may still be plain, as settings files
        // from before the dated form write it: start-up then warns (`undated`).
        return Ok(Value::Number(dated));
    };
    let toml::Value::String(text) = raw else {
        return Err(invalid(at, "must be a text"));
    };
    match form {
        TextForm::Plain | TextForm::Phone if text.trim().is_empty() => {
            Err(invalid(at, "must not be empty"))
        }
        TextForm::Email if !text.contains('@') || text.trim() != text => {
            Err(invalid(at, "must be an e-mail address"))
        }
        TextForm::Https if !text.starts_with("https://") => {
            Err(invalid(at, "must start with https://"))
        }
        _ => Ok(Value::Text(text)),
    }
}

fn read_number(kind: Kind, raw: toml::Value, at: &str) -> Result<u32, SettingsError> {
    let (min, max) = match kind {
        Kind::Count { min, max } | Kind::Euro { min, max } => (min, max),
        Kind::DayOfMonth => (1, 28),
        Kind::Text(_) => unreachable!("texts are read as texts"),
    };
    let toml::Value::Integer(n) = raw else {
        return Err(invalid(
            at,
            format!("must be a whole number, or a list of periods: {PERIOD_FORM}"),
        ));
    };
    in_range(at, n, min, max)
}

fn read_periods(
    kind: Kind,
    items: Vec<toml::Value>,
    at: &str,
) -> Result<Dated<u32>, SettingsError> {
    let mut periods = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let at = format!("{at}[{i}]");
        let toml::Value::Table(mut period) = item else {
            return Err(invalid(
                at,
                "must be a period: { from = \"YYYY-MM-DD\", value = … }",
            ));
        };
        let mut field = |name: &str| {
            let at = format!("{at}.{name}");
            period
                .remove(name)
                .map(|value| (value, at.clone()))
                .ok_or_else(|| invalid(at, "is missing"))
        };
        let (from, from_at) = field("from")?;
        let (value, value_at) = field("value")?;
        if let Some(other) = period.keys().next() {
            return Err(invalid(
                format!("{at}.{other}"),
                "is not part of a period, which has `from` and `value`",
            ));
        }
        let from = read_date(&from)
            .ok_or_else(|| invalid(&from_at, "must be a date written \"YYYY-MM-DD\""))?;
        if periods
            .last()
            .is_some_and(|p: &Period<u32>| p.from >= Some(from))
        {
            return Err(invalid(
                from_at,
                "must come after the day of the period before",
            ));
        }
        let value = read_number(kind, value, &value_at)?;
        periods.push(Period {
            from: Some(from),
            value,
        });
    }
    Dated::new(periods).ok_or_else(|| invalid(at, "needs at least one period"))
}

/// A day written `YYYY-MM-DD` (in the settings file, and in the id of a dated text).
pub fn parse_day(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, &format).ok()
}

/// `"2026-01-01"`, or a TOML date written without quotes.
fn read_date(raw: &toml::Value) -> Option<Date> {
    match raw {
        toml::Value::String(text) => parse_day(text),
        toml::Value::Datetime(datetime) if datetime.time.is_none() => {
            let date = datetime.date?;
            let month = Month::try_from(date.month).ok()?;
            Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn every_name_is_unique_and_a_threshold_is_read_under_its_name() {
        let names: std::collections::BTreeSet<&str> =
            Figure::ALL.iter().map(|f| f.spec().name).collect();
        assert_eq!(names.len(), Figure::ALL.len());
        for figure in Figure::ALL {
            let spec = figure.spec();
            if spec.is_number() {
                assert_eq!(spec.key, spec.name, "{figure:?}");
                assert_eq!(Figure::number_named(spec.name), Some(*figure));
            } else {
                assert_eq!(Figure::number_named(spec.name), None, "a text is no limit");
            }
        }
        assert_eq!(Figure::GiftLimit.variable(), "gift-limit");
        assert_eq!(Figure::DebtHelpPhone.variable(), "debt-help-phone");
        assert_eq!(Figure::StatementDay.spec().at(), "reporting.statement_day");
        assert_eq!(
            Figure::AssetLimitSingle.since_variable().as_deref(),
            Some("asset-limit-single-from")
        );
        assert_eq!(Figure::GiftLimit.since_variable(), None);
    }

    fn dated(periods: &[(Date, u32)]) -> Dated<u32> {
        Dated::new(
            periods
                .iter()
                .map(|(from, value)| Period {
                    from: Some(*from),
                    value: *value,
                })
                .collect(),
        )
        .unwrap()
    }

    /// The value in force on each side of every period boundary.
    #[test]
    fn the_period_in_force_on_a_day() {
        let limit = dated(&[
            (date!(2024 - 01 - 01), 7575),
            (date!(2026 - 01 - 01), 7800),
            (date!(2027 - 01 - 01), 8000),
        ]);
        let cases = [
            (date!(2023 - 06 - 01), 7575), // before the first: the first
            (date!(2024 - 01 - 01), 7575),
            (date!(2025 - 12 - 31), 7575),
            (date!(2026 - 01 - 01), 7800),
            (date!(2026 - 12 - 31), 7800),
            (date!(2027 - 01 - 01), 8000),
            (date!(2030 - 01 - 01), 8000),
        ];
        for (day, value) in cases {
            assert_eq!(*limit.on(day), value, "{day}");
        }
        assert_eq!(*Dated::plain(28).on(date!(1999 - 01 - 01)), 28);
        assert!(Dated::<u32>::new(Vec::new()).is_none());
        let unordered = vec![
            Period {
                from: Some(date!(2026 - 01 - 01)),
                value: 1,
            },
            Period {
                from: Some(date!(2025 - 01 - 01)),
                value: 2,
            },
        ];
        assert!(Dated::new(unordered).is_none());
    }

    #[test]
    fn dates_are_read_in_one_form() {
        let cases = [
            ("\"2026-01-01\"", Some(date!(2026 - 01 - 01))),
            ("2026-01-01", Some(date!(2026 - 01 - 01))),
            ("\"2026-1-1\"", None),
            ("\"2026-02-30\"", None),
            ("\"01-01-2026\"", None),
            ("\"2026-01-01T00:00:00\"", None),
            ("2026-01-01T10:00:00", None),
            ("20260101", None),
        ];
        for (written, expected) in cases {
            let doc: toml::Table = format!("d = {written}").parse().unwrap();
            assert_eq!(read_date(&doc["d"]), expected, "{written}");
        }
    }

    #[test]
    fn an_asset_limit_is_out_of_date_a_year_after_its_newest_period() {
        let text = include_str!("../../config/steenwijkerland.toml");
        let settings = super::super::Settings::parse(text).unwrap();
        let newest = settings
            .figures
            .dated(Figure::AssetLimitSingle)
            .newest()
            .from
            .unwrap();
        let due = newest.replace_year(newest.year() + 1).unwrap();
        let day_before = due.previous_day().unwrap();
        assert!(settings.figures.out_of_date(day_before).is_empty());
        assert_eq!(
            settings.figures.out_of_date(due),
            [
                (Figure::AssetLimitSingle, newest),
                (Figure::AssetLimitCouple, newest)
            ]
        );
    }
}
