//! Everything the server reads from its environment, in one place. `--help` lists it.

use clap::{Parser, Subcommand, ValueEnum};
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Which proxy header holds the client address (`--forwarded-header`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1` (nginx's `$proxy_add_x_forwarded_for`).
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for="[2001:db8::1]:4711"`.
    Forwarded,
}

/// Meldwijzer: explains the duties that come with bijstand, helps residents check what
/// to report and lets them report changes.
#[derive(Debug, Clone, Parser)]
#[command(name = "meldwijzer", version, about)]
pub struct Env {
    /// Address and port to listen on.
    #[arg(long, env = "MELDWIJZER_BIND", default_value = "127.0.0.1:3000")]
    pub bind: SocketAddr,

    /// Database: `sqlite://path/to/file.db` (embedded, the default) or
    /// `postgres://user:password@host/db` (several instances can share it).
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/meldwijzer.db",
        hide_env_values = true
    )]
    pub database_url: String,

    /// The key that encrypts what residents submit: 32 bytes in base64 (make one with
    /// `openssl rand -base64 32`; keep a copy: without it the notices cannot be read).
    /// Set it in the environment, not on the command line. Required with PostgreSQL.
    /// Unset with SQLite, the portal makes one on the first start and keeps it beside
    /// the database (`data/meldwijzer.key`): fine for trying it out, not for production.
    #[arg(long, env = "MELDWIJZER_DATA_KEY", hide_env_values = true)]
    pub data_key: Option<Secret>,

    /// The previous data key, while `meldwijzer rotate-key` re-seals what it sealed
    /// with the new one (`MELDWIJZER_DATA_KEY`): the portal opens values of both and
    /// seals with the new one. Remove it once `rotate-key` has finished.
    #[arg(long, env = "MELDWIJZER_DATA_KEY_PREVIOUS", hide_env_values = true)]
    pub data_key_previous: Option<Secret>,

    /// The client secret of the DigiD broker (`[residents.digid]` in the settings file).
    /// Set it in the environment; needed when residents sign in with DigiD.
    #[arg(long, env = "MELDWIJZER_DIGID_CLIENT_SECRET", hide_env_values = true)]
    pub digid_client_secret: Option<Secret>,

    /// The municipality settings file.
    #[arg(
        long,
        env = "MELDWIJZER_SETTINGS",
        default_value = "config/steenwijkerland.toml"
    )]
    pub settings: PathBuf,

    /// The folder with one sub-folder of Fluent (.ftl) files per language.
    #[arg(long, env = "MELDWIJZER_LOCALES", default_value = "locales")]
    pub locales: PathBuf,

    /// The self-check's rule file (questions, calculators, outcomes).
    #[arg(
        long,
        env = "MELDWIJZER_RULES",
        default_value = "content/selfcheck.toml"
    )]
    pub rules: PathBuf,

    /// Use this date (YYYY-MM-DD) as "today" instead of the date in Europe/Amsterdam.
    /// For demonstrations and tests only: deadlines are computed from it.
    #[arg(long, env = "MELDWIJZER_TODAY", value_parser = parse_today)]
    pub today: Option<time::Date>,

    /// The reverse proxies in front of the portal, as networks in CIDR (`10.0.0.0/8`,
    /// `2001:db8::/32`) or single addresses, separated by commas. A request whose
    /// connection comes from one of them is counted against the client address its
    /// proxy header names (`--forwarded-header`): the right-most address in it that is
    /// not a trusted proxy. Unset, the portal ignores proxy headers and counts every
    /// request against the connection's address. An environment setting, not one of
    /// the settings file: the proxies belong to the machines it runs on (like the
    /// listen address), not to the municipality's policy.
    #[arg(
        long,
        env = "MELDWIJZER_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = parse_network
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// The header the trusted proxies write the client address in. Only that one is
    /// read: a header the proxy passes on unchanged is the client's to forge.
    #[arg(
        long,
        env = "MELDWIJZER_FORWARDED_HEADER",
        value_enum,
        default_value = "x-forwarded-for"
    )]
    pub forwarded_header: ForwardedHeader,

    /// Serve metrics in Prometheus text format at `/metrics` on this address (e.g.
    /// `127.0.0.1:9100`), apart from the portal's own address. Unset: no metrics.
    #[arg(long, env = "MELDWIJZER_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,

    /// Start even when the site root lacks the asset files the pages link (scripts,
    /// styles), e.g. to reach the health check or the staff area of a broken install.
    /// Without it such a start is refused: residents would get pages without styles.
    #[arg(long, env = "MELDWIJZER_ALLOW_MISSING_ASSETS")]
    pub allow_missing_assets: bool,

    /// Log filter, e.g. `info` or `meldwijzer=debug,tower_http=info`.
    #[arg(long, env = "MELDWIJZER_LOG", default_value = "info")]
    pub log: String,

    /// Log line format.
    #[arg(
        long,
        env = "MELDWIJZER_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub log_format: LogFormat,
}

/// Meldwijzer: explains the duties that come with bijstand, helps residents check what
/// to report and lets them report changes. Without a command it serves the portal; a
/// command runs against the same database and exits.
#[derive(Debug, Clone, Parser)]
#[command(name = "meldwijzer", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub env: Env,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The environment variable `create-admin` reads the password from.
pub const ADMIN_PASSWORD_VAR: &str = "MELDWIJZER_ADMIN_PASSWORD";

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Creates a staff account with the admin role (e.g. the first one), then exits.
    ///
    /// The password is read from the environment variable MELDWIJZER_ADMIN_PASSWORD or,
    /// when that is not set, from standard input (one line); never from the command
    /// line, where other users of the machine could see it. At least 12 characters.
    CreateAdmin {
        /// The admin's e-mail address; signing in uses it.
        #[arg(long)]
        email: String,
        /// The name shown to other staff.
        #[arg(long)]
        name: String,
    },
    /// Copies a SQLite database to FILE while the portal keeps running (a consistent
    /// copy of one moment), then exits. The copy is written under a temporary name and
    /// renamed when it is complete and checked, so FILE is never a partial copy. The
    /// data key is not in it: keep the key (MELDWIJZER_DATA_KEY or the key file)
    /// apart. For PostgreSQL use pg_dump (see the README).
    Backup {
        /// Where to write the backup (replaced only by a complete, checked copy).
        #[arg(long)]
        to: PathBuf,
    },
    /// Restores a backup made by `meldwijzer backup` into the database of DATABASE_URL,
    /// which must be new or empty (a non-empty one is refused), then exits. Stop the
    /// portal first. For PostgreSQL use pg_restore (see the README).
    Restore {
        /// The backup file.
        #[arg(long)]
        from: PathBuf,
    },
    /// Re-seals every stored value with the new data key (MELDWIJZER_DATA_KEY), from
    /// the previous one (MELDWIJZER_DATA_KEY_PREVIOUS), then exits. Start the portal
    /// with both keys first; it keeps running meanwhile. Safe to stop and run again: it
    /// goes on where it stopped. When it reports that it finished, the previous key is
    /// no longer needed.
    RotateKey {
        /// Rows per transaction.
        #[arg(long, default_value_t = 200)]
        batch: usize,
    },
}

/// A secret from the environment, taken as it is: checking it is left to its user, so
/// that neither a parse error of `clap` (which quotes the value) nor `Debug` ever shows
/// it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself; never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Secret::new(value))
    }
}

fn parse_today(value: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(value, &format).map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// A network in CIDR, or a single address (a network of one).
fn parse_network(value: &str) -> Result<ipnet::IpNet, String> {
    let value = value.trim();
    if let Ok(net) = value.parse::<ipnet::IpNet>() {
        return Ok(net);
    }
    value
        .parse::<std::net::IpAddr>()
        .map(ipnet::IpNet::from)
        .map_err(|_| {
            "expected a network such as 10.0.0.0/8 or 2001:db8::/32, or an address".to_owned()
        })
}

impl Env {
    /// The database kind, safe to log (the URL itself may hold a password).
    pub fn database_kind(&self) -> &str {
        self.database_url.split(':').next().unwrap_or("unknown")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_key_is_never_shown() {
        let cli = Cli::try_parse_from(["meldwijzer", "--data-key", "not-a-key-but-secret"])
            .expect("any value is taken; the server checks it");
        let debug = format!("{:?}", cli.env);
        assert!(!debug.contains("not-a-key-but-secret"), "{debug}");
        assert!(debug.contains("Secret(redacted)"), "{debug}");
        assert_eq!(
            cli.env.data_key.as_ref().map(Secret::expose),
            Some("not-a-key-but-secret")
        );
    }

    #[test]
    fn trusted_proxies_are_networks_or_addresses_checked_at_start() {
        let cli = Cli::try_parse_from([
            "meldwijzer",
            "--trusted-proxies",
            "10.0.0.0/8, 127.0.0.1,2001:db8::/32,::1",
        ])
        .unwrap();
        let nets: Vec<String> = cli
            .env
            .trusted_proxies
            .iter()
            .map(|n| n.to_string())
            .collect();
        assert_eq!(
            nets,
            ["10.0.0.0/8", "127.0.0.1/32", "2001:db8::/32", "::1/128"]
        );
        assert_eq!(cli.env.forwarded_header, ForwardedHeader::XForwardedFor);
        for bad in ["10.0.0.0/33", "proxy.example", "10.0.0.0/8;", ""] {
            let parsed = Cli::try_parse_from(["meldwijzer", "--trusted-proxies", bad]);
            assert!(parsed.is_err(), "{bad:?} is refused");
        }
        let none = Cli::try_parse_from(["meldwijzer"]).unwrap();
        assert!(
            none.env.trusted_proxies.is_empty()
                || std::env::var_os("MELDWIJZER_TRUSTED_PROXIES").is_some()
        );
    }
}
