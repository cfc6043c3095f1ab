-- Search everywhere (issue 10): one full-text document per searchable row, in the row's own language, kept by
-- PostgreSQL itself (stored generated columns), so the index always follows what the table holds: the published
-- version of a published record (a pending revision lives as JSON in pending_revision until it is published).
--
-- Each text field becomes two sets of lexemes with the field's weight (A title/name, B summary/quote, C body):
--   * stemmed by the text search configuration of its language where PostgreSQL has one (english, russian,
--     indonesian, arabic, ...; search_config below), so "drones" finds "drone" and "снарядов" finds "снаряды";
--   * unstemmed by 'simple' after folding (search_fold: accents removed with unaccent, Arabic and Persian letter
--     variants and vowel marks unified), which serves every language, Korean and Persian included, and names.
-- Hyphenated words are indexed as their parts and joined ("Shahed-136" as shahed, 136 and shahed136), so every
-- common spelling meets. Functions are schema-qualified so that a restore with an empty search_path still works.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent is STABLE only because its dictionary could change; with the dictionary named it is safe to index.
CREATE FUNCTION search_unaccent(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

-- The text search configuration for a language (a BCP 47 tag such as en, ru, id-ID, ar); 'simple' where PostgreSQL
-- has no stemmer for it (Korean, Persian, Chinese, Ukrainian, ...).
CREATE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
        WHEN 'en' THEN 'pg_catalog.english' WHEN 'ru' THEN 'pg_catalog.russian' WHEN 'id' THEN 'pg_catalog.indonesian'
        WHEN 'ms' THEN 'pg_catalog.indonesian' WHEN 'ar' THEN 'pg_catalog.arabic' WHEN 'fr' THEN 'pg_catalog.french'
        WHEN 'de' THEN 'pg_catalog.german' WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'it' THEN 'pg_catalog.italian'
        WHEN 'pt' THEN 'pg_catalog.portuguese' WHEN 'nl' THEN 'pg_catalog.dutch' WHEN 'tr' THEN 'pg_catalog.turkish'
        WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'da' THEN 'pg_catalog.danish' WHEN 'fi' THEN 'pg_catalog.finnish'
        WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'nn' THEN 'pg_catalog.norwegian'
        WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'ro' THEN 'pg_catalog.romanian' WHEN 'el' THEN 'pg_catalog.greek'
        WHEN 'hi' THEN 'pg_catalog.hindi' WHEN 'sr' THEN 'pg_catalog.serbian' WHEN 'lt' THEN 'pg_catalog.lithuanian'
        WHEN 'ca' THEN 'pg_catalog.catalan' WHEN 'hy' THEN 'pg_catalog.armenian' WHEN 'eu' THEN 'pg_catalog.basque'
        WHEN 'ga' THEN 'pg_catalog.irish' WHEN 'ne' THEN 'pg_catalog.nepali' WHEN 'ta' THEN 'pg_catalog.tamil'
        WHEN 'yi' THEN 'pg_catalog.yiddish'
        ELSE 'pg_catalog.simple' END::regconfig $$;

-- Words as the index sees them: a hyphen, slash or zero-width non-joiner between two letters or digits separates
-- them ("Yo-jong", "Shahed‑136", "S/RES/1718", Persian "می‌گوید"), where the default parser would keep them as one
-- token or read "-136" as a negative number.
CREATE FUNCTION search_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT regexp_replace(coalesce(t, ''), '([[:alnum:]])[-‐‑‒/' || chr(8204) || ']+(?=[[:alnum:]])', '\1 ', 'g') $$;

-- Hyphenated words written as one ("Yo-jong" as yojong, "Shahed-136" as shahed136), for the 'simple' lexemes.
CREATE FUNCTION search_joined(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(string_agg(regexp_replace(m[1], '[-‐‑‒]', '', 'g'), ' '), '')
          FROM regexp_matches(coalesce(t, ''), '([[:alnum:]]+(?:[-‐‑‒][[:alnum:]]+)+)', 'g') AS m $$;

-- Folding for the language-neutral lexemes and for names: accents removed (é → e, Ё → Е), Arabic yeh and kaf as
-- Persian writes them, Arabic vowel marks and the elongation stroke (tatweel) dropped.
CREATE FUNCTION search_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT regexp_replace(translate(public.search_unaccent(coalesce(t, '')), 'يكىـ', 'یکی'),
                                '[' || chr(1611) || '-' || chr(1631) || chr(1648) || ']', '', 'g') $$;

-- A name without spaces, hyphens and punctuation, folded and lower-cased: "Kim Yo-jong", "Kim Yo Jong" and
-- "kim yojong" are all kimyojong. The class is spelled out rather than [:punct:] so that it does not depend on the
-- database's locale; it holds the LIKE wildcards, so a compacted name can be put in a LIKE pattern as it is.
CREATE FUNCTION search_compact(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(regexp_replace(public.search_fold(t),
                 '[[:space:]' || chr(8204) || chr(8205) || '\-‐‑‒–—―_.,;:!?''’‘"“”«»()\[\]{}/\\·•%]+', '', 'g')) $$;

-- One field as weighted lexemes: stemmed in its language's configuration, and folded in 'simple'.
CREATE FUNCTION search_vector(config regconfig, t text, weight "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN t IS NULL OR t = '' THEN ''::tsvector ELSE
             CASE WHEN config = 'pg_catalog.simple'::regconfig THEN ''::tsvector
                  ELSE setweight(to_tsvector(config, public.search_words(t)), weight) END
             || setweight(to_tsvector('pg_catalog.simple', public.search_fold(public.search_words(t) || ' ' || public.search_joined(t))), weight)
          END $$;

-- A name and its other names as one text (array_to_string is only STABLE, for arrays of any type).
CREATE FUNCTION search_names(name text, other_names text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(name, '') || ' ' || array_to_string(coalesce(other_names, '{}'), ' ') $$;

-- Names as one text for trigram matching: each name compacted, separated by spaces.
CREATE FUNCTION search_name_keys(name text, other_names text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_string(ARRAY(SELECT public.search_compact(n) FROM unnest(name || coalesce(other_names, '{}')) AS n), ' ') $$;

-- Speakers have other names: spellings and scripts (김여정, Ким Ё Чжон, Kim Yo-jong). Changes are audited like
-- every change of an actor (actor_aud, with the editor in revinfo).
ALTER TABLE actor ADD COLUMN other_names text[] NOT NULL DEFAULT '{}';
ALTER TABLE actor_aud ADD COLUMN other_names text[];
ALTER TABLE actor ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector('pg_catalog.simple', public.search_names(name, other_names), 'A')
    || public.search_vector('pg_catalog.english', title, 'C')) STORED;
ALTER TABLE actor ADD COLUMN name_keys text GENERATED ALWAYS AS (public.search_name_keys(name, other_names)) STORED;
CREATE INDEX actor_search_idx ON actor USING gin (search);
CREATE INDEX actor_name_keys_trgm_idx ON actor USING gin (name_keys gin_trgm_ops);

-- Incidents and events are written in English by editors.
ALTER TABLE incident DROP COLUMN search;
ALTER TABLE incident ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector('pg_catalog.english', title, 'A')
    || public.search_vector('pg_catalog.english', summary, 'B')
    || public.search_vector('pg_catalog.english', place, 'C')) STORED;
CREATE INDEX incident_search_idx ON incident USING gin (search);

-- Sources: title and excerpt in their own language, the translation in English, the outlet's name.
ALTER TABLE source DROP COLUMN search;
ALTER TABLE source ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector(public.search_config(language), title_original, 'A')
    || public.search_vector('pg_catalog.english', title_translation, 'A')
    || public.search_vector('pg_catalog.simple', outlet || ' ' || coalesce(originating_outlet, ''), 'C')
    || public.search_vector(public.search_config(language), excerpt_original, 'C')
    || public.search_vector('pg_catalog.english', excerpt_translation, 'C')) STORED;
CREATE INDEX source_search_idx ON source USING gin (search);

-- Statements: the editors' summary (English), the quote in its language and its translation.
ALTER TABLE statement DROP COLUMN search;
ALTER TABLE statement ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector('pg_catalog.english', summary, 'A')
    || public.search_vector(public.search_config(quote_language), quote_original, 'B')
    || public.search_vector('pg_catalog.english', quote_translation, 'B')) STORED;
CREATE INDEX statement_search_idx ON statement USING gin (search);

-- Resolutions by number ("1718", "S/RES/1718"), title and summary; provisions by label, summary and text.
ALTER TABLE resolution ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector('pg_catalog.simple', number::text || ' S/RES/' || number::text, 'A')
    || public.search_vector('pg_catalog.english', title, 'A')
    || public.search_vector('pg_catalog.english', summary, 'B')) STORED;
CREATE INDEX resolution_search_idx ON resolution USING gin (search);
ALTER TABLE provision ADD COLUMN search tsvector GENERATED ALWAYS AS (
    public.search_vector('pg_catalog.simple', label || ' ' || public.search_compact(label), 'A')
    || public.search_vector('pg_catalog.english', summary, 'B')
    || public.search_vector('pg_catalog.english', full_text, 'C')) STORED;
CREATE INDEX provision_search_idx ON provision USING gin (search);
