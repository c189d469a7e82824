//! The limits on attempts: at most `max_failures` within a sliding window per key (an
//! e-mail address, a network address). The attempts are counted in the database
//! (`crate::store::limits`), so that a limit holds for parallel requests and for every
//! instance on one database.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitPolicy {
    pub max_failures: u32,
    pub window_seconds: i64,
}

/// Refused: try again after this many seconds (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub i64);
