//! `meldwijzer backup` killed in the middle: this binary runs again as the backup
//! command (the test [`backup_process`], through `server::backup::backup`), on a
//! database of about 60 MB, and the parent kills it with SIGKILL twice: once while
//! SQLite is still writing the copy, once when the copy is written but not yet checked
//! (a test pause). Each time the backup file itself does not exist (only a file whose
//! name says `partial`), a partial copy is not taken for a backup by `restore`, and the
//! database is unharmed: sound, every notice and file opens. A run after that succeeds
//! and restores.

use crate::support;
use meldwijzer::store::crypto;
use meldwijzer::store::notices::{self, NewAttachment};
use meldwijzer::store::Db;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::notices::{caseworker, keys, sample};

const URL_VAR: &str = "MELDWIJZER_BACKUP_URL";
const TO_VAR: &str = "MELDWIJZER_BACKUP_TO";
const BACKUP_TEST: &str = "backup_kill::backup_process";
const T0: i64 = 1_800_000_000;
const NOTICES: usize = 30;
const FILE_BYTES: usize = 2_000_000;

#[test]
fn backup_process() {
    let (Ok(url), Ok(to)) = (std::env::var(URL_VAR), std::env::var(TO_VAR)) else {
        return;
    };
    let env = support::env_for(&url);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async move {
            meldwijzer::server::backup::backup(&env, Path::new(&to))
                .await
                .unwrap();
            println!("DONE");
        });
}

fn file(i: usize) -> Vec<u8> {
    let mut bytes: Vec<u8> = (0..FILE_BYTES)
        .map(|n| (n as u8).wrapping_mul(17).wrapping_add(i as u8))
        .collect();
    bytes.extend_from_slice(format!("file {i}").as_bytes());
    bytes
}

fn start(url: &str, to: &Path, pause_ms: Option<u64>) -> std::process::Child {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([BACKUP_TEST, "--exact", "--nocapture", "--test-threads", "1"])
        .env(URL_VAR, url)
        .env(TO_VAR, to)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    if let Some(ms) = pause_ms {
        command.env("MELDWIJZER_TEST_BACKUP_PAUSE_MS", ms.to_string());
    }
    command.spawn().expect("start the backup")
}

/// The partial files beside `to`.
fn partials(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".partial-"))
        .collect()
}

async fn unharmed(url: &str, staff: i64) {
    let db = Db::connect(url).await.unwrap();
    let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(ok, "ok");
    let keys = keys();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM notices ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    assert_eq!(ids.len(), NOTICES);
    for (i, id) in ids.into_iter().enumerate() {
        let notice = notices::open(&db, &keys, notices::NoticeRef::Id(id), staff, T0)
            .await
            .unwrap()
            .unwrap();
        let info = &notice.attachments[0];
        let bytes = notices::attachment(&db, &keys, id, info.id, staff, T0)
            .await
            .unwrap()
            .unwrap()
            .bytes;
        assert!(bytes == file(i), "file {i}");
    }
    db.close().await;
}

#[tokio::test]
async fn a_killed_backup_leaves_no_backup_and_an_unharmed_database() {
    let _alone = crate::ALONE.lock().await;
    let (url, _dir) = support::fresh_sqlite();
    let db = Db::connect(&url).await.unwrap();
    let staff = caseworker(&db).await;
    crypto::setup(&db, &url, Some(&support::test_data_key()), T0)
        .await
        .unwrap();
    for i in 0..NOTICES {
        let mut notice = sample(&format!("MW-K-{i}"), &format!("k-{i}"));
        notice.attachments = vec![NewAttachment {
            content_type: "application/pdf".into(),
            original_name: format!("bijlage-{i}.pdf"),
            bytes: file(i),
        }];
        notices::submit(&db, &keys(), &notice, T0).await.unwrap();
    }
    db.close().await;
    let out = tempfile::tempdir().unwrap();
    let to = out.path().join("meldwijzer.backup");

    // 1. Killed while SQLite writes the copy.
    let mut child = start(&url, &to, None);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = 0;
    while seen == 0 {
        assert!(Instant::now() < deadline, "no partial copy appeared");
        seen = partials(out.path())
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0);
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    assert!(!child.wait().unwrap().success());
    assert!(!to.exists(), "no backup file after a kill half-way");
    let left = partials(out.path());
    let written = left
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .max();
    eprintln!("killed while copying: {written:?} bytes written of the partial copy");
    for partial in &left {
        let target = tempfile::tempdir().unwrap();
        let env = support::env_for(&format!("sqlite://{}/r.db", target.path().display()));
        if std::fs::metadata(partial).unwrap().len() < 40_000_000 {
            let error = meldwijzer::server::backup::restore(&env, partial)
                .await
                .unwrap_err();
            eprintln!("restore from the partial copy: {error}");
        }
    }
    unharmed(&url, staff).await;

    // 2. Killed after the copy is written, before it is checked and renamed.
    let mut child = start(&url, &to, Some(60_000));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "the copy was not written");
        let size = partials(out.path())
            .iter()
            .filter(|p| !left.contains(p))
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0);
        if size > (NOTICES * FILE_BYTES) as u64 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    child.kill().unwrap();
    assert!(!child.wait().unwrap().success());
    assert!(!to.exists(), "no backup file before the copy is checked");
    unharmed(&url, staff).await;

    // 3. A run to the end: the backup is there and restores.
    let mut child = start(&url, &to, None);
    assert!(child.wait().unwrap().success());
    assert!(to.exists());
    let target = tempfile::tempdir().unwrap();
    let restored_url = format!("sqlite://{}/restored.db", target.path().display());
    let mut env = support::env_for(&restored_url);
    env.data_key = Some(meldwijzer::config::env::Secret::new(support::TEST_DATA_KEY));
    let copied = meldwijzer::server::backup::restore(&env, &to)
        .await
        .unwrap();
    assert_eq!(copied.notices, NOTICES as i64);
    assert_eq!(copied.key_checked, Some(true));
    unharmed(&restored_url, staff).await;
}
