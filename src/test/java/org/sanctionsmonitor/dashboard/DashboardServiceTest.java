package org.sanctionsmonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every overview figure against an independent SQL query (written differently from the service's), on the demo data
 * and on a few hundred generated incidents in every workflow state; and against the incident list it links to.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Test
    void the_last_update_is_the_latest_published_change_not_the_day_the_demo_was_loaded_nor_a_draft() {
        java.time.Instant demo = dashboard.lastPublishedChange();
        // The demo items count as published on the day their newest source appeared: in 2025, not today.
        assertThat(demo).isEqualTo(jdbc.sql("""
                SELECT max(published_at) FROM (SELECT published_at FROM incident WHERE workflow_state = 'PUBLISHED'
                UNION ALL SELECT published_at FROM source WHERE workflow_state = 'PUBLISHED'
                UNION ALL SELECT published_at FROM statement WHERE workflow_state = 'PUBLISHED'
                UNION ALL SELECT published_at FROM resolution WHERE workflow_state = 'PUBLISHED') p""")
                .query(java.sql.Timestamp.class).single().toInstant());
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE created_by = 'demo-data' AND published_at >= created_at")
                .query(Integer.class).single()).as("demo incidents published as of loading").isZero();
        assertThat(jdbc.sql("SELECT max(published_at)::date FROM source WHERE created_by = 'demo-data'").query(java.time.LocalDate.class)
                .single()).isEqualTo(jdbc.sql("SELECT max(published_on) FROM source WHERE created_by = 'demo-data'")
                .query(java.time.LocalDate.class).single());

        testData.draftIncident("A draft changes nothing readers see");
        assertThat(dashboard.lastPublishedChange()).isEqualTo(demo);

        long id = testData.publishedIncident("Published now", data -> { });
        assertThat(dashboard.lastPublishedChange()).isAfter(demo).isEqualTo(jdbc.sql("SELECT published_at FROM incident WHERE id = :id")
                .param("id", id).query(java.sql.Timestamp.class).single().toInstant());
    }

    @Test
    void the_overview_figures_match_independent_queries_on_the_demo_data() {
        assertFiguresMatchIndependentQueries();
        assertThat(dashboard.keyFigures().violations()).isEqualTo(15);
    }

    @Test
    void the_overview_figures_match_independent_queries_on_generated_data() {
        GeneratedData.insert(jdbc, 400, 42);
        assertThat(count("SELECT count(*) FROM incident WHERE workflow_state <> 'PUBLISHED'")).isGreaterThan(50);

        assertFiguresMatchIndependentQueries();
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_sees_the_same_published_only_figures() {
        GeneratedData.insert(jdbc, 100, 7);

        assertThat(dashboard.keyFigures().violations())
                .isEqualTo(count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'VIOLATION'"))
                .isLessThan(count("SELECT count(*) FROM incident WHERE kind = 'VIOLATION'"));
    }

    @Test
    void every_clickable_figure_opens_a_list_with_the_same_count() {
        GeneratedData.insert(jdbc, 300, 11);

        Overview.KeyFigures figures = dashboard.keyFigures();
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(incidents.count(new IncidentFilter(null, null, null, status, IncidentKind.VIOLATION, null, null, null)))
                    .as(status.name()).isEqualTo(figures.violationsByStatus().get(status));
        }
        for (Overview.MonthCount m : dashboard.violationsPerMonth()) {
            YearMonth month = YearMonth.from(m.month());
            assertThat(incidents.count(new IncidentFilter(null, null, m.category(), null, IncidentKind.VIOLATION,
                    month.atDay(1), month.atEndOfMonth(), null))).as(m.toString()).isEqualTo(m.incidents());
        }
        for (Overview.Flow f : dashboard.flows()) {
            assertThat(incidents.count(new IncidentFilter(f.supplierCode(), PartyRole.SUPPLIER, null, null, null, null, null,
                    null, null, f.recipientCode()))).as(f.toString()).isEqualTo(f.incidents());
        }
        for (Overview.ProvisionCount p : dashboard.mostCitedProvisions(10)) {
            assertThat(incidents.count(new IncidentFilter(null, null, null, null, null, null, null, null, p.provisionId(), null)))
                    .as(p.toString()).isEqualTo(p.incidents());
        }
    }

    @Test
    void a_draft_changes_no_figure() {
        Overview.Data before = dashboard.overview();
        testData.draftIncident("Draft");

        assertThat(dashboard.overview()).isEqualTo(before);
    }

    private void assertFiguresMatchIndependentQueries() {
        Overview.KeyFigures figures = dashboard.keyFigures();
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(figures.violationsByStatus().get(status)).as(status.name()).isEqualTo(count(
                    "SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'VIOLATION' AND status = '"
                            + status.name() + "'"));
        }
        assertThat(figures.violations()).isEqualTo(figures.violationsByStatus().values().stream().mapToInt(i -> i).sum());
        assertThat(figures.events()).isEqualTo(count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'EVENT'"));
        int allStatements = count("SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED'");
        assertThat(figures.denials()).isEqualTo(count(
                "SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED' AND stance NOT IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS')"));
        assertThat(figures.allegations() + figures.denials()).isEqualTo(allStatements);
        assertThat(figures.sources()).isEqualTo(count("SELECT count(*) FROM source WHERE workflow_state = 'PUBLISHED'"));
        assertThat(figures.countries()).isEqualTo(count("""
                SELECT count(*) FROM country c WHERE c.code IN (SELECT p.country_code FROM incident_party p
                WHERE p.incident_id IN (SELECT id FROM incident WHERE workflow_state = 'PUBLISHED'))"""));

        // Months: for each (month, category) the published violations whose range overlaps the month.
        Map<String, Integer> expectedMonths = new HashMap<>();
        jdbc.sql("""
                SELECT to_char(m, 'YYYY-MM') AS month, c AS category,
                       (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.kind = 'VIOLATION'
                          AND i.category = c AND i.date_from < (m + interval '1 month') AND i.date_to >= m) AS n
                FROM generate_series((SELECT date_trunc('month', min(date_from)) FROM incident),
                                     (SELECT date_trunc('month', max(date_to)) FROM incident), interval '1 month') m,
                     unnest(ARRAY['ARTILLERY_AMMUNITION','BALLISTIC_MISSILES','DRONES','TROOPS','SHIPPING','OTHER_MATERIEL',
                                  'DIPLOMATIC','UN_ACTION']) c
                """).query((rs, n) -> {
            if (rs.getInt("n") > 0) {
                expectedMonths.put(rs.getString("month") + " " + rs.getString("category"), rs.getInt("n"));
            }
            return null;
        }).list();
        Map<String, Integer> actualMonths = new HashMap<>();
        dashboard.violationsPerMonth().forEach(m -> actualMonths.put(YearMonth.from(m.month()) + " " + m.category(), m.incidents()));
        assertThat(actualMonths).isNotEmpty().isEqualTo(expectedMonths);

        // Flows: pairs of supplier and recipient over published incidents.
        Map<String, Integer> expectedFlows = new HashMap<>();
        jdbc.sql("""
                SELECT s.country_code || '>' || r.country_code AS pair, count(*) AS n
                FROM incident_party s, incident_party r, incident i
                WHERE s.incident_id = i.id AND r.incident_id = i.id AND s.role = 'SUPPLIER' AND r.role = 'RECIPIENT'
                  AND i.workflow_state = 'PUBLISHED'
                GROUP BY 1""").query((rs, n) -> expectedFlows.put(rs.getString("pair"), rs.getInt("n"))).list();
        Map<String, Integer> actualFlows = new HashMap<>();
        dashboard.flows().forEach(f -> actualFlows.put(f.supplierCode() + ">" + f.recipientCode(), f.incidents()));
        assertThat(actualFlows).isNotEmpty().isEqualTo(expectedFlows);

        // Provisions: the ten most cited, in order of their counts.
        List<Overview.ProvisionCount> top = dashboard.mostCitedProvisions(10);
        assertThat(top).isNotEmpty();
        for (Overview.ProvisionCount p : top) {
            assertThat(p.incidents()).as(p.label()).isEqualTo(count("""
                    SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN
                    (SELECT incident_id FROM incident_provision WHERE provision_id = %d)""".formatted(p.provisionId())));
        }
        int tenth = top.getLast().incidents();
        assertThat(count("""
                SELECT count(*) FROM (SELECT ip.provision_id FROM incident_provision ip JOIN incident i ON i.id = ip.incident_id
                WHERE i.workflow_state = 'PUBLISHED' GROUP BY ip.provision_id HAVING count(*) > %d) x""".formatted(tenth)))
                .isLessThanOrEqualTo(top.size());

        // Allegations and denials per month.
        for (Overview.StanceMonth m : dashboard.stancesPerMonth()) {
            LocalDate start = m.month();
            String month = "coalesce(said_on, reported_on) >= DATE '%s' AND coalesce(said_on, reported_on) < DATE '%s'"
                    .formatted(start, start.plusMonths(1));
            assertThat(m.allegations()).isEqualTo(count("SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED' AND "
                    + month + " AND stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS')"));
            assertThat(m.denials()).isEqualTo(count("SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED' AND "
                    + month + " AND stance IN ('DENIES', 'DECLINES_TO_COMMENT')"));
        }
        assertThat(dashboard.stancesPerMonth().stream().mapToInt(m -> m.allegations() + m.denials()).sum()).isEqualTo(allStatements);

        // Latest changes are published and newest first.
        List<Overview.Change> changes = dashboard.latestChanges(8);
        assertThat(changes).isNotEmpty();
        assertThat(changes.getFirst().updatedAt()).isEqualTo(jdbc.sql(
                "SELECT max(updated_at) FROM incident WHERE workflow_state = 'PUBLISHED'").query(java.sql.Timestamp.class).single().toInstant());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
