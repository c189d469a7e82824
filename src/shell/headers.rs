//! Per-page response headers that depend on the render: the Content Security Policy
//! carries the nonce that Leptos put on its inline hydration script.

use axum::http::{header, HeaderValue};
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

pub fn apply_page_headers() {
    let Some(response) = use_context::<ResponseOptions>() else {
        return;
    };
    let nonce = use_nonce().map(|n| n.to_string()).unwrap_or_default();
    // Where DigiD is offered, a form may end at the broker (signing out there).
    let broker = use_context::<std::sync::Arc<crate::config::Settings>>().and_then(|s| {
        let residents = &s.residents;
        residents
            .identity_mode
            .offers_digid()
            .then(|| residents.digid.broker_origin())
            .flatten()
    });
    response.insert_header(
        header::CONTENT_SECURITY_POLICY,
        page_csp(&nonce, broker.as_deref()),
    );
    // Pages are small and texts can be republished at any moment: always revalidate.
    response.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
}

/// Only our own origin, no inline script without the per-response nonce, WebAssembly
/// allowed to compile, nothing may frame the portal. Forms post to the portal only;
/// with `broker` (the DigiD broker's origin) their redirects may end there too, as
/// the sign-out's does.
pub fn page_csp(nonce: &str, broker: Option<&str>) -> HeaderValue {
    policy(&format!("'nonce-{nonce}'"), broker)
}

/// The same policy for a page kept for many visitors (the render cache): its inline
/// scripts are allowed by their hashes (`'sha256-…'` sources) instead of a nonce.
/// These pages are the same for everyone and have no sign-out form.
pub fn page_csp_with_hashes(hashes: &[String]) -> HeaderValue {
    policy(&hashes.join(" "), None)
}

fn policy(inline_scripts: &str, broker: Option<&str>) -> HeaderValue {
    let broker = broker
        .map(|origin| format!(" {origin}"))
        .unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self' {inline_scripts} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'{broker}; \
         frame-ancestors 'none'"
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}
