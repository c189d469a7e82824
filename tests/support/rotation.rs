//! A database with one of everything that is sealed, for the key-rotation tests:
//! notices (typed, and sent while signed in, with an owner index), attachments of one
//! and several chunks, notes in their history, a browser's draft with a file, two
//! drafts of signed-in residents (one whose BSN is in the draft, one whose BSN only a
//! session of theirs holds), a resident session and a sign-in on its way. [`verify`]
//! reads every one of them back.

use meldwijzer::auth::resident::VerifiedIdentity;
use meldwijzer::config::residents::AssuranceLevel;
use meldwijzer::domain::notice::Bsn;
use meldwijzer::store::crypto::DataKeys;
use meldwijzer::store::notices::{self, NoticeRef, Status, Verification};
use meldwijzer::store::residents::{self, PendingSignIn, ResidentSessionRow, SignInSecrets};
use meldwijzer::store::{drafts, Db};

pub const T0: i64 = 1_800_000_000;
const FAR: i64 = T0 + 10_000_000;

/// The resident who signed in and sent notices, with a draft that holds their BSN.
pub const OWNER_BSN: &str = "111222333";
/// A signed-in resident whose draft has no identity yet; a session of theirs has it.
pub const SESSION_BSN: &str = "123456782";

/// What [`fill`] stored, to check against.
pub struct Filled {
    /// (notice id, idempotency key, owned by [`OWNER_BSN`], has a note).
    pub notices: Vec<(i64, String, bool, bool)>,
    pub big_file: Vec<u8>,
    pub browser_draft: String,
    pub browser_file: (String, Vec<u8>),
    pub owner_file: Vec<u8>,
    pub session_hash: String,
    pub sign_in_hash: String,
}

/// A file of `len` bytes that differs per `seed`.
pub fn bytes(seed: u8, len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

fn draft_doc(bsn: Option<&str>) -> Vec<u8> {
    let identity = match bsn {
        Some(bsn) => serde_json::json!([["bsn", bsn], ["name", "J. Jansen"]]),
        None => serde_json::json!([]),
    };
    serde_json::to_vec(&serde_json::json!({
        "identity": identity,
        "kinds": ["income"],
        "idempotency_key": format!("draft-{}", bsn.unwrap_or("none")),
    }))
    .unwrap()
}

/// Stores `count` notices (every third sent signed in, every fourth with a note) and
/// the rest, all sealed with `keys`.
pub async fn fill(db: &Db, keys: &DataKeys, staff: i64, count: usize) -> Filled {
    let mut filled_notices = Vec::new();
    let big_file = bytes(7, 600_000);
    for i in 0..count {
        let key = format!("rot-{i}");
        let mut notice = super::notices::sample(&format!("MW-ROT-{i}"), &key);
        let owned = i % 3 == 0;
        if owned {
            notice.verification = Verification::Digid(AssuranceLevel::Substantieel);
            notice.owner_index = Some(keys.owner_index(OWNER_BSN));
            notice.content_json["identity"] = serde_json::json!({ "bsn": OWNER_BSN });
        }
        if i == 1 {
            // Three chunks.
            notice.attachments[0].bytes = big_file.clone();
        }
        notices::submit(db, keys, &notice, T0).await.unwrap();
        let id: i64 = sqlx::query_scalar("SELECT id FROM notices WHERE reference = $1")
            .bind(&notice.reference)
            .fetch_one(db.pool())
            .await
            .unwrap();
        let noted = i % 4 == 0;
        if noted {
            let note = format!("Gebeld met mevrouw Jansen over {key}");
            assert!(
                notices::set_status(db, keys, id, Status::InProgress, Some(&note), staff, T0)
                    .await
                    .unwrap()
            );
        }
        filled_notices.push((id, key, owned, noted));
    }
    let browser_draft = "b".repeat(64);
    drafts::save(
        db,
        keys,
        &browser_draft,
        &draft_doc(Some("999999990")),
        None,
        T0,
        FAR,
    )
    .await
    .unwrap()
    .unwrap();
    let browser_bytes = bytes(3, 300_000);
    let browser_file = drafts::add_file(
        db,
        keys,
        &browser_draft,
        "application/pdf",
        "loonstrook.pdf",
        &browser_bytes,
        T0,
    )
    .await
    .unwrap();
    let owner_draft = format!("resident:{}", keys.owner_index(OWNER_BSN));
    drafts::save(
        db,
        keys,
        &owner_draft,
        &draft_doc(Some(OWNER_BSN)),
        None,
        T0,
        FAR,
    )
    .await
    .unwrap()
    .unwrap();
    let owner_file = bytes(5, 270_000);
    drafts::add_file(
        db,
        keys,
        &owner_draft,
        "image/png",
        "foto.png",
        &owner_file,
        T0,
    )
    .await
    .unwrap();
    let session_draft = format!("resident:{}", keys.owner_index(SESSION_BSN));
    drafts::save(db, keys, &session_draft, &draft_doc(None), None, T0, FAR)
        .await
        .unwrap()
        .unwrap();
    let session_hash = "s".repeat(64);
    let session = ResidentSessionRow {
        token_hash: session_hash.clone(),
        csrf_token: "csrf".into(),
        identity: VerifiedIdentity {
            bsn: Bsn::parse(SESSION_BSN).unwrap(),
            name: Some("P. de Vries".into()),
            level: AssuranceLevel::Substantieel,
        },
        id_token: "header.payload.signature".into(),
        lang: "nl".into(),
        created_at: T0,
        last_seen_at: T0,
        expires_at: FAR,
    };
    residents::start_session(db, keys, &session, 1_000_000, None)
        .await
        .unwrap();
    let sign_in_hash = "i".repeat(64);
    let pending = PendingSignIn {
        state_hash: sign_in_hash.clone(),
        browser_hash: "w".repeat(64),
        secrets: SignInSecrets {
            nonce: "nonce-123".into(),
            pkce_verifier: "verifier-456".into(),
        },
        return_to: "/nl/melden".into(),
        created_at: T0,
        expires_at: FAR,
    };
    residents::insert_sign_in(db, keys, &pending).await.unwrap();
    Filled {
        notices: filled_notices,
        big_file,
        browser_draft,
        browser_file: (browser_file, browser_bytes),
        owner_file,
        session_hash,
        sign_in_hash,
    }
}

/// Reads back everything [`fill`] stored, with `keys`; `take_sign_in` only when
/// `last` (it removes the sign-in).
pub async fn verify(db: &Db, keys: &DataKeys, filled: &Filled, staff: i64, last: bool) {
    for (id, key, _, noted) in &filled.notices {
        let notice = notices::open(db, keys, NoticeRef::Id(*id), staff, T0)
            .await
            .unwrap_or_else(|e| panic!("notice {key}: {e}"))
            .unwrap();
        assert_eq!(notice.content["form"], key.as_str());
        if *noted {
            let note = notice.events.iter().find_map(|e| e.note.clone());
            assert_eq!(
                note.unwrap(),
                format!("Gebeld met mevrouw Jansen over {key}")
            );
        }
        for info in &notice.attachments {
            let file = notices::attachment(db, keys, *id, info.id, staff, T0)
                .await
                .unwrap()
                .unwrap();
            let expected = if key == "rot-1" {
                filled.big_file.clone()
            } else {
                super::notices::payslip(key)
            };
            assert!(file.bytes == expected, "attachment of {key}");
            assert_eq!(file.info.original_name, super::notices::FILE_NAME);
        }
    }
    let owned = notices::owned_by(db, keys, OWNER_BSN).await.unwrap();
    let expected = filled.notices.iter().filter(|n| n.2).count();
    assert_eq!(owned.len(), expected, "my notices finds every own notice");
    let (content, _) = drafts::load(db, keys, &filled.browser_draft, T0)
        .await
        .unwrap()
        .expect("the browser's draft");
    assert_eq!(content, draft_doc(Some("999999990")));
    let (file_id, file_bytes) = &filled.browser_file;
    let read = drafts::file_bytes(db, keys, &filled.browser_draft, file_id)
        .await
        .unwrap();
    assert!(&read == file_bytes, "the browser draft's file");
    // A signed-in resident's draft: under their index of one of the keys (half-way,
    // it may not have moved yet; with one key, under that key's index).
    let (owner_draft, content) = resident_draft(db, keys, OWNER_BSN).await;
    assert_eq!(content, draft_doc(Some(OWNER_BSN)));
    let files = drafts::files(db, keys, &owner_draft).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].name, "foto.png");
    let read = drafts::file_bytes(db, keys, &owner_draft, &files[0].id)
        .await
        .unwrap();
    assert!(read == filled.owner_file, "the resident draft's file");
    let (_, content) = resident_draft(db, keys, SESSION_BSN).await;
    assert_eq!(content, draft_doc(None));
    let session = residents::session(db, keys, &filled.session_hash)
        .await
        .unwrap()
        .expect("the resident session");
    assert_eq!(session.identity.bsn.full_number(), SESSION_BSN);
    assert_eq!(session.id_token, "header.payload.signature");
    if last {
        let pending = residents::take_sign_in(db, keys, &filled.sign_in_hash, T0)
            .await
            .unwrap()
            .expect("the sign-in on its way");
        assert_eq!(pending.secrets.pkce_verifier, "verifier-456");
    }
}

/// The draft of the signed-in resident with `bsn`: its id and content.
async fn resident_draft(db: &Db, keys: &DataKeys, bsn: &str) -> (String, Vec<u8>) {
    for index in keys.owner_indexes(bsn) {
        let id = format!("resident:{index}");
        if let Some((content, _)) = drafts::load(db, keys, &id, T0).await.unwrap() {
            return (id, content);
        }
    }
    panic!("no draft of the signed-in resident {bsn}");
}

/// The BSN of a stored draft, as the command finds it.
pub fn draft_bsn(content: &[u8]) -> Option<String> {
    meldwijzer::server::rotate_key::draft_bsn(content)
}
