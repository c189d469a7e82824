//! The server's memory: which allocator, and memory freed after large requests going
//! back to the system (issue 20, item 6).
//!
//! **Small blocks go to mimalloc, large ones to glibc** ([`Portal`]). A self-check
//! step never asked before makes about a thousand small allocations (the render's
//! strings, the reactive owners, Fluent's arguments); with glibc's malloc they took
//! about a sixth of the step's instructions. With mimalloc such steps are answered
//! about 22% faster (median of the per-round ratios, 7 rounds alternating with the
//! binary before). Blocks from [`MMAP_THRESHOLD`] (128 KiB) up stay with glibc, which
//! maps each on its own and unmaps it when it is freed: with every block in mimalloc,
//! four residents sending 24 MiB notices at once raised the peak by 27 MiB instead of
//! 16 and 18 MiB more stayed afterwards, and the largest refused staff inputs left
//! 6 MiB more behind. Split by size, both are as they were with glibc alone (3 runs
//! each, `tests/process/upload_memory.rs` against the release binaries). A block's
//! size tells which allocator it came from: Rust passes `dealloc` and `realloc` the
//! layout it was allocated with.
//!
//! Two of mimalloc's defaults are changed, on its first allocation (the Rust runtime
//! allocates before `main` runs, and the options are read when mimalloc makes its
//! first memory area, an arena):
//! - it commits its arenas eagerly on Linux, so freed pages in them only count as
//!   reclaimable: under the benchmark the portal's resident memory rose from 46-48 MB
//!   to 70-75 MB. Committed as they are used, 48-49 MB, as with glibc;
//! - it gives freed pages back (`MADV_DONTNEED`) a second later, but only when it next
//!   allocates or frees on that thread, which a thread at rest never does: now at once.
//!   The benchmark's steps were not measurably slower for it.
//!
//! **glibc** (the large blocks, and the C code: SQLite, the brotli encoder) serves a
//! large block with `mmap` and unmaps it when freed, but by default then raises its
//! threshold for `mmap` to that block's size, up to 32 MiB: from the next such request
//! on, large blocks come from the heaps, whose free space glibc keeps. Each of tokio's
//! worker threads allocates in a heap (an arena) of its own, so after a few large
//! requests every thread held on to tens of megabytes that nothing used: about 24 MB
//! at rest, 240 MB for good after a handful of refused 2 MiB imports. [`configure`]
//! fixes the thresholds (which also stops glibc from moving them): blocks from 128 KiB
//! up are always mapped and unmapped, and a heap gives back its free top above
//! 256 KiB. [`spawn_trimmer`] now and then returns the free pages inside glibc's heaps
//! (`malloc_trim`), which the thresholds cannot reach, and what mimalloc's threads
//! still keep (`mi_collect`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Blocks of this size and larger are glibc's, which maps them on their own and unmaps
/// them when freed (its default start value; fixed, it no longer grows).
const MMAP_THRESHOLD: i32 = 128 * 1024;
/// A heap gives back its free top above this.
const TRIM_THRESHOLD: i32 = 256 * 1024;
/// How often free pages inside the heaps are given back.
pub const TRIM_INTERVAL: Duration = Duration::from_secs(10);

/// mimalloc's options by their place in `mi_option_e` (`mimalloc.h`, version 3): the
/// sys crate names the options of mimalloc 2, not these.
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Whether mimalloc's options are set (before its first arena is made).
static MIMALLOC_CONFIGURED: AtomicBool = AtomicBool::new(false);

/// The server's global allocator: blocks under [`MMAP_THRESHOLD`] from mimalloc, with
/// its arenas committed as they are used; larger ones from glibc.
pub struct Portal;

impl Portal {
    #[inline]
    fn configure_once() {
        // The first allocation happens before `main`, on the only thread there is; a
        // second thread that came here at the same time would set the same value.
        if !MIMALLOC_CONFIGURED.load(Ordering::Relaxed) {
            Self::configure_mimalloc();
        }
    }

    #[cold]
    fn configure_mimalloc() {
        // SAFETY: mi_option_set only stores the option's value; it allocates nothing.
        unsafe {
            libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
        MIMALLOC_CONFIGURED.store(true, Ordering::Relaxed);
    }

    /// Blocks from [`MMAP_THRESHOLD`] up are glibc's: it maps each on its own and unmaps
    /// it when freed, so a request's large bodies leave nothing behind.
    #[inline]
    fn is_large(size: usize) -> bool {
        size >= MMAP_THRESHOLD as usize
    }
}

// SAFETY: a block's size decides its allocator, and Rust hands `dealloc` and `realloc`
// the layout the block was allocated with, so every block goes back to the allocator
// it came from. Each call passes the layout's size and alignment, which is the
// contract of mimalloc's aligned functions and of `System`; `mi_free` takes any block
// they returned.
unsafe impl GlobalAlloc for Portal {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Self::is_large(layout.size()) {
            return unsafe { System.alloc(layout) };
        }
        Self::configure_once();
        unsafe { libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast() }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if Self::is_large(layout.size()) {
            return unsafe { System.alloc_zeroed(layout) };
        }
        Self::configure_once();
        unsafe { libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if Self::is_large(layout.size()) {
            unsafe { System.dealloc(ptr, layout) }
        } else {
            unsafe { libmimalloc_sys::mi_free(ptr.cast::<c_void>()) }
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match (Self::is_large(layout.size()), Self::is_large(new_size)) {
            (false, false) => unsafe {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align())
                    .cast()
            },
            (true, true) => unsafe { System.realloc(ptr, layout, new_size) },
            // Across the line: into a block of the other allocator.
            _ => unsafe {
                let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            },
        }
    }
}

/// Sets glibc malloc's thresholds; call before the first thread starts.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes malloc's parameters; no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
    }
}

/// Gives free pages back to the system every [`TRIM_INTERVAL`]: those inside glibc's
/// heaps, and whatever mimalloc's threads still keep.
pub fn spawn_trimmer() {
    tokio::spawn(async {
        let mut ticks = tokio::time::interval(TRIM_INTERVAL);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let _ = tokio::task::spawn_blocking(give_back).await;
        }
    });
}

fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe; it takes each heap's lock in turn.
    unsafe {
        libc::malloc_trim(0);
    }
    // SAFETY: mi_collect is thread-safe; `true` also purges what is not yet due.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The only test that uses [`Portal`] (the test binary's allocator is the system's),
    /// so it sees mimalloc's options before and after the first allocation.
    #[test]
    fn the_first_allocation_sets_the_options_and_blocks_move_between_allocators() {
        let option = |option| {
            // SAFETY: mi_option_get reads an option (from the environment the first time).
            unsafe { libmimalloc_sys::mi_option_get(option) }
        };
        // Before: the options' defaults, which tell them from their neighbours
        // (deprecated_eager_commit and purge_decommits 1; deprecated_eager_commit_delay
        // 1 and use_numa_nodes 0).
        if std::env::vars().all(|(name, _)| !name.starts_with("MIMALLOC_")) {
            assert_eq!(option(ARENA_EAGER_COMMIT), 2, "4 is arena_eager_commit");
            assert_eq!(option(PURGE_DELAY), 1000, "15 is purge_delay");
        }
        let layout = Layout::from_size_align(24, 64).unwrap();
        // SAFETY: a non-zero layout; the block is used within its size and freed once.
        unsafe {
            let p = Portal.alloc_zeroed(layout);
            assert!(!p.is_null());
            assert_eq!(option(ARENA_EAGER_COMMIT), 0, "set by the first allocation");
            assert_eq!(option(PURGE_DELAY), 0, "set by the first allocation");
            assert_eq!(p as usize % 64, 0, "aligned as asked");
            assert!(std::slice::from_raw_parts(p, 24).iter().all(|b| *b == 0));
            p.write(7);
            let q = Portal.realloc(p, layout, 4096);
            assert_eq!(q as usize % 64, 0, "still aligned after growing");
            assert_eq!(q.read(), 7, "the contents move with the block");
            Portal.dealloc(q, Layout::from_size_align(4096, 64).unwrap());

            // Growing across the line into glibc's block, shrinking back into
            // mimalloc's, and a block that stays large.
            let small = Layout::from_size_align(1000, 16).unwrap();
            let p = Portal.alloc(small);
            std::ptr::write_bytes(p, 0xAB, 1000);
            let large = 300 * 1024;
            let q = Portal.realloc(p, small, large);
            assert!(std::slice::from_raw_parts(q, 1000)
                .iter()
                .all(|b| *b == 0xAB));
            std::ptr::write_bytes(q.add(1000), 0xCD, large - 1000);
            let large_layout = Layout::from_size_align(large, 16).unwrap();
            let r = Portal.realloc(q, large_layout, 2 * large);
            assert_eq!(r.add(large - 1).read(), 0xCD, "kept when it stays large");
            let two_large = Layout::from_size_align(2 * large, 16).unwrap();
            let s = Portal.realloc(r, two_large, 500);
            assert!(std::slice::from_raw_parts(s, 500)
                .iter()
                .all(|b| *b == 0xAB));
            Portal.dealloc(s, Layout::from_size_align(500, 16).unwrap());
            let z = Portal.alloc_zeroed(large_layout);
            assert!(std::slice::from_raw_parts(z, large).iter().all(|b| *b == 0));
            Portal.dealloc(z, large_layout);
        }
        give_back();
    }
}
