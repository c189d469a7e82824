//! Plain domain logic: no web types, no I/O. Tested with tables of cases.

pub mod calendar;
#[cfg(feature = "ssr")]
pub mod forwarded;
pub mod glossary;
pub mod markup;
pub mod money;
pub mod notice;
pub mod readability;
pub mod selfcheck;
pub mod text_diff;
