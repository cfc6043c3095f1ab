-- Imports (issue 11): every import that was committed, and the history of each imported record names it. An Envers
-- revision can carry a note ("Import 3: incidents.csv"), which the History tab shows beside the user who ran it.
ALTER TABLE revinfo ADD COLUMN note text;

CREATE TABLE import_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username    text NOT NULL,
    files       text NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    -- what was written: counts per kind, e.g. {"incidents": 120, "sources": 40}
    counts      jsonb NOT NULL,
    -- the state imported items were given
    target      text NOT NULL CHECK (target IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'AS_EXPORTED'))
);
CREATE INDEX import_run_started_idx ON import_run (started_at DESC);
