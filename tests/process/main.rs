//! The tests that must own their process, apart from `tests/all`: each starts a
//! portal (`support::spawned`, or this binary again) as a child and kills it in the
//! middle of its work, or measures its memory. Beside the rest of the suite the machine's cores would
//! be shared with browsers and other portals, which moves the moment of the kill and
//! stretches the uploads, so cargo runs this binary on its own after `all`, and each
//! test holds [`ALONE`], so they run one at a time.

#[path = "../support/mod.rs"]
mod support;

mod backup_kill;
mod deployment;
mod key_rotation;
mod notices_durability;
mod report_durability;
mod upload_memory;

/// Held by each test for its whole run, so the tests of this binary run one at a time
/// even when the harness runs several threads: each has the machine to itself, as
/// when it was a binary of its own. (A tokio mutex: a guard may be held across
/// `.await`, and a test's panic does not poison it for the next.)
static ALONE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
