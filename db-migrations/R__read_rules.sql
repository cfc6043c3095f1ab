-- The read rules, each in exactly one place. Every read path of the application goes through these functions;
-- SQL in the Java code never tests workflow_state or lists stances itself (ReadRulesTest checks that).
-- Versioned migrations must not use anything defined here: Flyway applies this file after them.

-- Readers see an editorial record (incident, source, statement) only while it is published.
CREATE OR REPLACE FUNCTION is_published(workflow_state text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT workflow_state = 'PUBLISHED' $$;

-- The records a user may see: all of them for editors (include_unpublished), published ones for everyone else.
-- Simple SQL functions like these are inlined by the planner, so indexes on the tables are used as usual.
CREATE OR REPLACE FUNCTION visible_incidents(include_unpublished boolean) RETURNS SETOF incident
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM incident WHERE include_unpublished OR is_published(workflow_state) $$;

CREATE OR REPLACE FUNCTION visible_sources(include_unpublished boolean) RETURNS SETOF source
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM source WHERE include_unpublished OR is_published(workflow_state) $$;

CREATE OR REPLACE FUNCTION visible_statements(include_unpublished boolean) RETURNS SETOF statement
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM statement WHERE include_unpublished OR is_published(workflow_state) $$;

-- Dashboards, the timeline and every figure count published records only, for every role.
CREATE OR REPLACE FUNCTION published_incidents() RETURNS SETOF incident
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM visible_incidents(false) $$;

CREATE OR REPLACE FUNCTION published_sources() RETURNS SETOF source
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM visible_sources(false) $$;

CREATE OR REPLACE FUNCTION published_statements() RETURNS SETOF statement
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM visible_statements(false) $$;

-- Which side of an allegation a statement's stance is on: ALLEGATION (alleges, confirms, condemns), DENIAL
-- (denies, declines to comment) or NEUTRAL (reports, neither). Claims and denials on every page and figure are
-- counted by this.
CREATE OR REPLACE FUNCTION stance_side(stance text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS') THEN 'ALLEGATION'
                      WHEN stance IN ('DENIES', 'DECLINES_TO_COMMENT') THEN 'DENIAL'
                      ELSE 'NEUTRAL' END $$;

-- The countries a statement counts for: its speakers' countries and the countries that signed it.
CREATE OR REPLACE VIEW statement_country AS
    SELECT sp.statement_id, a.country_code FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
    WHERE a.country_code IS NOT NULL
    UNION
    SELECT statement_id, country_code FROM statement_signatory;

-- Whether a provision was in force on a day: one of its periods (half-open, until the day it lapsed) covers it.
CREATE OR REPLACE FUNCTION provision_in_force(provision bigint, day date) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT EXISTS (SELECT 1 FROM provision_period pp WHERE pp.provision_id = provision
                         AND pp.in_force_from <= day AND (pp.in_force_until IS NULL OR pp.in_force_until > day)) $$;

-- Whether a record has something for review: it was never published (a draft or in review), or a change to it is
-- pending (a revision or a withdrawal). Cases gather such records.
CREATE OR REPLACE FUNCTION has_open_change(item_type text, item_id bigint, workflow_state text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT workflow_state IN ('DRAFT', 'IN_REVIEW')
              OR EXISTS (SELECT 1 FROM pending_revision p WHERE p.item_type = $1 AND p.item_id = $2) $$;

-- Resolutions are editorial records too: readers see published ones (their pages, the list, the timeline).
CREATE OR REPLACE FUNCTION visible_resolutions(include_unpublished boolean) RETURNS SETOF resolution
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM resolution WHERE include_unpublished OR is_published(workflow_state) $$;

CREATE OR REPLACE FUNCTION published_resolutions() RETURNS SETOF resolution
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM visible_resolutions(false) $$;
