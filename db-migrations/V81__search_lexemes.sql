-- Every word of every search document (the lexemes of V40's search columns), so that a word searched for as the start
-- of words ("alab", "미사일", or "sanctions", which also finds "sanctionsbusting") can be read as the whole words it
-- starts. A GIN index reads a prefix by collecting every row of every word it starts before it can combine them (a
-- tenth of a second for a common word at a million rows, and a bitmap too large for work_mem, rechecked row by row),
-- where whole words are combined by skipping through their lists: "sanctions evasion" over 1.4 million statements
-- took 227 ms as prefixes and 15 ms as the same words whole.
--
-- Words are only ever added: one that no document holds any more matches nothing. No unique key, so that writers adding
-- the same new word at once never wait for each other (nor deadlock); a word is then listed twice, which is harmless.
CREATE TABLE search_lexeme (lexeme text COLLATE "C" NOT NULL);
CREATE INDEX search_lexeme_idx ON search_lexeme (lexeme);

-- The trigger function of every table with a search column: the new rows' words that are not listed yet.
CREATE FUNCTION search_lexemes_added() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO search_lexeme (lexeme)
    SELECT DISTINCT w.lexeme FROM new_rows n CROSS JOIN LATERAL unnest(tsvector_to_array(n.search)) AS w(lexeme)
    WHERE NOT EXISTS (SELECT 1 FROM search_lexeme l WHERE l.lexeme = w.lexeme);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['incident', 'source', 'statement', 'actor', 'resolution', 'provision'] LOOP
        EXECUTE format('INSERT INTO search_lexeme (lexeme) SELECT DISTINCT w.lexeme FROM %I x'
                       ' CROSS JOIN LATERAL unnest(tsvector_to_array(x.search)) AS w(lexeme)'
                       ' WHERE NOT EXISTS (SELECT 1 FROM search_lexeme l WHERE l.lexeme = w.lexeme)', t);
        EXECUTE format('CREATE TRIGGER search_lexemes_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_added()', t);
        EXECUTE format('CREATE TRIGGER search_lexemes_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_added()', t);
    END LOOP;
END $$;
ANALYZE search_lexeme;

-- A query (tsquery text) with each prefix ('port':*, 'kim':*A) written as the words it starts that documents hold
-- ('port' | 'ports' | 'portentry'), when it starts 1 to 64 of them; a prefix starting more (two letters) or none stays
-- as it was. The same rows match either way, as every word of every document is listed.
CREATE FUNCTION search_whole_words(tsquery_text text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
DECLARE
    prefix record;
    words text[];
    alternatives text;
BEGIN
    FOR prefix IN SELECT DISTINCT m[1] AS quoted, replace(m[1], '''''', '''') AS word, m[2] AS weights
                  FROM regexp_matches(tsquery_text, '''((?:[^'']|'''')+)'':\*([A-D]*)', 'g') AS m LOOP
        words := ARRAY(SELECT DISTINCT l.lexeme FROM search_lexeme l
                       WHERE l.lexeme >= prefix.word COLLATE "C" AND l.lexeme < (prefix.word || chr(1114111)) COLLATE "C"
                       ORDER BY l.lexeme LIMIT 65);
        IF cardinality(words) BETWEEN 1 AND 64 THEN
            SELECT '(' || string_agg('''' || replace(replace(w, '\', '\\'), '''', '''''') || ''''
                                     || CASE WHEN prefix.weights = '' THEN '' ELSE ':' || prefix.weights END, ' | ') || ')'
            INTO alternatives FROM unnest(words) AS w;
            -- The prefix with these weights only ('kim':* is not 'kim':*A); backslashes doubled for regexp_replace.
            tsquery_text := regexp_replace(tsquery_text,
                         '''' || regexp_replace(prefix.quoted, '([^[:alnum:]])', '\\\1', 'g') || ''':\*' || prefix.weights || '(?![A-D])',
                         replace(alternatives, '\', '\\'), 'g');
        END IF;
    END LOOP;
    RETURN tsquery_text;
END $$;
