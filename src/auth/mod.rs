//! Staff sign-in without web or database types: password hashing, session tokens,
//! session timeouts, the limit on failed sign-ins, roles and a clock that tests can
//! move. `crate::store::staff` keeps accounts and sessions; `crate::server::staff`
//! puts this on HTTP.

pub mod password;
pub mod rate_limit;
pub mod resident;
pub mod role;
pub mod session;
pub mod token;

pub use rate_limit::{LimitPolicy, RetryAfter};
pub use role::Role;
pub use session::{SessionPolicy, SessionState};

use crate::config::settings::Staff;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Where "now" comes from, in whole seconds since 1970 (UTC). The server uses the
/// system clock; tests use a manual one and move it, so timeouts are tested without
/// waiting.
#[derive(Clone, Debug)]
pub enum Clock {
    System,
    Manual(Arc<AtomicI64>),
}

impl Clock {
    /// A clock that stands still at `at` until it is moved.
    pub fn manual(at: i64) -> Self {
        Clock::Manual(Arc::new(AtomicI64::new(at)))
    }

    pub fn now(&self) -> i64 {
        match self {
            Clock::System => time::OffsetDateTime::now_utc().unix_timestamp(),
            Clock::Manual(at) => at.load(Ordering::SeqCst),
        }
    }

    /// Moves a manual clock forward by `seconds`; the system clock cannot be moved.
    pub fn advance(&self, seconds: i64) {
        if let Clock::Manual(at) = self {
            at.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

/// Everything the server needs to sign staff in, built once from the settings. The
/// failure counts live in the database (`crate::store::limits`), shared by every
/// instance.
#[derive(Clone, Debug)]
pub struct StaffAuth {
    pub sessions: SessionPolicy,
    /// Failed sign-ins per e-mail address.
    pub by_account: LimitPolicy,
    /// Failed sign-ins per network address.
    pub by_address: LimitPolicy,
    /// Password hashes computed at the same time. Each takes 19 MiB and a core for a
    /// moment; a burst of sign-ins waits here instead of exhausting the server.
    pub hashing: Arc<tokio::sync::Semaphore>,
    pub clock: Clock,
}

impl StaffAuth {
    pub fn new(settings: &Staff) -> Self {
        let window = i64::from(settings.failure_window_minutes) * 60;
        StaffAuth {
            sessions: SessionPolicy {
                idle_seconds: i64::from(settings.idle_timeout_minutes) * 60,
                absolute_seconds: i64::from(settings.absolute_timeout_hours) * 3600,
            },
            by_account: LimitPolicy {
                max_failures: settings.max_failures_per_account,
                window_seconds: window,
            },
            by_address: LimitPolicy {
                max_failures: settings.max_failures_per_address,
                window_seconds: window,
            },
            hashing: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8)),
            )),
            clock: Clock::System,
        }
    }
}

/// The longest e-mail address a mail system accepts (RFC 5321 path limit).
pub const MAX_EMAIL_LEN: usize = 254;

/// An e-mail address as stored: without surrounding spaces, in lower case. `None`
/// when it does not look like an address (one `@`, something on both sides, a dot in
/// the domain, no spaces).
pub fn normalize_email(input: &str) -> Option<String> {
    let email = input.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.len() <= MAX_EMAIL_LEN;
    plausible.then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_lower_cased_and_checked() {
        let cases = [
            (
                " Jan.Jansen@Steenwijkerland.NL ",
                Some("jan.jansen@steenwijkerland.nl"),
            ),
            ("a@b.nl", Some("a@b.nl")),
            ("", None),
            ("jan", None),
            ("@b.nl", None),
            ("a@b", None),
            ("a@.nl", None),
            ("a@b.", None),
            ("a@b@c.nl", None),
            ("a b@c.nl", None),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_email(input).as_deref(), expected, "{input:?}");
        }
        let long = format!("{}@b.nl", "a".repeat(MAX_EMAIL_LEN));
        assert_eq!(normalize_email(&long), None);
    }

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = Clock::manual(1000);
        let copy = clock.clone();
        clock.advance(60);
        assert_eq!(copy.now(), 1060);
        assert!(Clock::System.now() > 1_700_000_000);
    }

    #[test]
    fn settings_become_seconds() {
        let auth = StaffAuth::new(&Staff::default());
        assert_eq!(auth.sessions.idle_seconds, 30 * 60);
        assert_eq!(auth.sessions.absolute_seconds, 8 * 3600);
        assert_eq!(auth.by_account.max_failures, 5);
        assert_eq!(auth.by_address.max_failures, 20);
        assert_eq!(auth.by_account.window_seconds, 15 * 60);
    }
}
