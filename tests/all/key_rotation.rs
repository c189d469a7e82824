//! Data-key rotation (`meldwijzer rotate-key`, `store::rotation`) on SQLite and
//! PostgreSQL: a run stopped half-way leaves everything readable with both keys and
//! goes on where it stopped; once it has finished, everything reads with the new key
//! alone (notices, files, notes, drafts, resident sessions, sign-ins, "my notices"),
//! and the old key no longer starts the portal. The same with a SIGKILL instead of a
//! stop is `tests/process/key_rotation.rs`.

use crate::support;
use meldwijzer::store::crypto::{self, DataKey, DataKeys, KeySetupError, PreviousKey};
use meldwijzer::store::rotation::{self, Options};
use support::notices::Store;
use support::rotation::{draft_bsn, fill, verify, T0};

use support::on_both_databases;

on_both_databases!(Store; a_stopped_rotation_resumes_and_then_needs_only_the_new_key);

async fn a_stopped_rotation_resumes_and_then_needs_only_the_new_key(s: Store) {
    let old = support::test_data_key();
    let new = DataKey::generate();
    let before = crypto::setup_rotating(&s.db, &s.url, Some(&old), None, T0)
        .await
        .unwrap();
    assert_eq!(before.keys.current_key_id(), 1);
    let filled = fill(&s.db, &before.keys, s.staff, 14).await;

    // A new key alone does not start: it is not this database's key.
    let error = crypto::setup(&s.db, &s.url, Some(&new), T0)
        .await
        .unwrap_err();
    assert!(
        matches!(error, KeySetupError::WrongKey { key_id: 1 }),
        "{error:?}"
    );
    // With the previous key beside it, it becomes key 2.
    let both = crypto::setup_rotating(&s.db, &s.url, Some(&new), Some(&old), T0)
        .await
        .unwrap();
    assert_eq!(both.keys.current_key_id(), 2);
    assert_eq!(both.previous, PreviousKey::Retired(1));
    // From now on the old key alone is refused: it would seal values the instances on
    // the new key cannot open.
    let error = crypto::setup(&s.db, &s.url, Some(&old), T0)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            KeySetupError::OutdatedKey {
                key_id: 1,
                newest: 2
            }
        ),
        "{error:?}"
    );

    // Stopped after a few rows.
    let mut batches = 0;
    let stopped = rotation::rotate(
        &s.db,
        &both.keys,
        &draft_bsn,
        Options {
            batch: 3,
            stop_after: Some(5),
        },
        &mut |_, _| batches += 1,
    )
    .await
    .unwrap();
    assert!(stopped.stopped && !stopped.finished, "{stopped:?}");
    assert!(stopped.rows >= 5 && batches >= 2, "{stopped:?}");
    let left = rotation::count_other(&s.db, &both.keys).await.unwrap();
    assert!(
        !left.is_empty(),
        "half-way, values under the old key remain"
    );
    // Half-way, the portal (both keys) reads everything.
    verify(&s.db, &both.keys, &filled, s.staff, false).await;
    let new_alone = DataKeys::new(2, &new);
    let last = meldwijzer::store::notices::NoticeRef::Id(filled.notices.last().unwrap().0);
    let unopened = meldwijzer::store::notices::open(&s.db, &new_alone, last, s.staff, T0).await;
    assert!(
        unopened.is_err(),
        "the last notice is not re-sealed yet: the new key alone cannot open it"
    );

    // Resumed: it goes on where it stopped, and finishes.
    let done = rotation::rotate(
        &s.db,
        &both.keys,
        &draft_bsn,
        Options::default(),
        &mut |_, _| {},
    )
    .await
    .unwrap();
    assert!(done.finished && done.failed.is_empty(), "{done:?}");
    assert!(done.remaining.is_empty(), "{done:?}");
    assert_eq!(
        stopped.drafts_moved + done.drafts_moved,
        2,
        "{stopped:?} {done:?}"
    );
    assert_eq!(stopped.drafts_dropped + done.drafts_dropped, 0);
    assert_eq!(
        stopped.owner_indexes + done.owner_indexes,
        filled.notices.iter().filter(|n| n.2).count() as u64
    );
    // A second run has nothing left to do.
    let again = rotation::rotate(
        &s.db,
        &both.keys,
        &draft_bsn,
        Options::default(),
        &mut |_, _| {},
    )
    .await
    .unwrap();
    assert!(again.finished && again.rows == 0, "{again:?}");

    // The new key alone: the portal starts and reads everything.
    let after = crypto::setup_rotating(&s.db, &s.url, Some(&new), Some(&old), T0)
        .await
        .unwrap();
    assert_eq!(
        after.previous,
        PreviousKey::Unused,
        "the old key is no longer used"
    );
    let alone = crypto::setup(&s.db, &s.url, Some(&new), T0)
        .await
        .unwrap()
        .0;
    assert_eq!(alone.current_key_id(), 2);
    verify(&s.db, &alone, &filled, s.staff, true).await;
    // And the old key no longer starts anything.
    let error = crypto::setup(&s.db, &s.url, Some(&old), T0)
        .await
        .unwrap_err();
    assert!(
        matches!(error, KeySetupError::WrongKey { key_id: 2 }),
        "{error:?}"
    );
}
