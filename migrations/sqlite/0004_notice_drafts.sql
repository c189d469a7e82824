-- Half-finished change notices (issue 5). A resident's browser holds a random draft
-- token in a cookie; the database keeps only its SHA-256 (`id`), so a copy of the
-- database does not let anyone continue someone's draft. Everything the resident typed
-- is one sealed JSON document (`content_enc`, see src/store/crypto.rs), bound to the
-- row. A draft and its files are deleted when `expires_at` passes; every save moves it
-- forward. The same tables exist in migrations/postgres/0004_notice_drafts.sql.
CREATE TABLE notice_drafts (
    id          TEXT    PRIMARY KEY,
    content_enc BLOB    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX notice_drafts_expiry ON notice_drafts (expires_at);

-- Files added to a draft, under a random id. Name and bytes are sealed.
CREATE TABLE notice_draft_files (
    id           TEXT    PRIMARY KEY,
    draft_id     TEXT    NOT NULL REFERENCES notice_drafts (id) ON DELETE CASCADE,
    content_type TEXT    NOT NULL,
    size         BIGINT  NOT NULL,
    name_enc     BLOB    NOT NULL,
    data_enc     BLOB    NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX notice_draft_files_draft ON notice_draft_files (draft_id);
