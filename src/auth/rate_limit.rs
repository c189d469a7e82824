//! The limit on failed sign-ins: at most `max_failures` within a sliding window per
//! key (an e-mail address, a network address). Counted in memory.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitPolicy {
    pub max_failures: u32,
    pub window_seconds: i64,
}

/// Refused: try again after this many seconds (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub i64);

/// The most keys kept. A flood of made-up e-mail addresses cannot grow memory beyond
/// this; when it is reached, keys without recent failures go first, then the oldest.
const MAX_KEYS: usize = 10_000;

pub struct FailureLimiter {
    policy: LimitPolicy,
    failures: Mutex<HashMap<String, VecDeque<i64>>>,
}

/// Shows the policy and how many keys are counted, never the keys: they are e-mail
/// and network addresses.
impl std::fmt::Debug for FailureLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FailureLimiter")
            .field("policy", &self.policy)
            .field("keys", &self.lock().len())
            .finish()
    }
}

impl FailureLimiter {
    pub fn new(policy: LimitPolicy) -> Self {
        FailureLimiter {
            policy,
            failures: Mutex::new(HashMap::new()),
        }
    }

    pub fn policy(&self) -> LimitPolicy {
        self.policy
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, VecDeque<i64>>> {
        self.failures.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `Err` when `key` already has the maximum number of failures in the window
    /// that ends at `now`.
    pub fn check(&self, key: &str, now: i64) -> Result<(), RetryAfter> {
        let mut map = self.lock();
        let Some(times) = map.get_mut(key) else {
            return Ok(());
        };
        self.forget_old(times, now);
        if times.len() < self.policy.max_failures as usize {
            return Ok(());
        }
        // The oldest failure still counted leaves the window first.
        let oldest = times.front().copied().unwrap_or(now);
        Err(RetryAfter(
            (oldest + self.policy.window_seconds - now).max(1),
        ))
    }

    pub fn record_failure(&self, key: &str, now: i64) {
        let mut map = self.lock();
        if map.len() >= MAX_KEYS && !map.contains_key(key) {
            self.make_room(&mut map, now);
        }
        let times = map.entry(key.to_owned()).or_default();
        self.forget_old(times, now);
        times.push_back(now);
    }

    /// Forgets the failures of `key` (after a successful sign-in).
    pub fn clear(&self, key: &str) {
        self.lock().remove(key);
    }

    fn forget_old(&self, times: &mut VecDeque<i64>, now: i64) {
        while times
            .front()
            .is_some_and(|t| now - t >= self.policy.window_seconds)
        {
            times.pop_front();
        }
    }

    fn make_room(&self, map: &mut HashMap<String, VecDeque<i64>>, now: i64) {
        let window = self.policy.window_seconds;
        map.retain(|_, times| times.back().is_some_and(|t| now - t < window));
        if map.len() >= MAX_KEYS {
            let oldest = map
                .iter()
                .min_by_key(|(_, times)| times.back().copied().unwrap_or(i64::MIN))
                .map(|(k, _)| k.clone());
            if let Some(key) = oldest {
                map.remove(&key);
            }
        }
    }

    #[cfg(test)]
    fn keys(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter() -> FailureLimiter {
        FailureLimiter::new(LimitPolicy {
            max_failures: 5,
            window_seconds: 900,
        })
    }

    #[test]
    fn the_sixth_attempt_within_the_window_is_refused() {
        let l = limiter();
        for i in 0..5 {
            assert_eq!(l.check("a", 1000 + i), Ok(()), "attempt {}", i + 1);
            l.record_failure("a", 1000 + i);
        }
        assert_eq!(l.check("a", 1010), Err(RetryAfter(890)));
        // Other keys are not affected.
        assert_eq!(l.check("b", 1010), Ok(()));
        // The window slides: once the first failure is 15 minutes old, one more try.
        assert!(l.check("a", 1899).is_err());
        assert_eq!(l.check("a", 1900), Ok(()));
        l.record_failure("a", 1900);
        // Five again (1001 to 1004 and 1900): refused until 1001 leaves the window.
        assert_eq!(l.check("a", 1900), Err(RetryAfter(1)));
        assert_eq!(l.check("a", 1901), Ok(()));
    }

    #[test]
    fn clearing_forgets_the_failures() {
        let l = limiter();
        for i in 0..5 {
            l.record_failure("a", i);
        }
        assert!(l.check("a", 10).is_err());
        l.clear("a");
        assert_eq!(l.check("a", 10), Ok(()));
    }

    #[test]
    fn debug_output_names_no_addresses() {
        let l = limiter();
        l.record_failure("jan@example.nl", 1);
        let shown = format!("{l:?}");
        assert!(
            shown.contains("keys: 1") && !shown.contains("jan@"),
            "{shown}"
        );
    }

    #[test]
    fn memory_stays_bounded() {
        let l = limiter();
        for i in 0..(MAX_KEYS as i64 + 50) {
            l.record_failure(&format!("k{i}"), i);
        }
        assert!(l.keys() <= MAX_KEYS);
        // The newest key is kept.
        assert_eq!(l.lock()[&format!("k{}", MAX_KEYS + 49)].len(), 1);
    }
}
