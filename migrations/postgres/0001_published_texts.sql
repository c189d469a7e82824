-- Texts that staff published over the shipped Fluent files: one row per language and
-- message. The Fluent source of the whole entry is stored, so attributes travel along.
CREATE TABLE published_texts (
    lang         TEXT   NOT NULL,
    message_id   TEXT   NOT NULL,
    source       TEXT   NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (lang, message_id)
);
