//! Residents download no staff code: the pages a resident opens load the residents'
//! client, whose WebAssembly exports the residents' islands and not the staff text
//! editor's helper; the staff pages load the staff client, which has it. Checked on the
//! files the running portal links and serves (the release build's clients,
//! `scripts/lib/build.sh`), by the islands the WebAssembly exports.

use crate::support;

use meldwijzer::auth::Role;
use support::spawned::{get, sign_in, Portal};

const EDITOR: &str = "redactie@example.nl";

/// The pages' islands, as `#[island]` names them: `TextHelper_1234…` is `TextHelper`.
const RESIDENT_ISLANDS: [&str; 2] = ["PrintButton", "SelfCheckSteps"];
const STAFF_ISLAND: &str = "TextHelper";

/// The client a page links: its script and WebAssembly under `/pkg`.
struct Client {
    js: String,
    wasm: String,
}

fn linked_client(html: &str) -> Client {
    let linked = |suffix: &str| {
        let names: Vec<&str> = html
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|href| href.starts_with("/pkg/") && href.ends_with(suffix))
            .collect();
        assert_eq!(names.len(), 1, "one {suffix} linked: {names:?}");
        names[0].to_string()
    };
    Client {
        js: linked(".js"),
        wasm: linked(".wasm"),
    }
}

/// The islands whose `data-component` a page names.
fn islands_on(html: &str) -> Vec<String> {
    html.split("data-component=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

/// The names a WebAssembly module exports (its export section, id 7).
fn exports(wasm: &[u8]) -> Vec<String> {
    fn leb(bytes: &[u8], at: &mut usize) -> usize {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = bytes[*at];
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte < 0x80 {
                return value;
            }
        }
    }
    assert_eq!(&wasm[..4], b"\0asm", "not WebAssembly");
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at);
        let end = at + size;
        if id == 7 {
            let count = leb(wasm, &mut at);
            return (0..count)
                .map(|_| {
                    let len = leb(wasm, &mut at);
                    let name = String::from_utf8(wasm[at..at + len].to_vec()).unwrap();
                    at += len + 1; // the name, then the kind
                    leb(wasm, &mut at); // the index
                    name
                })
                .collect();
        }
        at = end;
    }
    Vec::new()
}

/// The islands a client's WebAssembly exports, by component name.
async fn exported_islands(http: &reqwest::Client, base: &str, client: &Client) -> Vec<String> {
    let wasm = get(http, &format!("{base}{}", client.wasm), "").await;
    assert_eq!(wasm.status, 200, "{}", client.wasm);
    let mut islands: Vec<String> = exports(&wasm.bytes)
        .into_iter()
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    islands.sort();
    islands
}

fn component(name: &str) -> &str {
    name.split('_').next().unwrap()
}

#[tokio::test]
async fn residents_pages_load_a_client_without_the_staff_island() {
    let accounts = [(EDITOR, "Rita Redactie", Role::Editor)];
    let Some(portal) = Portal::start_with_staff(&accounts, support::staff::PASSWORD, &[]).await
    else {
        return;
    };
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    // Pages with each resident island, and pages without islands.
    let mut residents = None;
    for path in [
        "/nl",
        "/ar/duties",
        "/nl/self-check?life-areas=work",
        "/nl/report",
    ] {
        let page = get(&http, &portal.url(path), "").await;
        assert_eq!(page.status, 200, "{path}");
        let client = linked_client(&page.body);
        let exported = exported_islands(&http, &portal.base, &client).await;
        let components: Vec<&str> = exported.iter().map(|n| component(n)).collect();
        assert_eq!(components, RESIDENT_ISLANDS, "{path}: {exported:?}");
        for island in islands_on(&page.body) {
            assert!(exported.contains(&island), "{path}: {island} not exported");
        }
        let js = get(&http, &portal.url(&client.js), "").await;
        assert_eq!(js.status, 200);
        assert!(!js.body.contains(STAFF_ISLAND), "{path}: the script");
        residents.get_or_insert(client.wasm.clone());
        assert_eq!(residents.as_deref(), Some(client.wasm.as_str()), "{path}");
    }

    // The text editor: the staff client, with the helper the page mounts.
    let staff = sign_in(&http, &portal.base, EDITOR).await;
    let page = get(
        &http,
        &portal.url("/staff/texts/nl/info-duties-short-1"),
        &staff.cookie,
    )
    .await;
    assert_eq!(page.status, 200);
    let client = linked_client(&page.body);
    assert_ne!(Some(client.wasm.as_str()), residents.as_deref());
    let exported = exported_islands(&http, &portal.base, &client).await;
    let components: Vec<&str> = exported.iter().map(|n| component(n)).collect();
    assert_eq!(components, ["PrintButton", "SelfCheckSteps", STAFF_ISLAND]);
    let on_page = islands_on(&page.body);
    assert!(
        on_page.iter().any(|n| component(n) == STAFF_ISLAND),
        "{on_page:?}"
    );
    for island in on_page {
        assert!(exported.contains(&island), "{island} not exported");
    }
}
