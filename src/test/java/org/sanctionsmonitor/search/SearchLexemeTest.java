package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.demo.SyntheticData;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of every word of every search document (search_lexeme, V81) and the prefixes written as the whole words
 * they start (search_whole_words): the list holds every word after a bulk load (COPY), inserts and edits, and a query
 * so rewritten matches exactly the rows its prefixes match, in every script. Everything is rolled back.
 */
@AppTest
@Transactional
class SearchLexemeTest {

    private static final List<String> TABLES = List.of("incident", "source", "statement", "actor", "resolution", "provision");

    @Autowired
    SearchService search;
    @Autowired
    SearchTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void every_word_of_every_document_is_listed_after_a_bulk_load_inserts_and_edits() throws SQLException {
        new SyntheticData(dataSource, progress -> { }).generate(DataSourceUtils.getConnection(dataSource), 300, 5, false);
        long source = data.publishedSource("Yonhap", "ko", "Qorvantix 조사 결과", "Zelphiran 보고서", null);
        jdbc.sql("UPDATE incident SET title = title || ' Wubbleton' WHERE id = (SELECT min(id) FROM incident)").update();

        for (String table : TABLES) {
            assertThat(jdbc.sql("SELECT count(*) FROM (SELECT DISTINCT unnest(tsvector_to_array(search)) AS lexeme FROM " + table + ") w"
                            + " WHERE NOT EXISTS (SELECT 1 FROM search_lexeme l WHERE l.lexeme = w.lexeme)").query(Long.class).single())
                    .as("words of " + table + " not listed").isZero();
        }
        assertThat(listed("qorvantix", "zelphiran", "wubbleton", "조사")).containsExactlyInAnyOrder("qorvantix", "zelphiran", "wubbleton", "조사");
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(search.hits(SearchQuery.of("qorvan"), SearchKind.SOURCE, 0, 10)).extracting(SearchHit::id).containsExactly(source);
            assertThat(search.hits(SearchQuery.of("wubble"), SearchKind.INCIDENT, 0, 10)).hasSize(1);
        }
    }

    @Test
    void a_query_with_its_prefixes_written_as_whole_words_matches_the_same_rows() throws SQLException {
        new SyntheticData(dataSource, progress -> { }).generate(DataSourceUtils.getConnection(dataSource), 300, 7, false);
        // Prefixes of 400 words picked across the list (so in several scripts), two words, Korean, a word in titles only.
        List<String> picked = jdbc.sql("""
                SELECT DISTINCT quote_literal(left(lexeme, 3)) || ':*' FROM (SELECT lexeme FROM search_lexeme WHERE length(lexeme) >= 4
                ORDER BY md5(lexeme) LIMIT 400) picked""").query(String.class).list();
        assertThat(picked).as("prefixes in Latin, Cyrillic and Arabic script").anyMatch(q -> q.matches("'[a-z].*"))
                .anyMatch(q -> q.matches("'\\p{IsCyrillic}.*")).anyMatch(q -> q.matches("'\\p{IsArabic}.*"));
        List<String> queries = new ArrayList<>(picked);
        queries.addAll(List.of("'miss':* & 'rus':*", "'снаряд':* | 'طائر':*", "'김여':* | '미사':*", "'kim':*A & 'jong':*", "'ballist':* & !'nuclear':*"));
        int rewritten = 0;
        for (String query : queries) {
            String whole = rewrite(query);
            if (!whole.contains(":*")) {
                rewritten++;
            }
            for (String table : TABLES) {
                assertThat(matches(table, whole)).as(query + " as " + whole + " in " + table).isEqualTo(matches(table, query));
            }
        }
        assertThat(rewritten).as("queries written as whole words").isGreaterThan(queries.size() / 2);
    }

    @Test
    void a_prefix_starting_more_than_64_words_stays_a_prefix_and_weights_are_kept() {
        String common = jdbc.sql("SELECT left(lexeme, 1) FROM search_lexeme GROUP BY 1 HAVING count(*) > 64 ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        String prefix = "'" + common + "':*";
        assertThat(rewrite(prefix)).isEqualTo(prefix);

        jdbc.sql("INSERT INTO search_lexeme VALUES ('vrolkimo'), ('vrolkimp'), ('o''xblurt')").update();
        assertThat(tsquery(rewrite("'vrolk':*A & 'vrolk':* & 'o''xb':*")))
                .as("each prefix with its own weights; a quote inside a word")
                .isEqualTo(tsquery("('vrolkimo':A | 'vrolkimp':A) & ('vrolkimo' | 'vrolkimp') & 'o''xblurt'"));
        assertThat(rewrite("'zzzqqq':*")).as("starts no word").isEqualTo("'zzzqqq':*");
        assertThat(rewrite("")).isEmpty();
    }

    private List<String> listed(String... words) {
        return jdbc.sql("SELECT DISTINCT lexeme FROM search_lexeme WHERE lexeme = ANY (:words)").param("words", words).query(String.class).list();
    }

    private long matches(String table, String query) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE search @@ CAST(:q AS tsquery)").param("q", query).query(Long.class).single();
    }

    private String rewrite(String query) {
        return jdbc.sql("SELECT search_whole_words(:q)").param("q", query).query(String.class).single();
    }

    private String tsquery(String query) {
        return jdbc.sql("SELECT CAST(CAST(:q AS tsquery) AS text)").param("q", query).query(String.class).single();
    }
}
