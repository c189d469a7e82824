//! Issue 11, item 5: the portal's memory while residents send large files. Uploads
//! stream into the store in sealed chunks and a notice's files move to the notice a
//! chunk at a time, so the server's peak memory does not grow with the files: four
//! residents sending a notice of 24 MiB each at the same moment may raise it by at
//! most twice *one* notice's body. Before, four such notices raised it by about 430 MB.
//!
//! Runs against the release binary (`MELDWIJZER_BIN`), a process of its own, and reads
//! its peak resident memory (`VmHWM`) from `/proc`, after resetting it once the portal
//! has served a first notice (`/proc/<pid>/clear_refs`).

use crate::support;

use support::release::{status_kib, Portal};
use support::resident::{client, Resident, PNG};

const MIB: usize = 1024 * 1024;
const RESIDENTS: usize = 4;
/// The files of one notice: together just under the limit of 25 MiB per notice.
const FILE_MIB: [usize; 3] = [9, 9, 6];

/// A PNG of `bytes` bytes that does not compress (so nothing on the way can shrink it).
fn photo(bytes: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = PNG.to_vec();
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(bytes);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn four_large_notices_at_once_stay_within_twice_one_body() {
    let _alone = crate::ALONE.lock().await;
    let Some(portal) = Portal::start_with(&[("MELDWIJZER_TODAY", "2026-03-10".to_owned())]) else {
        return;
    };
    let pid = portal.pid();
    let http = client();

    // A first notice warms the portal up (connections, pages, caches).
    let mut first = Resident::new(&portal.base, http.clone());
    first.fill_in(0).await.unwrap();
    first.submit().await.unwrap();
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").expect("reset the peak");
    let baseline = status_kib(pid, "VmRSS");

    let files: Vec<Vec<Vec<u8>>> = (0..RESIDENTS)
        .map(|r| {
            FILE_MIB
                .iter()
                .enumerate()
                .map(|(i, mib)| photo(mib * MIB, (r * 10 + i) as u64))
                .collect()
        })
        .collect();
    let body_kib = (FILE_MIB.iter().sum::<usize>() * MIB / 1024) as u64;
    let started = std::time::Instant::now();
    let tasks: Vec<_> = files
        .into_iter()
        .enumerate()
        .map(|(n, files)| {
            let (http, base) = (http.clone(), portal.base.clone());
            tokio::spawn(async move {
                let mut resident = Resident::new(&base, http);
                let named: Vec<(&str, &[u8])> =
                    files.iter().map(|f| ("foto.png", f.as_slice())).collect();
                resident.fill_in_with(n + 1, &named).await.unwrap();
                resident.submit().await.unwrap()
            })
        })
        .collect();
    let mut references = Vec::new();
    for task in tasks {
        references.push(task.await.unwrap());
    }
    let took = started.elapsed();
    let peak = status_kib(pid, "VmHWM");
    let after = status_kib(pid, "VmRSS");
    references.sort();
    references.dedup();
    assert_eq!(
        references.len(),
        RESIDENTS,
        "every notice has its own reference"
    );
    eprintln!(
        "{RESIDENTS} notices of {} MiB at once in {:.1} s: RSS {} MiB before, peak {} MiB \
         (+{} MiB), {} MiB after; one body is {} MiB",
        body_kib / 1024,
        took.as_secs_f64(),
        baseline / 1024,
        peak / 1024,
        peak.saturating_sub(baseline) / 1024,
        after / 1024,
        body_kib / 1024,
    );
    assert!(
        peak.saturating_sub(baseline) <= 2 * body_kib,
        "peak memory grew by {} MiB, more than twice one notice's body ({} MiB)",
        peak.saturating_sub(baseline) / 1024,
        2 * body_kib / 1024
    );
}
