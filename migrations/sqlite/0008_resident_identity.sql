-- Issue 19: how a notice's sender was identified, whose notices a signed-in resident
-- may see, and the status "more information needed".
--
-- `identity_method` is `form` (name and BSN typed, not verified) or `digid`;
-- `identity_level` the DigiD level of assurance (`basis` … `hoog`) when `digid`.
-- `owner_index` is a keyed hash (HMAC-SHA-256 under a key derived from the data key,
-- src/store/crypto.rs) of the BSN a resident proved with DigiD: "my notices" finds a
-- resident's notices by it, and a copy of the database without the key cannot tell
-- whose they are (a plain hash of the nine digits could be reversed by trying them all).
-- Notices sent with a typed BSN get none: nobody proved they are that resident's.
--
ALTER TABLE notices ADD COLUMN identity_method TEXT NOT NULL DEFAULT 'form'
    CHECK (identity_method IN ('form', 'digid'));
ALTER TABLE notices ADD COLUMN identity_level TEXT;
ALTER TABLE notices ADD COLUMN owner_index TEXT;

-- The status CHECK gains a value. SQLite cannot alter a CHECK constraint; its manual
-- (https://sqlite.org/lang_altertable.html, "making other kinds of table schema
-- changes") allows editing the stored table definition for exactly this kind of
-- change: every existing row satisfies the wider constraint, and the file format does
-- not change. (Rebuilding the tables would need foreign keys off, which cannot be
-- switched inside the transaction sqlx runs this file in.) The edit comes after the
-- ALTER TABLEs, which locate their insertion point in the unedited text; the CREATE
-- INDEX after it bumps the schema version, so other connections read the new
-- definitions, and `Db::connect` opens fresh connections after migrating.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
    SET sql = replace(sql, 'CHECK (status IN (''new'', ''in-progress'', ''done''))',
                      'CHECK (status IN (''new'', ''in-progress'', ''needs-information'', ''done''))')
    WHERE type = 'table' AND name IN ('notices', 'notice_events');
PRAGMA writable_schema = OFF;

CREATE INDEX notices_owner ON notices (owner_index, submitted_at);

-- A draft started by a signed-in resident is theirs on any device: its id is derived
-- from the owner index (src/server/report/visit.rs), so nothing changes in that table.
