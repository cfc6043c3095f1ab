package org.sanctionsmonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_dataset_is_loaded_whole_and_published() {
        assertThat(count("SELECT count(*) FROM resolution")).isEqualTo(15);
        assertThat(count("SELECT count(*) FROM sanctions_regime")).isEqualTo(2);
        // 30 reported items: 26 incidents and events, and 4 items that are statements only.
        assertThat(count("SELECT count(*) FROM incident")).isEqualTo(26);
        assertThat(count("SELECT count(*) FROM incident WHERE kind = 'EVENT'")).isEqualTo(11);
        assertThat(count("SELECT count(*) FROM statement")).isEqualTo(79);
        assertThat(count("SELECT count(*) FROM source")).isEqualTo(75);
        assertThat(count("SELECT count(*) FROM incident WHERE workflow_state <> 'PUBLISHED'")).isZero();
        assertThat(count("SELECT count(*) FROM provision WHERE verification <> 'VERIFIED'")).isPositive();
    }

    @Test
    void loading_again_adds_nothing() throws Exception {
        String before = snapshot();

        loader.run(null);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_seed_article_is_an_indonesian_source_with_a_human_english_translation() {
        var seed = jdbc.sql("""
                SELECT language, translation_method, title_translation, excerpt_original, excerpt_translation
                FROM source WHERE url LIKE '%idnewszone.com%'""").query().singleRow();

        assertThat(seed.get("language")).isEqualTo("id");
        assertThat(seed.get("translation_method")).isEqualTo("HUMAN");
        assertThat((String) seed.get("title_translation")).startsWith("Allies warn Russia");
        assertThat((String) seed.get("excerpt_original")).contains("Chang Ho-jin", "Peskov");
        assertThat((String) seed.get("excerpt_translation")).contains("grave violation");
    }

    @Test
    void the_seed_articles_statements_say_who_alleged_and_who_denied() {
        List<String> said = jdbc.sql("""
                SELECT a.name || ' ' || st.stance || ' ' || i.title
                FROM statement st JOIN statement_speaker sp ON sp.statement_id = st.id JOIN actor a ON a.id = sp.actor_id
                JOIN source s ON s.id = st.source_id
                JOIN incident i ON i.id = st.incident_id
                WHERE s.url LIKE '%idnewszone.com%'""").query(String.class).list();

        assertThat(said).anyMatch(s -> s.startsWith("Chang Ho-jin ALLEGES") && s.contains("EDSCG"));
        assertThat(said).anyMatch(s -> s.startsWith("Bonnie Jenkins ALLEGES") && s.contains("EDSCG"));
        assertThat(said).anyMatch(s -> s.startsWith("Dmitry Peskov DENIES") && s.contains("Vostochny"));
    }

    @Test
    void the_disputed_attribution_is_kept_under_both_names() {
        List<String> speakers = jdbc.sql("""
                SELECT a.name FROM statement st JOIN statement_speaker sp ON sp.statement_id = st.id JOIN actor a ON a.id = sp.actor_id
                WHERE st.quote_translation ILIKE '%identify%expose%counter%' OR st.quote_original ILIKE '%identify%expose%counter%'
                ORDER BY a.name""").query(String.class).list();

        assertThat(speakers).contains("Bonnie Jenkins", "Sasha Baker");
    }

    @Test
    void the_article_says_tuesday_and_the_dataset_keeps_that_discrepancy_visible() {
        assertThat(jdbc.sql("""
                SELECT l.note FROM incident_source l JOIN source s ON s.id = l.source_id JOIN incident i ON i.id = l.incident_id
                WHERE s.url LIKE '%idnewszone.com%' AND i.title LIKE '%Vostochny%'""").query(String.class).single())
                .contains("Tuesday").contains("Wednesday");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private String snapshot() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM resolution) || '/' || (SELECT count(*) FROM provision) || '/'
                    || (SELECT count(*) FROM incident) || '/' || (SELECT count(*) FROM statement) || '/'
                    || (SELECT count(*) FROM source) || '/' || (SELECT count(*) FROM actor)""").query(String.class).single();
    }
}
