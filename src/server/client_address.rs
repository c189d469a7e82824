//! The client's network address, worked out once per request: the connection's peer
//! or, behind trusted proxies, the address their header names
//! (`crate::domain::forwarded`). The outermost middleware stores it in the request;
//! the limits, the audit log and the request log read it from there with the
//! [`ClientAddress`] extractor, and nothing else looks at the peer or the headers.

use crate::domain::forwarded::{Header, TrustedProxies};
use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::HeaderName;
use axum::middleware::Next;
use axum::response::Response;
use std::convert::Infallible;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// Which proxies are believed, and the header they write.
#[derive(Debug, Clone, Default)]
pub struct ProxyPolicy {
    pub trusted: TrustedProxies,
    pub header: Header,
}

impl ProxyPolicy {
    pub fn from_env(env: &crate::config::env::Env) -> Self {
        ProxyPolicy {
            trusted: TrustedProxies::new(env.trusted_proxies.clone()),
            header: env.forwarded_header,
        }
    }

    fn header_name(&self) -> HeaderName {
        match self.header {
            Header::XForwardedFor => HeaderName::from_static("x-forwarded-for"),
            Header::Forwarded => axum::http::header::FORWARDED,
        }
    }

    /// The client of a request from `peer` with `headers`.
    pub fn resolve(&self, peer: Option<IpAddr>, headers: &axum::http::HeaderMap) -> ClientAddress {
        let Some(peer) = peer else {
            return ClientAddress(None);
        };
        if self.trusted.is_empty() {
            return ClientAddress(Some(peer.to_canonical()));
        }
        // hyper bounds the number of header lines; the walk reads only the right end.
        let values: Vec<&[u8]> = headers
            .get_all(self.header_name())
            .iter()
            .map(|v| v.as_bytes())
            .collect();
        ClientAddress(Some(self.trusted.client_address(
            peer,
            self.header,
            &values,
        )))
    }

    /// The start-up log line that says which mode is on.
    pub fn log_mode(&self) {
        if self.trusted.is_empty() {
            tracing::info!(
                "client addresses: the connection's peer (no trusted proxies; proxy headers \
                 are ignored)"
            );
        } else {
            let networks: Vec<String> = self
                .trusted
                .networks()
                .iter()
                .map(|n| n.to_string())
                .collect();
            tracing::info!(
                trusted_proxies = %networks.join(", "),
                header = %self.header_name(),
                "client addresses: from the proxy header, behind trusted proxies"
            );
        }
    }
}

/// The client's address; `None` only for a request that came in without a connection
/// (an in-process test), which is counted as one unknown client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// The key the limits count against.
    pub fn key(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ClientAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(ip) => ip.fmt(f),
            None => f.write_str("unknown"),
        }
    }
}

/// The middleware: stores the request's [`ClientAddress`] for everything after it.
pub async fn resolve(policy: Arc<ProxyPolicy>, mut request: Request, next: Next) -> Response {
    let client = from_request(&policy, request.extensions(), request.headers());
    request.extensions_mut().insert(client);
    next.run(request).await
}

fn from_request(
    policy: &ProxyPolicy,
    extensions: &axum::http::Extensions,
    headers: &axum::http::HeaderMap,
) -> ClientAddress {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    policy.resolve(peer, headers)
}

impl ClientAddress {
    /// The address the middleware stored. Without it (a router built without the
    /// middleware) the peer, with no proxy believed: never a header's word.
    pub fn of(parts: &Parts) -> ClientAddress {
        parts
            .extensions
            .get::<ClientAddress>()
            .copied()
            .unwrap_or_else(|| {
                from_request(&ProxyPolicy::default(), &parts.extensions, &parts.headers)
            })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Infallible> {
        Ok(ClientAddress::of(parts))
    }
}
