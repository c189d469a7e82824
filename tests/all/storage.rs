//! Storage runs the same way on the embedded SQLite file and on PostgreSQL.

use crate::support;

use meldwijzer::i18n::TextOverride;
use meldwijzer::store::{texts, Db, DbKind};
use sqlx::Row;

async fn exercise(url: &str, kind: DbKind) {
    let db = Db::connect(url).await.expect("connect and migrate");
    assert_eq!(db.kind(), kind);
    db.ping().await.unwrap();
    assert!(texts::published(&db).await.unwrap().is_empty());

    let first = TextOverride {
        lang: "nl".into(),
        id: "start-title".into(),
        source: "start-title = Eerste versie".into(),
    };
    texts::publish(&db, &first, 1).await.unwrap();
    let second = TextOverride {
        source: "start-title = Tweede versie".into(),
        ..first.clone()
    };
    texts::publish(&db, &second, 2).await.unwrap();
    let arabic = TextOverride {
        lang: "ar".into(),
        source: "start-title = نص".into(),
        ..first.clone()
    };
    texts::publish(&db, &arabic, 3).await.unwrap();
    assert_eq!(
        texts::published(&db).await.unwrap(),
        vec![arabic, second.clone()]
    );
    db.close().await;

    // Connecting again re-runs the migrations without harm and keeps the data.
    let again = Db::connect(url).await.expect("reconnect");
    assert!(texts::published(&again).await.unwrap().contains(&second));
    again.close().await;
}

#[tokio::test]
async fn sqlite_creates_migrates_and_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist yet, as on a fresh machine.
    let url = format!("sqlite://{}/data/meldwijzer.db", dir.path().display());
    exercise(&url, DbKind::Sqlite).await;
    assert!(dir.path().join("data/meldwijzer.db").exists());
}

#[tokio::test]
async fn sqlite_is_durable_write_ahead_logged() {
    let (url, _dir) = support::fresh_sqlite();
    let db = Db::connect(&url).await.unwrap();
    let row = sqlx::query("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(row.get::<String, _>(0).to_lowercase(), "wal");
    let row = sqlx::query("PRAGMA synchronous")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(row.get::<i64, _>(0), 2, "synchronous must be FULL (2)");
}

#[tokio::test]
async fn postgres_creates_migrates_and_keeps_data() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    exercise(&url, DbKind::Postgres).await;
}

#[tokio::test]
async fn unknown_database_kinds_are_refused() {
    let err = Db::connect("mysql://localhost/x").await.unwrap_err();
    assert!(err.to_string().contains("sqlite://"), "{err}");
}
