//! Database access. One portable SQL dialect through sqlx's `Any` driver; the schema
//! lives in `migrations/sqlite` and `migrations/postgres`, applied at start-up.

pub mod backup;
pub mod chunks;
pub mod crypto;
mod db;
pub mod drafts;
pub mod limits;
pub mod notices;
pub mod residents;
pub mod rotation;
pub mod staff;
pub mod texts;

pub use db::{sqlite_file, Db, DbKind, StoreError};
