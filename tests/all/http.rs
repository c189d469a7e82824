//! The HTTP surface, driven through the axum router without a network.

use crate::support;

use axum::http::{header, StatusCode};
use support::pages::{app, get};
use support::portal::{Options, Portal};
use time::macros::date;

#[tokio::test]
async fn root_redirects_to_the_preferred_language() {
    let (app, _dir) = app(None).await;
    let cases = [
        (vec![], "/nl"),
        (vec![("accept-language", "ar-MA,ar;q=0.9,fr;q=0.5")], "/ar"),
        (vec![("accept-language", "de, pl;q=0.8")], "/pl"),
        (
            vec![("accept-language", "ar"), ("cookie", "mw_lang=uk")],
            "/uk",
        ),
        (vec![("cookie", "other=1; mw_lang=tr")], "/tr"),
        (vec![("cookie", "mw_lang=xx")], "/nl"),
    ];
    for (headers, location) in cases {
        let reply = get(&app, "/", &headers).await;
        assert!(
            reply.status.is_redirection(),
            "{headers:?}: {}",
            reply.status
        );
        assert_eq!(reply.headers[header::LOCATION], location, "{headers:?}");
        assert!(reply.headers[header::VARY]
            .to_str()
            .unwrap()
            .contains("Accept-Language"));
    }
}

/// Issue 20: `/nl/` answered 404. Every address with a trailing slash is sent, with its
/// query, to the address without it; what would leave the site is not.
#[tokio::test]
async fn a_trailing_slash_redirects_to_the_page() {
    let (app, _dir) = app(None).await;
    let cases = [
        ("/nl/", "/nl"),
        ("/en/duties/", "/en/duties"),
        ("/nl/help//", "/nl/help"),
        ("/nl/self-check/?answers=1", "/nl/self-check?answers=1"),
        ("/staff/sign-in/", "/staff/sign-in"),
    ];
    for (path, location) in cases {
        let reply = get(&app, path, &[]).await;
        assert_eq!(reply.status, StatusCode::PERMANENT_REDIRECT, "{path}");
        assert_eq!(reply.header(header::LOCATION), location, "{path}");
        let target = location.split('?').next().unwrap();
        assert_eq!(
            get(&app, target, &[]).await.status,
            StatusCode::OK,
            "{target}"
        );
    }
    for path in ["//evil.example/", "/\\evil.example/"] {
        let reply = get(&app, path, &[]).await;
        assert!(
            !reply.header(header::LOCATION).contains("evil"),
            "{path}: {}",
            reply.header(header::LOCATION)
        );
    }
    // A form is never redirected (a browser would post again, or not at all).
    let reply = support::portal::send(
        &app,
        axum::http::Request::post("/nl/report/identity/")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_ne!(reply.status, StatusCode::PERMANENT_REDIRECT);
}

#[tokio::test]
async fn pages_have_language_direction_and_landmarks() {
    let (app, _dir) = app(None).await;
    for (lang, dir) in [
        ("nl", "ltr"),
        ("en", "ltr"),
        ("ar", "rtl"),
        ("tr", "ltr"),
        ("pl", "ltr"),
        ("uk", "ltr"),
    ] {
        for page in ["", "/accessibility"] {
            let reply = get(&app, &format!("/{lang}{page}"), &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "/{lang}{page}");
            let body = &reply.body;
            assert!(
                body.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")),
                "/{lang}{page}"
            );
            // The skip link is the first thing in the body.
            let after_body = body.split("<body>").nth(1).unwrap().trim_start();
            assert!(
                after_body.starts_with("<a href=\"#main\" class=\"skip-link\""),
                "/{lang}{page}"
            );
            for landmark in ["<header", "<main id=\"main\"", "<footer", "<h1>", "<title>"] {
                assert!(body.contains(landmark), "/{lang}{page} lacks {landmark}");
            }
            // Settings reach the texts: the municipality's name and phone number.
            assert!(
                body.contains("Steenwijkerland") && body.contains("14\u{a0}0521"),
                "/{lang}{page}"
            );
        }
    }
}

#[tokio::test]
async fn language_switcher_links_to_the_same_page_in_every_language() {
    let (app, _dir) = app(None).await;
    let body = get(&app, "/ar/accessibility", &[]).await.body;
    for (code, name) in [
        ("nl", "Nederlands"),
        ("en", "English"),
        ("ar", "العربية"),
        ("tr", "Türkçe"),
        ("pl", "Polski"),
        ("uk", "Українська"),
    ] {
        assert!(
            body.contains(&format!(
                "href=\"/{code}/accessibility\" hreflang=\"{code}\" lang=\"{code}\""
            )),
            "link to {code}"
        );
        assert!(body.contains(name), "{name}");
    }
    assert!(body.contains("aria-current=\"true\""));
}

#[tokio::test]
async fn unknown_pages_are_404_in_the_visitors_language() {
    let (app, _dir) = app(None).await;
    let dutch = get(&app, "/nl/bestaat-niet", &[]).await;
    assert_eq!(dutch.status, StatusCode::NOT_FOUND);
    assert!(dutch.body.contains("Deze pagina bestaat niet"));
    assert!(dutch.body.contains("<html lang=\"nl\""));

    let arabic = get(&app, "/ar/nothing-here", &[]).await;
    assert_eq!(arabic.status, StatusCode::NOT_FOUND);
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\""));

    // No language in the path: the browser's preference decides.
    let english = get(&app, "/no-such-page", &[("accept-language", "en-GB")]).await;
    assert_eq!(english.status, StatusCode::NOT_FOUND);
    assert!(english.body.contains("<html lang=\"en\""));

    let unknown_language = get(&app, "/xx", &[]).await;
    assert_eq!(unknown_language.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn visiting_a_language_remembers_it() {
    let (app, _dir) = app(None).await;
    let reply = get(&app, "/tr", &[]).await;
    let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("mw_lang=tr;") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    // Already remembered: no new cookie.
    let reply = get(&app, "/tr", &[("cookie", "mw_lang=tr")]).await;
    assert!(reply.headers.get(header::SET_COOKIE).is_none());
    // Not-found pages do not change the choice.
    let reply = get(&app, "/pl/missing", &[]).await;
    assert!(reply.headers.get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn security_headers_and_a_nonce_that_matches_the_script() {
    let (app, _dir) = app(None).await;
    // With a query the page is rendered for this request (a page without one comes from
    // the render cache and allows its scripts by hash: tests/all/page_cache.rs).
    let reply = get(&app, "/nl?from=test", &[]).await;
    let h = &reply.headers;
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert!(h["strict-transport-security"]
        .to_str()
        .unwrap()
        .contains("max-age="));
    let csp = h["content-security-policy"].to_str().unwrap();
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{csp} lacks {directive}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("http"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(nonce.len() >= 16);
    assert!(
        reply.body.contains(&format!("nonce=\"{nonce}\"")),
        "script carries the nonce"
    );
    // Every rendered response gets a fresh nonce.
    let again = get(&app, "/nl?from=test", &[]).await;
    assert!(!again.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains(nonce));
    // Non-page responses get the strict default policy.
    let health = get(&app, "/healthz", &[]).await;
    assert!(health.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));
}

#[tokio::test]
async fn healthz_checks_the_database() {
    let portal = Portal::sqlite_with(Options::default()).await;
    let (app, state) = (&portal.app, &portal.state);
    let reply = get(app, "/healthz", &[]).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (StatusCode::OK, "ok\n")
    );
    state.db.close().await;
    let reply = get(app, "/healthz", &[]).await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn responses_are_compressed() {
    let (app, _dir) = app(None).await;
    let reply = get(&app, "/nl", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(reply.headers[header::CONTENT_ENCODING], "br");
}

#[tokio::test]
async fn no_texts_are_hard_coded_in_the_page() {
    // A text published over the shipped one appears on the next request: pages read
    // the catalog at request time, so nothing compiled in can go stale.
    let portal = Portal::sqlite_with(Options::default()).await;
    let (app, state) = (&portal.app, &portal.state);
    let settings = state.settings.clone();
    let overrides = vec![meldwijzer::i18n::TextOverride {
        lang: "nl".into(),
        id: "start-title".into(),
        source: "start-title = Een nieuwe titel".into(),
    }];
    let catalog =
        meldwijzer::i18n::Catalog::load(&state.locales_dir, &settings, &overrides).unwrap();
    state.catalog.replace(catalog);
    let body = get(app, "/nl", &[]).await.body;
    assert!(body.contains("<h1>Een nieuwe titel</h1>"), "{body}");
}

#[tokio::test]
async fn information_pages_exist_in_every_language_and_link_to_each_other() {
    let (app, _dir) = app(None).await;
    let pages = [
        "duties",
        "what-to-report",
        "consequences",
        "what-we-know",
        "help",
        "changes-2026",
    ];
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        let start = get(&app, &format!("/{lang}"), &[]).await.body;
        assert!(
            start.contains(&format!("href=\"/{lang}/duties\"")),
            "start page links the duties in {lang}"
        );
        for page in pages {
            let reply = get(&app, &format!("/{lang}/{page}"), &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "/{lang}/{page}");
            let body = &reply.body;
            assert!(
                body.contains("class=\"in-short\""),
                "/{lang}/{page}: in short"
            );
            assert!(
                body.contains("class=\"on-this-page"),
                "/{lang}/{page}: on this page"
            );
            assert!(
                body.contains("href=\"#s-"),
                "/{lang}/{page}: section anchors"
            );
            assert!(
                body.contains(&format!("href=\"/{lang}/self-check\"")),
                "/{lang}/{page}: next steps"
            );
            for other in pages {
                assert!(
                    body.contains(&format!("href=\"/{lang}/{other}\"")),
                    "/{lang}/{page} links {other}"
                );
            }
            assert!(
                !body.contains(&format!("info-{page}-")),
                "/{lang}/{page} shows a message id"
            );
        }
    }
}

#[tokio::test]
async fn changing_a_threshold_changes_every_page() {
    // The same portal with a different gift limit and number of days abroad.
    let shipped =
        std::fs::read_to_string(support::project_path("config/steenwijkerland.toml")).unwrap();
    let changed = shipped
        .replace("gift_limit = 1200", "gift_limit = 1800")
        .replace("days_abroad = 28", "days_abroad = 21");
    assert_ne!(shipped, changed);
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    std::fs::write(&settings, changed).unwrap();
    let url = format!("sqlite://{}/db.sqlite", dir.path().display());
    let options = Options {
        settings: Some(settings),
        ..Options::default()
    };
    let app = Portal::on_with(&url, options).await.app;

    let cases = [
        ("nl", "€\u{a0}1.800"),
        ("en", "€1,800"),
        ("tr", "€1.800"),
        ("pl", "1800\u{a0}€"),
        ("uk", "1\u{a0}800\u{a0}€"),
        ("ar", "€1,800"),
    ];
    for (lang, amount) in cases {
        let body = get(&app, &format!("/{lang}/what-to-report"), &[])
            .await
            .body;
        assert!(body.contains(amount), "{lang}: gift limit {amount}");
        assert!(
            !body.contains("1.200") && !body.contains("1,200"),
            "{lang}: old limit gone"
        );
        assert!(body.contains("21"), "{lang}: days abroad");
    }
}

#[tokio::test]
async fn the_pages_the_start_page_links_to_exist_in_every_language() {
    let (app, _dir) = app(None).await;
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        for path in ["/duties", "/self-check", "/report"] {
            let reply = get(&app, &format!("/{lang}{path}"), &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "/{lang}{path}");
        }
    }
    let reply = get(&app, "/nl/report", &[]).await;
    assert!(reply.body.contains("Een verandering doorgeven"));
    assert!(reply.body.contains("/nl/self-check"));
}

/// Issue 18: the page on the changes of 2026 knows what day it is. Before 1 January
/// 2027 it describes that day as coming; from it on, as the present, title, summary
/// and the links to it included, at the same address.
#[tokio::test]
async fn the_changes_page_follows_the_date() {
    struct Case {
        lang: &'static str,
        today: time::Date,
        shown: [&'static str; 4],
        gone: [&'static str; 2],
    }
    let before = date!(2026 - 12 - 31);
    let after = date!(2027 - 01 - 01);
    let cases = [
        Case {
            lang: "nl",
            today: before,
            shown: [
                "<h1>Wat verandert er in 2026?</h1>",
                "Op 1 januari 2026 is de wet voor de bijstand veranderd.",
                "Wat verandert er op 1 januari 2027?",
                "Vanaf 1 januari 2027 mogen jongeren meer bijverdienen.",
            ],
            gone: ["Sinds 1 januari 2027", "Wat is er veranderd"],
        },
        Case {
            lang: "nl",
            today: after,
            shown: [
                "<h1>Wat is er veranderd in 2026 en 2027?</h1>",
                "Op 1 januari 2026 en op 1 januari 2027 is de wet voor de bijstand veranderd.",
                "Wat is er anders sinds 1 januari 2027?",
                "Sinds 1 januari 2027 mogen jongeren meer bijverdienen.",
            ],
            gone: ["Vanaf 1 januari 2027", "Wat verandert er in 2026?"],
        },
        Case {
            lang: "ar",
            today: before,
            shown: [
                "<h1>ما الذي يتغير في 2026؟</h1>",
                "في 1 يناير 2026 تغيّر قانون إعانة bijstand.",
                "ما الذي يتغير في 1 يناير 2027؟",
                "من 1 يناير 2027 يُسمح للشباب",
            ],
            gone: ["منذ 1 يناير 2027", "ما الذي تغيّر في 2026 و2027؟"],
        },
        Case {
            lang: "ar",
            today: after,
            shown: [
                "<h1>ما الذي تغيّر في 2026 و2027؟</h1>",
                "في 1 يناير 2026 وفي 1 يناير 2027 تغيّر قانون إعانة bijstand.",
                "ما الذي تغيّر منذ 1 يناير 2027؟",
                "منذ 1 يناير 2027 يُسمح للشباب",
            ],
            gone: ["من 1 يناير 2027 يُسمح", "ما الذي يتغير في 2026؟"],
        },
    ];
    for case in cases {
        let (app, _dir) = app(Some(case.today)).await;
        let path = format!("/{}/changes-2026", case.lang);
        let reply = get(&app, &path, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{path} on {}", case.today);
        for text in case.shown {
            assert!(
                reply.body.contains(text),
                "{path} on {}: {text}",
                case.today
            );
        }
        for text in case.gone {
            assert!(
                !reply.body.contains(text),
                "{path} on {}: {text}",
                case.today
            );
        }
        assert!(
            !reply.body.contains("-from-2027"),
            "{path}: a message id shows"
        );
    }
    // The link to the page from the other pages follows the date too.
    for (today, nav) in [
        (before, "Nieuw in 2026<"),
        (after, "Nieuw in 2026 en 2027<"),
    ] {
        let (app, _dir) = app(Some(today)).await;
        let body = get(&app, "/nl/duties", &[]).await.body;
        assert!(body.contains(nav), "{today}: {nav}");
    }
}

/// The `content` of the page's one `<meta name="description">`.
fn description(html: &str) -> Option<&str> {
    let marker = "<meta name=\"description\" content=\"";
    let mut found = html.split(marker).skip(1);
    let content = found.next()?.split('"').next()?;
    assert!(found.next().is_none(), "two descriptions: {html}");
    Some(content)
}

/// Issue 21: every resident page has a short description (what a search engine shows
/// under its title) in the page's own language.
#[tokio::test]
async fn every_resident_page_has_a_description_in_its_language() {
    let (app, _dir) = app(Some(date!(2026 - 03 - 10))).await;
    let pages = [
        "",
        "/duties",
        "/what-to-report",
        "/consequences",
        "/what-we-know",
        "/help",
        "/changes-2026",
        "/glossary",
        "/accessibility",
        "/self-check",
        "/self-check?_start=1",
        "/self-check?life-areas=work&_q=life-areas",
        "/self-check?life-areas=work&work-change=benefit&work-date=2026-03-01",
        "/report",
        "/report/identity",
        "/no-such-page",
    ];
    for page in pages {
        let mut seen: Vec<(String, String)> = Vec::new();
        for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
            let path = format!("/{lang}{page}");
            let body = get(&app, &path, &[]).await.body;
            let text = description(&body).unwrap_or_else(|| panic!("{path}: no description"));
            let length = text.chars().count();
            assert!(
                (20..=160).contains(&length),
                "{path}: {length} characters: {text}"
            );
            assert!(!text.contains("-summary"), "{path}: a message id: {text}");
            // In the page's language: not the text of another language.
            if let Some((other, _)) = seen.iter().find(|(_, t)| t == text) {
                panic!("{path}: the same description as in {other}: {text}");
            }
            seen.push((lang.to_owned(), text.to_owned()));
        }
    }
}

/// The pages of the change notice after its first step, and the confirmation.
#[tokio::test]
async fn the_change_notice_steps_have_a_description() {
    let portal = Portal::sqlite_with(Options::default()).await;
    let mut resident = support::resident::Resident::on(&portal);
    resident.fill_in(1).await.unwrap();
    let check = resident.get("/nl/report/check").await;
    assert!(
        description(&check.body).is_some_and(|d| !d.is_empty()),
        "{}",
        check.body
    );
    resident.submit().await.unwrap();
    let received = resident.get("/nl/report/received").await;
    assert!(
        description(&received.body).is_some_and(|d| !d.is_empty()),
        "{}",
        received.body
    );
}
