package org.sanctionsmonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
class SavedViewServiceTest {

    @Autowired
    SavedViewService savedViews;

    @Autowired
    TestData testData;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    /** A word no demo incident has, so the view below matches only this test's incidents. */
    private final String word = "Zebrafinch" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_saved_view_shows_two_new_after_two_items_are_published_in_its_filter_and_none_after_it_is_opened() {
        String location = "incidents?q=" + word + "&country=KP";
        long id = viewerSaves("Zebrafinch shells", location);
        assertThat(newItems(id)).isZero();
        afterNow();

        testData.publishedIncident(word + " first shipment", data -> { });
        testData.publishedIncident(word + " second shipment", data -> { });
        testData.draftIncident(word + " a draft nobody published");
        testData.publishedIncident(word + " elsewhere", data -> data.setParties(java.util.List.of(
                new IncidentData.PartyData("IR", org.sanctionsmonitor.incident.PartyRole.SUPPLIER))));

        assertThat(newItems(id)).isEqualTo(2);
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            // Another order of the same parameters is the same view.
            savedViews.opened("/incidents?country=KP&q=" + word);
        }
        assertThat(newItems(id)).isZero();
    }

    @Test
    void a_pending_revision_is_not_new_until_it_is_published_and_then_it_counts_as_changed() {
        long incident = testData.publishedIncident(word + " rail shipment", data -> { });
        long id = viewerSaves("Rail", "incidents?q=" + word);
        afterNow();

        IncidentData revised;
        try (SignedIn alice = SignedIn.as("alice", Role.EDITOR)) {
            revised = incidents.edit(incident).orElseThrow();
            revised.setSummary("A second source puts the shipment a week later.");
            incidents.save(revised);
            assertThat(newItems(id)).as("a saved revision is a draft").isZero();
            review.submit(Incident.TYPE, incident, version(incident));
        }
        assertThat(newItems(id)).as("a revision in review").isZero();
        try (SignedIn bob = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Incident.TYPE, incident, version(incident));
        }

        assertThat(newItems(id)).isEqualTo(1);
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(savedViews.changes(id, 10)).singleElement().satisfies(change -> {
                assertThat(change.isChange()).isTrue();
                assertThat(change.location()).isEqualTo("incidents/" + incident);
            });
        }
    }

    @Test
    void a_name_is_required_and_unique_for_its_reader_and_only_pages_that_say_what_is_new_can_be_saved() {
        viewerSaves("Iran", "incidents?country=IR");
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThatThrownBy(() -> savedViews.save("  ", "incidents")).isInstanceOf(FieldException.class)
                    .hasMessage("Give the view a name.");
            assertThatThrownBy(() -> savedViews.save("iran", "timeline")).isInstanceOf(FieldException.class)
                    .hasMessageContaining("already have a view named");
            assertThatThrownBy(() -> savedViews.save("Sources", "sources")).isInstanceOf(FieldException.class)
                    .hasMessage("This page cannot be saved as a view.");
            assertThat(savedViews.suggestedName("countries/KP")).hasValue("North Korea (DPRK) dossier");
            assertThat(savedViews.suggestedName("/incidents?country=KP&role=SUPPLIER"))
                    .hasValue("Incidents: North Korea (DPRK) as supplier");
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(savedViews.list()).as("another reader's views").noneMatch(v -> v.name().equals("Iran"));
            savedViews.save("Iran", "incidents?country=IR"); // the same name is free for another reader
        }
    }

    private long viewerSaves(String name, String location) {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            return savedViews.save(name, location);
        }
    }

    private int newItems(long id) {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            return savedViews.find(id).orElseThrow().newItems();
        }
    }

    /** Publications after this line are later than the view was opened, to the microsecond the database keeps. */
    private static void afterNow() {
        Instant saved = Instant.now();
        await().until(() -> Instant.now().isAfter(saved.plusMillis(1)));
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id).query(Long.class).single();
    }
}
