package org.sanctionsmonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.demo.SyntheticData;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.CitationCounts;
import org.sanctionsmonitor.resolution.ResolutionRow;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read model (db-migrations/V70__read_models.sql) equals the live aggregate it stands for, on generated data: after
 * a bulk load (COPY), after publishes, a withdrawal, revisions published and still pending, a changed period in force
 * and a speaker's new country. The live aggregates are the queries the dashboards ran before the read models
 * ({@link LiveDashboard}, {@link LiveCountryDashboard}) and straight counts over the tables. Everything is rolled back.
 */
@AppTest
@Transactional
class ReadModelTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    CountryDashboardService countries;
    @Autowired
    ResolutionService resolutions;
    @Autowired
    IncidentService incidents;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    LiveDashboard liveDashboard;
    LiveCountryDashboard liveCountries;

    @BeforeEach
    void generate() throws SQLException {
        liveDashboard = new LiveDashboard(jdbc);
        liveCountries = new LiveCountryDashboard(jdbc);
        // In this test's transaction, through COPY, as the generator loads a million.
        new SyntheticData(dataSource, progress -> { }).generate(DataSourceUtils.getConnection(dataSource), 1_500, 11, false);
    }

    @Test
    void after_a_bulk_load_every_read_model_equals_its_live_aggregate() {
        assertThat(jdbc.sql("SELECT count(*) FROM rm_incident").query(Long.class).single()).isGreaterThan(1_000);
        assertEveryReadModelIsLive();
    }

    @Test
    void publishing_withdrawing_and_revisions_keep_every_read_model_equal_to_its_live_aggregate() {
        // New records in review, published.
        List<Long> inReview = jdbc.sql("SELECT id FROM visible_incidents(true) WHERE workflow_state = 'IN_REVIEW' ORDER BY id LIMIT 5")
                .query(Long.class).list();
        assertThat(inReview).hasSize(5);
        as("reviewer", () -> {
            inReview.forEach(id -> review.approve(Incident.TYPE, id, version(id)));
            return null;
        });
        assertEveryReadModelIsLive();

        // A revision that changes what is counted: other parties, another category, another status. Pending, it changes
        // nothing readers see; published, it moves every figure it touches.
        long revised = jdbc.sql("""
                SELECT i.id FROM published_incidents() i WHERE i.kind = 'VIOLATION' AND has_open_change('INCIDENT', i.id, i.workflow_state) = false
                ORDER BY i.id LIMIT 1""").query(Long.class).single();
        Map<String, Object> before = snapshot();
        as("editor", () -> {
            IncidentData data = incidents.edit(revised).orElseThrow();
            List<IncidentData.PartyData> parties = new ArrayList<>(data.getParties());
            parties.removeIf(p -> p.role() == PartyRole.RECIPIENT);
            parties.add(new IncidentData.PartyData("UA", PartyRole.RECIPIENT));
            parties.add(new IncidentData.PartyData("TR", PartyRole.TRANSIT));
            data.setParties(parties);
            data.setCategory("SHIP_TO_SHIP");
            data.setStatus(org.sanctionsmonitor.incident.IncidentStatus.CONFIRMED);
            incidents.save(data);
            review.submit(Incident.TYPE, revised, version(revised));
            return null;
        });
        assertThat(snapshot()).as("a pending revision changes no read model").isEqualTo(before);
        assertEveryReadModelIsLive();
        as("reviewer", () -> {
            review.approve(Incident.TYPE, revised, version(revised));
            return null;
        });
        assertThat(snapshot()).isNotEqualTo(before);
        assertEveryReadModelIsLive();

        // Generated revisions and withdrawals waiting for review, published.
        List<Long> pending = jdbc.sql("SELECT item_id FROM pending_revision WHERE state = 'IN_REVIEW' AND item_type = 'INCIDENT' ORDER BY item_id LIMIT 6")
                .query(Long.class).list();
        assertThat(pending).isNotEmpty();
        as("reviewer", () -> {
            pending.forEach(id -> review.approve(Incident.TYPE, id, version(id)));
            return null;
        });
        assertEveryReadModelIsLive();

        // A withdrawal asked for by one editor and agreed by another.
        long withdrawn = jdbc.sql("""
                SELECT i.id FROM published_incidents() i WHERE has_open_change('INCIDENT', i.id, i.workflow_state) = false
                ORDER BY i.id DESC LIMIT 1""").query(Long.class).single();
        as("editor", () -> {
            review.requestWithdrawal(Incident.TYPE, withdrawn, version(withdrawn), "Duplicate");
            return null;
        });
        as("reviewer", () -> {
            review.approve(Incident.TYPE, withdrawn, version(withdrawn));
            return null;
        });
        assertThat(jdbc.sql("SELECT count(*) FROM rm_incident WHERE incident_id = :id").param("id", withdrawn).query(Long.class).single()).isZero();
        assertEveryReadModelIsLive();
        assertCountingAfreshChangesNothing();
    }

    @Test
    void a_changed_period_in_force_and_a_speakers_new_country_move_the_figures_that_depend_on_them() {
        long provision = jdbc.sql("SELECT provision_id FROM incident_provision GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
                .query(Long.class).single();
        int changed = jdbc.sql("UPDATE provision_period SET in_force_until = DATE '2018-01-01' WHERE provision_id = :id AND in_force_until IS NULL"
                + " AND in_force_from < DATE '2018-01-01'").param("id", provision).update();
        assertThat(changed).isEqualTo(1);
        long actor = jdbc.sql("SELECT actor_id FROM statement_speaker GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").query(Long.class).single();
        jdbc.sql("UPDATE actor SET country_code = 'NO' WHERE id = :id").param("id", actor).update();
        jdbc.sql("DELETE FROM statement_signatory WHERE statement_id IN (SELECT statement_id FROM statement_signatory ORDER BY 1 LIMIT 20)").update();
        assertEveryReadModelIsLive();
        assertCountingAfreshChangesNothing();
    }

    private void assertEveryReadModelIsLive() {
        as("viewer", () -> {
            assertThat(dashboard.overview()).isEqualTo(liveDashboard.overview());
            assertThat(dashboard.flows()).isEqualTo(liveDashboard.flows());
            assertThat(countries.countries()).isEqualTo(liveCountries.countries());
            for (String code : List.of("KP", "RU", "IR", "UA", "NO", "ER")) {
                assertThat(countries.dossier(code)).as("dossier of " + code).isEqualTo(liveCountries.dossier(code));
            }
            for (ResolutionRow row : resolutions.list()) {
                assertThat(row.citingIncidentCount()).as("incidents citing " + row.number()).isEqualTo(jdbc.sql("""
                        SELECT count(DISTINCT ip.incident_id) FROM incident_provision ip JOIN provision pr ON pr.id = ip.provision_id
                        JOIN resolution r ON r.id = pr.resolution_id JOIN published_incidents() i ON i.id = ip.incident_id
                        WHERE r.number = :number""").param("number", row.number()).query(Integer.class).single());
                assertThat(citationCounts(resolutions.citationCounts(row.number()))).as("the chart of " + row.number())
                        .isEqualTo(liveCitations(row.number()));
            }
            return null;
        });
        assertThat(table("SELECT kind, status, category, incidents FROM rm_incident_count WHERE incidents <> 0")).isEqualTo(table("""
                SELECT kind, status, category, count(*) FROM published_incidents() GROUP BY 1, 2, 3"""));
        assertThat(table("SELECT country, category, kind, date_from, date_to, items FROM rm_timeline WHERE items <> 0")).isEqualTo(table("""
                WITH items AS (
                    SELECT i.kind, i.date_from, i.date_to, i.category,
                           ARRAY(SELECT DISTINCT p.country_code FROM incident_party p WHERE p.incident_id = i.id) AS countries
                    FROM published_incidents() i
                    UNION ALL
                    SELECT stance_side(st.stance), st.dated_on, st.dated_to, si.category,
                           ARRAY(SELECT sc.country_code FROM statement_country sc WHERE sc.statement_id = st.id
                                 UNION SELECT p.country_code FROM incident_party p WHERE p.incident_id = si.id)
                    FROM published_statements() st LEFT JOIN published_incidents() si ON si.id = st.incident_id
                    WHERE stance_side(st.stance) <> 'NEUTRAL')
                SELECT '', '', kind, date_from, date_to, count(*) FROM items GROUP BY 3, 4, 5
                UNION ALL
                SELECT '', category, kind, date_from, date_to, count(*) FROM items WHERE category IS NOT NULL GROUP BY 2, 3, 4, 5
                UNION ALL
                SELECT c, '', kind, date_from, date_to, count(*) FROM items, unnest(countries) AS c GROUP BY 1, 3, 4, 5"""));
    }

    /** Counting every read model afresh (as a migration does) gives exactly what the triggers kept, ledgers included. */
    private void assertCountingAfreshChangesNothing() {
        Map<String, Object> kept = snapshot();
        jdbc.sql("SELECT rm_rebuild()").query().singleRow();
        assertThat(snapshot()).isEqualTo(kept);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> tables = new java.util.TreeMap<>();
        for (String table : List.of("rm_incident", "rm_statement", "rm_incident_count", "rm_violation_month", "rm_flow", "rm_provision",
                "rm_resolution", "rm_provision_year", "rm_country", "rm_country_year", "rm_counterpart", "rm_country_provision",
                "rm_stance_month", "rm_country_stance", "rm_timeline", "rm_figure")) {
            // Rows counting zero are left in place by the triggers and not by a rebuild: they mean nothing.
            String nonZero = switch (table) {
                case "rm_incident", "rm_statement" -> "true";
                case "rm_figure" -> "value <> 0";
                case "rm_country" -> "total <> 0";
                case "rm_provision" -> "incidents <> 0";
                case "rm_stance_month", "rm_country_stance" -> "statements <> 0";
                case "rm_timeline" -> "items <> 0";
                default -> "incidents <> 0";
            };
            tables.put(table, table("SELECT * FROM " + table + " t WHERE " + nonZero));
        }
        return tables;
    }

    private List<String> table(String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
            }
            return row.toString();
        }).list().stream().sorted().toList();
    }

    private static List<String> citationCounts(Map<Long, CitationCounts> counts) {
        return counts.values().stream().flatMap(c -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(c.provisionId() + " all " + c.incidents() + " " + c.notInForce()),
                        c.years().stream().map(y -> c.provisionId() + " " + y.year() + " " + y.inForce() + " " + y.notInForce())))
                .sorted().toList();
    }

    private List<String> liveCitations(int number) {
        return jdbc.sql("""
                WITH c AS (SELECT ip.provision_id, i.date_from, i.date_to, provision_in_force(ip.provision_id, i.date_from) AS in_force
                           FROM incident_provision ip JOIN published_incidents() i ON i.id = ip.incident_id
                           JOIN provision pr ON pr.id = ip.provision_id JOIN resolution r ON r.id = pr.resolution_id
                           WHERE r.number = :number)
                SELECT provision_id || ' all ' || count(*) || ' ' || count(*) FILTER (WHERE NOT in_force) FROM c GROUP BY provision_id
                UNION ALL
                SELECT provision_id || ' ' || y || ' ' || count(*) FILTER (WHERE in_force) || ' ' || count(*) FILTER (WHERE NOT in_force)
                FROM c, generate_series(extract(year FROM date_from)::int, extract(year FROM date_to)::int) AS y GROUP BY provision_id, y
                """).param("number", number).query(String.class).list().stream().sorted().collect(Collectors.toList());
    }

    private long version(long id) {
        return incidents.status(id).orElseThrow().version();
    }

    private static <T> T as(String username, Supplier<T> work) {
        return CurrentUser.runAs(username, username.equals("viewer") ? Role.VIEWER : Role.EDITOR, work);
    }
}
