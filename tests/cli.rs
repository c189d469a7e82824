//! The server binary: `--help` lists the configuration, and a wrong settings file stops
//! it with a message that names the field.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn binary() -> Option<PathBuf> {
    let bin = std::env::var("MELDWIJZER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| support::project_path("target/release/meldwijzer"));
    if bin.exists() {
        Some(bin)
    } else {
        assert!(!support::require_all(), "{} is missing", bin.display());
        None
    }
}

/// Starts the server with `env` on a throw-away database, expects it to refuse to
/// start, and returns what it printed on standard error.
fn refused_start(env: &[(&str, &Path)]) -> String {
    let bin = binary().expect("checked by the caller");
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(bin);
    command
        .current_dir(support::project_path(""))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/db.sqlite", dir.path().display()),
        )
        .env("MELDWIJZER_BIND", "127.0.0.1:0");
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    assert!(!out.status.success(), "the server started");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn help_lists_every_setting_of_the_environment() {
    let Some(bin) = binary() else { return };
    let out = Command::new(bin).arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for name in [
        "MELDWIJZER_BIND",
        "DATABASE_URL",
        "MELDWIJZER_SETTINGS",
        "MELDWIJZER_LOCALES",
        "MELDWIJZER_RULES",
        "MELDWIJZER_LOG",
        "MELDWIJZER_LOG_FORMAT",
    ] {
        assert!(help.contains(name), "--help lacks {name}");
    }
}

#[test]
fn a_wrong_setting_stops_the_server_with_the_field_name() {
    if binary().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let shipped =
        std::fs::read_to_string(support::project_path("config/steenwijkerland.toml")).unwrap();
    let settings = dir.path().join("settings.toml");
    std::fs::write(
        &settings,
        shipped.replace("monthly_statement_day = 27", "monthly_statement_day = 31"),
    )
    .unwrap();
    let stderr = refused_start(&[("MELDWIJZER_SETTINGS", &settings)]);
    assert!(
        stderr.contains("reporting.monthly_statement_day") && stderr.contains("31"),
        "{stderr}"
    );
}

#[test]
fn a_rule_that_names_a_missing_text_stops_the_server() {
    if binary().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(support::project_path("content/selfcheck.toml")).unwrap();
    let rules = dir.path().join("selfcheck.toml");
    // Point one question at a text that no language has.
    let first_text = shipped
        .lines()
        .find_map(|l| l.trim().strip_prefix("text = \""))
        .and_then(|rest| rest.split('"').next())
        .expect("the rule file has texts")
        .to_owned();
    std::fs::write(
        &rules,
        shipped.replacen(
            &format!("text = \"{first_text}\""),
            "text = \"selfcheck-no-such-text\"",
            1,
        ),
    )
    .unwrap();
    let stderr = refused_start(&[("MELDWIJZER_RULES", &rules)]);
    assert!(stderr.contains("selfcheck-no-such-text"), "{stderr}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let Some(portal) = support::browser::Portal::start() else {
        return;
    };
    assert_eq!(portal.status("/nl"), Some(200));
    let status = portal.terminate();
    assert!(status.success(), "exit status after SIGTERM: {status}");
}

#[test]
fn request_logs_hold_no_query_strings() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("portal.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let Some(portal) =
        support::browser::Portal::start_logging(&[("MELDWIJZER_LOG", "debug".into())], log.into())
    else {
        return;
    };
    // Answers or names in a query must never reach the log.
    assert_eq!(
        portal.status("/nl/help?name=Jansen&bsn=111222333"),
        Some(200)
    );
    assert_eq!(portal.status("/nl/no-such-page"), Some(404));
    assert!(portal.terminate().success());
    let text = std::fs::read_to_string(&log_path).unwrap();
    assert!(text.contains("/nl/help"), "the request is logged: {text}");
    assert!(text.contains("404"), "the status is logged");
    for secret in ["Jansen", "111222333", "bsn="] {
        assert!(!text.contains(secret), "{secret} leaked into the log");
    }
}
