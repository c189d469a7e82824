//! The text catalog: every offered language's Fluent messages, parsed at run time.

use super::dated::DatedTexts;
use super::guard;
use super::language::{Direction, Language};
use super::lint;
use crate::config::figures::{Dated, Kind, TextForm, Value};
use crate::config::{Figure, Settings};
use crate::domain::money::format_euro;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Pattern, PatternElement};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use time::Date;

type Bundle = FluentBundle<FluentResource>;

/// The names of the values every message may use: one for each figure of the settings
/// (`crate::config::figures`: `$gift-limit`, `$phone`, …), and for a figure that
/// changes every January the day its value holds from (`$asset-limit-single-from`).
/// Figures are variables, never part of a text, so changing a setting changes every
/// page in every language.
pub static GLOBAL_VARIABLES: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| VARIABLE_NAMES.iter().map(String::as_str).collect());

static VARIABLE_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    Figure::ALL
        .iter()
        .flat_map(|f| std::iter::once(f.variable()).chain(f.since_variable()))
        .collect()
});

/// The value of a `…-from` variable when the figure has no day: the texts select on it
/// (`{ $asset-limit-single-from -> [undated] … *[other] … }`).
pub const UNDATED: &str = "undated";

fn variable_name(name: &str) -> &'static str {
    VARIABLE_NAMES
        .iter()
        .find(|n| *n == name)
        .expect("every figure has its variable")
}

/// A global value: a text, or a count. Counts are Fluent numbers, so a message can
/// choose its plural form with a selector (`{ $days-abroad -> [one] … *[other] … }`).
#[derive(Debug, Clone, PartialEq)]
enum Global {
    Text(String),
    Count(u32),
}

impl Global {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Global::Text(text) => FluentValue::from(text.as_str()),
            Global::Count(n) => FluentValue::from(*n),
        }
    }
}

/// The global values in one language (amounts and days written the way that language
/// writes them), each with the days it holds from; in name order.
type Globals = Vec<(&'static str, Dated<Global>)>;

fn global_values(settings: &Settings, lang: &str, day: &dyn Fn(Date) -> String) -> Globals {
    let mut globals = Vec::new();
    for figure in Figure::ALL {
        let value = match (settings.figures.value(*figure), figure.spec().kind) {
            (Value::Text(text), Kind::Text(TextForm::Phone)) => {
                // A phone number must not break over two lines.
                Dated::plain(Global::Text(text.replace(' ', "\u{a0}")))
            }
            (Value::Text(text), _) => Dated::plain(Global::Text(text.clone())),
            (Value::Number(dated), Kind::Euro { .. }) => {
                dated.map(|p| Global::Text(format_euro(p.value.into(), lang)))
            }
            // A day of the month ("before the 27th") is a number all the same.
            (Value::Number(dated), _) => dated.map(|p| Global::Count(p.value)),
        };
        if let Some(since) = figure.since_variable() {
            // An amount written without its day (an older settings file) holds on
            // every day: texts choose their `[undated]` variant and say no date.
            let from =
                value.map(|p| Global::Text(p.from.map(day).unwrap_or_else(|| UNDATED.into())));
            globals.push((variable_name(&since), from));
        }
        globals.push((variable_name(&figure.variable()), value));
    }
    // `FluentArgs` keeps its entries in name order: set in that order, each is appended.
    globals.sort_by_key(|(name, _)| *name);
    globals
}

/// A text published by staff that replaces a shipped message: the full Fluent entry
/// (`id = value`, with attributes if any) in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct TextOverride {
    pub lang: String,
    pub id: String,
    pub source: String,
}

#[derive(Debug)]
pub enum CatalogError {
    MissingLanguage {
        lang: String,
        dir: PathBuf,
    },
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Syntax {
        path: PathBuf,
        errors: Vec<String>,
    },
    Duplicate {
        lang: String,
        ids: Vec<String>,
    },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::MissingLanguage { lang, dir } => write!(
                f,
                "language `{lang}` is offered in the settings, but {} has no .ftl files",
                dir.display()
            ),
            CatalogError::Io { path, error } => {
                write!(f, "cannot read {}: {error}", path.display())
            }
            CatalogError::Syntax { path, errors } => {
                write!(
                    f,
                    "Fluent syntax error in {}: {}",
                    path.display(),
                    errors.join("; ")
                )
            }
            CatalogError::Duplicate { lang, ids } => {
                write!(
                    f,
                    "language `{lang}` defines these messages twice: {}",
                    ids.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for CatalogError {}

/// Whether a pattern is text only, without placeables.
fn is_plain(pattern: &Pattern<&str>) -> bool {
    pattern
        .elements
        .iter()
        .all(|element| matches!(element, PatternElement::TextElement { .. }))
}

/// One language's shipped files, kept as text so they can be checked and exported.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub language: Language,
    pub files: Vec<(PathBuf, String)>,
}

pub struct Catalog {
    languages: Vec<Language>,
    bundles: Vec<Bundle>,
    sources: Vec<LocaleSource>,
    /// The message ids of the source language in file order: pages that are built from
    /// their texts (the information pages) read their structure from it.
    source_ids: Vec<String>,
    /// The dated versions of messages (`super::dated`).
    dated: DatedTexts,
    /// Per language, the values every message may use (from the settings).
    globals: Vec<Globals>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.languages)
            .finish_non_exhaustive()
    }
}

/// Reads the `.ftl` files of one language folder, in a stable (sorted) order.
pub fn read_locale(dir: &Path, code: &str) -> Result<LocaleSource, CatalogError> {
    let lang_dir = dir.join(code);
    let io = |path: &Path, error| CatalogError::Io {
        path: path.to_path_buf(),
        error,
    };
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&lang_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
            .collect(),
        Err(_) => Vec::new(),
    };
    if paths.is_empty() {
        return Err(CatalogError::MissingLanguage {
            lang: code.to_owned(),
            dir: lang_dir,
        });
    }
    paths.sort();
    let files = paths
        .into_iter()
        .map(|p| {
            std::fs::read_to_string(&p)
                .map(|t| (p.clone(), t))
                .map_err(|e| io(&p, e))
        })
        .collect::<Result<_, _>>()?;
    Ok(LocaleSource {
        language: Language::new(code),
        files,
    })
}

impl Catalog {
    /// Loads the shipped texts of every offered language from `dir` and lays the
    /// published overrides over them.
    pub fn load(
        dir: &Path,
        settings: &Settings,
        overrides: &[TextOverride],
    ) -> Result<Self, CatalogError> {
        let sources = settings
            .languages
            .offered
            .iter()
            .map(|code| read_locale(dir, code))
            .collect::<Result<Vec<_>, _>>()?;
        Self::from_sources(sources, settings, overrides)
    }

    pub fn from_sources(
        sources: Vec<LocaleSource>,
        settings: &Settings,
        overrides: &[TextOverride],
    ) -> Result<Self, CatalogError> {
        let mut bundles = Vec::with_capacity(sources.len());
        for source in &sources {
            let code = &source.language.code;
            let langid = code.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Unicode isolation marks only help where the text runs right to left and
            // embeds left-to-right values such as phone numbers.
            bundle.set_use_isolating(source.language.direction == Direction::Rtl);
            for (path, text) in &source.files {
                guard::check(text).map_err(|limit| CatalogError::Syntax {
                    path: path.clone(),
                    errors: vec![limit.to_string()],
                })?;
                let resource = guard::on_stack_for(text, || FluentResource::try_new(text.clone()))
                    .map_err(|(_, errors)| CatalogError::Syntax {
                        path: path.clone(),
                        errors: errors
                            .iter()
                            .map(|e| lint::describe_error(text, e))
                            .collect(),
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| CatalogError::Duplicate {
                        lang: code.clone(),
                        ids: errors.iter().map(|e| e.to_string()).collect(),
                    })?;
            }
            for o in overrides.iter().filter(|o| &o.lang == code) {
                // Overrides were validated when they were published; one that no longer
                // parses or is beyond the limits of `guard` (say, after a manual database
                // edit, or published before the limits existed) is skipped so the
                // shipped text stays visible and no text can overflow a stack.
                if let Err(limit) = guard::check_entry(&o.source) {
                    tracing::warn!(lang = %o.lang, id = %o.id, %limit, "skipping a text override beyond the limits");
                    continue;
                }
                match FluentResource::try_new(o.source.clone()) {
                    Ok(resource) => bundle.add_resource_overriding(resource),
                    Err(_) => {
                        tracing::warn!(lang = %o.lang, id = %o.id, "skipping unparsable text override")
                    }
                }
            }
            bundles.push(bundle);
        }
        let source_ids: Vec<String> = sources
            .first()
            .map(|s| {
                s.files
                    .iter()
                    .flat_map(|(_, text)| lint::message_ids(text))
                    .collect()
            })
            .unwrap_or_default();
        let mut catalog = Catalog {
            dated: DatedTexts::from_ids(source_ids.iter().map(String::as_str)),
            source_ids,
            languages: sources.iter().map(|s| s.language.clone()).collect(),
            bundles,
            sources,
            globals: Vec::new(),
        };
        // Days in the globals are written with the language's own date texts.
        let globals = catalog
            .languages
            .iter()
            .map(|l| global_values(settings, &l.code, &|d| catalog.format_date(&l.code, d, d)))
            .collect();
        catalog.globals = globals;
        Ok(catalog)
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The language every translation is checked against (the first offered).
    pub fn source_language(&self) -> &Language {
        &self.languages[0]
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Whether every offered language has message `id` (shipped or published).
    pub fn has_message_everywhere(&self, id: &str) -> bool {
        self.bundles.iter().all(|b| b.has_message(id))
    }

    pub fn source_ids(&self) -> impl Iterator<Item = &str> {
        self.source_ids.iter().map(String::as_str)
    }

    pub fn sources(&self) -> &[LocaleSource] {
        &self.sources
    }

    /// Formats message `id` in `lang` with the given values (and the global ones), as
    /// it reads on day `on`: the dated version in force then (`super::dated`), with the
    /// figures in force then. A message missing in `lang` falls back to the source
    /// language; a message missing everywhere shows its id, so a gap is visible
    /// instead of an empty element.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
        on: Date,
    ) -> String {
        let index = self
            .languages
            .iter()
            .position(|l| l.code == lang)
            .unwrap_or(0);
        let (attr_id, attribute) = match id.split_once('.') {
            Some((msg, attr)) => (msg, Some(attr)),
            None => (id, None),
        };
        let attr_id = self.dated.in_force(attr_id, on);
        let found = [index, 0].into_iter().find_map(|i| {
            let bundle = &self.bundles[i];
            let message = bundle.get_message(attr_id)?;
            let pattern = match attribute {
                Some(a) => message.get_attribute(a)?.value(),
                None => message.value()?,
            };
            Some((bundle, pattern, i))
        });
        let Some((bundle, pattern, used)) = found else {
            tracing::warn!(lang, id, "message missing in every language");
            return id.to_owned();
        };
        // Most texts are plain text, and plain text reads no variables: setting every
        // global for each of them was about a tenth of a self-check step's render
        // (perf). A placeable may read a variable, directly or in a message it names.
        let fluent_args = (!is_plain(pattern)).then(|| {
            let globals = self.globals.get(used).map_or(&[][..], Vec::as_slice);
            let mut fluent_args = FluentArgs::with_capacity(globals.len() + args.len());
            for (name, value) in globals {
                fluent_args.set(*name, value.on(on).to_fluent());
            }
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            fluent_args
        });
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                lang,
                id,
                errors = errors.len(),
                "message formatted with errors"
            );
        }
        text.into_owned()
    }

    /// A date as `lang` writes it in a sentence, e.g. `3 maart 2026`, `3 marca 2026`.
    /// Month names are texts (`dates.ftl`), so staff can edit them.
    pub fn format_date(&self, lang: &str, date: Date, on: Date) -> String {
        let month = self.format(
            lang,
            &format!("date-in-month-{}", u8::from(date.month())),
            &[],
            on,
        );
        self.format(
            lang,
            "date-full",
            &[
                ("day", FluentValue::from(date.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
            on,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Date = time::macros::date!(2026 - 12 - 05);

    fn settings() -> Settings {
        Settings::parse(include_str!("../../config/steenwijkerland.toml")).unwrap()
    }

    fn source(code: &str, text: &str) -> LocaleSource {
        LocaleSource {
            language: Language::new(code),
            files: vec![(PathBuf::from(format!("{code}.ftl")), text.to_owned())],
        }
    }

    fn catalog(overrides: &[TextOverride]) -> Catalog {
        Catalog::from_sources(
            vec![
                source(
                    "nl",
                    "hello = Hallo { $name }\nonly-nl = Alleen NL\ncall = Bel { $phone }\n",
                ),
                source("ar", "hello = مرحبا { $name }\ncall = اتصل { $phone }\n"),
            ],
            &settings(),
            overrides,
        )
        .unwrap()
    }

    #[test]
    fn formats_with_arguments_globals_and_fallback() {
        let c = catalog(&[]);
        assert_eq!(
            c.format("nl", "hello", &[("name", "Sara".into())], DAY),
            "Hallo Sara"
        );
        assert_eq!(c.format("nl", "call", &[], DAY), "Bel 14\u{a0}0521");
        // Right-to-left text isolates embedded values.
        assert_eq!(
            c.format("ar", "call", &[], DAY),
            "اتصل \u{2068}14\u{a0}0521\u{2069}"
        );
        assert_eq!(c.format("ar", "only-nl", &[], DAY), "Alleen NL");
        assert_eq!(c.format("ar", "nowhere", &[], DAY), "nowhere");
        assert_eq!(
            c.format("xx", "hello", &[("name", "A".into())], DAY),
            "Hallo A"
        );
    }

    /// Plain text is formatted without arguments; whatever has a placeable gets the
    /// globals and the arguments, also through a message it names or a selector.
    #[test]
    fn plain_texts_and_texts_with_placeables_format_alike() {
        let nl = "plain = Geef het door.\n\
                  phone = Bel { $phone }.\n\
                  named = { phone } Of schrijf.\n\
                  greeting = Hallo { $name }, bel { $phone }.\n\
                  days = { $change-deadline-days ->\n    [one] een dag\n   *[other] { $change-deadline-days } dagen\n}\n\
                  term-only = { -gemeente }\n\
                  -gemeente = Steenwijkerland\n";
        let c = Catalog::from_sources(vec![source("nl", nl)], &settings(), &[]).unwrap();
        // Id, the argument `$name` if any, the text formatted.
        let cases = [
            ("plain", None, "Geef het door."),
            ("phone", None, "Bel 14\u{a0}0521."),
            ("named", None, "Bel 14\u{a0}0521. Of schrijf."),
            ("greeting", Some("Sara"), "Hallo Sara, bel 14\u{a0}0521."),
            ("days", None, "7 dagen"),
            ("term-only", None, "Steenwijkerland"),
        ];
        for (id, name, text) in cases {
            let args: Vec<(&str, FluentValue)> =
                name.map(|n| ("name", n.into())).into_iter().collect();
            assert_eq!(c.format("nl", id, &args, DAY), text, "{id}");
        }
    }

    /// A dated text and a dated figure, each on both sides of the days they change.
    #[test]
    fn texts_and_figures_read_as_on_the_day_asked_for() {
        let nl = "date-full = { $day } { $month } { $year }\n\
                  date-in-month-1 = januari\n\
                  title = Wat verandert er?\n\
                  title-from-2027-01-01 = Wat is er veranderd?\n\
                  limit = Grens { $asset-limit-single }, vanaf { $asset-limit-single-from }.\n";
        let c = Catalog::from_sources(vec![source("nl", nl)], &settings(), &[]).unwrap();
        let on =
            |y, m, d| Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap();
        let cases = [
            (on(2026, 12, 31), "title", "Wat verandert er?"),
            (on(2027, 1, 1), "title", "Wat is er veranderd?"),
            (
                on(2023, 12, 31),
                "limit",
                "Grens €\u{a0}7.605, vanaf 1 januari 2023.",
            ),
            (
                on(2024, 1, 1),
                "limit",
                "Grens €\u{a0}7.575, vanaf 1 januari 2024.",
            ),
        ];
        for (day, id, text) in cases {
            assert_eq!(c.format("nl", id, &[], day), text, "{id} on {day}");
        }
        // The dated version itself can be shown (and previewed) on any day.
        assert_eq!(
            c.format("nl", "title-from-2027-01-01", &[], on(2026, 1, 1)),
            "Wat is er veranderd?"
        );
        assert_eq!(c.format_date("nl", on(2027, 1, 1), DAY), "1 januari 2027");
    }

    /// An older settings file writes the asset limits without their day: every
    /// language then leaves out "these amounts hold from …" instead of printing no date.
    #[test]
    fn undated_asset_limits_leave_out_since_when_in_every_language() {
        let dated = settings();
        let shipped = include_str!("../../config/steenwijkerland.toml");
        let plain = crate::config::settings::undated_asset_limits(shipped);
        let undated = Settings::parse(&plain).unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let with_day = Catalog::load(&dir, &dated, &[]).unwrap();
        let without = Catalog::load(&dir, &undated, &[]).unwrap();
        for lang in &dated.languages.offered {
            let id = "selfcheck-why-asset-limit";
            let (a, b) = (
                with_day.format(lang, id, &[], DAY),
                without.format(lang, id, &[], DAY),
            );
            assert!(a.contains("2024"), "{lang}: {a}");
            assert!(!b.contains("2024") && !b.contains(UNDATED), "{lang}: {b}");
            // Only the sentence about the day is left out.
            assert!(b.len() + 20 < a.len(), "{lang}: {b}");
        }
    }

    #[test]
    fn every_figure_has_a_global_variable() {
        for figure in Figure::ALL {
            assert!(GLOBAL_VARIABLES.contains(figure.variable().as_str()));
        }
        for name in [
            "gift-limit",
            "days-abroad",
            "change-deadline-days",
            "travel-notice-days",
            "statement-day",
            "asset-limit-single",
            "asset-limit-couple",
            "asset-limit-single-from",
            "asset-limit-couple-from",
            "debt-help-phone",
            "debt-help-website",
            "municipality",
            "phone",
            "email",
            "address",
            "website",
        ] {
            assert!(GLOBAL_VARIABLES.contains(name), "{name}");
        }
        assert_eq!(GLOBAL_VARIABLES.len(), 16);
    }

    #[test]
    fn overrides_replace_shipped_texts_in_their_language_only() {
        let c = catalog(&[TextOverride {
            lang: "nl".into(),
            id: "hello".into(),
            source: "hello = Goedendag { $name }".into(),
        }]);
        assert_eq!(
            c.format("nl", "hello", &[("name", "Sara".into())], DAY),
            "Goedendag Sara"
        );
        assert!(c
            .format("ar", "hello", &[("name", "S".into())], DAY)
            .starts_with("مرحبا"));
    }

    #[test]
    fn syntax_errors_and_missing_languages_are_refused() {
        let err =
            Catalog::from_sources(vec![source("nl", "broken = {")], &settings(), &[]).unwrap_err();
        assert!(matches!(err, CatalogError::Syntax { .. }), "{err}");
        let err = Catalog::from_sources(vec![source("nl", "a = 1\na = 2\n")], &settings(), &[])
            .unwrap_err();
        assert!(matches!(err, CatalogError::Duplicate { .. }), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let err = Catalog::load(dir.path(), &settings(), &[]).unwrap_err();
        assert!(err.to_string().contains("`nl`"), "{err}");
    }
}
