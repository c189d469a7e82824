//! Sustained change-notice submissions per second through HTTP, with a small
//! attachment, on SQLite and (when `MELDWIJZER_TEST_POSTGRES_URL` is set) PostgreSQL,
//! and the server's peak memory. Not a test: it prints figures for the notes.
//!
//!     scripts/build
//!     MELDWIJZER_TEST_POSTGRES_URL=postgres://… cargo bench --features ssr --bench report_submit
//!
//! Each of `CONCURRENCY` residents loops: open the form, who you are, which change,
//! the work details with a photo (multipart), send, read the confirmation — 6 requests
//! per notice, as a browser makes them. Three rounds of `SECONDS` each on a fresh
//! database; the median round is reported. Peak memory is the portal's `VmHWM`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};
use support::resident::{client, Resident};
use support::spawned::Portal;

const CONCURRENCY: usize = 16;
const SECONDS: u64 = 10;
const ROUNDS: usize = 3;

struct Round {
    notices: usize,
    failures: usize,
    per_second: f64,
    /// Median time of the "send" request alone, in milliseconds.
    submit_ms: f64,
    peak_kib: u64,
}

async fn round(url: &str) -> Option<Round> {
    // Every benchmark resident comes from 127.0.0.1.
    let settings = support::spawned::settings_with_submission_limit(100_000);
    let portal = Portal::start_with(&[
        ("DATABASE_URL", url.to_owned()),
        ("MELDWIJZER_DATA_KEY", support::TEST_DATA_KEY.to_owned()),
        ("MELDWIJZER_TODAY", "2026-03-10".to_owned()),
        ("MELDWIJZER_SETTINGS", settings.path().display().to_string()),
    ])?;
    let http = client();
    let end = Instant::now() + Duration::from_secs(SECONDS);
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONCURRENCY)
        .map(|worker| {
            let (http, base) = (http.clone(), portal.base.clone());
            tokio::spawn(async move {
                let (mut done, mut failed, mut submit_times) = (0usize, 0usize, Vec::new());
                let mut n = worker * 1_000_000;
                while Instant::now() < end {
                    n += 1;
                    let mut resident = Resident::new(&base, http.clone());
                    if resident.fill_in(n).await.is_err() {
                        failed += 1;
                        continue;
                    }
                    let t = Instant::now();
                    match resident.submit().await {
                        Ok(_) => {
                            done += 1;
                            submit_times.push(t.elapsed().as_secs_f64() * 1000.0);
                        }
                        Err(_) => failed += 1,
                    }
                }
                (done, failed, submit_times)
            })
        })
        .collect();
    let (mut notices, mut failures, mut times) = (0, 0, Vec::new());
    for task in tasks {
        let (done, failed, t) = task.await.unwrap();
        notices += done;
        failures += failed;
        times.extend(t);
    }
    let elapsed = started.elapsed().as_secs_f64();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let peak_kib = support::spawned::status_kib(portal.pid(), "VmHWM");
    portal.terminate();
    Some(Round {
        notices,
        failures,
        per_second: notices as f64 / elapsed,
        submit_ms: times.get(times.len() / 2).copied().unwrap_or(0.0),
        peak_kib,
    })
}

/// A fresh database URL per round (with the directory that holds a SQLite file).
type FreshUrl = std::pin::Pin<
    Box<dyn std::future::Future<Output = Option<(String, Option<tempfile::TempDir>)>>>,
>;

async fn measure(name: &str, mut fresh_url: impl FnMut() -> FreshUrl) {
    let mut rounds = Vec::new();
    for _ in 0..ROUNDS {
        let Some((url, _dir)) = fresh_url().await else {
            println!("{name}: skipped");
            return;
        };
        let Some(r) = round(&url).await else {
            println!("{name}: skipped (no release binary)");
            return;
        };
        println!(
            "{name}: {} notices in {SECONDS} s, {:.1}/s, {} failed, send step median {:.2} ms, peak memory {} MiB",
            r.notices,
            r.per_second,
            r.failures,
            r.submit_ms,
            r.peak_kib / 1024
        );
        rounds.push(r);
    }
    rounds.sort_by(|a, b| a.per_second.partial_cmp(&b.per_second).unwrap());
    let median = &rounds[rounds.len() / 2];
    let peak = rounds.iter().map(|r| r.peak_kib).max().unwrap_or(0);
    println!(
        "{name}: median {:.1} notices/s ({:.0} requests/s), send step {:.2} ms, peak memory {} MiB ({CONCURRENCY} residents at once)",
        median.per_second,
        median.per_second * 6.0,
        median.submit_ms,
        peak / 1024
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        measure("SQLite", || {
            Box::pin(async {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}/bench.db", dir.path().display());
                Some((url, Some(dir)))
            })
        })
        .await;
        measure("PostgreSQL", || {
            Box::pin(async {
                std::env::var("MELDWIJZER_TEST_POSTGRES_URL").ok()?;
                Some((support::fresh_postgres().await?, None))
            })
        })
        .await;
    });
}
