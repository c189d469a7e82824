//! Database access. One portable SQL dialect through sqlx's `Any` driver; the schema
//! lives in `migrations/sqlite` and `migrations/postgres`, applied at start-up.

mod db;
pub mod staff;
pub mod texts;

pub use db::{Db, DbKind, StoreError};
