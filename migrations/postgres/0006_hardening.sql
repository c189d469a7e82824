-- Issue 11: limits that hold across parallel requests and instances, and drafts that
-- cannot overwrite each other.
--
-- Attempts counted against a limit (failed sign-ins per e-mail address and per network
-- address, change notices per network address). The key is the SHA-256 of the e-mail
-- or network address, never the address itself. A reservation first upserts the key's
-- row in `rate_limit_keys` (which serialises reservations of one key: a row lock on
-- PostgreSQL, the write lock on SQLite), then counts and inserts in the same
-- transaction, so no burst of parallel requests gets past the count.
CREATE TABLE rate_limit_keys (
    scope      TEXT   NOT NULL,
    key_hash   TEXT   NOT NULL,
    touched_at BIGINT NOT NULL,
    PRIMARY KEY (scope, key_hash)
);

CREATE TABLE rate_limit_attempts (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope    TEXT   NOT NULL,
    key_hash TEXT   NOT NULL,
    at       BIGINT NOT NULL
);
CREATE INDEX rate_limit_attempts_key ON rate_limit_attempts (scope, key_hash, at);
CREATE INDEX rate_limit_attempts_at ON rate_limit_attempts (at);

-- Drafts are saved with optimistic concurrency: every save names the version it was
-- read at and bumps it, so a request that read an older copy (an upload running while
-- the same draft is sent from another tab) cannot write it over a newer one.
-- `sent_reference` is set in the transaction that stores the notice; no later save of
-- the content can take it away, so a sent draft is never sent again.
ALTER TABLE notice_drafts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notice_drafts ADD COLUMN sent_reference TEXT;
