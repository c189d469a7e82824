//! Meldwijzer: a portal that explains the duties that come with bijstand
//! (Participatiewet), helps residents check what they must report and lets them report
//! changes.
//!
//! Layers: `config` (settings and environment), `i18n` (languages and Fluent texts),
//! `domain` (plain rules, no web types), `auth` (staff sign-in, no web types), `store`
//! (database), `server` (HTTP), `app`, `components` and `pages` (server-rendered UI),
//! `islands` (the only code that runs in the browser).

pub mod config;
pub mod domain;
pub mod i18n;
pub mod islands;

#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod store;

/// Browser entry point: hydrates the islands, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
