-- Published records stay published while they are corrected (issue 9).
-- A change to a published record is kept here as a pending revision until it is reviewed; readers keep seeing the
-- record itself, which is the published version. Withdrawing a published record is a pending change too, with a reason.

CREATE TABLE pending_revision (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_type      text NOT NULL CHECK (item_type ~ '^[A-Z_]+$'),
    item_id        bigint NOT NULL,
    change         text NOT NULL CHECK (change IN ('EDIT', 'WITHDRAWAL')),
    -- The edited record as its form shows it (JSON), for an edit.
    content        jsonb,
    -- Why the record should be withdrawn, for a withdrawal.
    reason         text,
    state          text NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW')),
    review_comment text,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_by     text NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    UNIQUE (item_type, item_id),
    CHECK ((change = 'EDIT') = (content IS NOT NULL)),
    CHECK (change <> 'WITHDRAWAL' OR length(trim(reason)) > 0)
);
CREATE INDEX pending_revision_review_idx ON pending_revision (updated_at) WHERE state = 'IN_REVIEW';

CREATE TABLE pending_revision_aud (
    id bigint NOT NULL, rev bigint NOT NULL REFERENCES revinfo (id), revtype smallint,
    item_type text, item_id bigint, change text, content jsonb, reason text, state text, review_comment text,
    created_by text, created_at timestamptz, updated_by text, updated_at timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX pending_revision_aud_item_idx ON pending_revision_aud (item_type, item_id);

-- A withdrawn record (workflow state ARCHIVED) says why, to readers who open its address.
ALTER TABLE incident ADD COLUMN withdrawal_reason text;
ALTER TABLE source ADD COLUMN withdrawal_reason text;
ALTER TABLE statement ADD COLUMN withdrawal_reason text;
ALTER TABLE incident_aud ADD COLUMN withdrawal_reason text;
ALTER TABLE source_aud ADD COLUMN withdrawal_reason text;
ALTER TABLE statement_aud ADD COLUMN withdrawal_reason text;
