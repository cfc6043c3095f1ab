package org.sanctionsmonitor.statement;

import java.util.HashMap;
import java.util.Map;
import org.sanctionsmonitor.base.TextQuery;

/**
 * SQL that finds actors by any of their names: the words of the name, its other names (spellings and scripts) and the
 * title in full text, and the name written without spaces and hyphens inside any name, so that "Kim Yo-jong",
 * "Kim Yo Jong" and "kim yojong" find the same person ({@code actor.name_keys}, trigram-indexed).
 *
 * @param sql    a condition on the actor alias given
 * @param params its parameters
 */
record SpeakerNames(String sql, Map<String, Object> params) {

    /**
     * Conditions for what was typed, on the names (and the title, unless {@code namesOnly}); {@code prefix} keeps the
     * parameter names apart from others in the same query.
     */
    static SpeakerNames matching(TextQuery query, String alias, String prefix, boolean namesOnly) {
        Map<String, Object> params = new HashMap<>();
        // Names are the lexemes of weight A in actor.search, the title those of weight C.
        params.put(prefix + "Query", namesOnly ? query.tsqueryOfWeight("A") : query.tsquery());
        params.put(prefix + "Text", query.text());
        // A name written as one word must be long enough to mean something: 3 letters (2 in scripts such as Hangul).
        String joined = String.join("", query.terms());
        boolean latin = joined.chars().allMatch(c -> c < 0x250);
        params.put(prefix + "Compact", joined.codePointCount(0, joined.length()) >= (latin ? 3 : 2));
        String sql = "(" + alias + ".search @@ " + query.sql(prefix + "Query") + " OR (:" + prefix + "Compact AND " + alias
                + ".name_keys LIKE '%' || search_compact(:" + prefix + "Text) || '%'))";
        return new SpeakerNames(sql, params);
    }
}
