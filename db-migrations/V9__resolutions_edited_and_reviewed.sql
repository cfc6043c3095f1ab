-- Resolutions and their provisions are edited in the app (issue 9), with the same review, history and validation as
-- every other record: a new resolution is a draft until another editor publishes it; the ones already recorded are
-- published.
ALTER TABLE resolution
    ADD COLUMN workflow_state text NOT NULL DEFAULT 'PUBLISHED'
        CHECK (workflow_state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    ADD COLUMN review_comment text,
    ADD COLUMN withdrawal_reason text,
    ADD COLUMN created_by text NOT NULL DEFAULT 'system',
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_by text NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE resolution ALTER COLUMN workflow_state SET DEFAULT 'DRAFT';
CREATE INDEX resolution_review_idx ON resolution (updated_at) WHERE workflow_state = 'IN_REVIEW';

CREATE TABLE resolution_aud (
    id bigint NOT NULL, rev bigint NOT NULL REFERENCES revinfo (id), revtype smallint,
    number integer, regime_id bigint, adopted_on date, meeting text, votes_for integer, votes_against integer,
    votes_abstain integer, vote_text text, title text, summary text, url text, notes text,
    workflow_state text, review_comment text, withdrawal_reason text, created_by text, created_at timestamptz,
    updated_by text, updated_at timestamptz,
    PRIMARY KEY (id, rev)
);
