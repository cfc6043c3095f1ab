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

-- Speakers (actors) are not reviewed records of their own: readers see the ones that made a published statement
-- (a speaker entered for a draft says nothing to readers until its statement is published); editors see all.
CREATE OR REPLACE FUNCTION visible_actors(include_unpublished boolean) RETURNS SETOF actor
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM actor a WHERE include_unpublished
              OR EXISTS (SELECT 1 FROM statement_speaker sp JOIN published_statements() st ON st.id = sp.statement_id
                         WHERE sp.actor_id = a.id) $$;

-- Corroboration counts each incident's published sources, their distinct outlets and their distinct origins
-- (source.origin_key). The incident list filters on these counts, so they are kept in incident_evidence as the
-- sources and their citations change, by the statement-level triggers below (one refresh per statement, also for
-- bulk loads). A refresh locks the incidents' rows first, in id order, and counts afterwards, so two concurrent
-- changes to one incident cannot leave a count that misses one of them.
CREATE OR REPLACE FUNCTION incident_evidence_refresh(ids bigint[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO incident_evidence (incident_id)
        SELECT i.id FROM incident i WHERE i.id = ANY (ids) ORDER BY i.id ON CONFLICT (incident_id) DO NOTHING;
    PERFORM 1 FROM incident_evidence e WHERE e.incident_id = ANY (ids) ORDER BY e.incident_id FOR UPDATE;
    UPDATE incident_evidence e SET sources = c.sources, outlets = c.outlets, origins = c.origins
    FROM (SELECT x.id, count(s.id) AS sources, count(DISTINCT s.outlet_key) AS outlets, count(DISTINCT s.origin_key) AS origins
          FROM unnest(ids) AS x(id)
          LEFT JOIN incident_source l ON l.incident_id = x.id
          LEFT JOIN published_sources() s ON s.id = l.source_id
          GROUP BY x.id) c
    WHERE e.incident_id = c.id AND (e.sources, e.outlets, e.origins) IS DISTINCT FROM (c.sources, c.outlets, c.origins);
END $$;

CREATE OR REPLACE FUNCTION incident_evidence_citations_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM incident_evidence_refresh(ARRAY(SELECT DISTINCT incident_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM incident_evidence_refresh(ARRAY(SELECT DISTINCT incident_id FROM old_rows));
    ELSE
        PERFORM incident_evidence_refresh(ARRAY(SELECT incident_id FROM new_rows UNION SELECT incident_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION incident_evidence_sources_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM incident_evidence_refresh(ARRAY(
        SELECT DISTINCT l.incident_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN incident_source l ON l.source_id = n.id
        WHERE (is_published(n.workflow_state), n.outlet_key, n.origin_key)
              IS DISTINCT FROM (is_published(o.workflow_state), o.outlet_key, o.origin_key)));
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER incident_evidence_cited AFTER INSERT ON incident_source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_evidence_citations_changed();
CREATE OR REPLACE TRIGGER incident_evidence_uncited AFTER DELETE ON incident_source
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_evidence_citations_changed();
CREATE OR REPLACE TRIGGER incident_evidence_recited AFTER UPDATE ON incident_source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_evidence_citations_changed();
CREATE OR REPLACE TRIGGER incident_evidence_source AFTER UPDATE ON source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_evidence_sources_changed();

-- Recounted whenever these rules change (Flyway re-applies this file then), so the counts always follow the rules.
SELECT incident_evidence_refresh(ARRAY(SELECT id FROM incident));
