//! Behind a reverse proxy (issue 20): with trusted proxies set, every limit counts the
//! client address the proxy names; without them, or from a peer that is no trusted
//! proxy, a forwarded header changes nothing. Through the router with the connection's
//! address set, as the accept loop sets it. The bad-header cases themselves are a table
//! in `meldwijzer::domain::forwarded`; here a few go through the whole portal.

use crate::support;

use axum::http::StatusCode;
use meldwijzer::auth::LimitPolicy;
use meldwijzer::domain::forwarded::Header;
use meldwijzer::server::router;
use support::portal::{Options, Portal};
use support::resident::Resident;
use time::macros::date;

const PROXY: &str = "127.0.0.1:50000";
const STRANGER: &str = "198.51.100.9:50000";

/// A portal behind a proxy at 127.0.0.1, with one notice per address and hour.
async fn behind_proxy(header: Header) -> Portal {
    let options = Options {
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        forwarded_header: header,
        ..Options::on(date!(2026 - 03 - 10))
    };
    with_limit_of_one(Portal::sqlite_with(options).await)
}

fn with_limit_of_one(mut portal: Portal) -> Portal {
    portal.state.notice_limit = LimitPolicy {
        max_failures: 1,
        window_seconds: 3600,
    };
    portal.app = router(portal.state.clone());
    portal
}

/// A resident whose requests reach the portal from `peer` with `headers`.
fn resident(portal: &Portal, peer: &str, headers: &[(&str, &str)]) -> Resident {
    let mut r = Resident::on(portal);
    r.peer = Some(peer.parse().unwrap());
    r.headers = headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    r
}

async fn notice_count(portal: &Portal) -> i64 {
    use meldwijzer::store::notices;
    notices::list(&portal.state.db, &notices::Filter::default(), 10, 0)
        .await
        .unwrap()
        .total
}

/// Fills in a notice and sends it; the status of the send.
async fn send_notice(r: &mut Resident, n: usize) -> StatusCode {
    r.fill_in(n).await.expect("the notice is filled in");
    r.post("/nl/report/submit", &[("declaration", "yes")])
        .await
        .status
}

#[tokio::test]
async fn thirty_forwarded_addresses_each_get_their_own_notice_limit() {
    let portal = behind_proxy(Header::XForwardedFor).await;
    for i in 0..30 {
        // What the client wrote itself comes first; the proxy appended the real one.
        let forwarded = format!("10.9.9.9, 203.0.113.{i}");
        let mut r = resident(&portal, PROXY, &[("x-forwarded-for", &forwarded)]);
        assert_eq!(send_notice(&mut r, i).await, StatusCode::SEE_OTHER, "{i}");
    }
    assert_eq!(notice_count(&portal).await, 30);
    // Each address has used its one notice: the next from any of them is refused,
    // whatever the client writes in front.
    let mut again = resident(
        &portal,
        PROXY,
        &[("x-forwarded-for", "203.0.113.200, 203.0.113.7")],
    );
    assert_eq!(
        send_notice(&mut again, 99).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // The proxy's own address is another client still.
    let mut direct = resident(&portal, PROXY, &[]);
    assert_eq!(send_notice(&mut direct, 100).await, StatusCode::SEE_OTHER);
    assert_eq!(notice_count(&portal).await, 31);
}

#[tokio::test]
async fn rfc_7239_forwarded_names_the_client_when_the_proxy_writes_it() {
    let portal = behind_proxy(Header::Forwarded).await;
    for (i, value) in [
        "for=192.0.2.1;proto=https",
        "for=\"[2001:db8:cafe::17]:4711\"",
        "for=10.9.9.9, for=192.0.2.2",
    ]
    .iter()
    .enumerate()
    {
        let mut r = resident(&portal, PROXY, &[("forwarded", value)]);
        assert_eq!(
            send_notice(&mut r, i).await,
            StatusCode::SEE_OTHER,
            "{value}"
        );
    }
    // X-Forwarded-For is not the header this proxy writes: a client's own is ignored,
    // so this counts against the proxy's address, which is still free once…
    let mut r = resident(&portal, PROXY, &[("x-forwarded-for", "192.0.2.77")]);
    assert_eq!(send_notice(&mut r, 10).await, StatusCode::SEE_OTHER);
    // …and then used.
    let mut r = resident(&portal, PROXY, &[("x-forwarded-for", "192.0.2.78")]);
    assert_eq!(send_notice(&mut r, 11).await, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_forged_header_from_an_untrusted_peer_changes_nothing() {
    let portal = behind_proxy(Header::XForwardedFor).await;
    let mut first = resident(&portal, STRANGER, &[("x-forwarded-for", "203.0.113.1")]);
    assert_eq!(send_notice(&mut first, 0).await, StatusCode::SEE_OTHER);
    // Another forged address, or a trusted one, from the same peer: the same client.
    for (i, forged) in ["203.0.113.2", "127.0.0.1", "203.0.113.3, 127.0.0.1"]
        .iter()
        .enumerate()
    {
        let mut r = resident(&portal, STRANGER, &[("x-forwarded-for", forged)]);
        assert_eq!(
            send_notice(&mut r, i + 1).await,
            StatusCode::TOO_MANY_REQUESTS,
            "{forged}"
        );
    }
    assert_eq!(notice_count(&portal).await, 1);
}

#[tokio::test]
async fn without_trusted_proxies_the_headers_are_ignored() {
    let portal = with_limit_of_one(Portal::sqlite_with(Options::on(date!(2026 - 03 - 10))).await);
    let mut first = resident(&portal, PROXY, &[("x-forwarded-for", "203.0.113.1")]);
    assert_eq!(send_notice(&mut first, 0).await, StatusCode::SEE_OTHER);
    let mut second = resident(&portal, PROXY, &[("x-forwarded-for", "203.0.113.2")]);
    assert_eq!(
        send_notice(&mut second, 1).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn bad_forwarded_headers_never_cause_an_error_and_count_against_the_proxy() {
    let portal = behind_proxy(Header::XForwardedFor).await;
    let long = format!("{}, 203.0.113.5", "1.1.1.1, ".repeat(2000));
    let many: Vec<(&str, &str)> = std::iter::repeat_n(("x-forwarded-for", "garbage"), 50).collect();
    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![("x-forwarded-for", "not an address")],
        vec![("x-forwarded-for", "203.0.113.5, unknown")],
        vec![("x-forwarded-for", "")],
        vec![("x-forwarded-for", ",,,,")],
        vec![("x-forwarded-for", "[::1")],
        vec![("x-forwarded-for", &long)],
        many,
    ];
    // The first bad header counts against the proxy itself; so does every later one.
    for (i, headers) in cases.iter().enumerate() {
        let mut r = resident(&portal, PROXY, headers);
        r.fill_in(i)
            .await
            .expect("a bad header never breaks a page");
        let status = r
            .post("/nl/report/submit", &[("declaration", "yes")])
            .await
            .status;
        let expected = if i == 0 {
            StatusCode::SEE_OTHER
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(status, expected, "case {i}");
    }
    assert_eq!(notice_count(&portal).await, 1);
}

/// Failed staff sign-ins count per forwarded address too: one office's mistakes do not
/// lock out another behind the same proxy.
#[tokio::test]
async fn failed_staff_sign_ins_count_per_forwarded_address() {
    use meldwijzer::config::settings::Staff;
    let options = Options {
        trusted_proxies: vec!["127.0.0.0/8".parse().unwrap()],
        staff: Some(Staff {
            max_failures_per_address: 2,
            ..Staff::default()
        }),
        ..Options::staff()
    };
    let portal = Portal::sqlite_with(options).await;
    let sign_in = |i: usize, office: &'static str| {
        let portal = &portal;
        async move {
            portal
                .try_sign_in_via(&format!("gok{i}@example.nl"), office)
                .await
        }
    };
    for i in 0..2 {
        assert_eq!(
            sign_in(i, "192.0.2.1").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    assert_eq!(sign_in(2, "192.0.2.1").await, StatusCode::TOO_MANY_REQUESTS);
    // Another office behind the same proxy is not locked out.
    assert_eq!(
        sign_in(3, "192.0.2.2").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

impl Portal {
    /// A failed sign-in through the proxy at 127.0.0.1 for the client `office`.
    async fn try_sign_in_via(&self, email: &str, office: &str) -> StatusCode {
        let page = self.get("/staff/sign-in", &[]).await;
        let token = page.cookie("__Host-mw_staff_signin").unwrap();
        self.post_from(
            "/staff/sign-in",
            &[
                ("cookie", &format!("__Host-mw_staff_signin={token}")),
                ("x-forwarded-for", office),
            ],
            &[
                ("email", email),
                ("password", "fout fout fout"),
                ("_csrf", &token),
            ],
            Some("127.0.0.1"),
        )
        .await
        .status
    }
}
