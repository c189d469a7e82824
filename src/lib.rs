//! Meldwijzer: a portal that explains the duties that come with bijstand
//! (Participatiewet), helps residents check what they must report and lets them report
//! changes.
//!
//! Layers, from the top; a module imports only from the layers below it (the unit test
//! in `layering_tests` holds the code to this):
//!
//! - `server`: HTTP (axum): state, router, middleware, the handlers by area;
//! - `app`: the Leptos route table of the resident pages;
//! - `pages`: the server-rendered views, by area;
//! - `shell`: what every page is drawn inside (document, layout, language switcher);
//! - `components`: small view pieces;
//! - `store` (database), `i18n` (languages and Fluent texts), `auth` (staff sign-in, no
//!   web types);
//! - `domain`: plain rules, no web types;
//! - `config`: settings and environment.
//!
//! `islands` is the only code that runs in the browser.

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
pub mod shell;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(test)]
mod layering_tests;

/// Browser entry point: hydrates the islands, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
