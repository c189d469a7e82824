//! What every page is drawn inside: the HTML document (language, direction, styles,
//! the islands' script with its nonce, the page headers), what the document learns from
//! the request ([`PageContext`]), and the [`Layout`] around every page with its
//! [`LanguageSwitcher`].
//!
//! The resident pages, the change-notice steps, the staff pages and the problem pages
//! all use [`document`]; none of this knows a route or the server's state.

mod bundle;
mod headers;
mod language_switcher;
mod layout;
pub mod page_context;

pub use bundle::{Bundle, STAFF_HASH_FILE};
pub use headers::page_csp_with_hashes;
pub use language_switcher::LanguageSwitcher;
pub use layout::Layout;
pub use page_context::PageContext;

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags};

/// The HTML document with `body` in it: language, direction, styles, the script of
/// `bundle`'s islands with its nonce, and the page headers. Runs per request, inside
/// the request's reactive owner, so it can read the request and set response headers.
pub fn document<V: IntoView + 'static>(
    options: LeptosOptions,
    bundle: Bundle,
    body: impl FnOnce() -> V,
) -> impl IntoView {
    let page = PageContext::from_request();
    let i18n = page.i18n();
    headers::apply_page_headers();
    provide_context(page);
    provide_context(i18n.clone());
    view! {
        <!DOCTYPE html>
        <html lang=i18n.lang.code.clone() dir=i18n.lang.direction.as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options=bundle.options(options) islands=true />
                <MetaTags />
            </head>
            <body>{body()}</body>
        </html>
    }
}
