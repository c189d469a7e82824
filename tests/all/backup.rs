//! Backups: `meldwijzer backup` copies a SQLite database while residents keep
//! sending, `meldwijzer restore` puts it into a new database, where every notice and
//! file opens with the same key; a non-empty database and a wrong key are refused.
//! PostgreSQL is backed up with `pg_dump` and restored with `pg_restore`, as the README
//! says. The backup killed half-way is `tests/process/backup_kill.rs`.

use crate::support;
use meldwijzer::server::backup::{self as command, BackupCommandError};
use meldwijzer::store::backup::BackupError;
use meldwijzer::store::crypto::{self, DataKey, DataKeys};
use meldwijzer::store::notices::{self, NoticeRef};
use meldwijzer::store::Db;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use support::notices::{payslip, sample, Store};

const T0: i64 = 1_800_000_000;

/// Every notice of `db` opens with `keys`, with its payslip byte for byte; returns
/// their idempotency keys.
pub async fn read_all(db: &Db, keys: &DataKeys, staff: i64) -> Vec<String> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM notices ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let mut forms = Vec::new();
    for id in ids {
        let notice = notices::open(db, keys, NoticeRef::Id(id), staff, T0)
            .await
            .unwrap()
            .unwrap();
        let form = notice.content["form"].as_str().unwrap().to_owned();
        assert_eq!(notice.attachments.len(), 1);
        let file = notices::attachment(db, keys, id, notice.attachments[0].id, staff, T0)
            .await
            .unwrap()
            .unwrap();
        assert!(file.bytes == payslip(&form), "the payslip of {form}");
        forms.push(form);
    }
    forms
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_residents_send_restores_every_notice() {
    let s = Store::sqlite().await;
    let key = support::test_data_key();
    crypto::setup(&s.db, &s.url, Some(&key), T0).await.unwrap();
    for i in 0..20 {
        notices::submit(
            &s.db,
            &s.keys,
            &sample(&format!("MW-B-{i}"), &format!("b-{i}")),
            T0,
        )
        .await
        .unwrap();
    }
    // Four residents keep sending during the backup.
    let stop = Arc::new(AtomicBool::new(false));
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (db, keys, stop, acked) =
                (s.db.clone(), s.keys.clone(), stop.clone(), acked.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    let form = format!("w{w}-{n}");
                    let notice = sample(&format!("MW-W{w}-{n}"), &form);
                    notices::submit(&db, &keys, &notice, T0).await.unwrap();
                    acked.lock().unwrap().push(form);
                    n += 1;
                }
            })
        })
        .collect();
    // Let them get going.
    while acked.lock().unwrap().len() < 8 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let before: Vec<String> = acked.lock().unwrap().clone();
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("meldwijzer-backup.db");
    let env = support::env_for(&s.url);
    let started = std::time::Instant::now();
    let copied = command::backup(&env, &to).await.unwrap();
    let took = started.elapsed();
    let after: Vec<String> = acked.lock().unwrap().clone();
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    let sent_during = after.len() - before.len();
    eprintln!(
        "backup: {} notices, {} bytes in {took:?}; {sent_during} notices sent meanwhile",
        copied.notices, copied.bytes
    );
    assert!(
        sent_during > 0,
        "residents sent notices while the backup ran"
    );
    assert!(copied.notices >= 20 + before.len() as i64);
    assert!(copied.notices <= 20 + after.len() as i64);
    // Only the complete copy is there, with the owner's permissions only.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["meldwijzer-backup.db"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&to).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // Restore into a new database, with the same key: every notice and file opens.
    let target = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/restored.db", target.path().display());
    let mut restore_env = support::env_for(&url);
    restore_env.data_key = Some(meldwijzer::config::env::Secret::new(support::TEST_DATA_KEY));
    let restored = command::restore(&restore_env, &to).await.unwrap();
    assert_eq!(restored.notices, copied.notices);
    assert_eq!(restored.key_checked, Some(true));
    let db = Db::connect(&url).await.unwrap();
    crypto::setup(&db, &url, Some(&key), T0)
        .await
        .expect("the same key");
    let forms = read_all(&db, &s.keys, s.staff).await;
    assert_eq!(forms.len() as i64, copied.notices);
    for form in (0..20).map(|i| format!("b-{i}")).chain(before) {
        assert!(
            forms.contains(&form),
            "{form}, sent before the backup, is in it"
        );
    }
    db.close().await;

    // A database that holds data is never overwritten.
    let error = command::restore(&restore_env, &to).await.unwrap_err();
    assert!(
        matches!(
            error,
            BackupCommandError::Backup(BackupError::NotEmpty { .. })
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("not empty"), "{error}");
    let error = command::restore(&env, &to).await.unwrap_err();
    assert!(error.to_string().contains("rows in notices"), "{error}");

    // A key that does not open the backup is refused before anything is written.
    let other = tempfile::tempdir().unwrap();
    let other_url = format!("sqlite://{}/other.db", other.path().display());
    let mut wrong = support::env_for(&other_url);
    wrong.data_key = Some(meldwijzer::config::env::Secret::new(
        DataKey::generate().to_base64(),
    ));
    let error = command::restore(&wrong, &to).await.unwrap_err();
    assert!(
        matches!(error, BackupCommandError::Backup(BackupError::WrongKey)),
        "{error:?}"
    );
    assert!(!other.path().join("other.db").exists());

    // Not a backup at all.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    let error = command::restore(&support::env_for(&other_url), &junk)
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("not a Meldwijzer backup"),
        "{error}"
    );
}

/// The PostgreSQL way, as the README documents it: `pg_dump --format=custom`, then
/// `pg_restore --no-owner` into a new database, read with the same key. The backup
/// command itself points there.
#[tokio::test]
async fn postgres_is_backed_up_with_pg_dump_and_restored_with_pg_restore() {
    let Some(s) = Store::postgres().await else {
        return;
    };
    let key = support::test_data_key();
    crypto::setup(&s.db, &s.url, Some(&key), T0).await.unwrap();
    for i in 0..12 {
        notices::submit(
            &s.db,
            &s.keys,
            &sample(&format!("MW-P-{i}"), &format!("p-{i}")),
            T0,
        )
        .await
        .unwrap();
    }
    let env = support::env_for(&s.url);
    let dir = tempfile::tempdir().unwrap();
    let error = command::backup(&env, &dir.path().join("x.db"))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("pg_dump"), "{error}");
    let error = command::restore(&env, &dir.path().join("x.db"))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("pg_restore"), "{error}");

    let dump = dir.path().join("meldwijzer.dump");
    let status = std::process::Command::new(pg_tool("pg_dump"))
        .args(["--format=custom", "--file"])
        .arg(&dump)
        .arg(&s.url)
        .status()
        .expect("run pg_dump");
    assert!(status.success());
    let target = support::fresh_postgres().await.unwrap();
    let status = std::process::Command::new(pg_tool("pg_restore"))
        .args(["--no-owner", "--exit-on-error", "--dbname"])
        .arg(&target)
        .arg(&dump)
        .status()
        .expect("run pg_restore");
    assert!(status.success());
    let db = Db::connect(&target).await.unwrap();
    crypto::setup(&db, &target, Some(&key), T0)
        .await
        .expect("the same key");
    let forms = read_all(&db, &s.keys, s.staff).await;
    assert_eq!(forms.len(), 12);
}

/// `pg_dump` or `pg_restore`: on the PATH, else in Debian's PostgreSQL folder.
fn pg_tool(name: &str) -> std::path::PathBuf {
    let found = std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return name.into();
    }
    let mut versions: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    versions.sort();
    versions
        .last()
        .map(|v| v.join("bin").join(name))
        .unwrap_or_else(|| name.into())
}
