package org.sanctionsmonitor.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class IncidentViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Autowired
    ReviewService review;

    @Test
    void the_edscg_meeting_shows_its_place_date_sources_and_the_claims_beside_the_denials() {
        long id = incidentId("EDSCG");

        IncidentView view = navigate("incidents/" + id, IncidentView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("15 Sep 2023 (known to the day)", "Ministry of Foreign Affairs, Seoul");
        assertThat(text).contains("Chang Ho-jin", "Bonnie Jenkins");
        assertThat(text).contains("Sekutu memperingatkan Rusia"); // the Indonesian seed article is among its sources
        assertThat(text).containsPattern("Claims \\(\\d+\\)").containsPattern("Denials and non-answers \\(\\d+\\)");
    }

    @Test
    void every_incident_page_shows_its_corroboration() {
        long id = incidentId("EDSCG");

        IncidentView view = navigate("incidents/" + id, IncidentView.class);

        CorroborationPanel panel = $(CorroborationPanel.class).single();
        assertThat(panel.figures.getText()).matches("\\d+ published sources · \\d+ outlets · \\d+ independent origins");
        assertThat(panel.getElement().getTextRecursively()).contains("Reliability", "What the types and reliability grades mean");
    }

    @Test
    void a_provision_that_had_lapsed_on_the_incident_date_carries_a_warning() {
        // Iranian missiles (Sep 2024) cited against UNSCR 2231 Annex B para 4, which lapsed on 18 Oct 2023.
        long id = jdbc.sql("""
                SELECT i.id FROM incident i JOIN incident_provision ip ON ip.incident_id = i.id JOIN provision p ON p.id = ip.provision_id
                WHERE p.label = 'Annex B para 4' AND i.date_from >= DATE '2023-10-18' LIMIT 1""").query(Long.class).single();

        IncidentView view = navigate("incidents/" + id, IncidentView.class);

        assertThat(view.getElement().getTextRecursively()).contains("UNSCR 2231 Annex B para 4",
                "this provision was not in force on the incident's date");
    }

    @Test
    void a_provision_in_force_on_the_incident_date_carries_no_warning() {
        long id = jdbc.sql("""
                SELECT i.id FROM incident i JOIN incident_provision ip ON ip.incident_id = i.id JOIN provision p ON p.id = ip.provision_id
                WHERE p.label = 'Annex B para 4' AND i.date_from < DATE '2023-10-18' LIMIT 1""").query(Long.class).single();

        IncidentView view = navigate("incidents/" + id, IncidentView.class);

        assertThat(view.getElement().getTextRecursively()).contains("UNSCR 2231 Annex B para 4")
                .doesNotContain("was not in force on the incident's date");
    }

    @Test
    void a_cited_source_names_the_outlet_it_came_from() {
        long id = jdbc.sql("""
                SELECT l.incident_id FROM incident_source l JOIN source s ON s.id = l.source_id
                WHERE s.outlet = 'Business Recorder' LIMIT 1""").query(Long.class).single();

        IncidentView view = navigate("incidents/" + id, IncidentView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Business Recorder (Reuters)");
    }

    @Test
    void an_unknown_incident_is_not_found() {
        Navigation.open("incidents/987654321", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(IncidentView.class);
    }

    @Test
    void a_draft_opened_by_url_is_not_found_for_a_viewer() {
        long draft = insertDraft();

        Navigation.open("incidents/" + draft, Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(IncidentView.class);
    }

    @Test
    void a_withdrawn_incident_tells_a_reader_that_it_was_withdrawn_and_why() {
        long id = incidentId("EDSCG");
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            review.requestWithdrawal(Incident.TYPE, id, version(id), "The meeting's date was wrong in every source.");
        }
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Incident.TYPE, id, version(id));
        }

        Navigation.open("incidents/" + id, Object.class);

        assertThat(Navigation.currentView()).isInstanceOf(IncidentView.class);
        IncidentView view = (IncidentView) Navigation.currentView();
        assertThat(view.getElement().getTextRecursively()).contains("4th US-ROK EDSCG", "was withdrawn by the editors",
                "The meeting's date was wrong in every source.").doesNotContain("Claims and denials");
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_opens_a_draft_and_sees_that_it_is_one() {
        long draft = insertDraft();

        IncidentView view = navigate("incidents/" + draft, IncidentView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Unreviewed draft", "Draft");
    }

    private long incidentId(String titlePart) {
        return jdbc.sql("SELECT id FROM incident WHERE title LIKE :t").param("t", "%" + titlePart + "%").query(Long.class).single();
    }

    private long insertDraft() {
        return testData.draftIncident("Unreviewed draft");
    }
}
