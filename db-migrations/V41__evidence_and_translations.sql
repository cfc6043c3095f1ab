-- How well each claim is sourced, and who translated what (issue 10).

-- Source types the corroboration panel names: state media (of which state: "of an involved party" is decided per
-- incident, against its parties) and the reports of the UN Panel of Experts or the MSMT beside other UN documents.
-- NEWS_ARTICLE reads as "media", OFFICIAL_DOCUMENT as "official statement or document", RESEARCH_REPORT as
-- "research or OSINT": the stored codes stay, so that exports and imports keep their meaning.
ALTER TABLE source DROP CONSTRAINT source_type_check;
ALTER TABLE source ADD CONSTRAINT source_type_check CHECK (type IN ('NEWS_ARTICLE', 'STATE_MEDIA', 'OFFICIAL_DOCUMENT',
    'UN_DOCUMENT', 'UN_PANEL_REPORT', 'RESEARCH_REPORT', 'OTHER'));
ALTER TABLE source ADD COLUMN state_media_of text REFERENCES country (code);
ALTER TABLE source ADD CONSTRAINT source_state_media_of_check CHECK ((type = 'STATE_MEDIA') = (state_media_of IS NOT NULL));

-- Where the information first came from when a source repeats it (a wire story, another outlet's report, an
-- agency's briefing). Left empty, the origin is the originating outlet, or else the outlet itself: five sites that
-- republish one Reuters story are one origin. origin_key compares origins without case, accents, punctuation or a
-- remark in brackets ("RT (probable)" and "RT" are one).
ALTER TABLE source ADD COLUMN origin text;
CREATE FUNCTION source_origin_key(outlet text, originating_outlet text, origin text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT public.search_compact(regexp_replace(coalesce(nullif(btrim(origin), ''), nullif(btrim(originating_outlet), ''), outlet),
                                                      '\([^)]*\)', '', 'g')) $$;
ALTER TABLE source ADD COLUMN origin_key text GENERATED ALWAYS AS (public.source_origin_key(outlet, originating_outlet, origin)) STORED;
ALTER TABLE source ADD COLUMN outlet_key text GENERATED ALWAYS AS (public.search_compact(outlet)) STORED;
ALTER TABLE source_aud ADD COLUMN state_media_of text, ADD COLUMN origin text;

-- The corroboration of each incident, counted over its published sources, for the incident list's filter
-- ("two or more independent origins"): kept up to date by triggers defined with the read rules (R__read_rules.sql),
-- because what counts is a read rule. Index-only by incident; the list joins it by primary key.
CREATE TABLE incident_evidence (
    incident_id bigint PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    sources     integer NOT NULL DEFAULT 0 CHECK (sources >= 0),
    outlets     integer NOT NULL DEFAULT 0 CHECK (outlets >= 0),
    origins     integer NOT NULL DEFAULT 0 CHECK (origins >= 0)
);
CREATE INDEX incident_evidence_origins_idx ON incident_evidence (origins, incident_id);

-- Translation provenance: who or what translated (a person, or a named machine system), when, and whether a person
-- reviewed it and when. Sources had the translator and the method; statements' quote translations get all of it.
ALTER TABLE source ADD COLUMN translated_on date,
                   ADD COLUMN translation_reviewed_by text,
                   ADD COLUMN translation_reviewed_on date;
ALTER TABLE source_aud ADD COLUMN translated_on date, ADD COLUMN translation_reviewed_by text, ADD COLUMN translation_reviewed_on date;
ALTER TABLE statement ADD COLUMN translated_by text,
                      ADD COLUMN translation_method text CHECK (translation_method IN ('HUMAN', 'MACHINE')),
                      ADD COLUMN translated_on date,
                      ADD COLUMN translation_reviewed_by text,
                      ADD COLUMN translation_reviewed_on date;
ALTER TABLE statement_aud ADD COLUMN translated_by text, ADD COLUMN translation_method text, ADD COLUMN translated_on date,
                          ADD COLUMN translation_reviewed_by text, ADD COLUMN translation_reviewed_on date;
