-- Issue 19: how a notice's sender was identified, whose notices a signed-in resident
-- may see, and the status "more information needed". See
-- migrations/sqlite/0008_resident_identity.sql for the meaning of the columns.
ALTER TABLE notices DROP CONSTRAINT notices_status_check;
ALTER TABLE notices ADD CONSTRAINT notices_status_check
    CHECK (status IN ('new', 'in-progress', 'needs-information', 'done'));
ALTER TABLE notice_events DROP CONSTRAINT notice_events_status_check;
ALTER TABLE notice_events ADD CONSTRAINT notice_events_status_check
    CHECK (status IN ('new', 'in-progress', 'needs-information', 'done'));

ALTER TABLE notices ADD COLUMN identity_method TEXT NOT NULL DEFAULT 'form'
    CHECK (identity_method IN ('form', 'digid'));
ALTER TABLE notices ADD COLUMN identity_level TEXT;
ALTER TABLE notices ADD COLUMN owner_index TEXT;
CREATE INDEX notices_owner ON notices (owner_index, submitted_at);
