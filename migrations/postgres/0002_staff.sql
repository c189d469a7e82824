-- Staff accounts, their sign-in sessions and the audit log.
--
-- Times are whole seconds since 1970-01-01 UTC. The same columns exist in
-- migrations/sqlite/0002_staff.sql; the code reads both through one portable dialect.

-- One row per member of staff. Accounts are deactivated, never deleted, so the audit
-- log keeps pointing at who did what. `email` is stored in lower case (the code
-- normalises it), so UNIQUE refuses a second account that differs only in case.
-- `active` is 1 or 0: sqlx's Any driver cannot read SQLite's BOOLEAN columns.
CREATE TABLE staff_accounts (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('editor', 'caseworker', 'admin')),
    active        SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    BIGINT  NOT NULL
);

-- One row per signed-in browser. The key is the SHA-256 of the cookie's token (hex),
-- never the token itself: a copy of the database cannot be used to sign in.
CREATE TABLE staff_sessions (
    token_hash   TEXT   NOT NULL PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
    csrf_token   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX staff_sessions_account ON staff_sessions (account_id);

-- Who did what, when. Later features (published texts, notices) write here too.
-- `actor_account_id` is empty for the command line and for failed sign-ins.
CREATE TABLE audit_log (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at               BIGINT NOT NULL,
    actor_account_id BIGINT REFERENCES staff_accounts (id),
    action           TEXT   NOT NULL,
    subject          TEXT   NOT NULL,
    detail           TEXT   NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
