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

-- ===== Issue 12: a faster form of a rule above, and the read models =====

-- Whether a statement counts for a country, exactly as statement_country says, written so that the planner looks up
-- the one statement's speakers and signatories instead of computing the whole view (1.2 s at 100,000 incidents).
CREATE OR REPLACE FUNCTION statement_counts_for(statement_id bigint, country_code text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                         WHERE sp.statement_id = $1 AND a.country_code = $2)
              OR EXISTS (SELECT 1 FROM statement_signatory sg WHERE sg.statement_id = $1 AND sg.country_code = $2) $$;

-- ===== Read models of the dashboards (issue 12) =====
-- The tables are in V70__read_models.sql. They count by the rules above and are kept right by statement-level
-- triggers, in the same transaction as every write (a save, a publish, a withdrawal, a published revision, an import,
-- a COPY): the trigger takes the changed records' old contribution out of every figure (from the ledgers rm_incident
-- and rm_statement) and puts their new one in. One advisory lock serialises these updates, so concurrent writers never
-- deadlock on the figures. Whenever this file changes, Flyway re-applies it and the read models are rebuilt (last line).

-- What a published incident contributes, read from the live tables.
CREATE OR REPLACE VIEW rm_incident_facts AS
    SELECT i.id AS incident_id, i.kind, i.category, i.status, i.date_from, i.date_to,
           ARRAY(SELECT p.country_code || ' ' || p.role FROM incident_party p WHERE p.incident_id = i.id ORDER BY 1) AS parties,
           ARRAY(SELECT ip.provision_id FROM incident_provision ip WHERE ip.incident_id = i.id ORDER BY 1) AS provisions,
           ARRAY(SELECT provision_in_force(ip.provision_id, i.date_from) FROM incident_provision ip WHERE ip.incident_id = i.id
                 ORDER BY ip.provision_id) AS provisions_in_force,
           ARRAY(SELECT DISTINCT pr.resolution_id FROM incident_provision ip JOIN provision pr ON pr.id = ip.provision_id
                 WHERE ip.incident_id = i.id ORDER BY 1) AS resolutions
    FROM published_incidents() i;

-- What a published statement contributes.
CREATE OR REPLACE VIEW rm_statement_facts AS
    SELECT st.id AS statement_id, stance_side(st.stance) AS side, st.dated_on, st.dated_to,
           ARRAY(SELECT sc.country_code FROM statement_country sc WHERE sc.statement_id = st.id ORDER BY 1) AS countries,
           ARRAY(SELECT sc.country_code FROM statement_country sc WHERE sc.statement_id = st.id
                 UNION
                 SELECT p.country_code FROM published_incidents() si JOIN incident_party p ON p.incident_id = si.id
                 WHERE si.id = st.incident_id ORDER BY 1) AS timeline_countries,
           (SELECT si.category FROM published_incidents() si WHERE si.id = st.incident_id) AS incident_category
    FROM published_statements() st;

-- The per-transaction scratch tables that hold a change as (sign, contribution) rows: -1 for what was counted, +1 for
-- what counts now.
CREATE OR REPLACE FUNCTION rm_delta_tables() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF to_regclass('pg_temp.rm_incident_delta') IS NULL THEN
        CREATE TEMP TABLE rm_incident_delta (sign integer NOT NULL, LIKE rm_incident) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE rm_statement_delta (sign integer NOT NULL, LIKE rm_statement) ON COMMIT DELETE ROWS;
    END IF;
END $$;

-- Adds the rows of rm_incident_delta to every incident figure.
CREATE OR REPLACE FUNCTION rm_apply_incident_delta() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO rm_incident_count AS t (kind, status, category, incidents)
    SELECT kind, status, category, sum(sign) FROM rm_incident_delta GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (kind, status, category) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_violation_month AS t (month, category, incidents)
    SELECT m.month::date, d.category, sum(d.sign) FROM rm_incident_delta d
    CROSS JOIN LATERAL generate_series(date_trunc('month', d.date_from), date_trunc('month', d.date_to), interval '1 month') AS m(month)
    WHERE d.kind = 'VIOLATION' GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (month, category) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_flow AS t (supplier, recipient, incidents)
    SELECT split_part(s.party, ' ', 1), split_part(r.party, ' ', 1), sum(d.sign)
    FROM rm_incident_delta d, unnest(d.parties) AS s(party), unnest(d.parties) AS r(party)
    WHERE d.kind = 'VIOLATION' AND split_part(s.party, ' ', 2) = 'SUPPLIER' AND split_part(r.party, ' ', 2) = 'RECIPIENT'
    GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (supplier, recipient) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_provision AS t (provision_id, incidents, not_in_force)
    SELECT p.provision_id, sum(d.sign), coalesce(sum(d.sign) FILTER (WHERE NOT p.in_force), 0)
    FROM rm_incident_delta d, unnest(d.provisions, d.provisions_in_force) AS p(provision_id, in_force)
    GROUP BY 1 ORDER BY 1
    ON CONFLICT (provision_id) DO UPDATE SET incidents = t.incidents + excluded.incidents,
                                             not_in_force = t.not_in_force + excluded.not_in_force;

    INSERT INTO rm_resolution AS t (resolution_id, incidents)
    SELECT r.resolution_id, sum(d.sign) FROM rm_incident_delta d, unnest(d.resolutions) AS r(resolution_id)
    GROUP BY 1 HAVING sum(d.sign) <> 0 ORDER BY 1
    ON CONFLICT (resolution_id) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_provision_year AS t (provision_id, year, in_force, incidents)
    SELECT p.provision_id, y.year, p.in_force, sum(d.sign)
    FROM rm_incident_delta d, unnest(d.provisions, d.provisions_in_force) AS p(provision_id, in_force),
         generate_series(extract(year FROM d.date_from)::int, extract(year FROM d.date_to)::int) AS y(year)
    GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (provision_id, year, in_force) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_timeline AS t (country, category, kind, date_from, date_to, items)
    SELECT x.country, x.category, d.kind, d.date_from, d.date_to, sum(d.sign)
    FROM rm_incident_delta d
    CROSS JOIN LATERAL (SELECT '' AS country, '' AS category
                        UNION ALL SELECT '', d.category
                        UNION ALL SELECT DISTINCT split_part(party, ' ', 1), '' FROM unnest(d.parties) AS party) x
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (country, category, kind, date_from, date_to) DO UPDATE SET items = t.items + excluded.items;

    INSERT INTO rm_country AS t (country, supplier, recipient, transit, total)
    SELECT c.country,
           coalesce(sum(d.sign) FILTER (WHERE d.kind = 'VIOLATION' AND 'SUPPLIER' = ANY (c.roles)), 0),
           coalesce(sum(d.sign) FILTER (WHERE d.kind = 'VIOLATION' AND 'RECIPIENT' = ANY (c.roles)), 0),
           coalesce(sum(d.sign) FILTER (WHERE d.kind = 'VIOLATION' AND 'TRANSIT' = ANY (c.roles)), 0),
           sum(d.sign)
    FROM rm_incident_delta d
    CROSS JOIN LATERAL (SELECT split_part(party, ' ', 1) AS country, array_agg(split_part(party, ' ', 2)) AS roles
                        FROM unnest(d.parties) AS party GROUP BY 1) c
    GROUP BY 1 ORDER BY 1
    ON CONFLICT (country) DO UPDATE SET supplier = t.supplier + excluded.supplier, recipient = t.recipient + excluded.recipient,
                                        transit = t.transit + excluded.transit, total = t.total + excluded.total;

    INSERT INTO rm_country_year AS t (country, year, role, incidents)
    SELECT split_part(p.party, ' ', 1), y.year, split_part(p.party, ' ', 2), sum(d.sign)
    FROM rm_incident_delta d, unnest(d.parties) AS p(party),
         generate_series(extract(year FROM d.date_from)::int, extract(year FROM d.date_to)::int) AS y(year)
    GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (country, year, role) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_counterpart AS t (country, other, incidents)
    SELECT a.country, b.country, sum(d.sign)
    FROM rm_incident_delta d
    CROSS JOIN LATERAL (SELECT DISTINCT split_part(party, ' ', 1) AS country FROM unnest(d.parties) AS party) a
    CROSS JOIN LATERAL (SELECT DISTINCT split_part(party, ' ', 1) AS country FROM unnest(d.parties) AS party) b
    WHERE a.country <> b.country
    GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (country, other) DO UPDATE SET incidents = t.incidents + excluded.incidents;

    INSERT INTO rm_country_provision AS t (country, provision_id, incidents)
    SELECT a.country, p.provision_id, sum(d.sign)
    FROM rm_incident_delta d
    CROSS JOIN LATERAL (SELECT DISTINCT split_part(party, ' ', 1) AS country FROM unnest(d.parties) AS party) a
    CROSS JOIN LATERAL unnest(d.provisions) AS p(provision_id)
    GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (country, provision_id) DO UPDATE SET incidents = t.incidents + excluded.incidents;
END $$;

-- Adds the rows of rm_statement_delta to every statement figure.
CREATE OR REPLACE FUNCTION rm_apply_statement_delta() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO rm_stance_month AS t (month, side, statements)
    SELECT date_trunc('month', dated_on)::date, side, sum(sign) FROM rm_statement_delta
    GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (month, side) DO UPDATE SET statements = t.statements + excluded.statements;

    INSERT INTO rm_country_stance AS t (country, side, statements)
    SELECT c.country, d.side, sum(d.sign) FROM rm_statement_delta d, unnest(d.countries) AS c(country)
    GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (country, side) DO UPDATE SET statements = t.statements + excluded.statements;

    INSERT INTO rm_timeline AS t (country, category, kind, date_from, date_to, items)
    SELECT x.country, x.category, d.side, d.dated_on, d.dated_to, sum(d.sign)
    FROM rm_statement_delta d
    CROSS JOIN LATERAL (SELECT '' AS country, '' AS category
                        UNION ALL SELECT '', d.incident_category WHERE d.incident_category IS NOT NULL
                        UNION ALL SELECT c, '' FROM unnest(d.timeline_countries) AS c) x
    WHERE d.side IN ('ALLEGATION', 'DENIAL')
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (country, category, kind, date_from, date_to) DO UPDATE SET items = t.items + excluded.items;
END $$;

-- Counts these incidents again: out with what the ledger says they contributed, in with what they contribute now.
CREATE OR REPLACE FUNCTION rm_refresh_incidents(ids bigint[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF coalesce(cardinality(ids), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7180012);
    PERFORM rm_delta_tables();
    INSERT INTO rm_incident_delta SELECT -1, r.* FROM rm_incident r WHERE r.incident_id = ANY (ids);
    INSERT INTO rm_incident_delta SELECT 1, f.* FROM rm_incident_facts f WHERE f.incident_id = ANY (ids);
    DELETE FROM rm_incident WHERE incident_id = ANY (ids);
    INSERT INTO rm_incident SELECT incident_id, kind, category, status, date_from, date_to, parties, provisions, provisions_in_force,
                                   resolutions
    FROM rm_incident_delta WHERE sign = 1;
    PERFORM rm_apply_incident_delta();
    DELETE FROM rm_incident_delta;
    -- The statements about these incidents take their parties and category on the timeline.
    PERFORM rm_refresh_statements(ARRAY(SELECT s.id FROM statement s WHERE s.incident_id = ANY (ids)));
END $$;

CREATE OR REPLACE FUNCTION rm_refresh_statements(ids bigint[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF coalesce(cardinality(ids), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7180012);
    PERFORM rm_delta_tables();
    INSERT INTO rm_statement_delta SELECT -1, r.* FROM rm_statement r WHERE r.statement_id = ANY (ids);
    INSERT INTO rm_statement_delta SELECT 1, f.* FROM rm_statement_facts f WHERE f.statement_id = ANY (ids);
    DELETE FROM rm_statement WHERE statement_id = ANY (ids);
    INSERT INTO rm_statement SELECT statement_id, side, dated_on, dated_to, countries, timeline_countries, incident_category
    FROM rm_statement_delta WHERE sign = 1;
    PERFORM rm_apply_statement_delta();
    DELETE FROM rm_statement_delta;
END $$;

-- Every read model counted afresh from the live tables.
CREATE OR REPLACE FUNCTION rm_rebuild() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7180012);
    PERFORM rm_delta_tables();
    TRUNCATE rm_incident, rm_statement, rm_incident_count, rm_violation_month, rm_flow, rm_provision, rm_resolution,
             rm_provision_year, rm_country, rm_country_year, rm_counterpart, rm_country_provision, rm_stance_month,
             rm_country_stance, rm_timeline, rm_figure;
    DELETE FROM rm_incident_delta;
    DELETE FROM rm_statement_delta;
    INSERT INTO rm_incident_delta SELECT 1, f.* FROM rm_incident_facts f;
    INSERT INTO rm_incident SELECT incident_id, kind, category, status, date_from, date_to, parties, provisions, provisions_in_force,
                                   resolutions
    FROM rm_incident_delta;
    PERFORM rm_apply_incident_delta();
    DELETE FROM rm_incident_delta;
    INSERT INTO rm_statement_delta SELECT 1, f.* FROM rm_statement_facts f;
    INSERT INTO rm_statement SELECT statement_id, side, dated_on, dated_to, countries, timeline_countries, incident_category
    FROM rm_statement_delta;
    PERFORM rm_apply_statement_delta();
    DELETE FROM rm_statement_delta;
    INSERT INTO rm_figure (name, value) SELECT 'published_sources', count(*) FROM published_sources();
END $$;

-- The trigger function of the incident and statement tables: TG_ARGV[0] names the column that holds the incident's
-- (statement's) id, TG_ARGV[1] which of the two its rows are.
CREATE OR REPLACE FUNCTION rm_records_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO ids;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT id) FROM (SELECT %1$I AS id FROM old_rows UNION ALL SELECT %1$I FROM new_rows) t',
                       TG_ARGV[0]) INTO ids;
    END IF;
    IF TG_ARGV[1] = 'statements' THEN
        PERFORM rm_refresh_statements(ids);
    ELSE
        PERFORM rm_refresh_incidents(ids);
    END IF;
    RETURN NULL;
END $$;

-- A speaker's country moves every statement of theirs to the new country.
CREATE OR REPLACE FUNCTION rm_actors_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM rm_refresh_statements(ARRAY(
        SELECT DISTINCT sp.statement_id FROM statement_speaker sp JOIN new_rows n ON n.id = sp.actor_id JOIN old_rows o ON o.id = n.id
        WHERE o.country_code IS DISTINCT FROM n.country_code));
    RETURN NULL;
END $$;

-- A changed period in force: the incidents citing the provision whose "in force on its date" no longer holds.
CREATE OR REPLACE FUNCTION rm_periods_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    changed bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT provision_id) INTO changed FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT provision_id) INTO changed FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT provision_id) INTO changed FROM (SELECT provision_id FROM old_rows UNION ALL
                                                                      SELECT provision_id FROM new_rows) t;
    END IF;
    PERFORM rm_refresh_incidents(ARRAY(
        SELECT DISTINCT r.incident_id FROM incident_provision ip JOIN rm_incident r ON r.incident_id = ip.incident_id
        WHERE ip.provision_id = ANY (changed)
          AND r.provisions_in_force[array_position(r.provisions, ip.provision_id)]
              IS DISTINCT FROM provision_in_force(ip.provision_id, r.date_from)));
    RETURN NULL;
END $$;

-- The number of published sources moves by the published rows that came and went.
CREATE OR REPLACE FUNCTION rm_sources_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    came bigint := 0;
    went bigint := 0;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT count(*) INTO came FROM new_rows WHERE is_published(workflow_state);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT count(*) INTO went FROM old_rows WHERE is_published(workflow_state);
    END IF;
    IF came <> went THEN
        PERFORM pg_advisory_xact_lock(7180012);
        INSERT INTO rm_figure AS t (name, value) VALUES ('published_sources', came - went)
        ON CONFLICT (name) DO UPDATE SET value = t.value + excluded.value;
    END IF;
    RETURN NULL;
END $$;

-- The triggers, three per table (a trigger with transition tables has one event).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('incident', 'rm_records_changed', 'id', 'incidents'),
                                   ('incident_party', 'rm_records_changed', 'incident_id', 'incidents'),
                                   ('incident_provision', 'rm_records_changed', 'incident_id', 'incidents'),
                                   ('statement', 'rm_records_changed', 'id', 'statements'),
                                   ('statement_speaker', 'rm_records_changed', 'statement_id', 'statements'),
                                   ('statement_signatory', 'rm_records_changed', 'statement_id', 'statements'),
                                   ('provision_period', 'rm_periods_changed', '', ''), ('source', 'rm_sources_changed', '', ''))
                           AS v(tab, fn, col, what)
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS rm_inserted ON %I', t.tab);
        EXECUTE format('DROP TRIGGER IF EXISTS rm_updated ON %I', t.tab);
        EXECUTE format('DROP TRIGGER IF EXISTS rm_deleted ON %I', t.tab);
        EXECUTE format('CREATE TRIGGER rm_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L)', t.tab, t.fn, t.col, t.what);
        EXECUTE format('CREATE TRIGGER rm_updated AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L)', t.tab, t.fn, t.col, t.what);
        EXECUTE format('CREATE TRIGGER rm_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L)', t.tab, t.fn, t.col, t.what);
    END LOOP;
    DROP TRIGGER IF EXISTS rm_updated ON actor;
    CREATE TRIGGER rm_updated AFTER UPDATE ON actor REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION rm_actors_changed();
END $$;
-- The two functions rm_records_changed replaced, in databases that had them.
DROP FUNCTION IF EXISTS rm_incidents_changed();
DROP FUNCTION IF EXISTS rm_statements_changed();

SELECT rm_rebuild();
