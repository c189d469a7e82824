//! The change notice store (`src/store/notices.rs`) on SQLite and, when
//! `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL: what goes in comes out
//! unchanged, nothing personal is readable in the database, a repeated or concurrent
//! submission never makes a second notice, and every read, change and deletion is
//! audited. Each scenario is one function run by a `sqlite` and a `postgres` test.

use crate::support;

use meldwijzer::store::chunks::CHUNK_BYTES;
use meldwijzer::store::crypto::{self, CryptoError, DataKey, DataKeys, KeySetupError};
use meldwijzer::store::drafts::{self, FileWriter};
use meldwijzer::store::notices::{
    self, action, Filter, NewAttachment, NoticeError, NoticeRef, SentDraft, Status, Submitted,
};
use meldwijzer::store::staff::{self, AuditEntry};
use meldwijzer::store::{Db, DbKind};
use sqlx::Row;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::notices::{count, sample, Store, BSN, FILE_NAME, NAME, PERSONAL};
use support::on_both_databases;

/// "Now" when every test starts.
const T0: i64 = 1_800_000_000;
const DAY: i64 = 86_400;

impl Store {
    async fn submit(&self, reference: &str, key: &str, now: i64) -> Submitted {
        notices::submit(&self.db, &self.keys, &sample(reference, key), now)
            .await
            .unwrap()
    }

    async fn id(&self, reference: &str) -> i64 {
        sqlx::query("SELECT id FROM notices WHERE reference = $1")
            .bind(reference)
            .fetch_one(self.db.pool())
            .await
            .unwrap()
            .get("id")
    }

    async fn audit(&self, action: &str) -> Vec<AuditEntry> {
        let mut entries: Vec<_> = staff::audit_entries(&self.db, 10_000)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == action)
            .collect();
        entries.reverse();
        entries
    }

    /// How many rows each notice table has: notices, attachments, events, outbox.
    async fn counts(&self) -> [i64; 4] {
        [
            count(&self.db, "notices").await,
            count(&self.db, "notice_attachments").await,
            count(&self.db, "notice_events").await,
            count(&self.db, "notice_outbox").await,
        ]
    }
}

on_both_databases!(
    Store, worker_threads = 4;
    submit_and_open_round_trip,
    nothing_personal_is_stored_in_plain_text,
    a_repeated_submission_creates_nothing,
    twenty_concurrent_submissions_with_one_key_make_one_notice,
    fifty_concurrent_submissions_make_fifty_notices,
    the_inbox_lists_filters_and_pages_without_personal_data,
    status_changes_are_recorded_and_audited,
    retention_deletes_only_expired_done_notices,
    damaged_or_moved_ciphertext_is_an_error,
    export_opens_every_matching_notice_and_is_audited,
    the_outbox_hands_out_each_notice_once,
    the_data_key_is_checked_against_the_database,
    submit_latency,
    attachments_are_stored_in_sealed_chunks,
    moved_cut_or_relabelled_chunks_do_not_open,
    draft_files_stream_in_and_move_to_the_notice_by_chunks,
    values_stored_before_files_were_chunked_still_open,
);

async fn submit_and_open_round_trip(s: Store) {
    let submitted = s.submit("MW-2026-AB12", "form-1", T0).await;
    assert_eq!(
        submitted,
        Submitted {
            reference: "MW-2026-AB12".into(),
            created: true
        }
    );
    let expected = sample("MW-2026-AB12", "form-1");

    let by_reference = notices::open(
        &s.db,
        &s.keys,
        NoticeRef::Reference("MW-2026-AB12"),
        s.staff,
        T0 + 60,
    )
    .await
    .unwrap()
    .expect("the notice");
    assert_eq!(by_reference.content, expected.content_json);
    let summary = &by_reference.summary;
    assert_eq!(summary.reference, "MW-2026-AB12");
    assert_eq!(summary.status, Status::New);
    assert_eq!((summary.submitted_at, summary.updated_at), (T0, T0));
    assert_eq!(summary.handled_at, None);
    assert_eq!(summary.lang, "nl");
    assert_eq!(summary.change_kinds, ["income", "address"]);
    assert_eq!(summary.attachment_count, 1);
    assert_eq!(by_reference.events.len(), 1, "received");
    assert_eq!(by_reference.events[0].status, Status::New);
    assert_eq!(by_reference.events[0].actor_account_id, None);

    let by_id = notices::open(&s.db, &s.keys, NoticeRef::Id(summary.id), s.staff, T0 + 61)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_id, by_reference);

    let [info] = &by_reference.attachments[..] else {
        panic!("one attachment: {:?}", by_reference.attachments);
    };
    let sent = &expected.attachments[0];
    assert_eq!(info.original_name, FILE_NAME);
    assert_eq!(info.content_type, "application/pdf");
    assert_eq!(info.size, sent.bytes.len() as i64);
    assert_eq!(info.stored_name.len(), 43, "32 random bytes, base64url");
    let file = notices::attachment(&s.db, &s.keys, summary.id, info.id, s.staff, T0 + 62)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(file.bytes, sent.bytes, "the bytes come back identical");
    assert_eq!(&file.info, info);
    // An attachment is only found through its own notice.
    assert!(
        notices::attachment(&s.db, &s.keys, summary.id + 1, info.id, s.staff, T0)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        notices::open(&s.db, &s.keys, NoticeRef::Reference("MW-NONE"), s.staff, T0)
            .await
            .unwrap()
            .is_none()
    );

    // Every read of personal data names who read it; nothing personal in the log.
    let viewed = s.audit(action::NOTICE_VIEWED).await;
    assert_eq!(viewed.len(), 2);
    assert!(viewed.iter().all(|e| e.actor_account_id == Some(s.staff)
        && e.subject == "MW-2026-AB12"
        && e.at >= T0 + 60));
    let files = s.audit(action::ATTACHMENT_VIEWED).await;
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].subject, "MW-2026-AB12");
    assert_eq!(files[0].detail, info.stored_name);

    // The notice waits in the outbox; the key id is recorded for rotation.
    assert_eq!(s.counts().await, [1, 1, 1, 1]);
    let key_id: i64 = sqlx::query("SELECT key_id FROM notices")
        .fetch_one(s.db.pool())
        .await
        .unwrap()
        .get("key_id");
    assert_eq!(key_id, 1);

    // Still there after reconnecting.
    s.db.close().await;
    let again = Db::connect(&s.url).await.unwrap();
    let reopened = notices::open(&again, &s.keys, NoticeRef::Id(summary.id), s.staff, T0)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reopened.content, expected.content_json);
}

/// Every byte of every notice column, and on SQLite the database files themselves.
async fn nothing_personal_is_stored_in_plain_text(s: Store) {
    for i in 0..3 {
        s.submit(&format!("MW-PLAIN-{i}"), &format!("plain-{i}"), T0)
            .await;
    }
    let id = s.id("MW-PLAIN-0").await;
    notices::set_status(
        &s.db,
        &s.keys,
        id,
        Status::InProgress,
        Some(&format!("Gebeld met {NAME}, BSN {BSN} klopt")),
        s.staff,
        T0,
    )
    .await
    .unwrap();
    notices::open(&s.db, &s.keys, NoticeRef::Id(id), s.staff, T0)
        .await
        .unwrap()
        .unwrap();

    let mut raw: Vec<(String, Vec<u8>)> = Vec::new();
    for (table, columns) in [
        ("notices", &["content_enc"][..]),
        ("notice_attachments", &["original_name_enc", "data_enc"][..]),
        ("notice_attachment_chunks", &["data_enc"][..]),
        ("notice_events", &["note_enc"][..]),
    ] {
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(s.db.pool())
            .await
            .unwrap();
        assert!(!rows.is_empty(), "{table}");
        for row in rows {
            for column in columns {
                if let Some(bytes) = row.get::<Option<Vec<u8>>, _>(*column) {
                    raw.push((format!("{table}.{column}"), bytes));
                }
            }
        }
    }
    // The plain columns, through one text dump per table.
    for sql in [
        "SELECT reference, idempotency_key, status, lang, change_kinds FROM notices",
        "SELECT stored_name, content_type FROM notice_attachments",
        "SELECT action, subject, detail FROM audit_log",
    ] {
        for row in sqlx::query(sql).fetch_all(s.db.pool()).await.unwrap() {
            let text: Vec<String> = (0..row.len()).map(|i| row.get::<String, _>(i)).collect();
            raw.push((sql.into(), text.join("|").into_bytes()));
        }
    }
    assert!(raw
        .iter()
        .any(|(place, _)| place == "notice_events.note_enc"));
    for (place, bytes) in &raw {
        for secret in PERSONAL {
            assert!(
                !contains(bytes, secret.as_bytes()),
                "{secret:?} in plain text in {place}"
            );
        }
    }

    if s.db.kind() == DbKind::Sqlite {
        s.db.close().await;
        let dir = s.dir.as_ref().unwrap().path();
        let mut files = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.starts_with("meldwijzer.db") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            files += 1;
            for secret in PERSONAL {
                assert!(
                    !contains(&bytes, secret.as_bytes()),
                    "{secret:?} in plain text in {name}"
                );
            }
            // The check itself works: the plain reference is in the file.
            if name == "meldwijzer.db" {
                assert!(contains(&bytes, b"MW-PLAIN-1"));
            }
        }
        assert!(files >= 1);
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn a_repeated_submission_creates_nothing(s: Store) {
    assert!(s.submit("MW-FIRST", "double-click", T0).await.created);
    let before = s.counts().await;
    assert_eq!(before, [1, 1, 1, 1]);

    // The same form again, even under a new reference (the caller makes one per
    // request): the first notice's reference, nothing stored.
    let again = notices::submit(&s.db, &s.keys, &sample("MW-SECOND", "double-click"), T0 + 5)
        .await
        .unwrap();
    assert_eq!(
        again,
        Submitted {
            reference: "MW-FIRST".into(),
            created: false
        }
    );
    assert_eq!(s.counts().await, before);

    // The same key with other content is not silently answered with the old notice.
    let mut edited = sample("MW-THIRD", "double-click");
    edited.content_json["remarks"] = "Toch 24 uur per week".into();
    let error = notices::submit(&s.db, &s.keys, &edited, T0 + 6)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, NoticeError::IdempotencyKeyReused { reference } if reference == "MW-FIRST"),
        "{error:?}"
    );
    let mut other_file = sample("MW-THIRD", "double-click");
    other_file.attachments[0].bytes.push(0);
    assert!(matches!(
        notices::submit(&s.db, &s.keys, &other_file, T0 + 6).await,
        Err(NoticeError::IdempotencyKeyReused { .. })
    ));

    // A taken reference with a new key: the caller must make a new reference.
    let error = notices::submit(&s.db, &s.keys, &sample("MW-FIRST", "other-form"), T0 + 7)
        .await
        .unwrap_err();
    assert!(matches!(error, NoticeError::ReferenceTaken), "{error:?}");
    assert_eq!(s.counts().await, before);

    // Invalid input is refused before anything is written.
    let error = notices::submit(&s.db, &s.keys, &sample("MW:1", "k"), T0)
        .await
        .unwrap_err();
    assert!(matches!(error, NoticeError::Invalid(_)), "{error:?}");
    assert_eq!(s.counts().await, before);
}

async fn twenty_concurrent_submissions_with_one_key_make_one_notice(s: Store) {
    let barrier = Arc::new(tokio::sync::Barrier::new(20));
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (db, keys, barrier) = (s.db.clone(), s.keys.clone(), barrier.clone());
            tokio::spawn(async move {
                // Every request makes its own reference; they share the form's key.
                let notice = sample(&format!("MW-RACE-{i:02}"), "one-form");
                barrier.wait().await;
                notices::submit(&db, &keys, &notice, T0).await
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap().expect("every request gets an answer"));
    }
    let created: Vec<_> = results.iter().filter(|r| r.created).collect();
    assert_eq!(created.len(), 1, "{results:?}");
    let winner = &created[0].reference;
    assert!(
        results.iter().all(|r| &r.reference == winner),
        "{results:?}"
    );
    assert_eq!(s.counts().await, [1, 1, 1, 1]);
}

async fn fifty_concurrent_submissions_make_fifty_notices(s: Store) {
    let barrier = Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let (db, keys, barrier) = (s.db.clone(), s.keys.clone(), barrier.clone());
            tokio::spawn(async move {
                let notice = sample(&format!("MW-MANY-{i:02}"), &format!("form-{i}"));
                barrier.wait().await;
                notices::submit(&db, &keys, &notice, T0 + i).await
            })
        })
        .collect();
    for task in tasks {
        assert!(task.await.unwrap().unwrap().created);
    }
    assert_eq!(s.counts().await, [50, 50, 50, 50]);
    let listing = notices::list(&s.db, &Filter::default(), 100, 0)
        .await
        .unwrap();
    assert_eq!(listing.total, 50);
    let mut references: Vec<_> = listing
        .notices
        .iter()
        .map(|n| n.reference.clone())
        .collect();
    references.sort();
    references.dedup();
    assert_eq!(references.len(), 50);
}

async fn the_inbox_lists_filters_and_pages_without_personal_data(s: Store) {
    for i in 0..5 {
        s.submit(&format!("MW-LIST-{i}"), &format!("list-{i}"), T0 + i)
            .await;
    }
    let id = s.id("MW-LIST-1").await;
    notices::set_status(&s.db, &s.keys, id, Status::Done, None, s.staff, T0 + 10)
        .await
        .unwrap();

    let first = notices::list(&s.db, &Filter::default(), 2, 0)
        .await
        .unwrap();
    assert_eq!(first.total, 5);
    let refs = |l: &notices::Listing| -> Vec<String> {
        l.notices.iter().map(|n| n.reference.clone()).collect()
    };
    assert_eq!(refs(&first), ["MW-LIST-4", "MW-LIST-3"], "newest first");
    let last = notices::list(&s.db, &Filter::default(), 2, 4)
        .await
        .unwrap();
    assert_eq!(refs(&last), ["MW-LIST-0"]);

    let new = Filter {
        status: Some(Status::New),
        ..Filter::default()
    };
    let listing = notices::list(&s.db, &new, 10, 0).await.unwrap();
    assert_eq!(listing.total, 4);
    assert!(!refs(&listing).contains(&"MW-LIST-1".to_owned()));

    let search = Filter {
        reference: Some(" list-1 ".into()),
        ..Filter::default()
    };
    let listing = notices::list(&s.db, &search, 10, 0).await.unwrap();
    assert_eq!(refs(&listing), ["MW-LIST-1"], "any case, spaces ignored");
    assert_eq!(listing.notices[0].status, Status::Done);
    assert_eq!(listing.notices[0].handled_at, Some(T0 + 10));
    let wildcard = Filter {
        reference: Some("%".into()),
        ..Filter::default()
    };
    assert_eq!(
        notices::list(&s.db, &wildcard, 10, 0).await.unwrap().total,
        0
    );

    // Listing shows nothing personal, so it is not audited.
    assert!(s.audit(action::NOTICE_VIEWED).await.is_empty());
}

async fn status_changes_are_recorded_and_audited(s: Store) {
    s.submit("MW-STATUS", "status", T0).await;
    let id = s.id("MW-STATUS").await;
    let set = |status, note: Option<&'static str>, at| {
        let (db, keys, staff) = (s.db.clone(), s.keys.clone(), s.staff);
        async move {
            notices::set_status(&db, &keys, id, status, note, staff, at)
                .await
                .unwrap()
        }
    };
    assert!(set(Status::InProgress, Some("Loonstrook opgevraagd"), T0 + 10).await);
    assert!(set(Status::Done, None, T0 + 20).await);
    assert!(set(Status::Done, Some("Nog een opmerking"), T0 + 30).await);
    let notice = notices::open(&s.db, &s.keys, NoticeRef::Id(id), s.staff, T0 + 40)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(notice.summary.status, Status::Done);
    assert_eq!(notice.summary.updated_at, T0 + 30);
    assert_eq!(
        notice.summary.handled_at,
        Some(T0 + 20),
        "kept when done again"
    );
    let history: Vec<_> = notice
        .events
        .iter()
        .map(|e| (e.at, e.actor_account_id, e.status, e.note.as_deref()))
        .collect();
    assert_eq!(
        history,
        [
            (T0, None, Status::New, None),
            (
                T0 + 10,
                Some(s.staff),
                Status::InProgress,
                Some("Loonstrook opgevraagd")
            ),
            (T0 + 20, Some(s.staff), Status::Done, None),
            (
                T0 + 30,
                Some(s.staff),
                Status::Done,
                Some("Nog een opmerking")
            ),
        ]
    );
    let audited: Vec<_> = s
        .audit(action::NOTICE_STATUS)
        .await
        .into_iter()
        .map(|e| (e.at, e.actor_account_id, e.subject, e.detail))
        .collect();
    assert_eq!(
        audited,
        [
            (
                T0 + 10,
                Some(s.staff),
                "MW-STATUS".into(),
                "in-progress".into()
            ),
            (T0 + 20, Some(s.staff), "MW-STATUS".into(), "done".into()),
            (T0 + 30, Some(s.staff), "MW-STATUS".into(), "done".into()),
        ]
    );

    // Reopening clears the handling time; an unknown notice changes nothing.
    assert!(set(Status::InProgress, None, T0 + 50).await);
    let listing = notices::list(&s.db, &Filter::default(), 10, 0)
        .await
        .unwrap();
    assert_eq!(listing.notices[0].handled_at, None);
    assert!(
        !notices::set_status(&s.db, &s.keys, id + 1000, Status::Done, None, s.staff, T0)
            .await
            .unwrap()
    );
    assert_eq!(count(&s.db, "notice_events").await, 5);
}

async fn retention_deletes_only_expired_done_notices(s: Store) {
    // Old and done: goes. Recently done: stays. Old but never handled: stays. Old,
    // done, then reopened: stays.
    for (reference, submitted) in [
        ("MW-OLD-DONE", T0 - 100 * DAY),
        ("MW-RECENT-DONE", T0 - 100 * DAY),
        ("MW-OLD-NEW", T0 - 100 * DAY),
        ("MW-REOPENED", T0 - 100 * DAY),
    ] {
        s.submit(reference, reference, submitted).await;
    }
    let done = |reference: &'static str, status, at| {
        let (db, keys, staff) = (s.db.clone(), s.keys.clone(), s.staff);
        async move {
            let id: i64 = sqlx::query("SELECT id FROM notices WHERE reference = $1")
                .bind(reference)
                .fetch_one(db.pool())
                .await
                .unwrap()
                .get("id");
            assert!(
                notices::set_status(&db, &keys, id, status, Some("n"), staff, at)
                    .await
                    .unwrap()
            );
        }
    };
    done("MW-OLD-DONE", Status::Done, T0 - 31 * DAY).await;
    done("MW-RECENT-DONE", Status::Done, T0 - 29 * DAY).await;
    done("MW-REOPENED", Status::Done, T0 - 40 * DAY).await;
    done("MW-REOPENED", Status::InProgress, T0 - 39 * DAY).await;
    let old_id = s.id("MW-OLD-DONE").await;
    let before = s.counts().await;

    assert_eq!(notices::delete_expired(&s.db, 30, T0).await.unwrap(), 1);
    let after = s.counts().await;
    assert_eq!(after[0], before[0] - 1);
    assert_eq!(after[1], before[1] - 1, "its attachment");
    assert_eq!(after[2], before[2] - 2, "its two events");
    assert_eq!(after[3], before[3] - 1, "its outbox row");
    for table in ["notice_attachments", "notice_events", "notice_outbox"] {
        let left: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE notice_id = $1"
        ))
        .bind(old_id)
        .fetch_one(s.db.pool())
        .await
        .unwrap()
        .get("n");
        assert_eq!(left, 0, "{table}");
    }
    let listing = notices::list(&s.db, &Filter::default(), 10, 0)
        .await
        .unwrap();
    let mut left: Vec<_> = listing
        .notices
        .iter()
        .map(|n| n.reference.as_str())
        .collect();
    left.sort();
    assert_eq!(left, ["MW-OLD-NEW", "MW-RECENT-DONE", "MW-REOPENED"]);

    let deleted = s.audit(action::NOTICE_DELETED).await;
    assert_eq!(deleted.len(), 1);
    assert_eq!(
        (
            deleted[0].at,
            deleted[0].actor_account_id,
            deleted[0].subject.as_str()
        ),
        (T0, None, "MW-OLD-DONE")
    );
    assert_eq!(deleted[0].detail, "retention");

    // Nothing more to do; two days later the next one goes.
    assert_eq!(notices::delete_expired(&s.db, 30, T0).await.unwrap(), 0);
    assert_eq!(
        notices::delete_expired(&s.db, 30, T0 + 2 * DAY)
            .await
            .unwrap(),
        1
    );
    assert_eq!(s.audit(action::NOTICE_DELETED).await.len(), 2);
}

async fn damaged_or_moved_ciphertext_is_an_error(s: Store) {
    s.submit("MW-TAMPER-A", "tamper-a", T0).await;
    s.submit("MW-TAMPER-B", "tamper-b", T0).await;
    let (a, b) = (s.id("MW-TAMPER-A").await, s.id("MW-TAMPER-B").await);
    let open = |id| {
        let (db, keys, staff) = (s.db.clone(), s.keys.clone(), s.staff);
        async move { notices::open(&db, &keys, NoticeRef::Id(id), staff, T0).await }
    };
    let content = |id| {
        let db = s.db.clone();
        async move {
            sqlx::query("SELECT content_enc FROM notices WHERE id = $1")
                .bind(id)
                .fetch_one(db.pool())
                .await
                .unwrap()
                .get::<Vec<u8>, _>("content_enc")
        }
    };
    let write = |id, bytes: Vec<u8>| {
        let db = s.db.clone();
        async move {
            sqlx::query("UPDATE notices SET content_enc = $1 WHERE id = $2")
                .bind(bytes)
                .bind(id)
                .execute(db.pool())
                .await
                .unwrap();
        }
    };
    let original_a = content(a).await;

    // One flipped bit in the middle.
    let mut flipped = original_a.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    write(a, flipped).await;
    let error = open(a).await.unwrap_err();
    assert!(
        matches!(error, NoticeError::Crypto(CryptoError::Invalid)),
        "{error:?}"
    );

    // B's (valid) ciphertext copied into A's row.
    write(a, content(b).await).await;
    assert!(matches!(
        open(a).await,
        Err(NoticeError::Crypto(CryptoError::Invalid))
    ));

    // Cut short, and an unknown key id.
    write(a, original_a[..10].to_vec()).await;
    assert!(matches!(
        open(a).await,
        Err(NoticeError::Crypto(CryptoError::Truncated))
    ));
    let mut other_key = original_a.clone();
    other_key[0] = 7;
    write(a, other_key).await;
    assert!(matches!(
        open(a).await,
        Err(NoticeError::Crypto(CryptoError::UnknownKey(7)))
    ));

    // A failed open shows nothing and so is not audited as a view; the original
    // bytes open again.
    assert!(s.audit(action::NOTICE_VIEWED).await.is_empty());
    write(a, original_a).await;
    assert!(open(a).await.unwrap().is_some());

    // A damaged attachment: the file does not open, the notice still does.
    let attachment: i64 = sqlx::query("SELECT id FROM notice_attachments WHERE notice_id = $1")
        .bind(b)
        .fetch_one(s.db.pool())
        .await
        .unwrap()
        .get("id");
    sqlx::query("UPDATE notice_attachments SET data_enc = $1 WHERE id = $2")
        .bind(vec![1u8; 200])
        .bind(attachment)
        .execute(s.db.pool())
        .await
        .unwrap();
    assert!(matches!(
        notices::attachment(&s.db, &s.keys, b, attachment, s.staff, T0).await,
        Err(NoticeError::Crypto(_))
    ));
    assert!(s.audit(action::ATTACHMENT_VIEWED).await.is_empty());
    assert!(open(b).await.unwrap().is_some());

    // Another key opens nothing.
    let stranger = DataKeys::new(1, &DataKey::generate());
    assert!(matches!(
        notices::open(&s.db, &stranger, NoticeRef::Id(b), s.staff, T0).await,
        Err(NoticeError::Crypto(CryptoError::Invalid))
    ));
}

async fn export_opens_every_matching_notice_and_is_audited(s: Store) {
    for i in 0..3 {
        s.submit(&format!("MW-EXPORT-{i}"), &format!("export-{i}"), T0 + i)
            .await;
    }
    let id = s.id("MW-EXPORT-0").await;
    notices::set_status(&s.db, &s.keys, id, Status::Done, None, s.staff, T0 + 5)
        .await
        .unwrap();
    let new = Filter {
        status: Some(Status::New),
        ..Filter::default()
    };
    let exported = notices::export(&s.db, &s.keys, &new, s.staff, T0 + 9)
        .await
        .unwrap();
    let references: Vec<_> = exported
        .iter()
        .map(|n| n.summary.reference.as_str())
        .collect();
    assert_eq!(references, ["MW-EXPORT-2", "MW-EXPORT-1"]);
    for notice in &exported {
        assert_eq!(notice.content["bsn"], BSN);
        let form = notice.summary.reference.replace("MW-EXPORT", "export");
        assert_eq!(notice.content["form"], form.as_str());
        assert_eq!(notice.attachments[0].original_name, FILE_NAME);
    }
    let audited = s.audit(action::NOTICES_EXPORTED).await;
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].actor_account_id, Some(s.staff));
    assert_eq!(audited[0].detail, "MW-EXPORT-2,MW-EXPORT-1");
}

async fn the_outbox_hands_out_each_notice_once(s: Store) {
    s.submit("MW-OUT-1", "out-1", T0).await;
    s.submit("MW-OUT-2", "out-2", T0 + 1).await;
    let first = notices::claim_outbox(&s.db, T0 + 5, 60, 10).await.unwrap();
    assert_eq!(first.len(), 2);
    assert!(first.iter().all(|item| item.attempts == 0));
    // Claimed: not handed out again until the lease ends.
    assert!(notices::claim_outbox(&s.db, T0 + 6, 60, 10)
        .await
        .unwrap()
        .is_empty());
    assert!(notices::outbox_delivered(&s.db, first[0].id, T0 + 7)
        .await
        .unwrap());
    assert!(!notices::outbox_delivered(&s.db, first[0].id, T0 + 8)
        .await
        .unwrap());
    assert!(
        notices::outbox_failed(&s.db, first[1].id, "HTTP 503", T0 + 100)
            .await
            .unwrap()
    );
    assert!(notices::claim_outbox(&s.db, T0 + 99, 60, 10)
        .await
        .unwrap()
        .is_empty());
    let retry = notices::claim_outbox(&s.db, T0 + 100, 60, 10)
        .await
        .unwrap();
    assert_eq!(retry.len(), 1);
    assert_eq!(
        (retry[0].notice_id, retry[0].attempts),
        (first[1].notice_id, 1)
    );
}

async fn the_data_key_is_checked_against_the_database(s: Store) {
    // The key the database was first used with.
    let right = match s.db.kind() {
        DbKind::Postgres => {
            let error = crypto::setup(&s.db, &s.url, None, T0).await.unwrap_err();
            assert!(matches!(error, KeySetupError::RequiredForPostgres));
            assert!(error.to_string().contains("MELDWIJZER_DATA_KEY"), "{error}");
            // And the server refuses to start without it.
            let mut env = support::env_for(&s.url);
            env.data_key = None;
            let error = meldwijzer::server::build_state(&env).await.unwrap_err();
            assert!(error.to_string().contains("MELDWIJZER_DATA_KEY"), "{error}");
            let configured = support::test_data_key();
            let (_, source) = crypto::setup(&s.db, &s.url, Some(&configured), T0)
                .await
                .unwrap();
            assert_eq!(source, crypto::KeySource::Environment);
            configured
        }
        DbKind::Sqlite => {
            // A fresh machine: the key file is made beside the database, then reused.
            let (_, source) = crypto::setup(&s.db, &s.url, None, T0).await.unwrap();
            let dir = s.dir.as_ref().unwrap().path();
            let path = dir.join("meldwijzer.key");
            assert_eq!(
                source,
                crypto::KeySource::File {
                    path: path.clone(),
                    created: true
                }
            );
            let (keys, source) = crypto::setup(&s.db, &s.url, None, T0).await.unwrap();
            assert!(matches!(
                source,
                crypto::KeySource::File { created: false, .. }
            ));
            let sealed = keys.seal(b"x", "c").unwrap();
            // The file's key, not another one, is in use.
            let from_file = DataKey::from_base64(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_eq!(
                DataKeys::new(1, &from_file).open(&sealed, "c").unwrap(),
                b"x"
            );
            // A lost key file is not silently replaced by a new key.
            std::fs::remove_file(&path).unwrap();
            let error = crypto::setup(&s.db, &s.url, None, T0).await.unwrap_err();
            assert!(
                matches!(error, KeySetupError::KeyFileMissing { .. }),
                "{error:?}"
            );
            assert!(!path.exists());
            from_file
        }
    };
    // Another key than the one the database first saw stops the start.
    let error = crypto::setup(&s.db, &s.url, Some(&DataKey::generate()), T0)
        .await
        .unwrap_err();
    assert!(
        matches!(error, KeySetupError::WrongKey { key_id: 1 }),
        "{error:?}"
    );
    crypto::setup(&s.db, &s.url, Some(&right), T0)
        .await
        .expect("the right key still works");
}

/// Not a check but a measurement: `cargo test … submit_latency -- --nocapture` prints
/// how long one submission (about 1 KB of JSON and a 20 KB attachment) takes until it
/// is committed.
async fn submit_latency(s: Store) {
    const N: usize = 100;
    let mut times = Vec::with_capacity(N);
    for i in 0..N {
        let notice = sample(&format!("MW-LAT-{i}"), &format!("lat-{i}"));
        let start = Instant::now();
        notices::submit(&s.db, &s.keys, &notice, T0).await.unwrap();
        times.push(start.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    eprintln!(
        "submit latency on {:?} over {N}: median {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        s.db.kind(),
        ms(times[N / 2]),
        ms(times[N * 9 / 10]),
        ms(times[N - 1])
    );
    assert_eq!(count(&s.db, "notices").await, N as i64);
}

// ---------------------------------------------------------------------------------
// Files in chunks (issue 11, item 5)

/// `n` bytes that differ per file (`seed`) and per position.
fn file_bytes(n: usize, seed: usize) -> Vec<u8> {
    (0..n)
        .map(|i| (i * 31 + seed * 7 + i / 251) as u8)
        .collect()
}

/// Files around the chunk size: one byte, one short, exactly one chunk, one over, and
/// several chunks with a remainder.
const CHUNKED_SIZES: [usize; 5] = [
    1,
    CHUNK_BYTES - 1,
    CHUNK_BYTES,
    CHUNK_BYTES + 1,
    3 * CHUNK_BYTES + 17,
];

/// One attachment of each of [`CHUNKED_SIZES`].
fn chunked_attachments() -> Vec<NewAttachment> {
    CHUNKED_SIZES
        .iter()
        .enumerate()
        .map(|(i, &n)| NewAttachment {
            content_type: "application/pdf".into(),
            original_name: format!("bestand-{i}.pdf"),
            bytes: file_bytes(n, i),
        })
        .collect()
}

async fn submit_chunked(s: &Store, reference: &str) -> i64 {
    let mut new = sample(reference, reference);
    new.attachments = chunked_attachments();
    notices::submit(&s.db, &s.keys, &new, T0).await.unwrap();
    s.id(reference).await
}

async fn attachment_ids(s: &Store, notice: i64) -> Vec<(i64, String)> {
    sqlx::query("SELECT id, stored_name FROM notice_attachments WHERE notice_id = $1 ORDER BY id")
        .bind(notice)
        .fetch_all(s.db.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| (row.get("id"), row.get("stored_name")))
        .collect()
}

async fn attachments_are_stored_in_sealed_chunks(s: Store) {
    let notice = submit_chunked(&s, "MW-CHUNKS").await;
    let ids = attachment_ids(&s, notice).await;
    assert_eq!(ids.len(), CHUNKED_SIZES.len());
    for (i, ((id, _), &n)) in ids.iter().zip(&CHUNKED_SIZES).enumerate() {
        let attachment = notices::attachment(&s.db, &s.keys, notice, *id, s.staff, T0)
            .await
            .unwrap()
            .unwrap();
        assert!(
            attachment.bytes == file_bytes(n, i),
            "file {i} of {n} bytes"
        );
        assert_eq!(attachment.info.size, n as i64);
    }
    let chunks: usize = CHUNKED_SIZES.iter().map(|n| n.div_ceil(CHUNK_BYTES)).sum();
    assert_eq!(
        count(&s.db, "notice_attachment_chunks").await,
        chunks as i64
    );
    // The row itself holds no bytes any more.
    let empty: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notice_attachments WHERE notice_id = $1 AND LENGTH(data_enc) = 0",
    )
    .bind(notice)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    assert_eq!(empty, CHUNKED_SIZES.len() as i64);

    // A repeat with the same files is the same notice; with one byte changed it is not.
    let mut again = sample("MW-CHUNKS-2", "MW-CHUNKS");
    again.attachments = chunked_attachments();
    let repeat = notices::submit(&s.db, &s.keys, &again, T0).await.unwrap();
    assert_eq!(
        (repeat.reference.as_str(), repeat.created),
        ("MW-CHUNKS", false)
    );
    again.attachments[4].bytes[2 * CHUNK_BYTES + 3] ^= 1;
    assert!(matches!(
        notices::submit(&s.db, &s.keys, &again, T0).await,
        Err(NoticeError::IdempotencyKeyReused { .. })
    ));

    // Retention deletes the chunks with their notice.
    notices::set_status(&s.db, &s.keys, notice, Status::Done, None, s.staff, T0)
        .await
        .unwrap();
    assert_eq!(
        notices::delete_expired(&s.db, 30, T0 + 31 * DAY)
            .await
            .unwrap(),
        1
    );
    assert_eq!(count(&s.db, "notice_attachment_chunks").await, 0);
}

async fn moved_cut_or_relabelled_chunks_do_not_open(s: Store) {
    let notice = submit_chunked(&s, "MW-CUT").await;
    let ids = attachment_ids(&s, notice).await;
    let read = |id: i64| {
        let (db, keys, staff) = (s.db.clone(), s.keys.clone(), s.staff);
        async move { notices::attachment(&db, &keys, notice, id, staff, T0).await }
    };
    let exec = |sql: &'static str, name: String| {
        let db = s.db.clone();
        async move {
            let n = sqlx::query(sql)
                .bind(name)
                .execute(db.pool())
                .await
                .unwrap()
                .rows_affected();
            assert!(n >= 1, "{sql}");
        }
    };
    // The last chunk of a four-chunk file removed: an error, never a shorter file.
    exec(
        "DELETE FROM notice_attachment_chunks WHERE stored_name = $1 AND seq = 3",
        ids[4].1.clone(),
    )
    .await;
    let cut = read(ids[4].0).await;
    assert!(matches!(cut, Err(NoticeError::Damaged(_))), "{cut:?}");
    // A first chunk said to be the last (its file cut after it): does not open.
    exec(
        "UPDATE notice_attachment_chunks SET is_last = 1 WHERE stored_name = $1 AND seq = 0",
        ids[3].1.clone(),
    )
    .await;
    assert!(matches!(
        read(ids[3].0).await,
        Err(NoticeError::Crypto(CryptoError::Invalid))
    ));
    // Another file's chunk put in place of this one's: does not open.
    let other: Vec<u8> = sqlx::query_scalar(
        "SELECT data_enc FROM notice_attachment_chunks WHERE stored_name = $1 AND seq = 0",
    )
    .bind(&ids[1].1)
    .fetch_one(s.db.pool())
    .await
    .unwrap();
    sqlx::query("UPDATE notice_attachment_chunks SET data_enc = $1 WHERE stored_name = $2")
        .bind(other)
        .bind(&ids[0].1)
        .execute(s.db.pool())
        .await
        .unwrap();
    assert!(matches!(
        read(ids[0].0).await,
        Err(NoticeError::Crypto(CryptoError::Invalid))
    ));
    // The untouched file still opens; the failures were not audited as views.
    assert!(read(ids[2].0).await.unwrap().is_some());
    assert_eq!(s.audit(action::ATTACHMENT_VIEWED).await.len(), 1);
}

async fn draft_files_stream_in_and_move_to_the_notice_by_chunks(s: Store) {
    let draft = "draft-chunks";
    let expires = T0 + 30 * DAY;
    drafts::save(&s.db, &s.keys, draft, b"{}", None, T0, expires)
        .await
        .unwrap()
        .unwrap();
    // Written in pieces of odd sizes, as a request body arrives.
    let first = file_bytes(2 * CHUNK_BYTES + 5, 1);
    let mut writer = FileWriter::new(draft);
    for piece in first.chunks(70_001) {
        writer.write(&s.db, &s.keys, piece, T0).await.unwrap();
    }
    assert_eq!(writer.size(), first.len());
    let written = writer.finish(&s.db, &s.keys, T0).await.unwrap();
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 3);
    drafts::attach(
        &s.db,
        &s.keys,
        draft,
        &written,
        "application/pdf",
        "a.pdf",
        T0,
    )
    .await
    .unwrap();
    let second = file_bytes(CHUNK_BYTES, 2);
    let second_id = drafts::add_file(&s.db, &s.keys, draft, "image/png", "b.png", &second, T0)
        .await
        .unwrap();
    assert!(
        drafts::file_bytes(&s.db, &s.keys, draft, &written.file_id)
            .await
            .unwrap()
            == first
    );
    assert!(
        drafts::file_bytes(&s.db, &s.keys, draft, &second_id)
            .await
            .unwrap()
            == second
    );

    // An upload that was never attached (cut off, or its form refused) is cleaned up
    // after a day; attached files stay.
    let mut orphan = FileWriter::new(draft);
    orphan
        .write(&s.db, &s.keys, &file_bytes(CHUNK_BYTES + 9, 3), T0)
        .await
        .unwrap();
    orphan.finish(&s.db, &s.keys, T0).await.unwrap();
    let mut dropped = FileWriter::new(draft);
    dropped
        .write(&s.db, &s.keys, &file_bytes(CHUNK_BYTES + 9, 4), T0)
        .await
        .unwrap();
    dropped.discard(&s.db).await.unwrap();
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 3 + 1 + 2);
    drafts::delete_expired(&s.db, T0 + DAY - 1).await.unwrap();
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 6);
    drafts::delete_expired(&s.db, T0 + DAY).await.unwrap();
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 4);

    // Sending moves both files into the notice, in the draft's order.
    let files = drafts::files(&s.db, &s.keys, draft).await.unwrap();
    assert_eq!(files.len(), 2);
    let mut new = sample("MW-FROM-DRAFT", "from-draft");
    new.attachments.clear();
    let sent = SentDraft {
        draft_id: draft,
        sealed_content: drafts::seal_content(&s.keys, draft, b"{\"sent\":true}").unwrap(),
        files: files.clone(),
    };
    notices::submit_from_draft(&s.db, &s.keys, &new, T0, sent)
        .await
        .unwrap();
    let notice = s.id("MW-FROM-DRAFT").await;
    let ids = attachment_ids(&s, notice).await;
    assert_eq!(ids.len(), 2);
    // `files` lists by time, then id: either may come first.
    let expected = files
        .iter()
        .map(|f| if f.id == second_id { &second } else { &first });
    for ((id, _), expected) in ids.iter().zip(expected) {
        let attachment = notices::attachment(&s.db, &s.keys, notice, *id, s.staff, T0)
            .await
            .unwrap()
            .unwrap();
        assert!(&attachment.bytes == expected);
    }
    assert_eq!(count(&s.db, "notice_attachment_chunks").await, 4);
    // Sent again (a second tab): refused, nothing more stored.
    let sent = SentDraft {
        draft_id: draft,
        sealed_content: drafts::seal_content(&s.keys, draft, b"{}").unwrap(),
        files,
    };
    let mut other = sample("MW-FROM-DRAFT-2", "from-draft-2");
    other.attachments.clear();
    assert!(matches!(
        notices::submit_from_draft(&s.db, &s.keys, &other, T0, sent).await,
        Err(NoticeError::DraftSent)
    ));
    assert_eq!(count(&s.db, "notice_attachment_chunks").await, 4);

    // Removing a file and deleting the draft take their chunks along.
    assert!(drafts::remove_file(&s.db, draft, &second_id).await.unwrap());
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 3);
    drafts::delete(&s.db, draft).await.unwrap();
    assert_eq!(count(&s.db, "notice_draft_file_chunks").await, 0);
}

/// Rows written before files were chunked hold one sealed value in `data_enc`, sealed
/// for the context `…:data`; they still open, and a draft file of that kind still
/// moves to its notice.
async fn values_stored_before_files_were_chunked_still_open(s: Store) {
    let draft = "draft-legacy";
    drafts::save(&s.db, &s.keys, draft, b"{}", None, T0, T0 + DAY)
        .await
        .unwrap()
        .unwrap();
    let bytes = file_bytes(CHUNK_BYTES * 2, 9);
    let file_id = drafts::add_file(&s.db, &s.keys, draft, "application/pdf", "c.pdf", &[1], T0)
        .await
        .unwrap();
    let sealed = s
        .keys
        .seal(&bytes, &format!("draft:{draft}:file:{file_id}:data"))
        .unwrap();
    sqlx::query("UPDATE notice_draft_files SET data_enc = $1, size = $2 WHERE id = $3")
        .bind(sealed)
        .bind(bytes.len() as i64)
        .bind(&file_id)
        .execute(s.db.pool())
        .await
        .unwrap();
    sqlx::query("DELETE FROM notice_draft_file_chunks")
        .execute(s.db.pool())
        .await
        .unwrap();
    assert!(
        drafts::file_bytes(&s.db, &s.keys, draft, &file_id)
            .await
            .unwrap()
            == bytes
    );
    let mut new = sample("MW-LEGACY", "legacy");
    new.attachments.clear();
    let sent = SentDraft {
        draft_id: draft,
        sealed_content: drafts::seal_content(&s.keys, draft, b"{}").unwrap(),
        files: drafts::files(&s.db, &s.keys, draft).await.unwrap(),
    };
    notices::submit_from_draft(&s.db, &s.keys, &new, T0, sent)
        .await
        .unwrap();
    let notice = s.id("MW-LEGACY").await;
    let (id, stored_name) = attachment_ids(&s, notice).await.remove(0);
    let read = || notices::attachment(&s.db, &s.keys, notice, id, s.staff, T0);
    assert!(read().await.unwrap().unwrap().bytes == bytes);

    // A notice attachment in one sealed value.
    let sealed = s
        .keys
        .seal(
            &bytes,
            &format!("notice:MW-LEGACY:attachment:{stored_name}:data"),
        )
        .unwrap();
    sqlx::query("UPDATE notice_attachments SET data_enc = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(s.db.pool())
        .await
        .unwrap();
    sqlx::query("DELETE FROM notice_attachment_chunks")
        .execute(s.db.pool())
        .await
        .unwrap();
    assert!(read().await.unwrap().unwrap().bytes == bytes);
}
