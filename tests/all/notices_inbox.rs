//! The case workers' inbox through the router: who may see it, the list with its
//! tabs, search and pages, an opened notice (escaped, with its attachment and history),
//! the download of an attachment, status changes with their CSRF protection, the CSV
//! and JSON export, and the audit rows of all of it. On SQLite and, when
//! `MELDWIJZER_TEST_POSTGRES_URL` is set, on PostgreSQL.

use crate::support;

use axum::http::{header, StatusCode};
use meldwijzer::auth::Role;
use meldwijzer::store::notices::{self, action, NewAttachment, NewNotice, Status, Verification};
use meldwijzer::store::staff::{self, AuditEntry};
use serde_json::{json, Value};
use support::on_both_databases;
use support::staff::{Portal, T0};

const BSN: &str = "123456782";
const NAME: &str = "Fatima el Amrani-de Vries";
const FILE_NAME: &str = "loonstrook januari Fatima.pdf";

/// A payslip with every byte value, so a download that changes one byte fails.
fn payslip() -> Vec<u8> {
    let mut bytes = b"%PDF-1.7 loonstrook\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(3000));
    bytes
}

/// A notice as the resident's form stores it: identity, changes with their fields,
/// the language, and one payslip.
fn notice(reference: &str, employer: &str) -> NewNotice {
    NewNotice {
        verification: Verification::Typed,
        owner_index: None,
        reference: reference.to_owned(),
        idempotency_key: format!("key-{reference}"),
        lang: "ar".into(),
        change_kinds: vec!["work".into(), "moves-in".into()],
        content_json: json!({
            "identity": {
                "name": NAME,
                "bsn": BSN,
                "date-of-birth": "1990-04-03",
                "partner": "no",
            },
            "changes": [
                {
                    "kind": "work",
                    "fields": { "event": "started", "employer": employer, "date": "2027-02-01" },
                    "files": [FILE_NAME],
                },
                { "kind": "moves-in", "fields": { "name": "Youssef", "date": "2027-01-10" } },
            ],
            "declaration": true,
            "channel": "web",
        }),
        attachments: vec![NewAttachment {
            content_type: "application/pdf".into(),
            original_name: FILE_NAME.into(),
            bytes: payslip(),
        }],
    }
}

async fn submit(p: &Portal, new: &NewNotice) -> i64 {
    notices::submit(&p.state.db, &p.state.data_keys, new, T0)
        .await
        .unwrap();
    notices::list(
        &p.state.db,
        &notices::Filter {
            status: None,
            reference: Some(new.reference.clone()),
        },
        1,
        0,
    )
    .await
    .unwrap()
    .notices[0]
        .id
}

async fn audit(p: &Portal, action: &str) -> Vec<AuditEntry> {
    staff::audit_entries(&p.state.db, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .collect()
}

async fn attachment_id(p: &Portal, notice_id: i64) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT id FROM notice_attachments WHERE notice_id = $1")
        .bind(notice_id)
        .fetch_one(p.state.db.pool())
        .await
        .unwrap()
}

on_both_databases!(
    Portal;
    only_case_workers_and_admins_get_in,
    the_inbox_filters_searches_and_pages,
    an_opened_notice_shows_everything_escaped_and_is_audited,
    attachments_download_exactly_with_safe_headers,
    status_changes_need_the_token_and_this_site,
    exports_are_quoted_guarded_filtered_and_audited,
);

async fn only_case_workers_and_admins_get_in(p: Portal) {
    let id = submit(&p, &notice("MW-SECRET-1", "Bakkerij")).await;
    let attachment = attachment_id(&p, id).await;
    let paths = [
        "/staff/notices".to_owned(),
        format!("/staff/notices/{id}"),
        format!("/staff/notices/{id}/attachments/{attachment}"),
        "/staff/notices/export.csv".to_owned(),
        "/staff/notices/export.json?status=all".to_owned(),
    ];
    for path in &paths {
        let reply = p.get(path, &[]).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(!reply.body.contains("MW-SECRET-1"), "{path}");
        assert!(!reply.body.contains(BSN), "{path}");
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    }
    // A browser asking for a page is sent to the sign-in page.
    let reply = p.get("/staff/notices", &[("accept", "text/html")]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.header(header::LOCATION), "/staff/sign-in");

    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    for path in &paths {
        let reply = p.get_as(&editor, path).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path}");
        assert!(!reply.body.contains("MW-SECRET-1"), "{path}");
        assert!(!reply.body.contains(NAME), "{path}");
    }
    let reply = p
        .post_as(
            &editor,
            &format!("/staff/notices/{id}/status"),
            &[("status", "done"), ("_csrf", &editor.csrf)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let home = p.get_as(&editor, "/staff").await;
    assert!(!home.body.contains("href=\"/staff/notices\""));
    assert!(audit(&p, action::NOTICE_VIEWED).await.is_empty());

    let caseworker = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    let home = p.get_as(&caseworker, "/staff").await;
    assert!(
        home.body.contains("href=\"/staff/notices\""),
        "{}",
        home.body
    );
    let admin = p.signed_in("beheer@example.nl", Role::Admin).await;
    for browser in [&caseworker, &admin] {
        let reply = p.get_as(browser, "/staff/notices").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(reply.body.contains("MW-SECRET-1"));
    }
}

async fn the_inbox_filters_searches_and_pages(p: Portal) {
    let cw = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    // 27 notices, one a minute; the newest comes first.
    let mut ids = Vec::new();
    for n in 1..=27 {
        let mut new = notice(&format!("MW-{n:04}"), "Bakkerij");
        new.attachments.truncate(usize::from(n % 2 == 0));
        notices::submit(&p.state.db, &p.state.data_keys, &new, T0 + n * 60)
            .await
            .unwrap();
        ids.push(
            notices::list(&p.state.db, &Default::default(), 1, 0)
                .await
                .unwrap()
                .notices[0]
                .id,
        );
    }
    let acting = cw.account.id;
    let db = &p.state.db;
    notices::set_status(
        db,
        &p.state.data_keys,
        ids[2],
        Status::Done,
        None,
        acting,
        T0 + 3600,
    )
    .await
    .unwrap();
    notices::set_status(
        db,
        &p.state.data_keys,
        ids[3],
        Status::InProgress,
        None,
        acting,
        T0 + 3600,
    )
    .await
    .unwrap();

    // The default tab is "new": 25 of the 25 new ones on page 1.
    let page = p.get_as(&cw, "/staff/notices").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("25 wijzigingen gevonden"), "{body}");
    assert!(body.contains("Nieuw (25)") && body.contains("In behandeling (1)"));
    assert!(body.contains("Afgehandeld (1)") && body.contains("Alle (27)"));
    assert!(body.contains("aria-current=\"page\""));
    assert!(body.contains(">MW-0027<") && body.contains(">MW-0001<"));
    assert!(!body.contains(">MW-0003<") && !body.contains(">MW-0004<"));
    assert!(body.find(">MW-0027<").unwrap() < body.find(">MW-0026<").unwrap());
    // Received in Dutch time, the language by its own name, the kinds by their labels.
    assert!(body.contains("15 januari 2027, 09:27"), "{body}");
    assert!(body.contains("العربية"), "{body}");
    assert!(body.contains("Werk: u gaat werken, werkt andere uren of stopt"));
    assert!(body.contains("Er komt iemand bij u wonen"));
    assert!(
        !body.contains(BSN) && !body.contains(NAME),
        "nothing personal in the list"
    );
    assert!(!body.contains("Pagina 1 van"), "one page only");

    // All: 27 notices on two pages.
    let first = p.get_as(&cw, "/staff/notices?status=all").await;
    assert_eq!(
        first.body.matches("<tr>").count(),
        26,
        "a header and 25 rows"
    );
    assert!(first.body.contains("Pagina 1 van 2"));
    assert!(first
        .body
        .contains("href=\"/staff/notices?status=all&amp;page=2\""));
    let second = p.get_as(&cw, "/staff/notices?status=all&page=2").await;
    assert!(second.body.contains(">MW-0002<") && second.body.contains(">MW-0001<"));
    assert!(!second.body.contains(">MW-0003<"));
    assert!(second.body.contains("Pagina 2 van 2"));

    // By status.
    let done = p.get_as(&cw, "/staff/notices?status=done").await;
    assert!(done.body.contains(">MW-0003<") && done.body.contains("1 wijziging gevonden"));
    assert!(!done.body.contains(">MW-0004<"));
    let busy = p.get_as(&cw, "/staff/notices?status=in-progress").await;
    assert!(busy.body.contains(">MW-0004<") && !busy.body.contains(">MW-0003<"));

    // Search: part of the reference, any case, kept in the form and the links.
    let found = p.get_as(&cw, "/staff/notices?status=all&q=+mw-001").await;
    for n in 10..=19 {
        assert!(found.body.contains(&format!(">MW-{n:04}<")), "MW-{n:04}");
    }
    assert!(!found.body.contains(">MW-0009<") && !found.body.contains(">MW-0020<"));
    assert!(found.body.contains("value=\"mw-001\""));
    assert!(found.body.contains("10 wijzigingen gevonden"));
    let nothing = p.get_as(&cw, "/staff/notices?status=all&q=%25").await;
    assert!(
        nothing.body.contains("Er zijn geen wijzigingen gevonden."),
        "a % is no wildcard"
    );

    // The export links carry the filter.
    assert!(found
        .body
        .contains("href=\"/staff/notices/export.csv?status=all&amp;q=mw-001\""));
    // Listing is not personal: nothing audited.
    assert!(audit(&p, action::NOTICE_VIEWED).await.is_empty());
}

async fn an_opened_notice_shows_everything_escaped_and_is_audited(p: Portal) {
    let cw = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    let id = submit(&p, &notice("MW-OPEN-1", "<script>alert(1)</script> & Zn")).await;
    p.clock.advance(600);
    let page = p.get_as(&cw, &format!("/staff/notices/{id}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");
    let body = &page.body;
    assert!(body.contains("Wijziging MW-OPEN-1"));
    // The identity with the form's own labels and the BSN in full.
    assert!(body.contains("Over de inwoner"));
    assert!(body.contains("Wat is uw naam?") && body.contains(NAME));
    assert!(body.contains("Wat is uw burgerservicenummer (BSN)?") && body.contains(BSN));
    assert!(body.contains("3 april 1990"), "dates as dates");
    assert!(body.contains("Woont u samen met een partner?"));
    // The changes, with option labels.
    assert!(body.contains("Wijziging 1: Werk: u gaat werken, werkt andere uren of stopt"));
    assert!(body.contains("Ik ga werken"));
    assert!(body.contains("Bij wie werkt u?"));
    assert!(body.contains("Wijziging 2: Er komt iemand bij u wonen"));
    assert!(body.contains("Youssef"));
    assert!(body.contains("Bestanden bij deze wijziging"));
    assert!(body
        .contains("Verklaart dat alles klopt en volledig is</dt><dd class=\"summary__value\">Ja"));
    // Unknown parts are shown with their raw key, not dropped.
    assert!(body.contains("Andere gegevens") && body.contains("channel"));
    // What the resident typed is text, never markup.
    assert!(!body.contains("<script>alert(1)</script>"), "{body}");
    assert!(
        body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Zn"),
        "{body}"
    );
    // The attachment, the history and the status form.
    let attachment = attachment_id(&p, id).await;
    assert!(body.contains(&format!(
        "href=\"/staff/notices/{id}/attachments/{attachment}\""
    )));
    assert!(body.contains(FILE_NAME) && body.contains("(PDF, 3 kB)"));
    assert!(body.contains("Inwoner (verstuurd)"));
    assert!(body.contains(&format!("action=\"/staff/notices/{id}/status\"")));
    assert!(body.contains(&format!("value=\"{}\"", cw.csrf)));

    let viewed = audit(&p, action::NOTICE_VIEWED).await;
    assert_eq!(viewed.len(), 1);
    assert_eq!(
        (
            viewed[0].actor_account_id,
            viewed[0].subject.as_str(),
            viewed[0].at
        ),
        (Some(cw.account.id), "MW-OPEN-1", T0 + 600)
    );

    for missing in [
        "/staff/notices/999999",
        "/staff/notices/abc",
        "/staff/notices/-1",
    ] {
        let reply = p.get_as(&cw, missing).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{missing}");
        assert!(reply.body.contains("Deze wijziging bestaat niet"));
    }
}

async fn attachments_download_exactly_with_safe_headers(p: Portal) {
    let cw = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    let id = submit(&p, &notice("MW-FILE-1", "Bakkerij")).await;
    let other = submit(&p, &notice("MW-FILE-2", "Bakkerij")).await;
    let attachment = attachment_id(&p, id).await;
    let reply = p
        .get_as(
            &cw,
            &format!("/staff/notices/{id}/attachments/{attachment}"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.bytes, payslip(), "the exact bytes");
    assert_eq!(reply.header(header::CONTENT_TYPE), "application/pdf");
    assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    assert_eq!(
        reply.header(header::CONTENT_DISPOSITION),
        format!("attachment; filename=\"MW-FILE-1-{attachment}.pdf\"")
    );
    assert!(!reply.header(header::CONTENT_DISPOSITION).contains("Fatima"));
    let viewed = audit(&p, action::ATTACHMENT_VIEWED).await;
    assert_eq!(viewed.len(), 1);
    assert_eq!(
        (viewed[0].actor_account_id, viewed[0].subject.as_str()),
        (Some(cw.account.id), "MW-FILE-1")
    );
    // An attachment is only reachable through its own notice.
    let reply = p
        .get_as(
            &cw,
            &format!("/staff/notices/{other}/attachments/{attachment}"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_ne!(reply.bytes, payslip());
    assert_eq!(audit(&p, action::ATTACHMENT_VIEWED).await.len(), 1);
}

async fn status_changes_need_the_token_and_this_site(p: Portal) {
    let cw = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    let id = submit(&p, &notice("MW-STATUS-1", "Bakkerij")).await;
    let path = format!("/staff/notices/{id}/status");
    let status_of = |p: &Portal| {
        let db = p.state.db.clone();
        async move {
            notices::list(&db, &Default::default(), 1, 0)
                .await
                .unwrap()
                .notices[0]
                .status
        }
    };

    // Without the form token.
    let reply = p.post_as(&cw, &path, &[("status", "done")]).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let reply = p
        .post_as(
            &cw,
            &path,
            &[("status", "done"), ("_csrf", "not-the-token")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // From another site, even with the right token.
    let fields = [("status", "done"), ("_csrf", cw.csrf.as_str())];
    for headers in [
        vec![("sec-fetch-site", "cross-site")],
        vec![
            ("origin", "https://evil.example"),
            ("host", "portal.example"),
        ],
    ] {
        let mut all = vec![("cookie", cw.cookie.as_str())];
        all.extend(headers);
        let reply = p.post(&path, &all, &fields).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(status_of(&p).await, Status::New);
    assert!(audit(&p, action::NOTICE_STATUS).await.is_empty());

    // A form with errors comes back with them and with what was typed.
    let reply = p
        .post_as(&cw, &path, &[("note", "half werk"), ("_csrf", &cw.csrf)])
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("<title>Fout: Wijziging MW-STATUS-1"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("href=\"#status-new\"") && reply.body.contains("Kies een status"));
    assert!(
        reply.body.contains(">half werk</textarea>"),
        "{}",
        reply.body
    );
    let long = "x".repeat(2001);
    let reply = p
        .post_as(
            &cw,
            &path,
            &[("status", "done"), ("note", &long), ("_csrf", &cw.csrf)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply
        .body
        .contains("De notitie mag niet meer dan 2000 tekens hebben"));
    assert_eq!(status_of(&p).await, Status::New);

    // With the token, from this site.
    p.clock.advance(120);
    let note = "Gebeld met <b>inwoner</b>; loonstrook klopt";
    let reply = p
        .post(
            &path,
            &[("cookie", &cw.cookie), ("sec-fetch-site", "same-origin")],
            &[
                ("status", "in-progress"),
                ("note", note),
                ("_csrf", &cw.csrf),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let back = format!("/staff/notices/{id}?done=status");
    assert_eq!(reply.header(header::LOCATION), back);
    assert_eq!(status_of(&p).await, Status::InProgress);
    let page = p.get_as(&cw, &back).await;
    assert!(page.body.contains("De status is opgeslagen."));
    assert!(page
        .body
        .contains("Gebeld met &lt;b&gt;inwoner&lt;/b&gt;; loonstrook klopt"));
    assert!(page.body.contains("Naam van behandelaar@example.nl"));
    assert!(page.body.contains("15 januari 2027, 09:02"));
    let changed = audit(&p, action::NOTICE_STATUS).await;
    assert_eq!(changed.len(), 1);
    assert_eq!(
        (
            changed[0].actor_account_id,
            changed[0].subject.as_str(),
            changed[0].detail.as_str()
        ),
        (Some(cw.account.id), "MW-STATUS-1", "in-progress")
    );
    let reply = p
        .post_as(
            &cw,
            "/staff/notices/999999/status",
            &[("status", "done"), ("_csrf", &cw.csrf)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

/// The CSV's rows as cells (a small reader for the quoting the export uses).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => rows.last_mut().unwrap().push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                rows.last_mut().unwrap().push(std::mem::take(&mut cell));
                rows.push(Vec::new());
            }
            (false, c) => cell.push(c),
        }
    }
    rows.pop();
    rows
}

async fn exports_are_quoted_guarded_filtered_and_audited(p: Portal) {
    let cw = p
        .signed_in("behandelaar@example.nl", Role::Caseworker)
        .await;
    let tricky = "=HYPERLINK(\"http://evil.example\",\"klik\"), \"Bakkerij\"\nDe Korenschoof";
    let id = submit(&p, &notice("MW-EXPORT-1", tricky)).await;
    submit(&p, &notice("MW-EXPORT-2", "@SUM(1+1)")).await;
    let db = &p.state.db;
    notices::set_status(
        db,
        &p.state.data_keys,
        id,
        Status::Done,
        Some("klaar"),
        cw.account.id,
        T0 + 60,
    )
    .await
    .unwrap();

    let reply = p.get_as(&cw, "/staff/notices/export.csv?status=all").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.header(header::CONTENT_TYPE),
        "text/csv; charset=utf-8"
    );
    assert!(reply
        .header(header::CONTENT_DISPOSITION)
        .starts_with("attachment; filename=\"notices-"));
    assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    assert!(reply
        .body
        .starts_with("\u{feff}reference,status,submitted_at,"));
    assert!(reply.body.contains("\r\n"));
    let rows = csv_rows(&reply.body);
    assert_eq!(rows.len(), 3, "a header and two notices");
    let header = &rows[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let employer = column("changes.1.fields.employer");
    let bsn = column("identity.bsn");
    let by_reference = |reference: &str| rows.iter().find(|r| r[0] == reference).unwrap();
    let first = by_reference("MW-EXPORT-1");
    assert_eq!(
        first[employer],
        format!("'{tricky}"),
        "guarded, and intact after quoting"
    );
    assert_eq!(first[column("status")], "done");
    assert_eq!(first[column("submitted_at")], "2027-01-15T09:00:00+01:00");
    assert_eq!(first[column("change_kinds")], "work moves-in");
    assert_eq!(first[column("attachments")], "1");
    assert_eq!(first[bsn], BSN);
    assert_eq!(by_reference("MW-EXPORT-2")[employer], "'@SUM(1+1)");
    // Raw: no cell starts a formula.
    assert!(
        !reply.body.contains(",=") && !reply.body.contains(",@") && !reply.body.contains(",\"=")
    );

    // The filter of the inbox applies.
    let reply = p.get_as(&cw, "/staff/notices/export.csv?status=new").await;
    let rows = csv_rows(&reply.body);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "MW-EXPORT-2");

    let reply = p
        .get_as(&cw, "/staff/notices/export.json?status=all&q=export-1")
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE), "application/json");
    assert!(reply
        .header(header::CONTENT_DISPOSITION)
        .starts_with("attachment; filename=\"notices-"));
    let document: Value = serde_json::from_slice(&reply.bytes).unwrap();
    assert_eq!(document["count"], 1);
    let exported = &document["notices"][0];
    assert_eq!(exported["reference"], "MW-EXPORT-1");
    assert_eq!(
        exported["content"],
        notice("MW-EXPORT-1", tricky).content_json
    );
    assert_eq!(exported["attachments"][0]["name"], FILE_NAME);
    assert_eq!(exported["history"][1]["note"], "klaar");
    assert_eq!(exported["history"][1]["actor_account_id"], cw.account.id);

    let exports = audit(&p, action::NOTICES_EXPORTED).await;
    assert_eq!(exports.len(), 3);
    assert!(exports
        .iter()
        .all(|e| e.actor_account_id == Some(cw.account.id)));
    // Newest first: the JSON export of one notice.
    assert_eq!(exports[0].detail, "MW-EXPORT-1");
}
