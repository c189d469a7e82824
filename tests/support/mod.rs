//! Shared helpers for the black-box tests: fresh databases, the portal in this
//! process (`portal`) or as a process of its own (`spawned`), its replies (`reply`), a
//! resident's and a staff member's browser without a browser (`resident`, `staff`),
//! Chromium (`browser`), and sample notices (`notices`).
//!
//! The tests of a binary run in parallel in one process: nothing here changes the
//! process's environment or working directory, and every database, file, port and
//! browser profile is made fresh for the test that asks.
#![allow(dead_code)]

use meldwijzer::config::env::{Env, LogFormat, Secret};
use meldwijzer::store::crypto::DataKey;
use sqlx::Connection;
use std::path::PathBuf;

/// Whether a skipped optional part (PostgreSQL, the browser) must fail the run. The
/// test command sets it, so CI can never pass by skipping.
pub fn require_all() -> bool {
    std::env::var("MELDWIJZER_REQUIRE_ALL").is_ok_and(|v| v == "1")
}

/// A unique name for a throw-away database or file.
pub fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A database URL for a fresh SQLite file (kept alive by the returned guard).
pub fn fresh_sqlite() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/meldwijzer.db", dir.path().display());
    (url, dir)
}

/// A URL of a freshly created PostgreSQL database, or `None` when no server was given
/// (which fails the test when the test command demanded every part).
pub async fn fresh_postgres() -> Option<String> {
    let Ok(base) = std::env::var("MELDWIJZER_TEST_POSTGRES_URL") else {
        assert!(!require_all(), "MELDWIJZER_TEST_POSTGRES_URL is not set");
        eprintln!("skipping: MELDWIJZER_TEST_POSTGRES_URL is not set");
        return None;
    };
    let name = unique("mw");
    let mut conn = sqlx::PgConnection::connect(&base)
        .await
        .expect("connect to test PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let (prefix, _) = base.rsplit_once('/').expect("database URL ends in /<db>");
    Some(format!("{prefix}/{name}"))
}

/// Polls `check` until it gives a value, failing the test after `limit`: for what a
/// portal finishes in the background (never a fixed sleep).
pub async fn eventually<T, F, Fut>(limit: std::time::Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

pub fn project_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A fixed data key for the tests (base64); production keys come from the environment.
pub const TEST_DATA_KEY: &str = "bWVsZHdpanplci10ZXN0LWtleS0zMi1ieXRlcy0hISE=";

pub fn test_data_key() -> DataKey {
    DataKey::from_base64(TEST_DATA_KEY).unwrap()
}

/// The environment of a server on `database_url`. PostgreSQL needs a data key; with
/// SQLite the server makes a key file beside the database, as on a fresh machine.
pub fn env_for(database_url: &str) -> Env {
    Env {
        bind: "127.0.0.1:0".parse().unwrap(),
        database_url: database_url.to_owned(),
        data_key: database_url
            .starts_with("postgres")
            .then(|| Secret::new(TEST_DATA_KEY)),
        data_key_previous: None,
        digid_client_secret: None,
        settings: project_path("config/steenwijkerland.toml"),
        locales: project_path("locales"),
        rules: project_path("content/selfcheck.toml"),
        log: "warn".into(),
        log_format: LogFormat::Text,
        today: None,
        trusted_proxies: Vec::new(),
        forwarded_header: Default::default(),
        metrics_bind: None,
        allow_missing_assets: false,
    }
}

/// Which database a scenario of [`on_each_database!`] runs on.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Database {
    Sqlite,
    Postgres,
}

/// Runs each scenario, an `async fn(Database)` of the calling module, as two tests,
/// `<scenario>::sqlite` and `<scenario>::postgres` (the scenario makes its own fixture
/// on the database it is given, and returns early when that cannot be had).
#[allow(unused_macros)]
macro_rules! on_each_database {
    ($($scenario:ident),* $(,)?) => {$(
        mod $scenario {
            #[tokio::test]
            async fn sqlite() {
                super::$scenario($crate::support::Database::Sqlite).await;
            }

            #[tokio::test]
            async fn postgres() {
                super::$scenario($crate::support::Database::Postgres).await;
            }
        }
    )*};
}
#[allow(unused_imports)]
pub(crate) use on_each_database;

/// Runs each scenario, an `async fn(fixture)` of the calling module, as two tests,
/// `<scenario>::sqlite` and `<scenario>::postgres`, on a fixture made by
/// `$fixture::sqlite()` and `$fixture::postgres()` (a test on PostgreSQL passes
/// without a server unless every part is required); `worker_threads = N` runs them on
/// a runtime with N threads instead of the current thread.
#[allow(unused_macros)]
macro_rules! on_both_databases {
    ($fixture:ident, worker_threads = $threads:literal; $($scenario:ident),* $(,)?) => {
        on_both_databases!(
            @tests $fixture, (flavor = "multi_thread", worker_threads = $threads); $($scenario),*
        );
    };
    ($fixture:ident; $($scenario:ident),* $(,)?) => {
        on_both_databases!(@tests $fixture, (); $($scenario),*);
    };
    (@tests $fixture:ident, $runtime:tt; $($scenario:ident),*) => {$(
        mod $scenario {
            #[tokio::test $runtime]
            async fn sqlite() {
                super::$scenario(super::$fixture::sqlite().await).await;
            }

            #[tokio::test $runtime]
            async fn postgres() {
                let Some(fixture) = super::$fixture::postgres().await else {
                    return;
                };
                super::$scenario(fixture).await;
            }
        }
    )*};
}
#[allow(unused_imports)]
pub(crate) use on_both_databases;

pub mod browser;
pub mod notices;
pub mod oidc;
pub mod pages;
pub mod portal;
pub mod reply;
pub mod resident;
pub mod rotation;
pub mod spawned;
pub mod staff;
