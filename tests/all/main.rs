//! Every black-box test of the portal in one binary, as crates.io lays out its tests:
//! one module per area, `tests/support` compiled and the crate linked once, instead of
//! a binary (and a link of the whole crate) per file. The tests run in parallel in one
//! process, so none may change the process's environment or working directory, and
//! every port, database, temporary directory and browser is a test's own (see
//! `support`).
//!
//! Tests that must own their process live in `tests/process/`.

#[path = "../support/mod.rs"]
mod support;

mod api;
mod assets;
mod backup;
mod browser;
mod browser_report;
mod browser_resident;
mod browser_selfcheck;
mod browser_staff;
mod browser_texts;
mod cli;
mod client_bundles;
mod glossary;
mod hardening;
mod http;
mod key_rotation;
mod locales;
mod metrics;
mod my_notices_store;
mod notices_inbox;
mod notices_jobs;
mod notices_store;
mod page_cache;
mod plurals;
mod properties;
mod proxies;
mod readability;
mod report_flow;
mod resident_notices;
mod resident_sign_in;
mod selfcheck;
mod staff_auth;
mod storage;
mod text_editing;
