//! Staff editing of texts through the router: publish, preview, validation, roles and
//! CSRF, outdated translations, revert, export and import, the audit log, and two
//! instances on one database (SQLite here; PostgreSQL when
//! `MELDWIJZER_TEST_POSTGRES_URL` is set).

use crate::support;

use axum::http::{header, StatusCode};
use meldwijzer::auth::Role;
use meldwijzer::server::texts_sync::{reload_texts, spawn_watcher};
use meldwijzer::store::staff;
use meldwijzer::store::texts;
use std::time::{Duration, Instant};
use support::portal::Options;
use support::staff::{Browser, Portal, Reply};

/// A Dutch text on `/nl/duties` and its shipped wording.
const ID: &str = "info-duties-short-1";
const SHIPPED: &str = "U vertelt ons zelf alles wat uw bijstand kan veranderen.";
/// A Dutch text with a value from the settings.
const WITH_DEADLINE: &str = "info-duties-inform-p4";

/// A portal on a fresh SQLite database, as the server runs: the settings file's staff
/// settings and the system clock.
async fn portal() -> Portal {
    Portal::sqlite_with(Options::default()).await
}

/// A portal on the database at `url`, as the server runs (see [`portal`]).
async fn portal_on(url: &str) -> Portal {
    Portal::on_with(url, Options::default()).await
}

impl Portal {
    /// Saves, previews or publishes `value` as the text `lang`/`id`.
    async fn edit(&self, b: &Browser, lang: &str, id: &str, action: &str, value: &str) -> Reply {
        let path = format!("/staff/texts/{lang}/{id}");
        self.post_with_token(b, &path, &[("value", value), ("action", action)])
            .await
    }

    async fn audit_actions(&self) -> Vec<(String, String)> {
        staff::audit_entries(&self.state.db, 200)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.subject))
            .collect()
    }
}

/// The row of text `id` in the list page, as HTML.
fn list_row<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body
        .find(&format!("<code>{id}</code>"))
        .unwrap_or_else(|| panic!("{id} is not in the list"));
    let end = body[start..].find("</tr>").unwrap() + start;
    &body[start..end]
}

#[tokio::test]
async fn a_published_dutch_text_reaches_residents_at_once_and_outdates_its_translations() {
    let p = portal().await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;

    // The list groups the information page's texts and finds them by a word.
    let list = p
        .get_as(&editor, "/staff/texts?q=bijstand+kan+veranderen")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("Informatiepagina: Uw plichten"),
        "{}",
        list.body
    );
    assert!(list_row(&list.body, ID).contains("Origineel"));

    let page = p.get_as(&editor, &format!("/staff/texts/nl/{ID}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(SHIPPED));
    assert!(page.body.contains("<textarea"));
    assert!(
        page.body.contains("Taalniveau B1"),
        "plain-language figures for Dutch"
    );

    // Preview: the real page with the new text, nothing stored.
    let new = "U vertelt ons **zelf** alles wat uw bijstand kan veranderen. Doe dat op tijd.";
    let preview = p.edit(&editor, "nl", ID, "preview", new).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(preview.body.contains("phone-frame"));
    assert!(
        preview.body.contains("<strong>zelf</strong>"),
        "{}",
        preview.body
    );
    assert!(p.get("/nl/duties", &[]).await.body.contains(SHIPPED));

    // A draft is stored but not shown to residents.
    let draft = p.edit(&editor, "nl", ID, "draft", new).await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER);
    assert!(p.get("/nl/duties", &[]).await.body.contains(SHIPPED));
    let page = p.get_as(&editor, &format!("/staff/texts/nl/{ID}")).await;
    assert!(
        page.body.contains("Doe dat op tijd."),
        "the draft is in the editor"
    );

    let published = p.edit(&editor, "nl", ID, "publish", new).await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert_eq!(
        published.header(header::LOCATION),
        format!("/staff/texts/nl/{ID}?done=published")
    );
    let duties = p.get("/nl/duties", &[]).await;
    assert!(
        duties.body.contains("<strong>zelf</strong> alles"),
        "{}",
        duties.body
    );
    assert!(duties.body.contains("Doe dat op tijd."));
    assert!(!duties.body.contains(SHIPPED));

    // Every translation of that text is now outdated; other texts are not.
    let outdated = p
        .get_as(&editor, "/staff/texts?lang=en&status=outdated")
        .await;
    assert!(outdated.body.contains(&format!("<code>{ID}</code>")));
    assert!(list_row(&outdated.body, ID).contains("Verouderd"));
    assert!(!outdated.body.contains("<code>info-duties-short-2</code>"));
    let languages = p.get_as(&editor, "/staff/texts/languages").await;
    assert!(
        languages
            .body
            .contains("href=\"/staff/texts?lang=en&amp;status=outdated\">1</a>"),
        "{}",
        languages.body
    );

    // Someone confirms the English text is still right: no longer outdated.
    let en = p.get_as(&editor, &format!("/staff/texts/en/{ID}")).await;
    assert!(
        en.body.contains("lang=\"nl\""),
        "the Dutch source is marked as Dutch"
    );
    assert!(
        en.body.contains("Doe dat op tijd."),
        "the Dutch source is beside it"
    );
    let confirmed = p
        .post_with_token(&editor, &format!("/staff/texts/en/{ID}/confirm"), &[])
        .await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    let outdated = p
        .get_as(&editor, "/staff/texts?lang=en&status=outdated")
        .await;
    assert!(!outdated.body.contains(&format!("<code>{ID}</code>")));
    let still = p
        .get_as(&editor, "/staff/texts?lang=ar&status=outdated")
        .await;
    assert!(still.body.contains(&format!("<code>{ID}</code>")));

    // Updating the Arabic translation also ends its outdated state.
    let ar = p
        .edit(&editor, "ar", ID, "publish", "أنت تخبرنا بنفسك بكل شيء.")
        .await;
    assert_eq!(ar.status, StatusCode::SEE_OTHER, "{}", ar.body);
    assert!(p
        .get("/ar/duties", &[])
        .await
        .body
        .contains("أنت تخبرنا بنفسك بكل شيء."));
    let still = p
        .get_as(&editor, "/staff/texts?lang=ar&status=outdated")
        .await;
    assert!(!still.body.contains(&format!("<code>{ID}</code>")));

    let audit = p.audit_actions().await;
    for (action, subject) in [
        ("text-published", format!("nl/{ID}")),
        ("translation-confirmed", format!("en/{ID}")),
        ("text-published", format!("ar/{ID}")),
    ] {
        assert!(
            audit.contains(&(action.to_owned(), subject.clone())),
            "{action} {subject}: {audit:?}"
        );
    }
}

#[tokio::test]
async fn broken_texts_are_refused_with_a_clear_message_and_nothing_is_published() {
    let p = portal().await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    let cases = [
        (
            "nl",
            WITH_DEADLINE,
            "Geef een verandering binnen { $change-deadline-days dagen door.",
            "fout in de opmaak",
        ),
        (
            "nl",
            WITH_DEADLINE,
            "Geef een verandering snel door. Een reis meldt u { $travel-notice-days } dagen vooraf.",
            "De waarde { $change-deadline-days } ontbreekt",
        ),
        (
            "en",
            WITH_DEADLINE,
            "Report a change soon. Report a journey { $travel-notice-days } days before.",
            "De waarde { $change-deadline-days } ontbreekt",
        ),
        (
            "en",
            WITH_DEADLINE,
            "Within { $change-deadline-days } and { $travel-notice-days } days, { $name }.",
            "De waarde { $name } bestaat niet",
        ),
        (
            "nl",
            ID,
            "Klik hier <script>alert(1)</script>",
            "HTML kan niet in een tekst",
        ),
        (
            "nl",
            ID,
            "Klik [hier](javascript:alert(1))",
            "Een adres met javascript: is niet toegestaan",
        ),
        ("nl", ID, "   ", "Vul de tekst in"),
    ];
    for (lang, id, value, message) in cases {
        for action in ["publish", "draft", "preview"] {
            let reply = p.edit(&editor, lang, id, action, value).await;
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{lang} {value} {action}"
            );
            assert!(reply.body.contains(message), "{value}: {}", reply.body);
            assert!(reply.body.contains("Er is een probleem"), "error summary");
            assert!(reply.body.contains("<title>Fout:"), "title prefix");
            assert!(reply.body.contains("aria-invalid=\"true\""));
            assert!(reply.body.contains("href=\"#value\""));
        }
    }
    assert!(texts::published(&p.state.db).await.unwrap().is_empty());
    assert!(texts::draft_keys(&p.state.db).await.unwrap().is_empty());
    assert!(p.get("/nl/duties", &[]).await.body.contains(SHIPPED));
    assert!(p
        .audit_actions()
        .await
        .iter()
        .all(|(a, _)| !a.starts_with("text")));
}

#[tokio::test]
async fn only_editors_and_admins_edit_and_every_post_must_be_same_site_with_its_token() {
    let p = portal().await;
    let caseworker = p.signed_in("klant@example.nl", Role::Caseworker).await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    let admin = p.signed_in("beheer@example.nl", Role::Admin).await;

    for path in [
        "/staff/texts",
        "/staff/texts/languages",
        "/staff/texts/nl/info-duties-short-1",
        "/staff/texts/nl/info-duties-short-1/history",
        "/staff/texts/languages/en/export",
    ] {
        assert_eq!(
            p.get(path, &[]).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
        assert_eq!(
            p.get_as(&caseworker, path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            p.get_as(&admin, path).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    let edit = format!("/staff/texts/nl/{ID}");
    let fields = [("value", "Nieuw"), ("action", "publish")];
    let as_caseworker = p.post_with_token(&caseworker, &edit, &fields).await;
    assert_eq!(as_caseworker.status, StatusCode::FORBIDDEN);
    let anonymous = p.post(&edit, &[], &fields).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    // A forged cross-site form, even with the right token.
    let mut with_token = fields.to_vec();
    with_token.push(("_csrf", &editor.csrf));
    let forged = p
        .post(
            &edit,
            &[("cookie", &editor.cookie), ("sec-fetch-site", "cross-site")],
            &with_token,
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let other_origin = p
        .post(
            &edit,
            &[
                ("cookie", &editor.cookie),
                ("origin", "https://evil.example"),
                ("host", "portal.example"),
            ],
            &with_token,
        )
        .await;
    assert_eq!(other_origin.status, StatusCode::FORBIDDEN);
    // No token, or another session's token.
    let no_token = p.post(&edit, &[("cookie", &editor.cookie)], &fields).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let mut wrong = fields.to_vec();
    wrong.push(("_csrf", &admin.csrf));
    let wrong_token = p.post(&edit, &[("cookie", &editor.cookie)], &wrong).await;
    assert_eq!(wrong_token.status, StatusCode::FORBIDDEN);
    for path in [
        format!("/staff/texts/en/{ID}/confirm"),
        format!("/staff/texts/nl/{ID}/revert"),
        "/staff/texts/languages/en/import".to_owned(),
    ] {
        let reply = p.post(&path, &[("cookie", &editor.cookie)], &[]).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert!(texts::published(&p.state.db).await.unwrap().is_empty());

    // Unknown languages and texts are not found.
    for path in [
        "/staff/texts/xx/info-duties-short-1",
        "/staff/texts/nl/no-such-text",
    ] {
        assert_eq!(p.get_as(&editor, path).await.status, StatusCode::NOT_FOUND);
    }
    // The staff start page leads an editor to the texts.
    assert!(p
        .get_as(&editor, "/staff")
        .await
        .body
        .contains("/staff/texts"));
}

#[tokio::test]
async fn history_shows_who_changed_what_and_revert_restores_the_old_text() {
    let p = portal().await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    let first = "U vertelt ons alles wat uw bijstand kan veranderen.";
    let second = "U vertelt ons alles wat uw geld kan veranderen.";
    for value in [first, second] {
        let reply = p.edit(&editor, "nl", ID, "publish", value).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    }
    // Publishing the same text again is refused: nothing changed.
    let same = p.edit(&editor, "nl", ID, "publish", second).await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.body.contains("De tekst is niet veranderd"));

    let history = p
        .get_as(&editor, &format!("/staff/texts/nl/{ID}/history"))
        .await;
    assert_eq!(history.status, StatusCode::OK);
    assert!(history.body.contains("Naam van redactie@example.nl"));
    assert!(history.body.contains("<del>"), "{}", history.body);
    assert!(history.body.contains("<ins>"));
    let entries = texts::history(&p.state.db, "nl", ID).await.unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].old_source, format!("{ID} = {SHIPPED}"));

    // Restore the first version, then the shipped text.
    let first_version = entries[1].id.to_string();
    let reply = p
        .post_with_token(
            &editor,
            &format!("/staff/texts/nl/{ID}/revert"),
            &[("version", &first_version)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert!(p.get("/nl/duties", &[]).await.body.contains(first));
    let reply = p
        .post_with_token(
            &editor,
            &format!("/staff/texts/nl/{ID}/revert"),
            &[("version", "shipped")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(p.get("/nl/duties", &[]).await.body.contains(SHIPPED));
    // Back at the shipped Dutch text, the translations are current again.
    let outdated = p
        .get_as(&editor, "/staff/texts?lang=en&status=outdated")
        .await;
    assert!(!outdated.body.contains(&format!("<code>{ID}</code>")));

    let reverts = p
        .audit_actions()
        .await
        .into_iter()
        .filter(|(a, _)| a == "text-reverted")
        .count();
    assert_eq!(reverts, 2);
    let unknown = p
        .post_with_token(
            &editor,
            &format!("/staff/texts/nl/{ID}/revert"),
            &[("version", "999999")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

/// Issue 11: a text of thousands of `{` overflowed the Fluent parser's stack and ended
/// the whole server. Editing, previewing, publishing and importing one is refused with
/// a message; one that is in the database already is skipped when texts load.
#[tokio::test]
async fn deeply_nested_texts_are_refused_and_never_end_the_server() {
    let p = portal().await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    // Each shorter than the 4000 characters a text may have.
    let deep = "{".repeat(2500);
    let nested = format!("{}$x{}", "{ ".repeat(900), " }".repeat(900));
    let select = "{ $n ->\n *[a] ".repeat(200);
    for value in [&deep, &nested, &select] {
        for action in ["preview", "draft", "publish"] {
            let reply = p.edit(&editor, "nl", ID, action, value).await;
            assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}");
            assert!(
                reply.body.contains("te veel accolades"),
                "{action}: {}",
                reply.body
            );
            assert!(reply.body.contains("Er is een probleem"), "error summary");
        }
    }
    let import = format!("{ID} = {deep}\n");
    let reply = p
        .post_with_token(
            &editor,
            "/staff/texts/languages/en/import",
            &[("ftl", &import)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("too many braces") || reply.body.contains("te veel accolades"));
    assert!(texts::published(&p.state.db).await.unwrap().is_empty());

    // Published before the limits existed (or by hand in the database): the instance
    // that loads it, by the revision watcher or at start, skips it.
    let entry = format!("{ID} = {}$x{}", "{ ".repeat(3000), " }".repeat(3000));
    texts::publish_texts(
        &p.state.db,
        &[texts::Publication {
            lang: "nl",
            id: ID,
            old_source: "",
            new_source: &entry,
            kind: texts::PublishKind::Publish,
            stamp: None,
        }],
        None,
        0,
    )
    .await
    .unwrap();
    assert!(reload_texts(&p.state).await.unwrap());
    let page = p.get("/nl/duties", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(SHIPPED));
    // The editor still opens the text (it shows the stored text, refused on save).
    let edit = p.get_as(&editor, &format!("/staff/texts/nl/{ID}")).await;
    assert_eq!(edit.status, StatusCode::OK);
    let list = p.get_as(&editor, "/staff/texts").await;
    assert_eq!(list.status, StatusCode::OK);
}

#[tokio::test]
async fn a_language_is_exported_and_imported_as_fluent() {
    let p = portal().await;
    let editor = p.signed_in("redactie@example.nl", Role::Editor).await;
    let export = p.get_as(&editor, "/staff/texts/languages/en/export").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("meldwijzer-en.ftl"));
    assert!(export.body.contains(&format!("# nl: {ID} = {SHIPPED}")));
    assert!(export.body.contains(&format!("\n{ID} = ")));
    assert!(
        !export.body.contains("staff-sign-in-title"),
        "staff texts stay out"
    );

    // The unchanged export imports as "nothing changed".
    let same = p
        .post_with_token(
            &editor,
            "/staff/texts/languages/en/import",
            &[("ftl", &export.body)],
        )
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER, "{}", same.body);
    assert_eq!(
        same.header(header::LOCATION),
        "/staff/texts/languages?imported=0"
    );

    let changed = export
        .body
        .replacen(&format!("\n{ID} = "), &format!("\n{ID} = Imported: "), 1);
    let reply = p
        .post_with_token(
            &editor,
            "/staff/texts/languages/en/import",
            &[("ftl", &changed)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(
        reply.header(header::LOCATION),
        "/staff/texts/languages?imported=1"
    );
    assert!(p.get("/en/duties", &[]).await.body.contains("Imported: "));
    let history = texts::history(&p.state.db, "en", ID).await.unwrap();
    assert_eq!(history.len(), 1);

    // One bad text refuses the whole file.
    let bad = format!("{ID} = Again\n{WITH_DEADLINE} = Report it soon.\nno-such-text = Hello\n");
    let reply = p
        .post_with_token(
            &editor,
            "/staff/texts/languages/en/import",
            &[("ftl", &bad)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains(&format!("{WITH_DEADLINE}: De waarde")),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("no-such-text: Deze tekst bestaat niet"));
    assert!(!p.get("/en/duties", &[]).await.body.contains("Again"));
    let broken = p
        .post_with_token(
            &editor,
            "/staff/texts/languages/en/import",
            &[("ftl", "a = {")],
        )
        .await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);

    let audit = p.audit_actions().await;
    assert!(audit.contains(&("text-imported".into(), format!("en/{ID}"))));
    assert!(audit.contains(&("texts-imported".into(), "en".into())));
}

/// Waits until `check` holds, failing after `limit`.
async fn eventually<F, Fut>(limit: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + limit;
    while !check().await {
        assert!(
            Instant::now() < deadline,
            "condition not met within {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Two instances on one database: a text published on one is served by the other
/// after it notices the new revision, without a restart.
async fn two_instances(url: &str) {
    let a = portal_on(url).await;
    let b = portal_on(url).await;
    let editor = a.signed_in("redactie@example.nl", Role::Editor).await;
    assert!(b.get("/nl/duties", &[]).await.body.contains(SHIPPED));
    assert!(!reload_texts(&b.state).await.unwrap(), "nothing new yet");

    let new = "Vertel ons zelf alles wat uw bijstand kan veranderen.";
    let reply = a.edit(&editor, "nl", ID, "publish", new).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert!(a.get("/nl/duties", &[]).await.body.contains(new));

    // By hand (what the watcher calls)…
    assert!(reload_texts(&b.state).await.unwrap());
    assert!(b.get("/nl/duties", &[]).await.body.contains(new));

    // …and by the watcher that `serve` starts.
    let watcher = spawn_watcher(b.state.clone(), Duration::from_millis(50));
    let newer = "Vertel ons alles wat uw bijstand kan veranderen.";
    let reply = a.edit(&editor, "nl", ID, "publish", newer).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    eventually(Duration::from_secs(10), || async {
        b.get("/nl/duties", &[]).await.body.contains(newer)
    })
    .await;
    watcher.abort();
}

#[tokio::test]
async fn two_instances_share_published_texts_on_sqlite() {
    let (url, _dir) = support::fresh_sqlite();
    two_instances(&url).await;
}

#[tokio::test]
async fn two_instances_share_published_texts_on_postgres() {
    let Some(url) = support::fresh_postgres().await else {
        return;
    };
    two_instances(&url).await;
}

#[test]
fn every_shipped_text_is_one_entry_that_parses_on_its_own() {
    use meldwijzer::i18n::catalog::read_locale;
    use meldwijzer::i18n::entries::{entry_from_value, entry_value, split_messages};
    use meldwijzer::i18n::lint::message_ids;
    let dir = support::project_path("locales");
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        let locale = read_locale(&dir, lang).unwrap();
        for (path, text) in &locale.files {
            let split = split_messages(text);
            let ids: Vec<String> = split.iter().map(|(id, _)| id.clone()).collect();
            assert_eq!(ids, message_ids(text), "{}", path.display());
            for (id, entry) in &split {
                assert_eq!(message_ids(entry), std::slice::from_ref(id), "{id}");
                // What the editor shows turns back into the same message.
                let again = entry_from_value(id, &entry_value(entry));
                assert!(
                    fluent_bundle::FluentResource::try_new(again).is_ok(),
                    "{id}"
                );
            }
        }
    }
}
