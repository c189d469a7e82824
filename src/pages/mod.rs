//! One module per page or feature; each renders on the server only.

pub mod accessibility;
pub mod glossary;
pub mod info;
pub mod my_notices;
pub mod not_found;
pub mod problem;
pub mod report;
pub mod selfcheck;
pub mod staff;
pub mod start;
