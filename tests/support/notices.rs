//! Change notices for the storage tests: a notice full of personal data, and the
//! databases to store it in.

use meldwijzer::auth::Role;
use meldwijzer::store::crypto::{DataKeys, DEFAULT_KEY_ID};
use meldwijzer::store::notices::{NewAttachment, NewNotice, Verification};
use meldwijzer::store::staff::{self, NewAccount};
use meldwijzer::store::Db;
use sqlx::Row;
use std::sync::Arc;

/// The notice store on a fresh database, without a server: the database, the data
/// keys and a case worker to act as. Shared by the store and the job tests.
pub struct Store {
    pub db: Db,
    pub keys: Arc<DataKeys>,
    pub url: String,
    /// A caseworker's account id.
    pub staff: i64,
    /// The directory of a SQLite database.
    pub dir: Option<tempfile::TempDir>,
}

impl Store {
    pub async fn sqlite() -> Store {
        let (url, dir) = super::fresh_sqlite();
        Store::on(url, Some(dir)).await
    }

    pub async fn postgres() -> Option<Store> {
        let url = super::fresh_postgres().await?;
        Some(Store::on(url, None).await)
    }

    async fn on(url: String, dir: Option<tempfile::TempDir>) -> Store {
        let db = Db::connect(&url).await.expect("connect and migrate");
        let staff = caseworker(&db).await;
        Store {
            db,
            keys: Arc::new(keys()),
            url,
            staff,
            dir,
        }
    }
}

/// Personal data stored in every sample notice; none of it may appear in the database
/// in plain text.
pub const BSN: &str = "123456782";
pub const NAME: &str = "Jansen-Oudewater";
pub const STREET: &str = "Kerkstraat 17";
pub const IBAN: &str = "NL91ABNA0417164300";
pub const FILE_NAME: &str = "loonstrook-maart-Jansen-Oudewater.pdf";
pub const PAYSLIP_TEXT: &str = "Loonstrook maart, netto 1234,56";

/// Every string above, to search the raw bytes of the database for.
pub const PERSONAL: [&str; 6] = [BSN, NAME, STREET, IBAN, FILE_NAME, PAYSLIP_TEXT];

/// A payslip: readable text and every byte value, about 20 KB; `form` makes it unique.
pub fn payslip(form: &str) -> Vec<u8> {
    let mut bytes = format!("%PDF-1.7 {PAYSLIP_TEXT} {NAME} {BSN} {form}\n").into_bytes();
    bytes.extend((0..=255u8).cycle().take(20_000));
    bytes
}

/// A notice with a BSN, a name, an address, income and one payslip. Like a real form,
/// its content depends on what was entered (here: the form's idempotency key), not on
/// the reference the request was given.
pub fn sample(reference: &str, idempotency_key: &str) -> NewNotice {
    NewNotice {
        verification: Verification::Typed,
        owner_index: None,
        reference: reference.to_owned(),
        idempotency_key: idempotency_key.to_owned(),
        lang: "nl".into(),
        change_kinds: vec!["income".into(), "address".into()],
        content_json: serde_json::json!({
            "bsn": BSN,
            "name": { "initials": "J.", "surname": NAME },
            "address": { "street": STREET, "postcode": "8331 AB", "city": "Steenwijk" },
            "income": { "employer": "Bakkerij De Korenschoof", "net_cents": 123456, "iban": IBAN },
            "form": idempotency_key,
            "remarks": "Vanaf 1 maart werk ik 20 uur per week. Ünïcödé: ✓ عربى",
        }),
        attachments: vec![NewAttachment {
            content_type: "application/pdf".into(),
            original_name: FILE_NAME.into(),
            bytes: payslip(idempotency_key),
        }],
    }
}

/// The data keys of the tests (the same fixed key as the server's in the tests).
pub fn keys() -> DataKeys {
    DataKeys::new(DEFAULT_KEY_ID, &super::test_data_key())
}

/// A caseworker account, to act as staff.
pub async fn caseworker(db: &Db) -> i64 {
    let new = NewAccount {
        email: "behandelaar@example.nl",
        display_name: "B. Handelaar",
        password_hash: "$argon2id$not-used-here",
        role: Role::Caseworker,
    };
    staff::create_account(db, &new, None, 1).await.unwrap().id
}

/// How many rows `table` has.
pub async fn count(db: &Db, table: &str) -> i64 {
    sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
        .fetch_one(db.pool())
        .await
        .unwrap()
        .get("n")
}
