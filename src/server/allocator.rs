//! Memory freed after large requests goes back to the system (issue 20, item 6).
//!
//! glibc's malloc serves a large block (a 2 MiB form, the page that shows it again)
//! with `mmap` and unmaps it when freed, but then raises its threshold for `mmap` to
//! that block's size, up to 32 MiB: from the next such request on, large blocks come
//! from the heaps, whose free space glibc keeps. Each of tokio's worker threads
//! allocates in a heap (an arena) of its own, so after a few large requests every
//! thread holds on to tens of megabytes that nothing uses. Measured on the release
//! binary: about 24 MB at rest, 240 MB for good after a handful of refused 2 MiB
//! imports (on a machine with more cores, so more heaps). On two cores, six rounds of
//! two refused imports and two refused previews at once: 35 MB at rest, 62.8 MB at the
//! peak and kept; with the thresholds 37 MB right after (peak 49 MB); with the
//! thresholds and the trimming 36 MB (peak 52 MB).
//!
//! [`configure`] fixes the thresholds (which also stops glibc from moving them):
//! blocks from 128 KiB up are always mapped and unmapped, and a heap gives back its
//! free top above 256 KiB. [`spawn_trimmer`] returns the free pages inside the heaps
//! now and then (`malloc_trim`), which the thresholds cannot reach.

use std::time::Duration;

/// Blocks of this size and larger are mapped on their own and unmapped when freed
/// (glibc's default start value; fixed, it no longer grows).
const MMAP_THRESHOLD: i32 = 128 * 1024;
/// A heap gives back its free top above this.
const TRIM_THRESHOLD: i32 = 256 * 1024;
/// How often free pages inside the heaps are given back.
pub const TRIM_INTERVAL: Duration = Duration::from_secs(10);

/// Sets malloc's thresholds; call before the first thread starts.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes malloc's parameters; no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
    }
}

/// Gives free pages inside malloc's heaps back to the system every [`TRIM_INTERVAL`].
pub fn spawn_trimmer() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    tokio::spawn(async {
        let mut ticks = tokio::time::interval(TRIM_INTERVAL);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            // SAFETY: malloc_trim is thread-safe; it takes each heap's lock in turn.
            let _ = tokio::task::spawn_blocking(|| unsafe { libc::malloc_trim(0) }).await;
        }
    });
}
