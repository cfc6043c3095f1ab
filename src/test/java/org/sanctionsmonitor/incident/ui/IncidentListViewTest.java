package org.sanctionsmonitor.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class IncidentListViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Test
    void a_viewer_sees_every_published_incident_and_event() {
        IncidentListView view = navigate(IncidentListView.class);

        int published = count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED'");
        assertThat(published).isGreaterThan(20);
        assertThat(test(view.grid).size()).isEqualTo(published);
        assertThat(view.count.getText()).isEqualTo(published + " incidents");
    }

    @Test
    void the_newest_incident_comes_first() {
        IncidentListView view = navigate(IncidentListView.class);

        String newest = jdbc.sql("SELECT title FROM incident ORDER BY date_from DESC, id DESC LIMIT 1").query(String.class).single();
        assertThat(test(view.grid).getRow(0).title()).isEqualTo(newest);
    }

    @Test
    void a_shared_url_restores_the_country_and_role_filter() {
        IncidentListView view = Navigation.open("incidents?country=IR&role=SUPPLIER", IncidentListView.class);

        int expected = count("""
                SELECT count(*) FROM incident i WHERE EXISTS (SELECT 1 FROM incident_party p
                WHERE p.incident_id = i.id AND p.country_code = 'IR' AND p.role = 'SUPPLIER')""");
        assertThat(expected).isPositive();
        assertThat(test(view.grid).size()).isEqualTo(expected);
        assertThat(view.country.getValue().code()).isEqualTo("IR");
        assertThat(view.role.getValue()).hasToString("SUPPLIER");
    }

    @Test
    void choosing_a_country_filters_the_list_and_puts_the_filter_in_the_url() {
        IncidentListView view = navigate(IncidentListView.class);

        test(view.country).selectItem("North Korea (DPRK, KP)");

        int expected = count("SELECT count(DISTINCT incident_id) FROM incident_party WHERE country_code = 'KP'");
        assertThat(test(view.grid).size()).isEqualTo(expected);
        assertThat(Navigation.currentLocation()).isEqualTo("incidents?country=KP");
    }

    @Test
    void text_search_finds_incidents_by_words_in_their_title_or_summary() {
        IncidentListView view = Navigation.open("incidents?q=Shahed", IncidentListView.class);

        assertThat(test(view.grid).size()).isPositive();
        for (int row = 0; row < test(view.grid).size(); row++) {
            long id = test(view.grid).getRow(row).id();
            assertThat(jdbc.sql("SELECT title || ' ' || coalesce(summary, '') FROM incident WHERE id = :id").param("id", id)
                    .query(String.class).single()).containsIgnoringCase("shahed");
        }
    }

    @Test
    void a_date_range_keeps_incidents_that_overlap_it() {
        IncidentListView view = Navigation.open("incidents?from=2023-01-01&to=2023-12-31", IncidentListView.class);

        int expected = count("SELECT count(*) FROM incident WHERE date_to >= DATE '2023-01-01' AND date_from <= DATE '2023-12-31'");
        assertThat(test(view.grid).size()).isEqualTo(expected).isPositive();
    }

    @Test
    void the_provision_parameter_keeps_incidents_that_cite_that_provision() {
        long provision = jdbc.sql("""
                SELECT provision_id FROM incident_provision GROUP BY provision_id ORDER BY count(*) DESC, provision_id LIMIT 1""")
                .query(Long.class).single();

        IncidentListView view = Navigation.open("incidents?provision=" + provision, IncidentListView.class);

        int expected = count("SELECT count(DISTINCT incident_id) FROM incident_provision WHERE provision_id = " + provision);
        assertThat(test(view.grid).size()).isEqualTo(expected).isGreaterThan(1);
    }

    @Test
    void the_recipient_parameter_keeps_incidents_from_that_supplier_to_that_recipient() {
        IncidentListView view = Navigation.open("incidents?country=KP&role=SUPPLIER&recipient=RU", IncidentListView.class);

        int expected = count("""
                SELECT count(*) FROM incident i
                WHERE i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'KP' AND role = 'SUPPLIER')
                  AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'RU' AND role = 'RECIPIENT')""");
        assertThat(test(view.grid).size()).isEqualTo(expected).isPositive();
        assertThat(Navigation.currentLocation()).isEqualTo("incidents?country=KP&role=SUPPLIER&recipient=RU");
    }

    @Test
    void when_nothing_matches_the_list_says_so() {
        IncidentListView view = Navigation.open("incidents?q=no-such-words-anywhere", IncidentListView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.count.getText()).isEqualTo("0 incidents");
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No incidents match these filters.");
    }

    @Test
    void a_viewer_never_sees_a_draft() {
        testData.draftIncident("Unreviewed draft about shells");

        IncidentListView view = Navigation.open("incidents?q=Unreviewed", IncidentListView.class);

        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_sees_drafts_too() {
        testData.draftIncident("Unreviewed draft about shells");

        IncidentListView view = Navigation.open("incidents?q=Unreviewed", IncidentListView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void a_draft_source_is_not_counted_for_a_viewer() {
        long incident = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%EDSCG%'").query(Long.class).single();
        int published = count("SELECT count(*) FROM incident_source WHERE incident_id = " + incident);
        long draft = testData.draftSource("Draft outlet", "https://example.org/draft", "Draft");
        jdbc.sql("INSERT INTO incident_source (incident_id, source_id) VALUES (:i, :s)").param("i", incident).param("s", draft).update();

        IncidentListView view = Navigation.open("incidents?q=EDSCG", IncidentListView.class);

        assertThat(test(view.grid).getRow(0).sourceCount()).isEqualTo(published);
    }

    @Test
    void a_condition_from_a_dashboard_click_is_shown_kept_when_other_filters_change_and_can_be_removed() {
        long provision = jdbc.sql("""
                SELECT p.id FROM provision p JOIN resolution r ON r.id = p.resolution_id
                WHERE r.number = 1718 AND p.label = 'OP8(b)'""").query(Long.class).single();
        IncidentListView view = Navigation.open("incidents?provision=" + provision, IncidentListView.class);
        assertThat(view.extraConditions.isVisible()).isTrue();
        assertThat(view.extraConditions.getElement().getTextRecursively()).contains("Citing S/RES/1718 (2006) OP8(b)");
        int citing = count("SELECT count(*) FROM incident_provision ip JOIN incident i ON i.id = ip.incident_id "
                + "WHERE i.workflow_state = 'PUBLISHED' AND ip.provision_id = " + provision);
        assertThat(test(view.grid).size()).isEqualTo(citing);

        test(view.category).selectItem("Artillery ammunition");
        assertThat(Navigation.currentLocation()).contains("provision=" + provision).contains("category=ARTILLERY_AMMUNITION");

        test((com.vaadin.flow.component.button.Button) view.extraConditions.getComponentAt(0)).click();
        assertThat(Navigation.currentLocation()).doesNotContain("provision=").contains("category=ARTILLERY_AMMUNITION");
        assertThat(view.extraConditions.isVisible()).isFalse();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

}
