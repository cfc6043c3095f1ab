-- Readers' experience (issue 14): when each record's published version went live, the readers' saved views, their
-- visits and their private feed keys.

-- published_at: when the version readers see went live (the record's publication, or the publication of a reviewed
-- revision); first_published_at: its first publication. Drafts and pending revisions never move them, so "new or
-- changed since" follows published versions only.
ALTER TABLE incident ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE source ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE statement ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE resolution ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE incident_aud ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE source_aud ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE statement_aud ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;
ALTER TABLE resolution_aud ADD COLUMN published_at timestamptz, ADD COLUMN first_published_at timestamptz;

-- Records published before this migration: from their history (Envers), the first revision in which they were
-- published, and the revision that began their current published run, or the last content change if that is later
-- (a reviewed revision that was published records its time as updated_at). Without history, the last change.
CREATE FUNCTION pg_temp.backfill(item text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        WITH states AS (
            SELECT a.id, a.workflow_state, to_timestamp(r.timestamp / 1000.0) AS at,
                   lag(a.workflow_state) OVER (PARTITION BY a.id ORDER BY a.rev) AS before
            FROM %1$s_aud a JOIN revinfo r ON r.id = a.rev
        ), times AS (
            SELECT id, min(at) FILTER (WHERE workflow_state = 'PUBLISHED') AS first_at,
                   max(at) FILTER (WHERE workflow_state = 'PUBLISHED' AND before IS DISTINCT FROM 'PUBLISHED') AS run_at
            FROM states GROUP BY id
        )
        UPDATE %1$s e SET first_published_at = coalesce(t.first_at, e.updated_at),
                          published_at = greatest(coalesce(t.run_at, e.updated_at), e.updated_at)
        FROM (SELECT e2.id, t2.first_at, t2.run_at FROM %1$s e2 LEFT JOIN times t2 ON t2.id = e2.id) t
        WHERE e.id = t.id AND e.workflow_state = 'PUBLISHED'
    $sql$, item);
    EXECUTE format('UPDATE %1$s e SET first_published_at = (SELECT min(to_timestamp(r.timestamp / 1000.0)) FROM %1$s_aud a '
                   'JOIN revinfo r ON r.id = a.rev WHERE a.id = e.id AND a.workflow_state = ''PUBLISHED'') '
                   'WHERE e.workflow_state <> ''PUBLISHED''', item);
END $$;
SELECT pg_temp.backfill('incident');
SELECT pg_temp.backfill('source');
SELECT pg_temp.backfill('statement');
SELECT pg_temp.backfill('resolution');

-- "What changed since …": the published records by the time their version went live.
CREATE INDEX incident_published_at_idx ON incident (published_at DESC, id DESC) WHERE workflow_state = 'PUBLISHED';
CREATE INDEX source_published_at_idx ON source (published_at DESC, id DESC) WHERE workflow_state = 'PUBLISHED';
CREATE INDEX statement_published_at_idx ON statement (published_at DESC, id DESC) WHERE workflow_state = 'PUBLISHED';
CREATE INDEX resolution_published_at_idx ON resolution (published_at DESC, id DESC) WHERE workflow_state = 'PUBLISHED';

-- A reader's saved view: a page location (path relative to the app root, and its query string in a canonical
-- order) under a name, and when the reader last opened it.
CREATE TABLE saved_view (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    path           text NOT NULL CHECK (path !~ '^/' AND length(path) <= 200),
    query          text NOT NULL DEFAULT '' CHECK (length(query) <= 2000),
    created_at     timestamptz NOT NULL,
    last_opened_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX saved_view_name_uq ON saved_view (user_id, lower(name));
CREATE INDEX saved_view_location_idx ON saved_view (user_id, path, query);

-- A reader's visits: "What's new" lists what was published since the visit before this one.
CREATE TABLE reader_visit (
    user_id           bigint PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    current_visit_at  timestamptz NOT NULL,
    previous_visit_at timestamptz
);

-- A reader's private feed key: feed readers cannot send headers, so the key is in the feed's address. Only its
-- SHA-256 hash is stored; deleting the row revokes every feed address that carries the key.
CREATE TABLE feed_key (
    user_id     bigint PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
    created_at  timestamptz NOT NULL
);
