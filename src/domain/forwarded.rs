//! The client's network address behind trusted reverse proxies.
//!
//! A proxy appends the address it received the request from to a header
//! (`X-Forwarded-For: client, proxy1` or RFC 7239 `Forwarded: for=client`), and passes
//! on whatever the client itself wrote there in front of it. So only the right end of
//! the list can be believed: walking from the connection's peer leftwards, each address
//! was written by the hop to its right, and the walk may go on only while that hop is
//! a trusted proxy. The client is the first address reached that is not a trusted
//! proxy. Everything left of it is the client's to forge, and is never read.
//!
//! Whatever the headers hold, the answer is an address the walk could vouch for: an
//! untrusted peer, an entry that does not parse, a header that is too long or has too
//! many hops all stop the walk at the last address reached, never produce an error.

pub use crate::config::env::ForwardedHeader as Header;
pub use ipnet::IpNet;
use std::net::IpAddr;

/// How many entries of a header the walk reads from the right at most: a real chain
/// of proxies is two or three long; the rest of a longer list cannot be trusted anyway.
pub const MAX_HOPS: usize = 16;

/// A header value longer than this is not read at all (a proxy writes a short list;
/// hyper bounds the whole request head, this bounds the work per value).
pub const MAX_VALUE_LEN: usize = 4096;

/// The networks of the reverse proxies whose headers are believed. Empty: none are,
/// and the client is always the connection's peer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        TrustedProxies(networks)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn networks(&self) -> &[IpNet] {
        &self.0
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address for a request from `peer` with the values (in the order
    /// received) of the header the proxies write.
    pub fn client_address(&self, peer: IpAddr, header: Header, values: &[&[u8]]) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.contains(client) {
            return client;
        }
        let mut entries = values.iter().rev().flat_map(|value| {
            // An unreadable value ends the walk where it stands.
            let text = std::str::from_utf8(value)
                .ok()
                .filter(|t| t.len() <= MAX_VALUE_LEN);
            let entries: Box<dyn Iterator<Item = Option<IpAddr>>> = match (text, header) {
                (None, _) => Box::new(std::iter::once(None)),
                (Some(text), Header::XForwardedFor) => {
                    Box::new(text.rsplit(',').map(forwarded_for_entry))
                }
                (Some(text), Header::Forwarded) => {
                    Box::new(split_elements(text).into_iter().rev().map(forwarded_entry))
                }
            };
            entries
        });
        for _ in 0..MAX_HOPS {
            match entries.next() {
                Some(Some(address)) => {
                    client = address;
                    if !self.contains(client) {
                        return client;
                    }
                }
                // The end of the list, or an entry that is no address (`unknown`, an
                // obfuscated name, garbage): the last hop reached is the client.
                Some(None) | None => return client,
            }
        }
        client
    }
}

/// One entry of `X-Forwarded-For`: an address, perhaps with a port (`192.0.2.1:4711`,
/// `[2001:db8::1]:4711`), which some proxies add.
fn forwarded_for_entry(entry: &str) -> Option<IpAddr> {
    node_address(entry.trim())
}

/// An address, or an address with a port, as a proxy writes it; nothing else.
fn node_address(node: &str) -> Option<IpAddr> {
    if node.is_empty() || node.len() > 64 {
        return None;
    }
    if let Ok(address) = node.parse::<IpAddr>() {
        return Some(address.to_canonical());
    }
    if let Ok(socket) = node.parse::<std::net::SocketAddr>() {
        return Some(socket.ip().to_canonical());
    }
    // `[2001:db8::1]` without a port (RFC 7239 writes IPv6 in brackets).
    let bracketed = node.strip_prefix('[')?.strip_suffix(']')?;
    bracketed
        .parse::<std::net::Ipv6Addr>()
        .ok()
        .map(|a| IpAddr::V6(a).to_canonical())
}

/// The elements of a `Forwarded` value: split at commas outside quoted strings.
fn split_elements(value: &str) -> Vec<&str> {
    let mut elements = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                elements.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    // An unclosed quote makes the last element unreadable, which ends the walk there.
    elements.push(if quoted { "\"" } else { &value[start..] });
    elements
}

/// The address in the one `for=` parameter of a `Forwarded` element
/// (`for=192.0.2.60;proto=https;by=203.0.113.43`, `for="[2001:db8:cafe::17]:4711"`).
/// An element without it, with two, or with `for=unknown` or an obfuscated name
/// (`for=_hidden`) names no address.
fn forwarded_entry(element: &str) -> Option<IpAddr> {
    let mut found = None;
    for pair in element.split(';') {
        let (name, value) = pair.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("for") {
            continue;
        }
        if found.is_some() {
            return None;
        }
        let value = value.trim();
        let value = match value.strip_prefix('"') {
            // Addresses hold no characters that need a backslash.
            Some(quoted) if !quoted.contains('\\') => quoted.strip_suffix('"')?,
            Some(_) => return None,
            None => value,
        };
        found = Some(node_address(value)?);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(nets: &[&str]) -> TrustedProxies {
        TrustedProxies::new(nets.iter().map(|n| n.parse().unwrap()).collect())
    }

    const XFF: Header = Header::XForwardedFor;
    const FWD: Header = Header::Forwarded;

    /// (trusted networks, peer, header, header values, expected client)
    type Case = (
        &'static [&'static str],
        &'static str,
        Header,
        &'static [&'static str],
        &'static str,
    );

    const CASES: &[Case] = &[
        // No trusted proxies: the headers are never read.
        (&[], "10.0.0.1", XFF, &["203.0.113.7"], "10.0.0.1"),
        (&[], "10.0.0.1", FWD, &["for=203.0.113.7"], "10.0.0.1"),
        // An untrusted peer's headers are ignored, however plausible.
        (
            &["10.0.0.0/8"],
            "198.51.100.9",
            XFF,
            &["203.0.113.7"],
            "198.51.100.9",
        ),
        (
            &["10.0.0.0/8"],
            "198.51.100.9",
            XFF,
            &["10.0.0.5"],
            "198.51.100.9",
        ),
        // A trusted peer: the right-most address that is not a proxy.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["203.0.113.7"],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &[" 203.0.113.7 "],
            "203.0.113.7",
        ),
        // What the client wrote in front is skipped: nginx appended the real peer.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["1.2.3.4, 203.0.113.7"],
            "203.0.113.7",
        ),
        // Two proxies: both skipped.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["1.2.3.4, 203.0.113.7, 10.0.0.2"],
            "203.0.113.7",
        ),
        // Several header lines are one list, in order.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["1.2.3.4", "203.0.113.7, 10.0.0.2"],
            "203.0.113.7",
        ),
        // No header, an empty one, or only proxies: the furthest proxy reached.
        (&["10.0.0.0/8"], "10.0.0.1", XFF, &[], "10.0.0.1"),
        (&["10.0.0.0/8"], "10.0.0.1", XFF, &[""], "10.0.0.1"),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["10.0.0.3, 10.0.0.2"],
            "10.0.0.3",
        ),
        // Malformed entries stop the walk at the last trusted hop.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["not-an-address"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["203.0.113.7, , 10.0.0.2"],
            "10.0.0.2",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["203.0.113.7,unknown"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["203.0.113.7/24"],
            "10.0.0.1",
        ),
        (&["10.0.0.0/8"], "10.0.0.1", XFF, &["999.1.1.1"], "10.0.0.1"),
        // A malformed entry left of the client is never reached.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["garbage, 203.0.113.7"],
            "203.0.113.7",
        ),
        // Ports, IPv6, IPv4 in IPv6.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["203.0.113.7:4711"],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["2001:db8::7"],
            "2001:db8::7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["[2001:db8::7]:4711"],
            "2001:db8::7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["[2001:db8::7]"],
            "2001:db8::7",
        ),
        (
            &["10.0.0.0/8"],
            "::ffff:10.0.0.1",
            XFF,
            &["::ffff:203.0.113.7"],
            "203.0.113.7",
        ),
        (
            &["2001:db8:1::/48"],
            "2001:db8:1::2",
            XFF,
            &["2001:db8:2::9"],
            "2001:db8:2::9",
        ),
        (
            &["2001:db8:1::/48"],
            "2001:db8:2::2",
            XFF,
            &["2001:db8:3::9"],
            "2001:db8:2::2",
        ),
        // A single trusted address.
        (
            &["127.0.0.1/32"],
            "127.0.0.1",
            XFF,
            &["203.0.113.7"],
            "203.0.113.7",
        ),
        (
            &["127.0.0.1/32"],
            "127.0.0.2",
            XFF,
            &["203.0.113.7"],
            "127.0.0.2",
        ),
        // Forwarded: the `for=` of each element, the same walk.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=203.0.113.7"],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["For=203.0.113.7"],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=1.2.3.4, for=203.0.113.7;proto=https;by=10.0.0.1"],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"[2001:db8:cafe::17]:4711\""],
            "2001:db8:cafe::17",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"[2001:db8::17]\""],
            "2001:db8::17",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"203.0.113.7:80\""],
            "203.0.113.7",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=203.0.113.7", "for=10.0.0.3"],
            "203.0.113.7",
        ),
        // A comma inside quotes does not split an element (and makes it unreadable).
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"1.2.3.4,5.6.7.8\""],
            "10.0.0.1",
        ),
        // Names, obfuscated identifiers, a missing or doubled `for`, broken quotes.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=unknown"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=_hidden"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["proto=https"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=203.0.113.7;for=198.51.100.1"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"203.0.113.7"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["for=\"203.0.113.7\\\""],
            "10.0.0.1",
        ),
        (&["10.0.0.0/8"], "10.0.0.1", FWD, &["for"], "10.0.0.1"),
        // X-Forwarded-For syntax is no Forwarded, and the other way round.
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            FWD,
            &["203.0.113.7"],
            "10.0.0.1",
        ),
        (
            &["10.0.0.0/8"],
            "10.0.0.1",
            XFF,
            &["for=203.0.113.7"],
            "10.0.0.1",
        ),
    ];

    #[test]
    fn the_client_is_the_right_most_address_that_is_no_trusted_proxy() {
        for (nets, peer, header, values, expected) in CASES {
            let values: Vec<&[u8]> = values.iter().map(|v| v.as_bytes()).collect();
            let got = proxies(nets).client_address(peer.parse().unwrap(), *header, &values);
            assert_eq!(
                got,
                expected.parse::<IpAddr>().unwrap(),
                "trusted {nets:?}, peer {peer}, {header:?} {values:?}",
                values = values
                    .iter()
                    .map(|v| String::from_utf8_lossy(v))
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_long_chain_of_proxies_is_walked_only_so_far() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let peer: IpAddr = "10.0.0.1".parse().unwrap();
        // Within the limit, the client left of the proxies is found.
        let hops: Vec<String> = (0..MAX_HOPS - 1).map(|i| format!("10.1.0.{i}")).collect();
        let value = format!("203.0.113.7, {}", hops.join(", "));
        let got = trusted.client_address(peer, XFF, &[value.as_bytes()]);
        assert_eq!(got, "203.0.113.7".parse::<IpAddr>().unwrap());
        // Beyond it, the walk stops at the furthest proxy it read.
        let hops: Vec<String> = (0..200).map(|i| format!("10.2.0.{i}")).collect();
        let value = format!("203.0.113.7, {}", hops.join(", "));
        let got = trusted.client_address(peer, XFF, &[value.as_bytes()]);
        assert!(trusted.contains(got), "{got}");
    }

    #[test]
    fn too_long_unreadable_and_many_values_never_change_an_untrusted_answer() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let peer: IpAddr = "10.0.0.1".parse().unwrap();
        let long = format!("{}203.0.113.7", " ".repeat(MAX_VALUE_LEN));
        let invalid_utf8: &[u8] = b"203.0.113.7\xff";
        for values in [
            vec![long.as_bytes()],
            vec![invalid_utf8],
            vec![b"203.0.113.7".as_slice(); 10_000],
            vec![b",,,,,,,,,,,,,,,,,,,,,,,,,,,,".as_slice()],
        ] {
            for header in [XFF, FWD] {
                let got = trusted.client_address(peer, header, &values);
                assert!(
                    got == peer || got == "203.0.113.7".parse::<IpAddr>().unwrap(),
                    "{got}"
                );
            }
        }
        // Very long and unreadable values are not read at all.
        assert_eq!(trusted.client_address(peer, XFF, &[long.as_bytes()]), peer);
        assert_eq!(trusted.client_address(peer, XFF, &[invalid_utf8]), peer);
        // An untrusted peer gets its own address whatever it sends.
        let stranger: IpAddr = "198.51.100.9".parse().unwrap();
        assert_eq!(
            trusted.client_address(stranger, XFF, &[long.as_bytes(), b"203.0.113.7"]),
            stranger
        );
    }
}
