package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The read rules of {@code R__read_rules.sql} on the demo data, and the planner inlining them so indexes are used. */
@AppTest
@Transactional
class ReadRulesSqlTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void readers_see_only_published_records_and_editors_see_all() {
        jdbc.sql("UPDATE incident SET workflow_state = 'DRAFT' WHERE id = (SELECT min(id) FROM incident)").update();

        int all = count("SELECT count(*) FROM incident");
        int published = count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED'");

        assertThat(count("SELECT count(*) FROM visible_incidents(true)")).isEqualTo(all);
        assertThat(count("SELECT count(*) FROM visible_incidents(false)")).isEqualTo(published).isEqualTo(all - 1);
        assertThat(count("SELECT count(*) FROM published_incidents()")).isEqualTo(published);
    }

    @Test
    void a_stance_is_on_the_side_of_an_allegation_or_of_a_denial() {
        assertThat(jdbc.sql("""
                SELECT s || '=' || stance_side(s) FROM unnest(ARRAY['ALLEGES','CONFIRMS','CONDEMNS','DENIES','DECLINES_TO_COMMENT']) s
                """).query(String.class).list())
                .containsExactly("ALLEGES=ALLEGATION", "CONFIRMS=ALLEGATION", "CONDEMNS=ALLEGATION", "DENIES=DENIAL",
                        "DECLINES_TO_COMMENT=DENIAL");
    }

    @Test
    void the_visibility_functions_are_inlined_so_the_planner_uses_the_tables_indexes() {
        jdbc.sql("SET LOCAL enable_seqscan = off").update();

        List<String> plan = jdbc.sql("EXPLAIN SELECT * FROM visible_incidents(false) i WHERE i.id = 1").query(String.class).list();

        assertThat(String.join("\n", plan)).doesNotContain("Function Scan").contains("Index Scan");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
