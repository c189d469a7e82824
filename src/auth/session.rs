//! When a staff session ends: after a quiet spell (idle timeout) and at the latest a
//! fixed time after signing in (absolute timeout).

/// Session lengths in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle_seconds: i64,
    pub absolute_seconds: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionState {
    Valid,
    /// No request for longer than the idle timeout.
    Idle,
    /// Past the absolute end, however busy.
    Ended,
}

impl SessionPolicy {
    /// The absolute end of a session that starts at `created_at`. It is stored with
    /// the session, so a later settings change does not lengthen existing sessions.
    pub fn expires_at(&self, created_at: i64) -> i64 {
        created_at + self.absolute_seconds
    }

    /// The state at `now` of a session last used at `last_seen_at` that ends at
    /// `expires_at`.
    pub fn state(&self, last_seen_at: i64, expires_at: i64, now: i64) -> SessionState {
        if now >= expires_at {
            SessionState::Ended
        } else if now - last_seen_at >= self.idle_seconds {
            SessionState::Idle
        } else {
            SessionState::Valid
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_when_idle_or_at_the_absolute_end() {
        let policy = SessionPolicy {
            idle_seconds: 1800,
            absolute_seconds: 8 * 3600,
        };
        let start = 1_000_000;
        let end = policy.expires_at(start);
        assert_eq!(end, start + 28_800);
        let cases = [
            (start, start, SessionState::Valid),
            (start, start + 1799, SessionState::Valid),
            (start, start + 1800, SessionState::Idle),
            (end - 60, end - 1, SessionState::Valid),
            (end - 60, end, SessionState::Ended),
            (start, end + 1, SessionState::Ended),
        ];
        for (last_seen, now, expected) in cases {
            assert_eq!(
                policy.state(last_seen, end, now),
                expected,
                "last seen {last_seen}, now {now}"
            );
        }
    }
}
