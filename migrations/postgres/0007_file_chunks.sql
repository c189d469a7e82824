-- Issue 11, item 5: files are stored in sealed chunks of at most 256 KiB, so an upload
-- streams from the request into the database and a notice's files move from its draft
-- to the notice chunk by chunk: the server never holds a whole file in memory.
--
-- Each chunk is sealed on its own (src/store/chunks.rs), bound to its file, its
-- position and whether it is the last one, so chunks cannot be reordered, swapped
-- between files or cut off unnoticed. A file written in chunks has an empty `data_enc`
-- in its own row; rows written before this migration keep their single sealed value.
--
-- The chunks of a draft file are written while the upload arrives, before the file's
-- row exists; chunks without a file row (an upload cut off, a file refused) are
-- removed by the draft clean-up job. The same tables exist in
-- migrations/sqlite/0007_file_chunks.sql.
CREATE TABLE notice_draft_file_chunks (
    file_id    TEXT    NOT NULL,
    seq        BIGINT  NOT NULL,
    is_last    BIGINT  NOT NULL,
    data_enc   BYTEA   NOT NULL,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (file_id, seq)
);
CREATE INDEX notice_draft_file_chunks_created ON notice_draft_file_chunks (created_at);

CREATE TABLE notice_attachment_chunks (
    stored_name TEXT    NOT NULL,
    seq         BIGINT  NOT NULL,
    is_last     BIGINT  NOT NULL,
    data_enc    BYTEA   NOT NULL,
    PRIMARY KEY (stored_name, seq)
);

-- Sealed values look random and never compress: store them out of line without trying.
ALTER TABLE notice_draft_file_chunks ALTER COLUMN data_enc SET STORAGE EXTERNAL;
ALTER TABLE notice_attachment_chunks ALTER COLUMN data_enc SET STORAGE EXTERNAL;
