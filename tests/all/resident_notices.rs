//! Change notices of residents signed in with DigiD (issue 19), against the real test
//! provider (`tests/oidc/provider.mjs`): in the identity mode `digid` no step of the
//! notice works without signing in, a notice carries the BSN and name DigiD proved
//! (whatever the form sends), "my notices" shows a resident their own notices and
//! nothing of anyone else's, a draft follows the resident to another device, the mode
//! `digid-or-form` offers both ways, and signing out after sending ends the session.

use crate::support;
use support::{on_each_database, Database};

use axum::http::StatusCode;
use meldwijzer::store::notices::{self, Filter, NoticeRef, Verification};
use support::notices::count;
use support::oidc::{self, Provider, Resident as Browser};
use support::portal::{Options, Portal};
use support::reply::Reply;
use support::resident::Resident;

/// The name the test provider gives resident A.
const NAME_A: &str = "Fatima El Amrani";

/// A portal in identity mode `mode` and the provider it signs in at.
struct Fixture {
    portal: Portal,
    _provider: Provider,
    _dir: tempfile::TempDir,
}

impl Fixture {
    /// `None` when the provider is not installed or PostgreSQL is not configured.
    async fn start(on: Database, mode: &str, edit: fn(String) -> String) -> Option<Fixture> {
        let provider = Provider::start(None).await?;
        let dir = tempfile::tempdir().unwrap();
        let settings = oidc::settings_file(dir.path(), mode, &provider.issuer, 5);
        std::fs::write(&settings, edit(std::fs::read_to_string(&settings).unwrap())).unwrap();
        let options = Options {
            settings: Some(settings),
            digid_client_secret: Some(oidc::CLIENT_SECRET.to_owned()),
            ..Options::staff()
        };
        let portal = match on {
            Database::Sqlite => Portal::sqlite_with(options).await,
            Database::Postgres => Portal::on_with(&support::fresh_postgres().await?, options).await,
        };
        Some(Fixture {
            portal,
            _provider: provider,
            _dir: dir,
        })
    }

    /// A resident's browser signed in as `account`, ready for the notice's pages.
    async fn signed_in(&self, account: &str) -> Resident {
        let mut browser = Browser::new();
        browser.sign_in(&self.portal, account).await;
        let mut resident = browser_on(&self.portal);
        resident
            .headers
            .push(("cookie".into(), browser.cookie_header()));
        resident
    }

    async fn notices(&self) -> i64 {
        count(&self.portal.state.db, "notices").await
    }
}

/// A resident's browser: it asks for pages (a request that does not is answered 401
/// instead of being sent to sign in).
fn browser_on(portal: &Portal) -> Resident {
    let mut resident = Resident::on(portal);
    resident.headers.push(("accept".into(), "text/html".into()));
    resident
}

/// The `<main>` of a page: what differs between two pages, without the per-request
/// nonce of the document around it.
fn main_of(page: &Reply) -> &str {
    let start = page.body.find("<main").expect("a main element");
    let end = page.body.find("</main>").expect("its end");
    &page.body[start..end]
}

fn unchanged(text: String) -> String {
    text
}

/// Fills in a notice (work started, no files) up to "check your answers", posting
/// `bsn` and `name` on the identity step as a forger would.
async fn fill_in(resident: &mut Resident, name: &str, bsn: &str) {
    let page = resident.get("/nl/report/identity").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let identity = [
        ("name", name),
        ("bsn", bsn),
        ("date-of-birth", "1985-04-02"),
        ("partner", "no"),
    ];
    let reply = resident.post("/nl/report/identity", &identity).await;
    assert_eq!(reply.location(), "/nl/report/changes", "{}", reply.body);
    let reply = resident
        .post("/nl/report/changes", &[("kind", "work")])
        .await;
    assert_eq!(reply.location(), "/nl/report/details/work");
    let work = [
        ("event", "started"),
        ("employer", "Bakkerij De Korenschoof"),
        ("hours", "12"),
        ("date", "2026-03-02"),
    ];
    let reply = resident
        .post_files("/nl/report/details/work", &work, &[])
        .await;
    assert_eq!(reply.location(), "/nl/report/check", "{}", reply.body);
}

/// The reference on the confirmation page.
fn reference_on(page: &Reply) -> String {
    support::resident::reference_on(page).expect("a reference on the page")
}

on_each_database!(
    in_digid_mode_no_step_works_without_signing_in,
    a_notice_carries_what_digid_proved_and_is_found_under_my_notices,
    a_second_resident_sees_nothing_of_the_first,
);

async fn in_digid_mode_no_step_works_without_signing_in(on: Database) {
    let Some(f) = Fixture::start(on, "digid", unchanged).await else {
        return;
    };
    // Every way into the notice: each page, each form (with or without a form token),
    // and the resident's own pages. A page goes to the sign-in and comes back to it; a
    // form cannot be replayed after signing in, so it comes back to the first step.
    let pages = [
        "/nl/report/identity",
        "/nl/report/changes",
        "/nl/report/details/work",
        "/nl/report/check",
        "/nl/report/received",
        "/nl/report/receipt",
        "/nl/my-notices",
        "/nl/my-notices/MW-AAAA-BBBB/receipt",
    ];
    let mut resident = browser_on(&f.portal);
    for page in pages {
        let reply = resident.get(page).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{page}: {}",
            reply.body
        );
        let expected = format!(
            "/auth/digid/start?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("return", page)
                .finish()
        );
        assert_eq!(reply.location(), expected, "{page}");
    }
    let forms: [(&str, &[(&str, &str)]); 6] = [
        (
            "/nl/report/identity",
            &[
                ("name", "A. Forger"),
                ("bsn", oidc::BSN_A),
                ("date-of-birth", "1985-04-02"),
                ("partner", "no"),
            ],
        ),
        ("/nl/report/changes", &[("kind", "work")]),
        ("/nl/report/details/work/remove-file", &[("file", "x")]),
        ("/nl/report/submit", &[("declaration", "yes")]),
        ("/nl/report/new", &[]),
        ("/nl/report/details/work", &[("event", "started")]),
    ];
    for (path, fields) in forms {
        let reply = resident.post(path, fields).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{path}: {}",
            reply.body
        );
        assert_eq!(
            reply.location(),
            "/auth/digid/start?return=%2Fnl%2Freport%2Fidentity",
            "{path}"
        );
    }
    let multipart = resident
        .post_files("/nl/report/details/work", &[("event", "started")], &[])
        .await;
    assert_eq!(multipart.status, StatusCode::SEE_OTHER);
    assert_eq!(f.notices().await, 0, "nothing was sent");
    assert_eq!(
        count(&f.portal.state.db, "notice_drafts").await,
        0,
        "or kept"
    );

    // The report's start page says so, and links "my notices".
    let start = f.portal.get("/nl/report", &[]).await;
    assert!(
        start.body.contains("id=\"digid-required\""),
        "{}",
        start.body
    );
    assert!(start.body.contains("href=\"/nl/my-notices\""));
}

async fn a_notice_carries_what_digid_proved_and_is_found_under_my_notices(on: Database) {
    let Some(f) = Fixture::start(on, "digid", unchanged).await else {
        return;
    };
    let mut resident = f.signed_in(oidc::RESIDENT_A).await;
    let page = resident.get("/nl/report/identity").await;
    assert!(page.body.contains("id=\"digid-proof\""), "{}", page.body);
    assert!(page.body.contains("******333"), "the BSN, masked");
    assert!(page.body.contains(NAME_A));
    assert!(!page.body.contains(oidc::BSN_A), "never the whole BSN");
    for field in ["name=\"bsn\"", "name=\"name\""] {
        assert!(!page.body.contains(field), "no {field}: DigiD proved it");
    }
    // Whatever a forged form sends, the notice carries what DigiD proved.
    fill_in(&mut resident, "Someone Else", oidc::BSN_B).await;
    let reply = resident
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(reply.location(), "/nl/report/received", "{}", reply.body);
    let received = resident.get("/nl/report/received").await;
    let reference = reference_on(&received);
    assert!(received.body.contains("id=\"my-notices-link\""));

    let db = &f.portal.state.db;
    let keys = &f.portal.state.data_keys;
    let staff = support::notices::caseworker(db).await;
    let notice = notices::open(db, keys, NoticeRef::Reference(&reference), staff, 1)
        .await
        .unwrap()
        .unwrap();
    use meldwijzer::config::residents::AssuranceLevel;
    assert_eq!(
        notice.summary.verification,
        Verification::Digid(AssuranceLevel::Substantieel)
    );
    assert_eq!(notice.content["identity"]["bsn"], oidc::BSN_A);
    assert_eq!(notice.content["identity"]["name"], NAME_A);
    assert_eq!(
        notice.content["identity_verification"]["level"],
        "substantieel"
    );
    let listing = notices::list(db, &Filter::default(), 10, 0).await.unwrap();
    assert_eq!(
        listing.notices[0].verification,
        Verification::Digid(AssuranceLevel::Substantieel)
    );

    // Under "my notices", with its status; and its receipt again.
    let mine = resident.get("/nl/my-notices").await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.body);
    assert!(
        mine.body
            .contains("<meta name=\"description\" content=\"Bekijk "),
        "a description of the page"
    );
    assert_eq!(
        mine.header_value(axum::http::header::CACHE_CONTROL),
        Some("no-store"),
        "never kept by a shared computer's browser"
    );
    assert!(mine.body.contains(&reference));
    assert!(mine.body.contains("Ontvangen"), "{}", mine.body);
    assert!(!mine.body.contains(oidc::BSN_A));
    let receipt = resident
        .get(&format!("/nl/my-notices/{reference}/receipt"))
        .await;
    assert_eq!(receipt.status, StatusCode::OK);
    assert!(receipt.body.contains(&reference));
    assert!(receipt.body.contains("Bakkerij De Korenschoof"));
    assert!(receipt.body.contains("******333") && !receipt.body.contains(oidc::BSN_A));

    // A case worker asks for more: the resident sees it, with its date, not the note.
    let id = notice.summary.id;
    let status = notices::Status::NeedsInformation;
    notices::set_status(db, keys, id, status, Some("bel werkgever"), staff, 2)
        .await
        .unwrap();
    let mine = resident.get("/nl/my-notices").await;
    assert!(
        mine.body.contains("Wij hebben meer informatie nodig"),
        "{}",
        mine.body
    );
    assert!(!mine.body.contains("bel werkgever"));
}

async fn a_second_resident_sees_nothing_of_the_first(on: Database) {
    let Some(f) = Fixture::start(on, "digid", unchanged).await else {
        return;
    };
    let mut first = f.signed_in(oidc::RESIDENT_A).await;
    fill_in(&mut first, NAME_A, oidc::BSN_A).await;
    first
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    let reference = reference_on(&first.get("/nl/report/received").await);

    let mut second = f.signed_in(oidc::RESIDENT_B).await;
    let list = second.get("/nl/my-notices").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("id=\"my-notices-none\""),
        "{}",
        list.body
    );
    assert!(!list.body.contains(&reference));
    // By reference, the first resident's notice is the same "not found" as one that
    // does not exist, and a guess is no better.
    let theirs = second
        .get(&format!("/nl/my-notices/{reference}/receipt"))
        .await;
    let nobody = second.get("/nl/my-notices/MW-ZZZZ-ZZZZ/receipt").await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    assert_eq!(main_of(&theirs), main_of(&nobody), "the same page");
    assert!(!theirs.body.contains("Bakkerij"));
    // The second resident's notice flow starts empty: the first one's draft (sent)
    // and answers are not theirs.
    let check = second.get("/nl/report/check").await;
    assert_eq!(
        check.location(),
        "/nl/report/identity",
        "no draft of theirs"
    );
    let identity = second.get("/nl/report/identity").await;
    assert!(identity.body.contains("******782"), "{}", identity.body);
}

#[tokio::test]
async fn a_draft_follows_the_resident_to_another_device() {
    let Some(f) = Fixture::start(Database::Sqlite, "digid", unchanged).await else {
        return;
    };
    let mut phone = f.signed_in(oidc::RESIDENT_A).await;
    fill_in(&mut phone, NAME_A, oidc::BSN_A).await;
    // The same resident signs in on a laptop: the notice is there, ready to check.
    let mut laptop = f.signed_in(oidc::RESIDENT_A).await;
    let check = laptop.get("/nl/report/check").await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.body);
    assert!(
        check.body.contains("Bakkerij De Korenschoof"),
        "{}",
        check.body
    );
    let reply = laptop
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(reply.location(), "/nl/report/received", "{}", reply.body);
    assert_eq!(f.notices().await, 1);
    // The phone, still on the old page, sends the same draft: no second notice.
    let again = phone
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(again.location(), "/nl/report/received");
    assert_eq!(f.notices().await, 1);
}

#[tokio::test]
async fn digid_or_form_offers_both_and_records_which() {
    let Some(f) = Fixture::start(Database::Sqlite, "digid-or-form", unchanged).await else {
        return;
    };
    // Without signing in: typed, as before, with the offer to sign in.
    let mut typed = browser_on(&f.portal);
    let page = typed.get("/nl/report/identity").await;
    assert!(page.body.contains("id=\"digid-offer\""), "{}", page.body);
    assert!(page.body.contains("name=\"bsn\""));
    fill_in(&mut typed, "Jan Jansen", oidc::BSN_B).await;
    typed
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    let typed_reference = reference_on(&typed.get("/nl/report/received").await);
    // Signed in: proven.
    let mut proven = f.signed_in(oidc::RESIDENT_B).await;
    fill_in(&mut proven, "ignored", "000000000").await;
    proven
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    let proven_reference = reference_on(&proven.get("/nl/report/received").await);

    let db = &f.portal.state.db;
    let listing = notices::list(db, &Filter::default(), 10, 0).await.unwrap();
    let method = |reference: &str| {
        listing
            .notices
            .iter()
            .find(|n| n.reference == reference)
            .unwrap()
            .verification
    };
    assert_eq!(method(&typed_reference), Verification::Typed);
    assert!(matches!(method(&proven_reference), Verification::Digid(_)));
    // Resident B's "my notices" has the proven one only: typing someone's BSN does
    // not make a notice theirs.
    let mine = proven.get("/nl/my-notices").await;
    assert!(mine.body.contains(&proven_reference));
    assert!(!mine.body.contains(&typed_reference));
}

#[tokio::test]
async fn signing_out_after_sending_ends_the_session_and_shows_the_reference() {
    let Some(f) = Fixture::start(Database::Sqlite, "digid", |text| {
        text.replace(
            "sign_out_after_sending = false",
            "sign_out_after_sending = true",
        )
    })
    .await
    else {
        return;
    };
    let mut resident = f.signed_in(oidc::RESIDENT_A).await;
    fill_in(&mut resident, NAME_A, oidc::BSN_A).await;
    let sent = resident
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(f.notices().await, 1);
    assert!(
        sent.set_cookie(oidc::SESSION)
            .is_some_and(|c| c.contains("Max-Age=0")),
        "the session cookie is removed"
    );
    assert_eq!(
        meldwijzer::store::residents::count_sessions(&f.portal.state.db)
            .await
            .unwrap(),
        0,
        "and the session ended"
    );
    // The provider's sign-out sends the browser back to the confirmation, which the
    // sent-cookie fills in with the reference only.
    let sent_cookie = sent
        .cookie("__Host-mw_sent")
        .expect("the reference's cookie");
    let page = f
        .portal
        .get(
            "/nl/report/sent",
            &[("cookie", &format!("__Host-mw_sent={sent_cookie}"))],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("id=\"signed-out\""));
    let reference = reference_on(&page);
    assert!(sent_cookie.starts_with(&reference));
    assert!(
        !page.body.contains("Bakkerij"),
        "no answers after signing out"
    );
    // The old session cookie opens nothing any more.
    let after = resident.get("/nl/my-notices").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
}
