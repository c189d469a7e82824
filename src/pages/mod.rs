//! One module per page or feature; each renders on the server only.

pub mod accessibility;
pub mod glossary;
pub mod info;
pub mod not_found;
pub mod report;
pub mod request_problem;
pub mod selfcheck;
pub mod staff;
pub mod start;
