-- Residents who signed in with DigiD (issue 19), and the sign-ins on their way through
-- the DigiD broker. Times are whole seconds since 1970-01-01 UTC. The same tables exist
-- in migrations/postgres/0009_resident_sessions.sql.

-- A sign-in that went to the broker and has not come back. `state_hash` is the
-- SHA-256 of the `state` sent to the broker, `browser_hash` that of the random token in
-- the browser's sign-in cookie: the answer is taken only once, only before
-- `expires_at`, and only in the browser that started it. The nonce and the PKCE
-- verifier are sealed with the data key (`secrets_enc`, src/store/crypto.rs).
CREATE TABLE resident_sign_ins (
    state_hash   TEXT   NOT NULL PRIMARY KEY,
    browser_hash TEXT   NOT NULL,
    secrets_enc  BLOB   NOT NULL,
    return_to    TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX resident_sign_ins_expiry ON resident_sign_ins (expires_at);

-- One row per signed-in resident's browser. The key is the SHA-256 of the cookie's
-- token, never the token. What DigiD said about the resident (BSN, name, level) and
-- the ID token (for signing out at the broker) are sealed with the data key; the BSN is
-- never stored in the clear. `idle_until` is `last_seen_at` plus the idle timeout, so
-- the clean-up job needs no settings.
CREATE TABLE resident_sessions (
    token_hash   TEXT   NOT NULL PRIMARY KEY,
    csrf_token   TEXT   NOT NULL,
    identity_enc BLOB   NOT NULL,
    id_token_enc BLOB   NOT NULL,
    lang         TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    idle_until   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX resident_sessions_expiry ON resident_sessions (expires_at);
CREATE INDEX resident_sessions_idle ON resident_sessions (idle_until);
