//! Configuration: the municipality settings file (plain data, shared by every layer)
//! and, on the server, the process environment.

pub mod dated;
#[cfg(feature = "ssr")]
pub mod env;
pub mod figures;
pub mod residents;
pub mod settings;

pub use figures::{Figure, Figures};
pub use settings::{Settings, SettingsError, SettingsWarning};
