package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries search runs can use the GIN indexes of V40. On the small demo data PostgreSQL rightly prefers reading the
 * tables or walking the small partial indexes of published rows (what readers' queries do), so sequential and plain index
 * scans are priced out and the queries run as an editor: what is left are bitmap scans, and a bitmap scan of the search
 * index is only possible where the query's condition is one that index serves. (At scale, the plans in the notes of
 * {@code SearchBenchmark} show readers' queries using them.)
 */
@AppTest
@Transactional
class SearchIndexTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_kinds_search_uses_its_full_text_index() {
        assertThat(plan(SearchKind.INCIDENT, "Alabuga")).contains("Bitmap Index Scan on incident_search_idx").doesNotContain("Seq Scan on incident ");
        assertThat(plan(SearchKind.SOURCE, "снаряды")).contains("Bitmap Index Scan on source_search_idx").doesNotContain("Seq Scan on source ");
        assertThat(plan(SearchKind.STATEMENT, "Peskov")).contains("Bitmap Index Scan on statement_search_idx").doesNotContain("Seq Scan on statement ");
        assertThat(plan(SearchKind.SPEAKER, "Peskov")).contains("Bitmap Index Scan on actor_search_idx");
        assertThat(plan(SearchKind.RESOLUTION, "ballistic")).contains("Bitmap Index Scan on resolution_search_idx", "Bitmap Index Scan on provision_search_idx");
    }

    @Test
    void a_name_written_as_one_word_uses_the_trigram_index_of_names() {
        assertThat(plan(SearchKind.SPEAKER, "kim yojong")).contains("Bitmap Index Scan on actor_name_keys_trgm_idx");
    }

    /** EXPLAIN of the page of hits and of the count, as an editor runs them (readers' partial indexes aside). */
    private String plan(SearchKind kind, String words) {
        jdbc.sql("ANALYZE incident, source, statement, actor, resolution, provision").update();
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        jdbc.sql("SET LOCAL enable_indexscan = off").update();
        StringBuilder plans = new StringBuilder();
        try (SignedIn reader = SignedIn.as("editor", Role.EDITOR)) {
            for (Map.Entry<String, Map<String, Object>> statement : search.sqlOf(kind, SearchQuery.of(words), 5)) {
                List<String> lines = jdbc.sql("EXPLAIN " + statement.getKey()).params(statement.getValue()).query(String.class).list();
                plans.append(String.join("\n", lines)).append('\n');
            }
        }
        return plans.toString();
    }
}
