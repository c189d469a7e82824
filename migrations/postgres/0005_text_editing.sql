-- Staff editing of texts: drafts, the history of every publish, what each translation
-- was made against (to see which are outdated) and a revision counter that tells every
-- instance sharing this database to reload the published texts.
--
-- Times are whole seconds since 1970-01-01 UTC. The same columns exist in
-- migrations/sqlite/0005_text_editing.sql.

-- One saved, unpublished draft per language and message: the whole Fluent entry.
CREATE TABLE text_drafts (
    lang              TEXT   NOT NULL,
    message_id        TEXT   NOT NULL,
    source            TEXT   NOT NULL,
    author_account_id BIGINT REFERENCES staff_accounts (id),
    saved_at          BIGINT NOT NULL,
    PRIMARY KEY (lang, message_id)
);

-- Every publish (by hand, a revert or an import) with the entry before and after.
-- `old_source` is what residents saw before: the shipped text or an earlier publish.
CREATE TABLE text_history (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lang              TEXT   NOT NULL,
    message_id        TEXT   NOT NULL,
    old_source        TEXT   NOT NULL,
    new_source        TEXT   NOT NULL,
    kind              TEXT   NOT NULL CHECK (kind IN ('publish', 'revert', 'import')),
    actor_account_id  BIGINT REFERENCES staff_accounts (id),
    published_at      BIGINT NOT NULL
);
CREATE INDEX text_history_message ON text_history (lang, message_id, id);

-- The fingerprint of the Dutch entry a translation was written (or confirmed)
-- against. No row: the translation matches the shipped Dutch text. A translation is
-- outdated when its fingerprint differs from the Dutch text residents see now.
CREATE TABLE text_translation_stamps (
    lang        TEXT   NOT NULL,
    message_id  TEXT   NOT NULL,
    source_hash TEXT   NOT NULL,
    stamped_at  BIGINT NOT NULL,
    PRIMARY KEY (lang, message_id)
);

-- One row, bumped by every publish in the same transaction; instances poll it.
CREATE TABLE text_revision (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    revision BIGINT  NOT NULL
);
INSERT INTO text_revision (id, revision) VALUES (1, 0);
