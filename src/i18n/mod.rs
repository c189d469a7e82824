//! Languages and texts.
//!
//! Texts are Fluent messages. The shipped files in `locales/<lang>/*.ftl` are the
//! defaults; texts published by staff (stored in the database) override them. Both are
//! parsed at run time on the server, so the browser only ever shows what the server
//! rendered — nothing is compiled into the WebAssembly.

pub mod catalog;
pub mod dated;
pub mod entries;
pub mod guard;
mod handle;
pub mod language;
pub mod lint;
pub mod validate;
pub mod workspace;

pub use catalog::{Catalog, CatalogError, TextOverride};
pub use handle::{use_i18n, I18n};
pub use language::{Direction, Language};
