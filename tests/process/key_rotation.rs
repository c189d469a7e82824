//! Data-key rotation killed half-way: this binary runs again as the `rotate-key`
//! command (the test [`rotator_process`], through `server::rotate_key`, as the command
//! line does, with `MELDWIJZER_DATA_KEY` new and `MELDWIJZER_DATA_KEY_PREVIOUS` old),
//! printing a line after every committed batch. The parent kills it with SIGKILL after
//! a few batches, checks that everything still reads with both keys (the portal during
//! the rotation), runs it again to the end, and then reads everything with the new key
//! alone; the old key alone no longer starts. On SQLite and, when
//! `MELDWIJZER_TEST_POSTGRES_URL` is set, PostgreSQL.

use crate::support;
use meldwijzer::store::crypto::{self, DataKey, DataKeys, KeySetupError};
use meldwijzer::store::rotation::{self, Options, Report};
use meldwijzer::store::Db;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;
use support::notices::caseworker;
use support::rotation::{fill, verify, T0};

const URL_VAR: &str = "MELDWIJZER_ROTATOR_URL";
const NEW_VAR: &str = "MELDWIJZER_ROTATOR_NEW_KEY";
const ROTATOR_TEST: &str = "key_rotation::rotator_process";

/// The command's body in a child process; does nothing in a normal test run.
#[test]
fn rotator_process() {
    let Ok(url) = std::env::var(URL_VAR) else {
        return;
    };
    let mut env = support::env_for(&url);
    env.data_key = Some(meldwijzer::config::env::Secret::new(
        std::env::var(NEW_VAR).unwrap(),
    ));
    env.data_key_previous = Some(meldwijzer::config::env::Secret::new(support::TEST_DATA_KEY));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let mut on_batch = |table: &'static str, report: &Report| {
            println!("BATCH {table} {}", report.rows);
            // Slow enough that the kill lands half-way.
            std::thread::sleep(Duration::from_millis(30));
        };
        let options = Options {
            batch: 1,
            stop_after: None,
        };
        meldwijzer::server::rotate_key::rotate_key(&env, options, &mut on_batch)
            .await
            .unwrap();
        println!("DONE");
    });
}

async fn killed_half_way_then_resumed(url: String) {
    let _alone = crate::ALONE.lock().await;
    let old = support::test_data_key();
    let new = DataKey::generate();
    let db = Db::connect(&url).await.unwrap();
    let staff = caseworker(&db).await;
    let first = crypto::setup(&db, &url, Some(&old), T0).await.unwrap().0;
    let filled = fill(&db, &first, staff, 12).await;

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            ROTATOR_TEST,
            "--exact",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(URL_VAR, &url)
        .env(NEW_VAR, new.to_base64())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start rotate-key");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut batches = 0;
    while batches < 6 {
        let line = lines
            .next()
            .expect("rotate-key prints its batches")
            .unwrap();
        assert_ne!(line, "DONE", "rotate-key finished before the kill");
        if line.starts_with("BATCH ") {
            batches += 1;
        }
    }
    child.kill().expect("SIGKILL rotate-key");
    assert!(!child.wait().unwrap().success(), "it was killed");

    // Half-way: the portal, with both keys, reads everything; some values are still
    // under the old key.
    let both = crypto::setup_rotating(&db, &url, Some(&new), Some(&old), T0)
        .await
        .unwrap()
        .keys;
    assert_eq!(both.current_key_id(), 2);
    let left = rotation::count_other(&db, &both).await.unwrap();
    assert!(!left.is_empty(), "killed half-way: {left:?}");
    verify(&db, &both, &filled, staff, false).await;

    // Run again: it goes on where it stopped and finishes.
    let report = rotation::rotate(
        &db,
        &both,
        &support::rotation::draft_bsn,
        Options::default(),
        &mut |_, _| {},
    )
    .await
    .unwrap();
    assert!(report.finished && report.failed.is_empty(), "{report:?}");
    eprintln!("key rotation resumed after the kill: {report:?} (left before: {left:?})");

    let alone = crypto::setup(&db, &url, Some(&new), T0).await.unwrap().0;
    verify(&db, &alone, &filled, staff, true).await;
    assert!(rotation::count_other(&db, &DataKeys::new(2, &new))
        .await
        .unwrap()
        .is_empty());
    let error = crypto::setup(&db, &url, Some(&old), T0).await.unwrap_err();
    assert!(matches!(error, KeySetupError::WrongKey { .. }), "{error:?}");
    if db.kind() == meldwijzer::store::DbKind::Sqlite {
        let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(ok, "ok");
    }
    db.close().await;
}

#[tokio::test]
async fn rotate_key_killed_half_way_resumes_on_sqlite() {
    let (url, _dir) = support::fresh_sqlite();
    killed_half_way_then_resumed(url).await;
}

#[tokio::test]
async fn rotate_key_killed_half_way_resumes_on_postgres() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    killed_half_way_then_resumed(url).await;
}
