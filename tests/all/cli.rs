//! The server binary: `--help` lists the configuration, a wrong settings file stops
//! it with a message that names the field, and `create-admin` creates the first admin
//! without the password ever appearing on the command line or in the output.

use crate::support;

use meldwijzer::auth::{password, Role};
use meldwijzer::store::{staff, Db};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use support::spawned::binary;

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
        "MELDWIJZER_DATA_KEY",
        "MELDWIJZER_DATA_KEY_PREVIOUS",
        "MELDWIJZER_SETTINGS",
        "MELDWIJZER_LOCALES",
        "MELDWIJZER_RULES",
        "MELDWIJZER_LOG",
        "MELDWIJZER_LOG_FORMAT",
        "MELDWIJZER_TRUSTED_PROXIES",
        "MELDWIJZER_FORWARDED_HEADER",
        "MELDWIJZER_METRICS_BIND",
        "MELDWIJZER_ALLOW_MISSING_ASSETS",
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
        shipped.replace("statement_day = 27", "statement_day = 31"),
    )
    .unwrap();
    let stderr = refused_start(&[("MELDWIJZER_SETTINGS", &settings)]);
    assert!(
        stderr.contains("reporting.statement_day") && stderr.contains("31"),
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

/// Issue 20: pages that link scripts and styles the site root lacks are not served…
#[test]
fn a_site_root_without_the_assets_stops_the_start() {
    if binary().is_none() {
        return;
    }
    let empty = tempfile::tempdir().unwrap();
    let stderr = refused_start(&[("LEPTOS_SITE_ROOT", empty.path())]);
    assert!(stderr.contains("--allow-missing-assets"), "{stderr}");
}

/// …unless the operator says so (to reach the health check of a broken install).
#[test]
fn allow_missing_assets_starts_anyway() {
    let empty = tempfile::tempdir().unwrap();
    let Some(portal) = support::spawned::Portal::start_with(&[
        ("LEPTOS_SITE_ROOT", empty.path().display().to_string()),
        ("MELDWIJZER_ALLOW_MISSING_ASSETS", "true".into()),
    ]) else {
        return;
    };
    assert_eq!(portal.status("/healthz"), Some(200));
    assert!(portal.terminate().success());
}

/// Issue 20: the metrics are served on their own address, and the public one has none.
#[test]
fn metrics_are_served_on_their_own_address_only() {
    let port = support::spawned::free_port();
    let Some(portal) = support::spawned::Portal::start_with(&[(
        "MELDWIJZER_METRICS_BIND",
        format!("127.0.0.1:{port}"),
    )]) else {
        return;
    };
    assert_eq!(portal.status("/nl/help"), Some(200));
    let (status, body) =
        support::spawned::http_get(port, "/metrics").expect("the metrics address answers");
    assert_eq!(status, 200);
    assert!(
        body.contains(
            "meldwijzer_http_requests_total{method=\"GET\",route=\"/{lang}/help\",status=\"200\"}"
        ),
        "{body}"
    );
    assert!(body.contains("meldwijzer_db_pool_connections "), "{body}");
    assert_eq!(portal.status("/metrics"), Some(404));
    assert!(portal.terminate().success());
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let Some(portal) = support::spawned::Portal::start() else {
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
        support::spawned::Portal::start_logging(&[("MELDWIJZER_LOG", "debug".into())], log.into())
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

// ---------------------------------------------------------------------------------
// `meldwijzer create-admin`

/// The binary cargo built for this test run (the one `scripts/test` also spawns for
/// the server tests above). `create-admin` needs no built site, so these tests run
/// without the client's release build too.
const DEV_BINARY: &str = env!("CARGO_BIN_EXE_meldwijzer");

const ADMIN_PASSWORD: &str = "Zeer-Geheim-Beheer-42";

/// Runs `create-admin` with `args` on the database at `url`; the password comes from
/// `MELDWIJZER_ADMIN_PASSWORD` when `from_env` is given, and `stdin` is typed in.
fn create_admin(url: &str, args: &[&str], from_env: Option<&str>, stdin: &str) -> Output {
    let mut command = Command::new(DEV_BINARY);
    command
        .arg("create-admin")
        .args(args)
        .env("DATABASE_URL", url)
        .env_remove("MELDWIJZER_ADMIN_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(secret) = from_env {
        command.env("MELDWIJZER_ADMIN_PASSWORD", secret);
    }
    let mut child = command.spawn().unwrap();
    // Dropping the pipe closes standard input.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// Everything the command printed.
fn printed(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

async fn admins(url: &str) -> Vec<staff::Account> {
    let db = Db::connect(url).await.unwrap();
    let accounts = staff::accounts(&db).await.unwrap();
    db.close().await;
    accounts
}

#[test]
fn help_lists_the_create_admin_command() {
    let out = Command::new(DEV_BINARY).arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("create-admin") && help.contains("MELDWIJZER_BIND"),
        "{help}"
    );
    let out = Command::new(DEV_BINARY)
        .args(["create-admin", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("MELDWIJZER_ADMIN_PASSWORD"), "{help}");
    assert!(!help.contains("--password"), "{help}");
}

#[tokio::test]
async fn create_admin_takes_the_password_from_the_environment_and_never_prints_it() {
    let (url, _dir) = support::fresh_sqlite();
    let args = [
        "--email",
        "Eerste.Beheerder@Example.nl",
        "--name",
        "Eerste Beheerder",
    ];
    let out = create_admin(&url, &args, Some(ADMIN_PASSWORD), "");
    let text = printed(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("eerste.beheerder@example.nl"), "{text}");
    assert!(!text.contains(ADMIN_PASSWORD), "the password was printed");

    let db = Db::connect(&url).await.unwrap();
    let (account, hash) = staff::account_for_sign_in(&db, "eerste.beheerder@example.nl")
        .await
        .unwrap()
        .expect("the admin exists");
    assert_eq!(
        (account.role, account.active, account.display_name.as_str()),
        (Role::Admin, true, "Eerste Beheerder")
    );
    assert!(hash.starts_with("$argon2id$"));
    assert!(password::verify(ADMIN_PASSWORD, &hash));
    let log = staff::audit_entries(&db, 10).await.unwrap();
    assert_eq!(
        (
            log[0].action.as_str(),
            log[0].actor_account_id,
            log[0].detail.as_str()
        ),
        (staff::action::ACCOUNT_CREATED, None, "admin")
    );
    db.close().await;

    // The same address again (in another case) is refused; another admin is fine.
    let out = create_admin(
        &url,
        &[
            "--email",
            "EERSTE.beheerder@example.nl",
            "--name",
            "Nog een",
        ],
        Some(ADMIN_PASSWORD),
        "",
    );
    assert!(!out.status.success());
    assert!(
        printed(&out).contains("already exists"),
        "{}",
        printed(&out)
    );
    let out = create_admin(
        &url,
        &["--email", "tweede@example.nl", "--name", "Tweede Beheerder"],
        Some(ADMIN_PASSWORD),
        "",
    );
    assert!(out.status.success(), "{}", printed(&out));
    let roles: Vec<Role> = admins(&url).await.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Admin, Role::Admin]);
}

#[tokio::test]
async fn create_admin_reads_the_password_from_standard_input() {
    let (url, _dir) = support::fresh_sqlite();
    let secret = "een wachtwoord met spaties ";
    let out = create_admin(
        &url,
        &["--email", "beheer@example.nl", "--name", "Beheer"],
        None,
        &format!("{secret}\n"),
    );
    assert!(out.status.success(), "{}", printed(&out));
    assert!(!printed(&out).contains(secret.trim()));
    let db = Db::connect(&url).await.unwrap();
    let (_, hash) = staff::account_for_sign_in(&db, "beheer@example.nl")
        .await
        .unwrap()
        .unwrap();
    // The whole line, trailing space included, without the line ending.
    assert!(password::verify(secret, &hash));
    assert!(!password::verify(secret.trim(), &hash));
    db.close().await;
}

#[tokio::test]
async fn create_admin_refuses_a_password_under_twelve_characters() {
    let (url, _dir) = support::fresh_sqlite();
    let args = ["--email", "beheer@example.nl", "--name", "Beheer"];
    for (from_env, stdin) in [
        (Some("Kort-11-tkn"), ""),
        (None, "Kort-11-tkn\n"),
        (None, ""),
    ] {
        let out = create_admin(&url, &args, from_env, stdin);
        let text = printed(&out);
        assert!(!out.status.success(), "{text}");
        assert!(text.contains("at least 12 characters"), "{text}");
        assert!(!text.contains("Kort-11-tkn"), "the password was printed");
    }
    assert!(admins(&url).await.is_empty());
}

#[tokio::test]
async fn create_admin_takes_no_password_on_the_command_line() {
    let (url, _dir) = support::fresh_sqlite();
    let out = create_admin(
        &url,
        &[
            "--email",
            "beheer@example.nl",
            "--name",
            "Beheer",
            "--password",
            ADMIN_PASSWORD,
        ],
        None,
        "",
    );
    assert!(!out.status.success());
    assert!(printed(&out).contains("--password"), "{}", printed(&out));
    assert!(admins(&url).await.is_empty());
}

/// Runs the development binary with `args` and `env`; (success, everything printed).
fn run(args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let mut command = Command::new(DEV_BINARY);
    command
        .args(args)
        .env_remove("MELDWIJZER_DATA_KEY")
        .env_remove("MELDWIJZER_DATA_KEY_PREVIOUS")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    (out.status.success(), printed(&out))
}

#[tokio::test]
async fn backup_restore_and_rotate_key_on_the_command_line() {
    use meldwijzer::store::crypto::{self, DataKey};
    use meldwijzer::store::notices::{self, NoticeRef};
    const T0: i64 = 1_800_000_000;
    let (url, dir) = support::fresh_sqlite();
    let db = Db::connect(&url).await.unwrap();
    let staff = support::notices::caseworker(&db).await;
    let old = support::test_data_key();
    let keys = crypto::setup(&db, &url, Some(&old), T0).await.unwrap().0;
    for i in 0..3 {
        let notice = support::notices::sample(&format!("MW-C-{i}"), &format!("c-{i}"));
        notices::submit(&db, &keys, &notice, T0).await.unwrap();
    }
    db.close().await;
    let (_, help) = run(&["--help"], &[]);
    for command in ["backup", "restore", "rotate-key"] {
        assert!(help.contains(command), "{help}");
    }

    let to = dir.path().join("backup.db");
    let to_arg = to.display().to_string();
    let (ok, out) = run(&["backup", "--to", &to_arg], &[("DATABASE_URL", &url)]);
    assert!(ok, "{out}");
    assert!(
        out.contains("backed up 3 notices") && out.contains("key"),
        "{out}"
    );

    let restored = format!("sqlite://{}/restored.db", dir.path().display());
    let key_env = [
        ("DATABASE_URL", restored.as_str()),
        ("MELDWIJZER_DATA_KEY", support::TEST_DATA_KEY),
    ];
    let (ok, out) = run(&["restore", "--from", &to_arg], &key_env);
    assert!(ok, "{out}");
    assert!(out.contains("restored 3 notices"), "{out}");
    let (ok, out) = run(&["restore", "--from", &to_arg], &key_env);
    assert!(!ok && out.contains("not empty"), "{out}");

    // The key of the restored database changes.
    let new = DataKey::generate().to_base64();
    let rotate_env = [
        ("DATABASE_URL", restored.as_str()),
        ("MELDWIJZER_DATA_KEY", new.as_str()),
        ("MELDWIJZER_DATA_KEY_PREVIOUS", support::TEST_DATA_KEY),
    ];
    let (ok, out) = run(&["rotate-key"], &rotate_env);
    assert!(ok && out.contains("finished"), "{out}");
    assert!(
        !out.contains(support::TEST_DATA_KEY) && !out.contains(&new),
        "{out}"
    );
    let (ok, out) = run(&["rotate-key"], &[("DATABASE_URL", restored.as_str())]);
    assert!(!ok && out.contains("MELDWIJZER_DATA_KEY"), "{out}");
    let db = Db::connect(&restored).await.unwrap();
    let new_key = DataKey::from_base64(&new).unwrap();
    let alone = crypto::setup(&db, &restored, Some(&new_key), T0)
        .await
        .unwrap()
        .0;
    for i in 0..3 {
        let reference = format!("MW-C-{i}");
        let notice = notices::open(&db, &alone, NoticeRef::Reference(&reference), staff, T0)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(notice.content["form"], format!("c-{i}"));
    }
    assert!(crypto::setup(&db, &restored, Some(&old), T0).await.is_err());
    db.close().await;

    // PostgreSQL has its own tools.
    let (ok, out) = run(
        &["backup", "--to", &to_arg],
        &[("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")],
    );
    assert!(!ok && out.contains("pg_dump"), "{out}");
}
