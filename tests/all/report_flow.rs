//! The resident's change notice through the router, without a network: every step with
//! its draft cookie and form token, files, check your answers, the declaration, the
//! receipt; double submissions; and the bad-input suite (wrong numbers and dates,
//! missing fields, a 50 MB file, an executable named `.pdf`, script and SQL in every
//! text field, forged and token-less posts, the submission limit).

use crate::support;

use axum::body::Body;
use axum::http::{header, StatusCode};
use meldwijzer::auth::rate_limit::LimitPolicy;
use meldwijzer::server::router;
use meldwijzer::store::{drafts, notices};
use proptest::prelude::*;
use sqlx::Row;
use std::sync::Arc;
use support::portal::{form_body, Options, Portal};
use support::reply::Reply;
use support::resident::{multipart_body, Resident, BOUNDARY, IBAN, PNG};
use time::macros::date;

const BSN: &str = support::resident::BSN;
const PARTNER_BSN: &str = support::resident::PARTNER_BSN;

/// A portal (one instance) on a fresh database, on the day these tests are set.
async fn portal() -> Portal {
    Portal::sqlite_with(Options::on(date!(2026 - 03 - 10))).await
}

/// A portal (one instance) on the database at `url`, on the day these tests are set.
async fn portal_on(url: &str) -> Portal {
    Portal::on_with(url, Options::on(date!(2026 - 03 - 10))).await
}

impl Resident {
    /// A multipart `body` sent in pieces of `piece` bytes, as a network delivers it.
    async fn post_in_pieces(&mut self, path: &str, body: &[u8], piece: usize) -> Reply {
        let pieces: Vec<Result<axum::body::Bytes, std::io::Error>> = body
            .chunks(piece)
            .map(|p| Ok(axum::body::Bytes::copy_from_slice(p)))
            .collect();
        let body = Body::from_stream(futures_util::StreamExt::then(
            futures_util::stream::iter(pieces),
            // Each piece after a pause, as from a network: the reader takes what is
            // there at once, so pieces that are all ready arrive as one.
            |piece| async {
                tokio::task::yield_now().await;
                piece
            },
        ));
        self.post_multipart(path, body).await
    }

    /// A multipart post whose text field `description` holds `raw` bytes as sent.
    async fn post_raw_text_field(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        raw: &[u8],
    ) -> Reply {
        let csrf = self.csrf.clone();
        let mut all = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        all.push(("description", "\u{1}RAW\u{1}"));
        let body = multipart_body(&all, &[]);
        let at = body
            .windows(5)
            .position(|w| w == "\u{1}RAW\u{1}".as_bytes())
            .unwrap();
        let body = [&body[..at], raw, &body[at + 5..]].concat();
        self.post_multipart(path, body).await
    }
}

impl Portal {
    /// A case worker's account id, for the store functions that audit who read what.
    async fn caseworker(&self) -> i64 {
        let email = format!("{}@gemeente.example", support::unique("cw"));
        let new = meldwijzer::store::staff::NewAccount {
            email: &email,
            display_name: "Casus Medewerker",
            password_hash: "not-used-here",
            role: meldwijzer::auth::Role::Caseworker,
        };
        meldwijzer::store::staff::create_account(&self.state.db, &new, None, 0)
            .await
            .unwrap()
            .id
    }

    async fn notice_count(&self) -> i64 {
        notices::list(&self.state.db, &notices::Filter::default(), 10, 0)
            .await
            .unwrap()
            .total
    }
}

fn identity_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Fatima El Amrani"),
        ("bsn", BSN),
        ("date-of-birth", "1985-04-02"),
        ("phone", "06 12345678"),
        ("email", ""),
        ("partner", "yes"),
        ("partner-name", "Youssef El Amrani"),
        ("partner-bsn", PARTNER_BSN),
        ("partner-date-of-birth", "1983-11-20"),
    ]
}

fn work_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("event", "started"),
        ("employer", "Bakkerij De Korenbloem"),
        ("hours", "12"),
        ("date", "2026-03-02"),
        ("end-date", ""),
        ("income", "850,00"),
    ]
}

/// Walks a resident to the check page with work (and a payslip photo) and a new bank
/// account.
async fn fill_in(portal: &Portal, lang: &str) -> Resident {
    let mut r = Resident::on(portal);
    let page = r.get(&format!("/{lang}/report/identity")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");
    assert!(r.cookie.is_some(), "the first page sets the draft cookie");
    let reply = r
        .post(&format!("/{lang}/report/identity"), &identity_fields())
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), format!("/{lang}/report/changes"));
    r.get(&format!("/{lang}/report/changes")).await;
    let reply = r
        .post(
            &format!("/{lang}/report/changes"),
            &[("kind", "work"), ("kind", "bank-account")],
        )
        .await;
    assert_eq!(reply.location(), format!("/{lang}/report/details/work"));
    let page = r.get(&format!("/{lang}/report/details/work")).await;
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    let reply = r
        .post_files(
            &format!("/{lang}/report/details/work"),
            &work_fields(),
            &[("loonstrook maart.png", PNG)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(
        reply.location(),
        format!("/{lang}/report/details/bank-account")
    );
    r.get(&format!("/{lang}/report/details/bank-account")).await;
    let reply = r
        .post_files(
            &format!("/{lang}/report/details/bank-account"),
            &[("iban", "nl91 abna 0417 1643 00"), ("date", "2026-03-01")],
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), format!("/{lang}/report/check"));
    r
}

#[tokio::test]
async fn a_notice_goes_from_the_first_step_to_the_receipt_in_dutch_and_arabic() {
    let portal = portal().await;
    for lang in ["nl", "ar"] {
        let mut r = fill_in(&portal, lang).await;
        let check = r.get(&format!("/{lang}/report/check")).await;
        assert_eq!(check.status, StatusCode::OK);
        for shown in [
            "Fatima El Amrani",
            BSN,
            "Bakkerij De Korenbloem",
            "loonstrook maart.png",
        ] {
            assert!(
                check.body.contains(shown),
                "{lang}: check page lacks {shown}"
            );
        }
        assert!(check.body.contains(&format!(
            "href=\"/{lang}/report/details/work?return=check\""
        )));
        if lang == "ar" {
            assert!(check.body.contains("dir=\"rtl\""));
        } else {
            assert!(
                check.body.contains("2 maart 2026"),
                "dates in the reader's language"
            );
        }

        // Without the declaration: the same page, the summary linking to the box.
        let reply = r.post(&format!("/{lang}/report/submit"), &[]).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.body.contains("href=\"#f-declaration\""));
        assert!(reply.body.contains("class=\"error-summary\""));
        let before = portal.notice_count().await;

        let reply = r
            .post(&format!("/{lang}/report/submit"), &[("declaration", "yes")])
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        assert_eq!(reply.location(), format!("/{lang}/report/received"));
        assert_eq!(
            portal.notice_count().await,
            before + 1,
            "stored before the receipt"
        );

        // A double click and a refresh find the same notice.
        let again = r
            .post(&format!("/{lang}/report/submit"), &[("declaration", "yes")])
            .await;
        assert_eq!(again.location(), format!("/{lang}/report/received"));
        assert_eq!(portal.notice_count().await, before + 1, "no second notice");

        let received = r.get(&format!("/{lang}/report/received")).await;
        assert_eq!(received.status, StatusCode::OK);
        let reference = received
            .body
            .split("id=\"reference\"")
            .nth(1)
            .and_then(|rest| rest.split('>').nth(1))
            .and_then(|rest| rest.split('<').next())
            .unwrap_or_else(|| panic!("a reference on the confirmation: {}", received.body))
            .to_owned();
        assert!(
            meldwijzer::domain::notice::Reference::parse(&reference).is_ok(),
            "{reference}"
        );
        assert!(!received.body.contains(BSN), "the receipt masks the BSN");
        assert!(received.body.contains("*****2333") || received.body.contains("******333"));
        assert!(!received.body.contains(IBAN), "the receipt masks the IBAN");

        let receipt = r.get(&format!("/{lang}/report/receipt")).await;
        assert_eq!(
            receipt.header(header::CONTENT_TYPE),
            "text/plain; charset=utf-8"
        );
        assert!(receipt
            .header(header::CONTENT_DISPOSITION)
            .starts_with("attachment"));
        assert!(receipt.body.contains(&reference));
        assert!(receipt.body.contains("Bakkerij De Korenbloem"));
        assert!(!receipt.body.contains(BSN));

        // The stored notice holds everything, the attachment with its exact bytes.
        let notice = notices::open(
            &portal.state.db,
            &portal.state.data_keys,
            notices::NoticeRef::Reference(&reference),
            portal.caseworker().await,
            0,
        )
        .await
        .unwrap()
        .expect("the notice is stored under the reference shown");
        assert_eq!(notice.summary.lang, lang);
        assert_eq!(notice.summary.change_kinds, vec!["work", "bank-account"]);
        assert_eq!(notice.content["identity"]["bsn"], BSN);
        assert_eq!(notice.content["identity"]["partner-bsn"], PARTNER_BSN);
        assert_eq!(notice.content["changes"][1]["fields"]["iban"], IBAN);
        assert_eq!(notice.attachments.len(), 1);
        let attachment = notices::attachment(
            &portal.state.db,
            &portal.state.data_keys,
            notice.summary.id,
            notice.attachments[0].id,
            portal.caseworker().await,
            0,
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(attachment.bytes, PNG);
        assert_eq!(attachment.info.content_type, "image/png");

        // After sending, the steps lead to the receipt; "another change" starts afresh.
        let step = r.get(&format!("/{lang}/report/identity")).await;
        assert_eq!(step.location(), format!("/{lang}/report/received"));
        let reply = r.post(&format!("/{lang}/report/new"), &[]).await;
        assert_eq!(reply.location(), format!("/{lang}/report/identity"));
        assert!(r.cookie.is_none(), "the draft cookie is cleared");
    }
}

#[tokio::test]
async fn going_back_keeps_what_was_typed_and_the_check_page_links_back() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let page = r.get("/nl/report/identity?return=check").await;
    assert!(page.body.contains("value=\"Fatima El Amrani\""));
    assert!(page.body.contains("name=\"_return\" value=\"check\""));
    let work = r.get("/nl/report/details/work").await;
    assert!(work.body.contains("value=\"Bakkerij De Korenbloem\""));
    assert!(
        work.body.contains("loonstrook maart.png"),
        "the file is listed"
    );
    // Changing the name from the check page returns there.
    let mut fields = identity_fields();
    fields[0] = ("name", "Fatima El-Amrani");
    fields.push(("_return", "check"));
    let reply = r.post("/nl/report/identity", &fields).await;
    assert_eq!(reply.location(), "/nl/report/check");
    let check = r.get("/nl/report/check").await;
    assert!(check.body.contains("Fatima El-Amrani"));

    // "Stop and erase" on a shared computer: the draft and its file are gone at once.
    let mut erased = fill_in(&portal, "nl").await;
    let (drafts_before, files_before) = drafts::count(&portal.state.db).await.unwrap();
    let check = erased.get("/nl/report/check").await;
    assert!(check.body.contains("action=\"/nl/report/new\""));
    let reply = erased.post("/nl/report/new", &[]).await;
    assert_eq!(reply.location(), "/nl/report/identity");
    assert!(erased.cookie.is_none());
    assert_eq!(
        drafts::count(&portal.state.db).await.unwrap(),
        (drafts_before - 1, files_before - 1)
    );

    // A new browser (another cookie) does not see this draft; the same cookie does,
    // until the draft expires.
    let mut stranger = Resident::on(&portal);
    let page = stranger.get("/nl/report/identity").await;
    assert!(!page.body.contains("Amrani"));
    let (drafts_before, files_before) = drafts::count(&portal.state.db).await.unwrap();
    assert!(drafts_before >= 1 && files_before == 1);
    let far = time::OffsetDateTime::now_utc().unix_timestamp() + 25 * 3600;
    let removed = drafts::delete_expired(&portal.state.db, far).await.unwrap();
    assert!(removed >= 1);
    assert_eq!(drafts::count(&portal.state.db).await.unwrap(), (0, 0));
    let page = r.get("/nl/report/identity").await;
    assert!(!page.body.contains("Amrani"), "an expired draft is gone");
}

#[tokio::test]
async fn self_check_outcomes_preselect_the_changes() {
    let portal = portal().await;
    let mut r = Resident::on(&portal);
    let start = r
        .get("/nl/report?change=report-job-started&change=report-trip-within-limit&change=bogus")
        .await;
    assert!(
        start.body.contains(
            "/nl/report/identity?change=report-job-started&amp;change=report-trip-within-limit\""
        ),
        "{}",
        start.body
    );
    let page = r
        .get("/nl/report/identity?change=report-job-started&change=report-trip-within-limit")
        .await;
    assert!(page
        .body
        .contains("name=\"_change\" value=\"report-job-started\""));
    let mut fields = identity_fields();
    fields.push(("_change", "report-job-started"));
    fields.push(("_change", "report-trip-within-limit"));
    r.post("/nl/report/identity", &fields).await;
    let changes = r.get("/nl/report/changes").await;
    for kind in ["work", "travel"] {
        let input = format!("id=\"f-kind-{kind}\" name=\"kind\" value=\"{kind}\" checked");
        assert!(changes.body.contains(&input), "{kind} is ticked");
    }
    assert!(!changes.body.contains("value=\"vehicle\" checked"));
}

/// Issue 12: outcomes that used to fall to "something else" pre-select a kind whose
/// questions fit them.
#[tokio::test]
async fn self_check_outcomes_preselect_their_own_kind_not_something_else() {
    let portal = portal().await;
    let mut r = Resident::on(&portal);
    let outcomes = [
        "report-child-turns-age",
        "report-institution-stay",
        "report-vehicle-sold",
        "report-education",
        "report-community-service",
    ];
    let mut fields = identity_fields();
    for outcome in outcomes {
        fields.push(("_change", outcome));
    }
    r.get("/nl/report/identity").await;
    r.post("/nl/report/identity", &fields).await;
    let changes = r.get("/nl/report/changes").await;
    for kind in ["household", "stay", "vehicle", "education", "justice"] {
        let input = format!("id=\"f-kind-{kind}\" name=\"kind\" value=\"{kind}\" checked");
        assert!(changes.body.contains(&input), "{kind} is ticked");
    }
    assert!(
        !changes.body.contains("value=\"other\" checked"),
        "nothing falls to something else"
    );
    // A described kind asks its own question.
    let stay = r.get("/nl/report/details/stay").await;
    assert!(
        stay.body.contains("Waar verblijft u, en tot wanneer?"),
        "{}",
        stay.body
    );
}

/// Posts the identity step with one field replaced; returns the reply.
async fn identity_with(portal: &Portal, field: &str, value: &str) -> Reply {
    let mut r = Resident::on(portal);
    r.get("/nl/report/identity").await;
    let fields: Vec<(&str, &str)> = identity_fields()
        .into_iter()
        .map(|(k, v)| if k == field { (k, value) } else { (k, v) })
        .collect();
    r.post("/nl/report/identity", &fields).await
}

#[tokio::test]
async fn wrong_numbers_dates_and_missing_fields_are_refused_with_a_clear_message() {
    let portal = portal().await;
    let cases = [
        ("bsn", "111222334", "Dit BSN bestaat niet"),
        ("bsn", "12345", "Een BSN heeft 9 cijfers"),
        ("partner-bsn", BSN, "Dit is uw eigen BSN"),
        (
            "date-of-birth",
            "2030-01-01",
            "kan niet in de toekomst liggen",
        ),
        ("date-of-birth", "1985-02-30", "Deze datum bestaat niet"),
        ("name", "", "U hebt dit nog niet ingevuld"),
        ("email", "not-an-address", "Vul een e-mailadres in"),
    ];
    for (field, value, message) in cases {
        let reply = identity_with(&portal, field, value).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        assert!(reply.body.contains(message), "{field}={value}: {message}");
        assert!(
            reply.body.contains("<title>Fout:"),
            "{field}: the title says error"
        );
        assert!(
            reply.body.contains("autofocus"),
            "{field}: the summary takes focus"
        );
        assert!(
            reply.body.contains(&format!("href=\"#f-{field}\"")),
            "{field}: summary link"
        );
    }
    assert_eq!(
        drafts::count(&portal.state.db).await.unwrap(),
        (0, 0),
        "nothing stored"
    );

    let mut r = fill_in(&portal, "nl").await;
    /// A detail page, its fields, and the message the resident must see.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let detail_cases: [Case; 4] = [
        (
            "bank-account",
            &[("iban", "NL91ABNA0417164301"), ("date", "2026-03-01")],
            "Dit IBAN bestaat niet",
        ),
        (
            "bank-account",
            &[("iban", IBAN), ("date", "2028-03-01")],
            "te ver in de toekomst",
        ),
        (
            "bank-account",
            &[("iban", IBAN), ("date", "2026-13-01")],
            "Deze datum bestaat niet",
        ),
        (
            "work",
            &[
                ("event", "started"),
                ("employer", ""),
                ("hours", "200"),
                ("date", "2026-03-02"),
            ],
            "van 0 tot en met 80",
        ),
    ];
    for (kind, fields, message) in detail_cases {
        let reply = r
            .post_files(&format!("/nl/report/details/{kind}"), fields, &[])
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}: {message}"
        );
        assert!(reply.body.contains(message), "{kind}: {message}");
    }
    let reply = r.post("/nl/report/changes", &[]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = r.post("/nl/report/changes", &[("kind", "lottery")]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn big_files_and_executables_are_refused_and_not_stored() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let (_, files_before) = drafts::count(&portal.state.db).await.unwrap();

    let mut executable = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    executable.resize(4096, 0);
    let fifty_mb = vec![b'%'; 50 * 1000 * 1000];
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "loonstrook.pdf",
            &executable,
            "Dit soort bestand kunnen wij niet openen",
        ),
        ("scan.pdf", &fifty_mb, "Dit bestand is te groot"),
        ("leeg.pdf", b"", "Dit bestand is leeg"),
    ];
    for (name, bytes, message) in cases {
        let reply = r
            .post_files("/nl/report/details/work", &work_fields(), &[(name, bytes)])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(reply.body.contains(message), "{name}: {message}");
        assert!(
            reply.body.contains("href=\"#f-file\""),
            "{name}: summary links to the file input"
        );
        assert!(
            reply.body.contains("value=\"Bakkerij De Korenbloem\""),
            "{name}: typed values kept"
        );
    }
    assert_eq!(
        drafts::count(&portal.state.db).await.unwrap().1,
        files_before,
        "no refused file is stored"
    );
}

#[tokio::test]
async fn script_and_sql_in_every_text_field_are_kept_as_typed_and_shown_as_text() {
    let portal = portal().await;
    let script = "<script>alert(1)</script>";
    let sql = "'; DROP TABLE notices; --";
    let mut r = Resident::on(&portal);
    r.get("/nl/report/identity").await;
    let mut fields = identity_fields();
    fields[0] = ("name", script);
    fields[6] = ("partner-name", sql);
    let reply = r.post("/nl/report/identity", &fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    r.post(
        "/nl/report/changes",
        &[("kind", "other"), ("kind", "gift-or-inheritance")],
    )
    .await;
    let reply = r
        .post_files(
            "/nl/report/details/gift-or-inheritance",
            &[
                ("kind", "gift"),
                ("amount", "100"),
                ("date", "2026-03-01"),
                ("from-whom", script),
            ],
            &[("<img src=x onerror=alert(1)>.png", PNG)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let reply = r
        .post_files(
            "/nl/report/details/other",
            &[("description", sql), ("date", "2026-03-01")],
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let check = r.get("/nl/report/check").await;
    assert!(!check.body.contains(script), "never as markup");
    assert!(!check.body.contains("<img src=x"), "never as markup");
    assert!(check.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(check.body.contains("DROP TABLE notices"));
    let reply = r.post("/nl/report/submit", &[("declaration", "yes")]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let listing = notices::list(&portal.state.db, &notices::Filter::default(), 10, 0)
        .await
        .unwrap();
    assert_eq!(listing.total, 1, "the notices table is still there");
    let notice = notices::open(
        &portal.state.db,
        &portal.state.data_keys,
        notices::NoticeRef::Id(listing.notices[0].id),
        portal.caseworker().await,
        0,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        notice.content["identity"]["name"], script,
        "stored exactly as typed"
    );
    assert_eq!(notice.content["changes"][1]["fields"]["description"], sql);
}

#[tokio::test]
async fn forged_and_tokenless_posts_are_refused_and_store_nothing() {
    let portal = portal().await;
    let mut r = Resident::on(&portal);
    r.get("/nl/report/identity").await;
    let token = r.csrf.clone();
    let mut fields = identity_fields();
    fields.push(("_csrf", &token));
    let body = form_body(&fields);
    // Another site, with the resident's cookie and even the right token.
    for headers in [
        &[("sec-fetch-site", "cross-site")][..],
        &[("origin", "https://evil.example")][..],
    ] {
        let reply = r
            .post_raw("/nl/report/identity", body.clone(), headers)
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
    }
    // This site, without the token or with another browser's token.
    let reply = r
        .post_raw("/nl/report/identity", form_body(&identity_fields()), &[])
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let mut other = Resident::on(&portal);
    other.get("/nl/report/identity").await;
    let reply = other
        .post_raw("/nl/report/identity", body.clone(), &[])
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // A cookie-less post.
    let mut nobody = Resident::on(&portal);
    let reply = nobody.post_raw("/nl/report/submit", body, &[]).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(reply.body.contains("Dit formulier werkt niet meer"));
    assert_eq!(drafts::count(&portal.state.db).await.unwrap(), (0, 0));
    assert_eq!(portal.notice_count().await, 0);
    // Nor can an anonymous visitor see the inbox.
    let inbox = nobody.get("/staff/notices").await;
    assert_eq!(inbox.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_submission_limit_per_address_holds() {
    let mut portal = portal().await;
    portal.state.notice_limit = LimitPolicy {
        max_failures: 1,
        window_seconds: 3600,
    };
    portal.app = router(portal.state.clone());
    let mut first = fill_in(&portal, "nl").await;
    let reply = first
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let mut second = fill_in(&portal, "nl").await;
    let reply = second
        .post("/nl/report/submit", &[("declaration", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(portal.notice_count().await, 1);
    // The refused resident's draft is still there to send later.
    let check = second.get("/nl/report/check").await;
    assert!(check.body.contains("Bakkerij De Korenbloem"));
}

#[tokio::test]
async fn every_step_speaks_every_language() {
    let portal = portal().await;
    let languages = ["nl", "en", "ar", "tr", "pl", "uk"];
    let mut titles = Vec::new();
    for lang in languages {
        let mut r = fill_in(&portal, lang).await;
        let mut pages = Vec::new();
        for step in [
            "identity",
            "changes",
            "details/work",
            "details/bank-account",
            "check",
        ] {
            pages.push(r.get(&format!("/{lang}/report/{step}")).await);
        }
        // A page with errors too.
        pages.push(r.post(&format!("/{lang}/report/submit"), &[]).await);
        r.post(&format!("/{lang}/report/submit"), &[("declaration", "yes")])
            .await;
        pages.push(r.get(&format!("/{lang}/report/received")).await);
        pages.push(r.get(&format!("/{lang}/report/receipt")).await);
        for page in &pages {
            let text = page.body.as_str();
            assert!(
                text.contains(&format!("lang=\"{lang}\""))
                    || page.header(header::CONTENT_TYPE).starts_with("text/plain")
            );
            for leak in [">report-", ">notice-", "{ $", "{$", "\u{2068}report-"] {
                assert!(
                    !text.contains(leak),
                    "{lang}: an untranslated text ({leak}) in {text}"
                );
            }
        }
        let title = pages[0]
            .body
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split('<').next())
            .unwrap()
            .to_owned();
        titles.push(title);
    }
    titles.sort();
    titles.dedup();
    assert_eq!(
        titles.len(),
        languages.len(),
        "each language has its own words"
    );
}

/// Issue 11: 30 residents behind one network address send at the same moment, spread
/// over `portals` (instances on one database): exactly the limit (20) is stored.
async fn parallel_submits_hold_the_limit(portals: &[Arc<Portal>]) {
    let mut residents = Vec::new();
    for i in 0..30 {
        residents.push(fill_in(&portals[i % portals.len()], "nl").await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    // Each resident sends to the instance that it filled in its notice on.
    for mut r in residents {
        tasks.spawn(async move {
            r.post("/nl/report/submit", &[("declaration", "yes")])
                .await
                .status
        });
    }
    let statuses = tasks.join_all().await;
    let sent = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((sent, refused), (20, 10), "{statuses:?}");
    assert_eq!(portals[0].notice_count().await, 20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_submits_hold_the_limit_on_sqlite() {
    let portal = Arc::new(portal().await);
    parallel_submits_hold_the_limit(&[portal]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_submits_hold_the_limit_on_postgres_with_two_instances() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    let a = Arc::new(portal_on(&url).await);
    let b = Arc::new(portal_on(&url).await);
    parallel_submits_hold_the_limit(&[a, b]).await;
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Issue 11: an upload that read the draft before the same draft was sent from another
/// tab used to save its older copy over the "sent" mark, and a second send stored a
/// second notice. Every save now names the version it read; a stale one is refused.
#[tokio::test]
async fn a_stale_copy_cannot_overwrite_a_sent_draft_and_it_is_sent_once() {
    let portal = portal().await;
    let (db, keys) = (&portal.state.db, &portal.state.data_keys);
    let mut r = fill_in(&portal, "nl").await;
    let draft_id = meldwijzer::auth::token::hash(r.cookie.as_deref().unwrap());
    // The upload in the first tab reads the draft …
    let (stale, version) = drafts::load(db, keys, &draft_id, unix_now())
        .await
        .unwrap()
        .unwrap();
    // … the second tab sends it …
    let sent = r.post("/nl/report/submit", &[("declaration", "yes")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), "/nl/report/received");
    // … and the first tab's save of its older copy is refused.
    let saved = drafts::save(
        db,
        keys,
        &draft_id,
        &stale,
        Some(version),
        unix_now(),
        unix_now() + 3600,
    )
    .await
    .unwrap();
    assert_eq!(saved, None, "a stale copy was saved over the sent draft");
    // A save without a version (a new draft) cannot take an existing one either.
    let saved = drafts::save(
        db,
        keys,
        &draft_id,
        &stale,
        None,
        unix_now(),
        unix_now() + 3600,
    )
    .await
    .unwrap();
    assert_eq!(saved, None);

    // Sending again, uploading or changing anything lands on the first receipt.
    let again = r.post("/nl/report/submit", &[("declaration", "yes")]).await;
    assert_eq!(again.location(), "/nl/report/received");
    let upload = r
        .post_files(
            "/nl/report/details/work",
            &work_fields(),
            &[("loonstrook.png", PNG)],
        )
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER);
    assert_eq!(upload.location(), "/nl/report/received");
    assert_eq!(portal.notice_count().await, 1);
    let list = notices::list(db, &notices::Filter::default(), 10, 0)
        .await
        .unwrap();
    let received = r.get("/nl/report/received").await;
    assert!(received.body.contains(&list.notices[0].reference));
}

/// Issue 11: uploads and sends of one draft at the same moment (two tabs, double
/// clicks) store exactly one notice, and the draft stays sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn uploads_and_sends_at_once_store_one_notice() {
    let portal = Arc::new(portal().await);
    let r = fill_in(&portal, "nl").await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..12 {
        let mut r = r.clone();
        tasks.spawn(async move {
            if i % 3 == 0 {
                r.post("/nl/report/submit", &[("declaration", "yes")])
                    .await
                    .status
            } else {
                r.post_files(
                    "/nl/report/details/work",
                    &work_fields(),
                    &[("loonstrook.png", PNG)],
                )
                .await
                .status
            }
        });
    }
    for status in tasks.join_all().await {
        assert!(
            status == StatusCode::SEE_OTHER || status == StatusCode::UNPROCESSABLE_ENTITY,
            "{status}"
        );
    }
    let mut r = r;
    let again = r.post("/nl/report/submit", &[("declaration", "yes")]).await;
    assert_eq!(again.location(), "/nl/report/received");
    assert_eq!(portal.notice_count().await, 1);
    let check = r.get("/nl/report/check").await;
    assert_eq!(check.location(), "/nl/report/received");
}

/// Issue 11: a description over 16 KiB was answered with 403 "this form no longer
/// works", and so was a file whose name holds a NUL. Both get the field's own error.
#[tokio::test]
async fn an_overlong_description_and_a_nul_in_a_file_name_get_their_field_errors() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let reply = r
        .post(
            "/nl/report/changes",
            &[
                ("kind", "work"),
                ("kind", "bank-account"),
                ("kind", "other"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    for long in ["a".repeat(17 * 1024), "é".repeat(40 * 1024)] {
        let reply = r
            .post_files(
                "/nl/report/details/other",
                &[("description", &long), ("date", "2026-03-02")],
                &[],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            reply.body.contains("class=\"error-summary\""),
            "error summary"
        );
        assert!(
            reply
                .body
                .contains("Dit is te lang. Gebruik niet meer dan 2000 tekens."),
            "{}",
            reply.body
        );
    }
    let reply = r
        .post_files(
            "/nl/report/details/work",
            &work_fields(),
            &[("loon\0strook.png", PNG)],
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("class=\"error-summary\""),
        "error summary"
    );
    assert!(reply
        .body
        .contains("De naam van dit bestand kunnen wij niet lezen"));
    assert!(!reply.body.contains("Dit formulier werkt niet meer"));
}

/// Issue 11: the files of one notice are limited together (25 MB), with a message.
#[tokio::test]
async fn the_files_of_one_notice_are_limited_together() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let (_, before) = drafts::count(&portal.state.db).await.unwrap();
    let mut big = PNG.to_vec();
    big.resize(9 * 1024 * 1024, 0);
    let reply = r
        .post_files(
            "/nl/report/details/work",
            &work_fields(),
            &[("een.png", &big), ("twee.png", &big)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let reply = r
        .post_files(
            "/nl/report/details/work",
            &work_fields(),
            &[("drie.png", &big)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("class=\"error-summary\""));
    assert!(
        reply.body.contains(
            "Alle bestanden samen zijn te groot. Samen mogen ze niet groter zijn dan 25 MB."
        ),
        "{}",
        reply.body
    );
    let (_, after) = drafts::count(&portal.state.db).await.unwrap();
    assert_eq!(after, before + 2, "the third file is not stored");
}

/// Issue 11, item 5: a file goes to the store in chunks while it arrives and comes out
/// whole at the case worker; a refused file leaves no chunk behind.
#[tokio::test]
async fn a_file_of_many_chunks_arrives_whole_and_refused_files_leave_nothing() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let chunks_before = drafts::chunk_count(&portal.state.db).await.unwrap();
    let mut scan = PNG.to_vec();
    scan.extend((0..1_300_000usize).map(|i| (i * 7 + i / 1000) as u8));
    let reply = r
        .post_files(
            "/nl/report/details/work",
            &work_fields(),
            &[("scan.png", &scan)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let written = drafts::chunk_count(&portal.state.db).await.unwrap() - chunks_before;
    assert_eq!(written, 5, "1.3 MB in chunks of 256 KiB");

    // Refused files: of another type (found by the first bytes), too large, too many
    // together; none leaves a chunk.
    let mut executable = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    executable.resize(900_000, 0);
    let mut too_large = PNG.to_vec();
    too_large.resize(10 * 1024 * 1024 + 1, 1);
    for (name, bytes) in [("a.pdf", &executable), ("b.png", &too_large)] {
        let reply = r
            .post_files("/nl/report/details/work", &work_fields(), &[(name, bytes)])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
    }
    assert_eq!(
        drafts::chunk_count(&portal.state.db).await.unwrap() - chunks_before,
        5,
        "refused files leave no chunks"
    );

    r.get("/nl/report/check").await;
    let reply = r.post("/nl/report/submit", &[("declaration", "yes")]).await;
    assert_eq!(reply.location(), "/nl/report/received");
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM notices")
        .fetch_one(portal.state.db.pool())
        .await
        .unwrap();
    let caseworker = portal.caseworker().await;
    let notice = notices::open(
        &portal.state.db,
        &portal.state.data_keys,
        notices::NoticeRef::Id(id),
        caseworker,
        0,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(notice.attachments.len(), 2);
    let attachment = notices::attachment(
        &portal.state.db,
        &portal.state.data_keys,
        id,
        notice.attachments[1].id,
        caseworker,
        0,
    )
    .await
    .unwrap()
    .unwrap();
    assert!(attachment.bytes == scan, "the file arrives byte for byte");
    assert_eq!(attachment.info.original_name, "scan.png");
}

/// Issue 11, item 5: a file that turns out too large after some of it was written, and
/// a body cut off in the middle of a file, leave no chunk behind.
#[tokio::test]
async fn uploads_refused_or_cut_off_half_way_leave_no_chunks() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let before = drafts::chunk_count(&portal.state.db).await.unwrap();
    let mut too_large = PNG.to_vec();
    too_large.resize(10 * 1024 * 1024 + 1, 7);
    let token = r.csrf.clone();
    let mut fields = vec![("_csrf", token.as_str())];
    fields.extend(work_fields());
    let body = multipart_body(&fields, &[("groot.png", &too_large)]);
    let reply = r
        .post_in_pieces("/nl/report/details/work", &body, 64 * 1024)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("Dit bestand is te groot"));
    assert_eq!(drafts::chunk_count(&portal.state.db).await.unwrap(), before);

    let mut scan = PNG.to_vec();
    scan.resize(900_000, 3);
    let token = r.csrf.clone();
    let mut fields = vec![("_csrf", token.as_str())];
    fields.extend(work_fields());
    let body = multipart_body(&fields, &[("scan.png", &scan)]);
    let cut = &body[..body.len() - 200_000];
    let reply = r
        .post_in_pieces("/nl/report/details/work", cut, 64 * 1024)
        .await;
    assert!(reply.status.is_client_error(), "{}", reply.status);
    assert_eq!(drafts::chunk_count(&portal.state.db).await.unwrap(), before);
}

/// Issue 11, item 10: a text field of a form with files that is not UTF-8 is refused
/// with the portal's page, as in the forms without files; nothing is stored.
#[tokio::test]
async fn a_text_that_is_not_utf8_in_a_form_with_files_is_refused_with_a_message() {
    let portal = portal().await;
    let mut r = fill_in(&portal, "nl").await;
    let before = drafts::chunk_count(&portal.state.db).await.unwrap();
    r.get("/nl/report/details/work").await;
    let reply = r
        .post_raw_text_field("/nl/report/details/work", &work_fields(), b"M\xfcller")
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Er staat een teken in dat wij niet kunnen lezen"),
        "{}",
        reply.body
    );
    assert_eq!(drafts::chunk_count(&portal.state.db).await.unwrap(), before);
}

// ---------------------------------------------------------------------------------
// The detail page's multipart reader, fuzzed (issue 11: "a fuzz target for the form
// decoders")

#[derive(Debug, Clone)]
enum Part {
    Text {
        name: String,
        value: Vec<u8>,
    },
    File {
        name: Vec<u8>,
        head: &'static [u8],
        len: usize,
        fill: u8,
    },
}

fn part() -> impl Strategy<Value = Part> {
    let name = prop_oneof![
        Just("event".to_owned()),
        Just("employer".to_owned()),
        Just("hours".to_owned()),
        Just("date".to_owned()),
        Just("return".to_owned()),
        "[a-z_]{1,8}",
    ];
    let value = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..40),
        Just(b"started".to_vec()),
        Just(b"2026-03-02".to_vec()),
        "\\PC{0,30}".prop_map(String::into_bytes),
    ];
    let head: [&'static [u8]; 5] = [PNG, b"%PDF-1.7", b"\xff\xd8\xff\xe0", b"MZ\x90\0", b""];
    prop_oneof![
        (name, value).prop_map(|(name, value)| Part::Text { name, value }),
        (
            prop::collection::vec(any::<u8>(), 0..16),
            prop::sample::select(head.to_vec()),
            prop_oneof![0usize..64, 300_000usize..800_000],
            any::<u8>(),
        )
            .prop_map(|(name, head, len, fill)| Part::File {
                name,
                head,
                len,
                fill
            }),
    ]
}

fn multipart_of(token: Option<&str>, parts: &[Part]) -> Vec<u8> {
    let mut body = Vec::new();
    let open = |body: &mut Vec<u8>, disposition: &[u8]| {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; ").as_bytes(),
        );
        body.extend_from_slice(disposition);
        body.extend_from_slice(b"\r\n\r\n");
    };
    if let Some(token) = token {
        open(&mut body, b"name=\"_csrf\"");
        body.extend_from_slice(token.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    for part in parts {
        match part {
            Part::Text { name, value } => {
                open(&mut body, format!("name=\"{name}\"").as_bytes());
                body.extend_from_slice(value);
            }
            Part::File {
                name,
                head,
                len,
                fill,
            } => {
                let disposition = [b"name=\"file\"; filename=\"", &name[..], b"\""].concat();
                open(&mut body, &disposition);
                body.extend_from_slice(head);
                body.resize(body.len() + len, *fill);
            }
        }
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Any body, whole or cut off, sent in pieces of any size, gets an answer (never a
/// server error), and every chunk the reader wrote belongs to a file of the draft
/// that reads back whole: a refused, cut-off or surplus file leaves nothing behind.
#[test]
fn any_detail_form_gets_an_answer_and_leaves_no_stray_chunks() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (portal, resident) = runtime.block_on(async {
        let portal = portal().await;
        let resident = fill_in(&portal, "nl").await;
        (portal, resident)
    });
    let config = ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |(
            parts in prop::collection::vec(part(), 0..6),
            with_token in prop::bool::weighted(0.85),
            cut in prop::option::weighted(0.35, any::<prop::sample::Index>()),
            piece in 1usize..100_000,
        )| {
            let mut resident = resident.clone();
            let token = resident.csrf.clone();
            let mut body = multipart_of(with_token.then_some(token.as_str()), &parts);
            if let Some(cut) = cut {
                body.truncate(cut.index(body.len()));
            }
            let strays = || async {
                sqlx::query_scalar::<_, i64>(
                    "SELECT COUNT(*) FROM notice_draft_file_chunks WHERE file_id NOT IN \
                     (SELECT id FROM notice_draft_files)",
                )
                .fetch_one(portal.state.db.pool())
                .await
                .unwrap()
            };
            let strays_before = runtime.block_on(strays());
            let status = runtime.block_on(
    resident.post_in_pieces("/nl/report/details/work", &body, piece),
            ).status;
            prop_assert!(
                [303, 400, 403, 413, 422].contains(&status.as_u16()),
                "status {}", status
            );
            let (stray, files) = runtime.block_on(async {
                let db = &portal.state.db;
                let stray = strays().await - strays_before;
                let rows = sqlx::query("SELECT id, draft_id, size FROM notice_draft_files")
                    .fetch_all(db.pool())
                    .await
                    .unwrap();
                let mut files = Vec::new();
                for row in rows {
                    let (id, draft, size): (String, String, i64) =
                        (row.get("id"), row.get("draft_id"), row.get("size"));
                    let bytes = drafts::file_bytes(db, &portal.state.data_keys, &draft, &id).await;
                    files.push((bytes.map(|b| b.len() as i64).ok(), size));
                }
                (stray, files)
            });
            prop_assert_eq!(stray, 0);
            for (read, size) in files {
                prop_assert_eq!(read, Some(size));
            }
        });
}
