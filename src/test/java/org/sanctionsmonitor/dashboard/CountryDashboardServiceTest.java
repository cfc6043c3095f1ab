package org.sanctionsmonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The country list and dossiers against independent SQL, on the demo data and on generated data. */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class CountryDashboardServiceTest {

    @Autowired
    CountryDashboardService countries;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_country_counts_match_independent_queries_on_the_demo_data() {
        assertCountsMatch();
        assertDossierMatches("KP");
        assertDossierMatches("IR");
    }

    @Test
    void the_country_counts_match_independent_queries_on_generated_data() {
        GeneratedData.insert(jdbc, 400, 3);

        assertCountsMatch();
        assertDossierMatches("KP");
        assertDossierMatches("BY");
    }

    @Test
    void every_count_opens_a_list_with_the_same_count() {
        GeneratedData.insert(jdbc, 200, 5);

        for (Dossier.CountryCounts c : countries.countries()) {
            assertThat(incidents.count(new IncidentFilter(c.code(), PartyRole.SUPPLIER, null, null, null, null, null, null)))
                    .isEqualTo(c.supplier());
            assertThat(incidents.count(new IncidentFilter(c.code(), null, null, null, null, null, null, null))).isEqualTo(c.total());
        }
        Dossier.Data kp = countries.dossier("KP").orElseThrow();
        for (Dossier.RoleYear y : kp.years()) {
            assertThat(incidents.count(new IncidentFilter("KP", y.role(), null, null, null, LocalDate.of(y.year(), 1, 1),
                    LocalDate.of(y.year(), 12, 31), null))).as(y.toString()).isEqualTo(y.incidents());
        }
        for (Dossier.Provision p : kp.provisions()) {
            assertThat(incidents.count(new IncidentFilter("KP", null, null, null, null, null, null, null, p.provisionId(), null)))
                    .as(p.toString()).isEqualTo(p.incidents());
        }
    }

    @Test
    void an_unknown_country_has_no_dossier_and_a_quiet_one_has_zeros() {
        assertThat(countries.dossier("XX")).isEmpty();
        Dossier.Data iceland = countries.dossier("IS").orElseThrow();
        assertThat(iceland.counts().total()).isZero();
        assertThat(iceland.years()).isEmpty();
    }

    private void assertCountsMatch() {
        Map<String, String> expected = new HashMap<>();
        jdbc.sql("""
                SELECT c.code,
                  (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN
                     (SELECT incident_id FROM incident_party WHERE country_code = c.code AND role = 'SUPPLIER')) || '/' ||
                  (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN
                     (SELECT incident_id FROM incident_party WHERE country_code = c.code AND role = 'RECIPIENT')) || '/' ||
                  (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN
                     (SELECT incident_id FROM incident_party WHERE country_code = c.code AND role = 'TRANSIT')) || '/' ||
                  (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN
                     (SELECT incident_id FROM incident_party WHERE country_code = c.code)) AS counts
                FROM country c""").query((rs, n) -> {
            if (!rs.getString("counts").endsWith("/0")) {
                expected.put(rs.getString("code"), rs.getString("counts"));
            }
            return null;
        }).list();
        Map<String, String> actual = new HashMap<>();
        countries.countries().forEach(c -> actual.put(c.code(), c.supplier() + "/" + c.recipient() + "/" + c.transit() + "/" + c.total()));
        assertThat(actual).isNotEmpty().isEqualTo(expected);
    }

    private void assertDossierMatches(String code) {
        Dossier.Data d = countries.dossier(code).orElseThrow();
        for (Dossier.RoleYear y : d.years()) {
            assertThat(y.incidents()).as(y.toString()).isEqualTo(count("""
                    SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED'
                      AND i.date_from <= DATE '%1$d-12-31' AND i.date_to >= DATE '%1$d-01-01'
                      AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%2$s' AND role = '%3$s')"""
                    .formatted(y.year(), code, y.role().name())));
        }
        assertThat(d.years().stream().mapToInt(Dossier.RoleYear::year).min().orElseThrow()).isEqualTo(count("""
                SELECT min(extract(year FROM i.date_from))::int FROM incident i WHERE i.workflow_state = 'PUBLISHED'
                  AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%s')""".formatted(code)));
        for (Dossier.Counterpart c : d.counterparts()) {
            assertThat(c.incidents()).as(c.toString()).isEqualTo(count("""
                    SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED'
                      AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%s')
                      AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%s')""".formatted(code, c.code())));
        }
        assertThat(d.counterparts().size()).isEqualTo(count("""
                SELECT count(DISTINCT o.country_code) FROM incident_party o JOIN incident i ON i.id = o.incident_id
                WHERE i.workflow_state = 'PUBLISHED' AND o.country_code <> '%1$s'
                  AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%1$s')""".formatted(code)));
        for (Dossier.Provision p : d.provisions()) {
            assertThat(p.incidents()).isEqualTo(count("""
                    SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED'
                      AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = '%s')
                      AND i.id IN (SELECT incident_id FROM incident_provision WHERE provision_id = %d)""".formatted(code, p.provisionId())));
        }
        String forCountry = " AND (EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id"
                + " WHERE sp.statement_id = s.id AND a.country_code = '" + code + "')"
                + " OR EXISTS (SELECT 1 FROM statement_signatory g WHERE g.statement_id = s.id AND g.country_code = '" + code + "'))";
        assertThat(d.allegations()).isEqualTo(count("SELECT count(*) FROM statement s WHERE workflow_state = 'PUBLISHED'"
                + forCountry + " AND stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS')"));
        assertThat(d.denials()).isEqualTo(count("SELECT count(*) FROM statement s WHERE workflow_state = 'PUBLISHED'"
                + forCountry + " AND stance IN ('DENIES', 'DECLINES_TO_COMMENT')"));
        assertThat(d.latest()).allSatisfy(i -> assertThat(count("SELECT count(*) FROM incident_party WHERE incident_id = "
                + i.id() + " AND country_code = '" + code + "'")).isPositive());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
