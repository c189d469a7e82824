//! "My notices" in the store (issue 19), on SQLite and PostgreSQL: a resident finds
//! exactly the notices they sent signed in with DigiD — not another resident's, not
//! one sent with their BSN typed on the form — and the status a case worker set, with
//! its date. Plus the SQLite migration that rebuilt the notice tables for the status
//! "more information needed": every existing row survives it.

use crate::support;

use meldwijzer::config::residents::AssuranceLevel;
use meldwijzer::store::notices::{self, NewNotice, OwnNotice, Status, Verification};
use meldwijzer::store::Db;
use sqlx::{Executor, Row};
use support::notices::{sample, Store};
use support::on_both_databases;

const T0: i64 = 1_800_000_000;
const DAY: i64 = 86_400;
/// Two residents (both pass the 11-proef).
const MINE: &str = "111222333";
const OTHER: &str = "123456782";

/// A notice sent signed in as `bsn`.
fn signed_in(store: &Store, reference: &str, bsn: &str) -> NewNotice {
    NewNotice {
        verification: Verification::Digid(AssuranceLevel::Substantieel),
        owner_index: Some(store.keys.owner_index(bsn)),
        ..sample(reference, &format!("key-{reference}"))
    }
}

fn references(list: &[OwnNotice]) -> Vec<&str> {
    list.iter().map(|n| n.summary.reference.as_str()).collect()
}

on_both_databases!(
    Store;
    a_resident_sees_only_their_own_notices,
    the_status_and_its_date_are_the_case_worker_s_latest,
);

async fn a_resident_sees_only_their_own_notices(store: Store) {
    let (db, keys) = (&store.db, &store.keys);
    for (reference, bsn, at) in [
        ("MW-MINE-0001", MINE, T0),
        ("MW-OTHR-0001", OTHER, T0 + 10),
        ("MW-MINE-0002", MINE, T0 + 20),
    ] {
        notices::submit(db, keys, &signed_in(&store, reference, bsn), at)
            .await
            .unwrap();
    }
    // The same BSN typed on the form: nobody proved it is this resident's notice.
    notices::submit(db, keys, &sample("MW-TYPD-0001", "typed"), T0 + 30)
        .await
        .unwrap();

    let mine = notices::owned_by(db, keys, MINE).await.unwrap();
    assert_eq!(
        references(&mine),
        ["MW-MINE-0002", "MW-MINE-0001"],
        "newest first"
    );
    assert!(mine
        .iter()
        .all(|n| n.summary.verification == Verification::Digid(AssuranceLevel::Substantieel)));
    let other = notices::owned_by(db, keys, OTHER).await.unwrap();
    assert_eq!(references(&other), ["MW-OTHR-0001"]);
    assert!(notices::owned_by(db, keys, "999999990")
        .await
        .unwrap()
        .is_empty());

    // By reference: one's own opens with what was sent; someone else's and one that
    // does not exist are the same `None`.
    let (own, content) = notices::owned(db, keys, MINE, "MW-MINE-0001")
        .await
        .unwrap()
        .expect("my own notice");
    assert_eq!(own.summary.reference, "MW-MINE-0001");
    assert_eq!(
        content,
        signed_in(&store, "MW-MINE-0001", MINE).content_json,
        "what was sent"
    );
    for (bsn, reference) in [
        (MINE, "MW-OTHR-0001"),
        (OTHER, "MW-MINE-0001"),
        (MINE, "MW-TYPD-0001"),
        (MINE, "MW-NONE-0000"),
    ] {
        assert!(
            notices::owned(db, keys, bsn, reference)
                .await
                .unwrap()
                .is_none(),
            "{reference} is not the notice of the resident asking"
        );
    }

    // The database holds a keyed index, never the BSN.
    let rows = sqlx::query("SELECT owner_index, identity_method, identity_level FROM notices")
        .fetch_all(db.pool())
        .await
        .unwrap();
    for row in rows {
        let index: Option<String> = row.get("owner_index");
        assert!(!index.unwrap_or_default().contains(MINE));
        let method: String = row.get("identity_method");
        let level: Option<String> = row.get("identity_level");
        match method.as_str() {
            "digid" => assert_eq!(level.as_deref(), Some("substantieel")),
            "form" => assert_eq!(level, None),
            other => panic!("identity method {other}"),
        }
    }
}

async fn the_status_and_its_date_are_the_case_worker_s_latest(store: Store) {
    let (db, keys) = (&store.db, &store.keys);
    notices::submit(db, keys, &signed_in(&store, "MW-MINE-0001", MINE), T0)
        .await
        .unwrap();
    let id: i64 = sqlx::query("SELECT id FROM notices WHERE reference = 'MW-MINE-0001'")
        .fetch_one(db.pool())
        .await
        .unwrap()
        .get("id");
    let status = || async {
        let list = notices::owned_by(db, keys, MINE).await.unwrap();
        (list[0].summary.status, list[0].status_at)
    };
    assert_eq!(status().await, (Status::New, T0));
    for (new, at) in [
        (Status::InProgress, T0 + DAY),
        (Status::NeedsInformation, T0 + 2 * DAY),
        (Status::Done, T0 + 5 * DAY),
    ] {
        let note = Some("internal: called the employer");
        assert!(
            notices::set_status(db, keys, id, new, note, store.staff, at)
                .await
                .unwrap()
        );
        assert_eq!(status().await, (new, at));
    }
    // What a case worker wrote stays with staff.
    let (_, content) = notices::owned(db, keys, MINE, "MW-MINE-0001")
        .await
        .unwrap()
        .unwrap();
    assert!(!content.to_string().contains("called the employer"));
}

/// A database from before issue 19 (migrations up to 0007) with notices in every
/// table: after the migration that widened the status CHECK of `notices` and
/// `notice_events` in place, every row is there with its id, the foreign keys hold,
/// the new status is accepted in both tables and an unknown one refused, and no id of
/// a deleted notice comes back.
#[tokio::test]
async fn existing_notices_survive_the_sqlite_status_migration() {
    let (url, _dir) = support::fresh_sqlite();
    sqlx::any::install_default_drivers();
    {
        let pool = sqlx::AnyPool::connect(&format!("{url}?mode=rwc"))
            .await
            .unwrap();
        let mut before = sqlx::migrate!("migrations/sqlite");
        let old: Vec<_> = before
            .migrations
            .iter()
            .filter(|m| m.version <= 7)
            .cloned()
            .collect();
        before.migrations = old.into();
        before.run(&pool).await.unwrap();
        for (id, reference) in [(1, "MW-OLD-1"), (2, "MW-OLD-2"), (3, "MW-OLD-3")] {
            sqlx::query(
                "INSERT INTO notices (id, reference, idempotency_key, status, submitted_at, \
                 updated_at, lang, change_kinds, content_enc, key_id) \
                 VALUES ($1, $2, $2, 'in-progress', 1, 2, 'nl', 'income', x'00', 1)",
            )
            .bind(id)
            .bind(reference)
            .execute(&pool)
            .await
            .unwrap();
            pool.execute(
                sqlx::query(
                    "INSERT INTO notice_events (notice_id, at, status) VALUES ($1, 1, 'new')",
                )
                .bind(id),
            )
            .await
            .unwrap();
        }
        pool.execute(
            "INSERT INTO notice_attachments (notice_id, stored_name, content_type, size, \
             original_name_enc, data_enc) VALUES (2, 'stored', 'application/pdf', 1, x'00', x'00'); \
             INSERT INTO notice_outbox (notice_id, next_attempt_at) VALUES (2, 0); \
             DELETE FROM notice_events WHERE notice_id = 3; DELETE FROM notices WHERE id = 3;",
        )
        .await
        .unwrap();
        pool.close().await;
    }

    let db = Db::connect(&url)
        .await
        .expect("the migration runs on a used database");
    let pool = db.pool();
    let ids: Vec<i64> = sqlx::query("SELECT id FROM notices ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("id"))
        .collect();
    assert_eq!(ids, [1, 2]);
    let method: String = sqlx::query("SELECT identity_method FROM notices WHERE id = 1")
        .fetch_one(pool)
        .await
        .unwrap()
        .get("identity_method");
    assert_eq!(method, "form", "old notices were typed on the form");
    assert_eq!(support::notices::count(&db, "notice_events").await, 2);
    let status: String = sqlx::query("SELECT status FROM notices WHERE id = 2")
        .fetch_one(pool)
        .await
        .unwrap()
        .get("status");
    assert_eq!(status, "in-progress");
    assert_eq!(support::notices::count(&db, "notice_attachments").await, 1);
    assert_eq!(support::notices::count(&db, "notice_outbox").await, 1);
    let broken = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(pool)
        .await
        .unwrap();
    assert!(broken.is_empty(), "foreign keys hold after the migration");
    let foreign_keys: i64 = sqlx::query("PRAGMA foreign_keys")
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(foreign_keys, 1, "foreign keys are on again");

    sqlx::query("UPDATE notices SET status = 'needs-information' WHERE id = 1")
        .execute(pool)
        .await
        .expect("the new status is allowed");
    sqlx::query(
        "INSERT INTO notice_events (notice_id, at, status) VALUES (1, 5, 'needs-information')",
    )
    .execute(pool)
    .await
    .expect("and recorded in the history");
    for table in ["notices", "notice_events"] {
        assert!(
            sqlx::query(&format!("UPDATE {table} SET status = 'bogus'"))
                .execute(pool)
                .await
                .is_err(),
            "{table}: an unknown status is still refused"
        );
    }
    let integrity: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(integrity, "ok");
    let next: i64 = sqlx::query(
        "INSERT INTO notices (reference, idempotency_key, status, submitted_at, updated_at, \
         lang, change_kinds, content_enc, key_id) \
         VALUES ('MW-NEW', 'MW-NEW', 'new', 3, 3, 'nl', 'income', x'00', 1) RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap()
    .get("id");
    assert_eq!(next, 4, "the id of the deleted notice 3 is not given again");
}
