-- Change notices (issue 5): what residents submit, the staff's handling of it, and an
-- outbox for forwarding to a case system.
--
-- Times are whole seconds since 1970-01-01 UTC. Every column ending in `_enc` holds a
-- value sealed by src/store/crypto.rs (key id, nonce, ciphertext, tag), bound to its
-- row and column; personal data lives only there. The plain columns (reference, status,
-- times, language, change kinds, sizes) hold nothing personal. The same tables exist in
-- migrations/sqlite/0003_notices.sql; the code reads both through one dialect.

-- One row per notice. `idempotency_key` comes with the form, so a double click or a
-- retry finds the first notice instead of making a second. `change_kinds` is a comma
-- list of codes (e.g. `income,address`). `key_id` says which data key sealed
-- `content_enc` (the JSON document with every personal field), for key rotation.
-- `handled_at` is set when the status becomes `done`; retention counts from it.
CREATE TABLE notices (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference       TEXT    NOT NULL UNIQUE,
    idempotency_key TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL CHECK (status IN ('new', 'in-progress', 'done')),
    submitted_at    BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    handled_at      BIGINT,
    lang            TEXT    NOT NULL,
    change_kinds    TEXT    NOT NULL,
    content_enc     BYTEA   NOT NULL,
    key_id          BIGINT  NOT NULL
);
CREATE INDEX notices_inbox ON notices (status, submitted_at);
CREATE INDEX notices_submitted ON notices (submitted_at);
CREATE INDEX notices_handled ON notices (handled_at);

-- Files that came with a notice. `stored_name` is 32 random bytes (base64url): the
-- only name an attachment is ever addressed by outside the database. The file name
-- the resident chose may be personal, so it is sealed like the bytes.
CREATE TABLE notice_attachments (
    id                BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id         BIGINT  NOT NULL REFERENCES notices (id),
    stored_name       TEXT    NOT NULL UNIQUE,
    content_type      TEXT    NOT NULL,
    size              BIGINT  NOT NULL,
    original_name_enc BYTEA   NOT NULL,
    data_enc          BYTEA   NOT NULL
);
CREATE INDEX notice_attachments_notice ON notice_attachments (notice_id);

-- The history of a notice: received (no actor), then every status change by staff,
-- with an optional sealed note. Who viewed what is in audit_log (0002).
CREATE TABLE notice_events (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id        BIGINT  NOT NULL REFERENCES notices (id),
    at               BIGINT  NOT NULL,
    actor_account_id BIGINT  REFERENCES staff_accounts (id),
    status           TEXT    NOT NULL CHECK (status IN ('new', 'in-progress', 'done')),
    note_enc         BYTEA
);
CREATE INDEX notice_events_notice ON notice_events (notice_id);

-- Forwarding to a case system, written in the same transaction as the notice so none
-- is forgotten. `last_error` must never hold personal data.
CREATE TABLE notice_outbox (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id       BIGINT  NOT NULL UNIQUE REFERENCES notices (id),
    attempts        BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    delivered_at    BIGINT
);
CREATE INDEX notice_outbox_due ON notice_outbox (delivered_at, next_attempt_at);

-- One sealed check value per data key, written on the first start with that key: a
-- start with another key fails to open it and stops, instead of sealing new notices
-- under a key that cannot open the old ones.
CREATE TABLE data_key_checks (
    key_id     BIGINT NOT NULL PRIMARY KEY,
    check_enc  BYTEA  NOT NULL,
    created_at BIGINT NOT NULL
);

-- Sealed values look random and never compress: store them out of line without trying.
ALTER TABLE notices ALTER COLUMN content_enc SET STORAGE EXTERNAL;
ALTER TABLE notice_attachments ALTER COLUMN data_enc SET STORAGE EXTERNAL;
