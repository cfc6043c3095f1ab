-- Statements as they are reported (issue 9): several speakers and the countries that signed, a date known only to
-- the month or year or only as "reported on", and a neutral stance. Also: events name the countries they concern
-- (participant, host, subject) rather than suppliers and recipients, and actors keep editors' notes apart from titles.

-- Speakers: a statement may be made by several people or bodies. The speaker's country is the actor's: one source of
-- truth, so a statement counts for its speaker's country without the editor repeating it.
CREATE TABLE statement_speaker (
    statement_id bigint NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    actor_id     bigint NOT NULL REFERENCES actor (id),
    PRIMARY KEY (statement_id, actor_id)
);
CREATE INDEX statement_speaker_actor_idx ON statement_speaker (actor_id, statement_id);
INSERT INTO statement_speaker (statement_id, actor_id) SELECT id, speaker_id FROM statement;

-- Signatories: the countries on whose behalf a joint statement was made (e.g. 48 governments and the EU).
CREATE TABLE statement_signatory (
    statement_id bigint NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    country_code text NOT NULL REFERENCES country (code),
    PRIMARY KEY (statement_id, country_code)
);
CREATE INDEX statement_signatory_country_idx ON statement_signatory (country_code, statement_id);

-- An actor without a country takes the one its statements gave it, where they agree.
UPDATE actor a SET country_code = s.code
FROM (SELECT speaker_id, min(speaker_country_code) AS code FROM statement WHERE speaker_country_code IS NOT NULL
      GROUP BY speaker_id HAVING count(DISTINCT speaker_country_code) = 1) s
WHERE a.id = s.speaker_id AND a.country_code IS NULL;
-- A statement whose country differs from its speaker's keeps that country as a signatory, so no figure changes.
INSERT INTO statement_signatory (statement_id, country_code)
SELECT st.id, st.speaker_country_code FROM statement st JOIN actor a ON a.id = st.speaker_id
WHERE st.speaker_country_code IS NOT NULL AND st.speaker_country_code IS DISTINCT FROM a.country_code;

DROP INDEX statement_speaker_idx;
DROP INDEX statement_country_stance_idx;
ALTER TABLE statement DROP COLUMN speaker_id, DROP COLUMN speaker_country_code;

-- The date with its precision: a day, a month (said_on is its first day), a year (its first day), or undated with
-- the day it was reported. dated_on is the day a statement counts on in timelines and figures.
ALTER TABLE statement ALTER COLUMN said_on DROP NOT NULL;
ALTER TABLE statement ADD COLUMN said_precision text NOT NULL DEFAULT 'DAY'
    CHECK (said_precision IN ('DAY', 'MONTH', 'YEAR', 'UNDATED'));
ALTER TABLE statement ADD COLUMN reported_on date;
ALTER TABLE statement ADD CONSTRAINT statement_date_given CHECK (
    (said_precision = 'UNDATED' AND said_on IS NULL AND reported_on IS NOT NULL)
    OR (said_precision <> 'UNDATED' AND said_on IS NOT NULL));
ALTER TABLE statement ADD COLUMN dated_on date GENERATED ALWAYS AS (coalesce(said_on, reported_on)) STORED;
-- The last day the date could be: the month's or the year's last day when only the month or the year is known.
ALTER TABLE statement ADD COLUMN dated_to date GENERATED ALWAYS AS (CASE said_precision
    WHEN 'MONTH' THEN (said_on + interval '1 month')::date - 1
    WHEN 'YEAR' THEN (said_on + interval '1 year')::date - 1
    ELSE coalesce(said_on, reported_on) END) STORED;
DROP INDEX statement_said_on_idx;
CREATE INDEX statement_dated_on_idx ON statement (dated_on DESC, id DESC);

-- A neutral stance: a report that is neither a claim nor a denial (e.g. a state news agency reporting a visit).
ALTER TABLE statement DROP CONSTRAINT statement_stance_check;
ALTER TABLE statement ADD CONSTRAINT statement_stance_check
    CHECK (stance IN ('ALLEGES', 'DENIES', 'CONFIRMS', 'CONDEMNS', 'DECLINES_TO_COMMENT', 'REPORTS'));

-- History: the speaker and the country each revision recorded move to the new audit tables, as Envers writes them
-- (revtype 0 when an element is added, 2 when it is removed), so that earlier revisions still read as they were.
CREATE TABLE statement_speaker_aud (
    rev bigint NOT NULL REFERENCES revinfo (id), revtype smallint, statement_id bigint NOT NULL, actor_id bigint NOT NULL,
    PRIMARY KEY (statement_id, rev, actor_id)
);
CREATE TABLE statement_signatory_aud (
    rev bigint NOT NULL REFERENCES revinfo (id), revtype smallint, statement_id bigint NOT NULL, country_code text NOT NULL,
    PRIMARY KEY (statement_id, rev, country_code)
);
WITH revisions AS (
    SELECT sa.id, sa.rev, sa.speaker_id, lag(sa.speaker_id) OVER (PARTITION BY sa.id ORDER BY sa.rev) AS previous
    FROM statement_aud sa)
INSERT INTO statement_speaker_aud (rev, revtype, statement_id, actor_id)
SELECT rev, 0, id, speaker_id FROM revisions WHERE speaker_id IS NOT NULL AND speaker_id IS DISTINCT FROM previous
UNION ALL
SELECT rev, 2, id, previous FROM revisions WHERE previous IS NOT NULL AND speaker_id IS DISTINCT FROM previous;
WITH revisions AS (
    SELECT sa.id, sa.rev, CASE WHEN sa.speaker_country_code IS DISTINCT FROM a.country_code THEN sa.speaker_country_code END AS code
    FROM statement_aud sa LEFT JOIN actor a ON a.id = sa.speaker_id),
changes AS (SELECT id, rev, code, lag(code) OVER (PARTITION BY id ORDER BY rev) AS previous FROM revisions)
INSERT INTO statement_signatory_aud (rev, revtype, statement_id, country_code)
SELECT rev, 0, id, code FROM changes WHERE code IS NOT NULL AND code IS DISTINCT FROM previous
UNION ALL
SELECT rev, 2, id, previous FROM changes WHERE previous IS NOT NULL AND code IS DISTINCT FROM previous;
ALTER TABLE statement_aud DROP COLUMN speaker_id, DROP COLUMN speaker_country_code;
ALTER TABLE statement_aud ADD COLUMN said_precision text, ADD COLUMN reported_on date;

-- Events are not transfers: they name the countries they concern.
ALTER TABLE incident_party DROP CONSTRAINT incident_party_role_check;
UPDATE incident_party p SET role = 'PARTICIPANT'
FROM incident i WHERE i.id = p.incident_id AND i.kind = 'EVENT' AND p.role NOT IN ('PARTICIPANT', 'HOST', 'SUBJECT')
  AND NOT EXISTS (SELECT 1 FROM incident_party q WHERE q.incident_id = p.incident_id AND q.country_code = p.country_code
                  AND q.role = 'PARTICIPANT');
DELETE FROM incident_party p USING incident i
WHERE i.id = p.incident_id AND i.kind = 'EVENT' AND p.role NOT IN ('PARTICIPANT', 'HOST', 'SUBJECT');
ALTER TABLE incident_party ADD CONSTRAINT incident_party_role_check
    CHECK (role IN ('SUPPLIER', 'RECIPIENT', 'TRANSIT', 'FLAG_STATE', 'PARTICIPANT', 'HOST', 'SUBJECT'));

-- Editors' notes about an actor are not its title: readers see titles, editors' notes stay with editors.
ALTER TABLE actor ADD COLUMN notes text;
ALTER TABLE actor_aud ADD COLUMN notes text;
UPDATE actor SET notes = title, title = NULL WHERE title LIKE 'Used where the data records%';
