//! Durability: a notice whose reference the store has handed out survives the sudden
//! death of the process that stored it.
//!
//! This proves the store's contract — `notices::submit` returns only after the
//! transaction is committed, so whatever a caller acknowledges is in the database —
//! on SQLite and, when `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL. The test
//! runs its own binary a second time as a *writer* process (the test
//! [`writer_process`], selected with `--exact` and switched on by an environment
//! variable): several tasks there submit notices without pause and print
//! `ACK <reference> <idempotency key>` on standard output only after `submit` returned.
//! Now and then a task repeats an earlier submission under a fresh reference, as a
//! browser retry would. The parent reads those lines, kills the writer with SIGKILL
//! (`Child::kill`; no clean-up runs, transactions are cut off mid-way), reads the
//! lines still in the pipe, opens the database again and checks that every
//! acknowledged notice is there, with its content and attachment byte for byte, and
//! that no idempotency key has two notices. Three rounds on one database.
//!
//! SIGKILL ends the process, not the machine: it shows that nothing is acknowledged
//! before the commit, and that SQLite recovers its write-ahead log. That the commit
//! itself reaches the disk is the job of `synchronous = FULL` (checked in
//! `tests/all/storage.rs`) and of PostgreSQL's own settings. The same test through HTTP
//! (acknowledged = the receipt page was sent) comes with the submit endpoint.

use crate::support;

use meldwijzer::store::notices::{self, NoticeRef};
use meldwijzer::store::Db;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::notices::{caseworker, keys, sample};

/// Set in the writer process only: the database URL to write to.
const WRITER_VAR: &str = "MELDWIJZER_DURABILITY_WRITER_URL";
/// Which round this writer is, so references and keys never repeat across rounds.
const ROUND_VAR: &str = "MELDWIJZER_DURABILITY_WRITER_ROUND";
/// The writer's test, by its full name in this binary (for `--exact`).
const WRITER_TEST: &str = "notices_durability::writer_process";
const WRITER_TASKS: usize = 4;
const ROUNDS: usize = 3;

/// The writer process's body; does nothing in a normal test run.
#[test]
fn writer_process() {
    let Ok(url) = std::env::var(WRITER_VAR) else {
        return;
    };
    let round: usize = std::env::var(ROUND_VAR).unwrap().parse().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WRITER_TASKS)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let db = Db::connect(&url).await.expect("writer: connect");
        let keys = std::sync::Arc::new(keys());
        let tasks: Vec<_> = (0..WRITER_TASKS)
            .map(|task| {
                let (db, keys) = (db.clone(), keys.clone());
                tokio::spawn(async move {
                    for n in 0u64.. {
                        // Every fifth submission repeats the previous one (same form,
                        // new reference): it must answer with the first reference.
                        let form = if n % 5 == 4 { n - 1 } else { n };
                        let key = format!("r{round}-t{task}-f{form}");
                        let reference = format!("D{round}-{task}-{n}");
                        let notice = sample(&reference, &key);
                        match notices::submit(&db, &keys, &notice, 1_800_000_000).await {
                            Ok(done) => {
                                // Only now may the submission be acknowledged.
                                println!("ACK {} {key}", done.reference);
                            }
                            Err(error) => eprintln!("writer: {error}"),
                        }
                    }
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
    });
}

/// One writer round: starts the writer, collects acknowledgements for `run_for` after
/// the first one, kills it and returns every acknowledged (reference, key) pair with
/// how long it ran.
fn run_writer(url: &str, round: usize, run_for: Duration) -> (Vec<(String, String)>, Duration) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([WRITER_TEST, "--exact", "--nocapture", "--test-threads", "1"])
        .env(WRITER_VAR, url)
        .env(ROUND_VAR, round.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the writer");
    let stdout = child.stdout.take().unwrap();
    let (lines, received) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        let mut line = Vec::new();
        // A line without its newline was cut off by the kill: not an acknowledgement.
        while stdout.read_until(b'\n', &mut line).unwrap_or(0) > 0 {
            if line.ends_with(b"\n") {
                let text = String::from_utf8_lossy(&line).trim_end().to_owned();
                if lines.send(text).is_err() {
                    break;
                }
            }
            line.clear();
        }
        let _ = stdout.read_to_end(&mut Vec::new());
    });
    let mut acks = Vec::new();
    let mut take = |line: String| {
        if let Some(rest) = line.strip_prefix("ACK ") {
            let (reference, key) = rest.split_once(' ').expect("ACK <reference> <key>");
            acks.push((reference.to_owned(), key.to_owned()));
        }
    };
    // Wait for the first acknowledgement (compiling nothing, but connecting and
    // migrating take a moment), then let it write for `run_for`.
    let first = received
        .recv_timeout(Duration::from_secs(60))
        .expect("the writer acknowledges something within a minute");
    let started = Instant::now();
    take(first);
    while started.elapsed() < run_for {
        if let Ok(line) = received.recv_timeout(Duration::from_millis(20)) {
            take(line);
        }
    }
    child.kill().expect("SIGKILL the writer");
    let ran = started.elapsed();
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the writer was killed, it did not finish"
    );
    reader.join().unwrap();
    // Lines printed before the kill and still in the pipe count too.
    while let Ok(line) = received.try_recv() {
        take(line);
    }
    (acks, ran)
}

/// Checks that every acknowledged notice is stored whole, and that no key has two.
/// Returns how many notices are stored (some committed, killed before acknowledging).
async fn check(url: &str, acked: &BTreeMap<String, String>, staff: i64) -> usize {
    let db = Db::connect(url).await.expect("reopen after the kill");
    let keys = keys();
    let duplicates = sqlx::query(
        "SELECT idempotency_key, COUNT(*) AS n FROM notices GROUP BY idempotency_key \
         HAVING COUNT(*) > 1",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(duplicates.is_empty(), "a key with two notices");
    let stored: BTreeMap<String, String> =
        sqlx::query("SELECT reference, idempotency_key FROM notices")
            .fetch_all(db.pool())
            .await
            .unwrap()
            .iter()
            .map(|row| (row.get("idempotency_key"), row.get("reference")))
            .collect();
    let mut missing = Vec::new();
    for (key, reference) in acked {
        if stored.get(key) != Some(reference) {
            missing.push(format!("{reference} ({key})"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged notices lost: {missing:?}",
        missing.len(),
        acked.len()
    );
    // Open every acknowledged notice fully: content and attachment bytes.
    for (key, reference) in acked {
        let expected = sample(reference, key);
        let notice = notices::open(&db, &keys, NoticeRef::Reference(reference), staff, 0)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{reference} is gone"));
        assert_eq!(notice.content, expected.content_json, "{reference}");
        let [info] = &notice.attachments[..] else {
            panic!("{reference}: {:?}", notice.attachments);
        };
        let file = notices::attachment(&db, &keys, notice.summary.id, info.id, staff, 0)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(file.bytes, expected.attachments[0].bytes, "{reference}");
        let outbox: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM notice_outbox WHERE notice_id = $1")
                .bind(notice.summary.id)
                .fetch_one(db.pool())
                .await
                .unwrap()
                .get("n");
        assert_eq!(outbox, 1, "{reference}: its outbox row");
    }
    if db.kind() == meldwijzer::store::DbKind::Sqlite {
        let row = sqlx::query("PRAGMA integrity_check")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(row.get::<String, _>(0), "ok");
    }
    db.close().await;
    stored.len()
}

fn survives_sigkill(url: &str) {
    let kind = url.split(':').next().unwrap_or_default();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let staff = runtime.block_on(async {
        let db = Db::connect(url).await.unwrap();
        let staff = caseworker(&db).await;
        db.close().await;
        staff
    });
    let mut acked: BTreeMap<String, String> = BTreeMap::new();
    for round in 0..ROUNDS {
        // Different lengths, so the kill lands in different moments of a submission.
        let run_for = Duration::from_millis(1_500 + 450 * round as u64);
        let (acks, ran) = run_writer(url, round, run_for);
        let distinct: BTreeSet<&String> = acks.iter().map(|(reference, _)| reference).collect();
        for (reference, key) in &acks {
            let earlier = acked.insert(key.clone(), reference.clone());
            assert!(
                earlier.is_none() || earlier.as_ref() == Some(reference),
                "key {key} answered with two references"
            );
        }
        assert!(
            acks.len() >= 10,
            "round {round}: only {} acknowledgements",
            acks.len()
        );
        let stored = runtime.block_on(check(url, &acked, staff));
        eprintln!(
            "durability on {kind}, round {round}: {} acknowledgements ({} notices) in \
             {:.1} s ({:.0} per second), SIGKILL; {} acknowledged so far, all there; \
             {stored} stored",
            acks.len(),
            distinct.len(),
            ran.as_secs_f64(),
            acks.len() as f64 / ran.as_secs_f64(),
            acked.len(),
        );
    }
}

#[test]
fn sqlite_keeps_every_acknowledged_notice_after_sigkill() {
    let _alone = crate::ALONE.blocking_lock();
    let (url, _dir) = support::fresh_sqlite();
    survives_sigkill(&url);
}

#[test]
fn postgres_keeps_every_acknowledged_notice_after_sigkill() {
    let _alone = crate::ALONE.blocking_lock();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let Some(url) = runtime.block_on(support::fresh_postgres()) else {
        return;
    };
    drop(runtime);
    survives_sigkill(&url);
}
