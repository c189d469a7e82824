//! Durability through HTTP: every reference a resident saw on the confirmation page is
//! in the database, with its attachment, after the server is killed with SIGKILL in
//! the middle of a burst of submissions; and a resident whose confirmation never
//! arrived gets one notice, not two, when sending again after the restart.
//!
//! The release binary runs as a child process (`support::spawned::Portal`) on SQLite
//! and, when `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL. Residents
//! (`support::resident`) fill in their notices first; then all send at once, and the
//! server is killed as soon as a third of them have their reference. The test then
//! starts a new server on the same database, lets every resident without a reference
//! send again, and checks the database.

use crate::support;

use meldwijzer::store::notices::{self, NoticeRef};
use meldwijzer::store::Db;
use std::collections::BTreeSet;
use std::path::Path;
use support::resident::{client, Resident, PNG};
use support::spawned::Portal;

const RESIDENTS: usize = 24;

fn portal_on(url: &str, settings: &Path) -> Option<Portal> {
    Portal::start_with(&[
        ("DATABASE_URL", url.to_owned()),
        ("MELDWIJZER_DATA_KEY", support::TEST_DATA_KEY.to_owned()),
        ("MELDWIJZER_TODAY", "2026-03-10".to_owned()),
        ("MELDWIJZER_SETTINGS", settings.display().to_string()),
    ])
}

/// The municipality's settings with the limit on notices per network address above
/// this burst. The limits are counted in the database and survive the kill, so with
/// the shipped 20 an hour the residents sending again would get 429. (The limit itself
/// is tested in tests/all/report_flow.rs.)
fn settings_for_a_burst() -> tempfile::NamedTempFile {
    support::spawned::settings_with_submission_limit(1000)
}

async fn burst_then_kill(url: &str) {
    let settings = settings_for_a_burst();
    let Some(portal) = portal_on(url, settings.path()) else {
        return;
    };
    let http = client();
    let mut residents = Vec::new();
    for n in 0..RESIDENTS {
        let mut resident = Resident::new(&portal.base, http.clone());
        resident.fill_in(n).await.expect("fill in a notice");
        residents.push(resident);
    }

    // Everyone sends at once; the server dies after a third have their reference.
    let (acks, mut acked) = tokio::sync::mpsc::unbounded_channel();
    let tasks: Vec<_> = residents
        .into_iter()
        .enumerate()
        .map(|(n, mut resident)| {
            let acks = acks.clone();
            tokio::spawn(async move {
                let reference = resident.submit().await.ok();
                if let Some(reference) = &reference {
                    acks.send((n, reference.clone())).unwrap();
                }
                (resident, reference)
            })
        })
        .collect();
    drop(acks);
    let mut seen = 0;
    while seen < RESIDENTS / 3 {
        if acked.recv().await.is_none() {
            break;
        }
        seen += 1;
    }
    portal.kill();
    let mut residents = Vec::new();
    for task in tasks {
        residents.push(task.await.unwrap());
    }
    let received: Vec<String> = residents.iter().filter_map(|(_, r)| r.clone()).collect();
    assert!(
        received.len() >= RESIDENTS / 3,
        "at least a third had their reference before the kill"
    );
    eprintln!(
        "{} of {RESIDENTS} residents had their reference when the server was killed",
        received.len()
    );

    // Every reference a resident saw is stored, with its attachment.
    let db = Db::connect(url).await.unwrap();
    let keys = support::notices::keys();
    let actor = support::notices::caseworker(&db).await;
    for reference in &received {
        let notice = notices::open(&db, &keys, NoticeRef::Reference(reference), actor, 0)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{reference} was shown to a resident but is not stored"));
        assert_eq!(notice.attachments.len(), 1, "{reference}");
        let attachment = notices::attachment(
            &db,
            &keys,
            notice.summary.id,
            notice.attachments[0].id,
            actor,
            0,
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(
            attachment.bytes, PNG,
            "{reference}: the attachment byte for byte"
        );
    }

    let stored_at_kill = notices::list(&db, &notices::Filter::default(), 1, 0)
        .await
        .unwrap()
        .total;
    eprintln!("{stored_at_kill} notices were stored when the server was killed");

    // After a restart, whoever had no confirmation sends again: one notice each.
    let Some(portal) = portal_on(url, settings.path()) else {
        return;
    };
    let mut all: Vec<String> = received.clone();
    let mut retried = 0;
    for (mut resident, reference) in residents {
        if reference.is_none() {
            resident.set_base(&portal.base);
            retried += 1;
            all.push(
                resident
                    .submit()
                    .await
                    .expect("sending again after the restart"),
            );
        }
    }
    let listing = notices::list(&db, &notices::Filter::default(), 1000, 0)
        .await
        .unwrap();
    let distinct: BTreeSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), RESIDENTS, "every resident has a reference");
    assert_eq!(
        listing.total, RESIDENTS as i64,
        "one notice per resident: no duplicate from sending again"
    );
    let stored: BTreeSet<&String> = listing.notices.iter().map(|n| &n.reference).collect();
    assert_eq!(stored, distinct, "the references shown are the ones stored");
    eprintln!("{retried} residents sent again after the restart");
    portal.terminate();
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigkill_during_a_burst_on_sqlite_loses_no_acknowledged_notice() {
    let _alone = crate::ALONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/burst.db", dir.path().display());
    burst_then_kill(&url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigkill_during_a_burst_on_postgres_loses_no_acknowledged_notice() {
    let _alone = crate::ALONE.lock().await;
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    burst_then_kill(&url).await;
}
