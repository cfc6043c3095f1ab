package org.sanctionsmonitor.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.editorial.HistoryEntry;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * History is written when a transaction commits, so these tests commit for real and remove what they created.
 */
@AppTest
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class IncidentHistoryTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    private Long created;

    @AfterEach
    void removeTheTestIncident() {
        if (created != null) {
            jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'INCIDENT' AND item_id = :id").param("id", created).update();
            jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", created).update();
        }
    }

    @Test
    void history_shows_who_changed_which_field_and_an_earlier_version_can_be_restored() {
        long id = incidents.save(IncidentTestData.valid());
        created = id;
        IncidentData data = incidents.edit(id).orElseThrow();
        data.setTitle("A corrected title");
        data.setPlace("Tumangang rail crossing");
        try (SignedIn other = SignedIn.as("editor2", Role.EDITOR)) {
            incidents.save(data);
        }

        List<HistoryEntry> history = incidents.history(id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).action()).isEqualTo("Created");
        assertThat(history.get(0).username()).isEqualTo("editor");
        HistoryEntry change = history.get(1);
        assertThat(change.username()).isEqualTo("editor2");
        assertThat(change.changes()).extracting(HistoryEntry.Change::field).containsExactlyInAnyOrder("Title", "Place");
        assertThat(change.changes()).contains(new HistoryEntry.Change("Title", "Rail shipment of shells reported at Tumangang",
                "A corrected title"));

        incidents.restore(id, history.get(0).revision(), incidents.edit(id).orElseThrow().getVersion());

        assertThat(incidents.edit(id).orElseThrow().getTitle()).isEqualTo("Rail shipment of shells reported at Tumangang");
        assertThat(incidents.edit(id).orElseThrow().getPlace()).isNull();
        List<HistoryEntry> after = incidents.history(id);
        assertThat(after).hasSize(3);
        assertThat(after.get(2).changes()).contains(new HistoryEntry.Change("Title", "A corrected title",
                "Rail shipment of shells reported at Tumangang"));
    }

    @Test
    void a_restore_from_a_stale_page_does_not_overwrite_a_newer_save() {
        long id = incidents.save(IncidentTestData.valid());
        created = id;
        long seenOnThePage = incidents.edit(id).orElseThrow().getVersion();
        IncidentData newer = incidents.edit(id).orElseThrow();
        newer.setTitle("A fix saved by someone else");
        incidents.save(newer);

        assertThatThrownBy(() -> incidents.restore(id, incidents.history(id).getFirst().revision(), seenOnThePage))
                .isInstanceOf(EditConflictException.class);
        assertThat(incidents.edit(id).orElseThrow().getTitle()).isEqualTo("A fix saved by someone else");
    }

    @Test
    void every_published_version_and_every_saved_revision_stays_in_the_history_and_an_earlier_one_can_be_restored() {
        long id = incidents.save(IncidentTestData.valid());
        created = id;
        review.submit(Incident.TYPE, id, incidents.edit(id).orElseThrow().getVersion());
        try (SignedIn reviewer = SignedIn.as("reviewer", Role.EDITOR)) {
            review.approve(Incident.TYPE, id, incidents.edit(id).orElseThrow().getVersion());
        }
        IncidentData revision = incidents.edit(id).orElseThrow();
        revision.setTitle("Rail shipment of shells confirmed at Tumangang");
        incidents.save(revision);
        review.submit(Incident.TYPE, id, incidents.edit(id).orElseThrow().getVersion());
        try (SignedIn reviewer = SignedIn.as("reviewer", Role.EDITOR)) {
            review.approve(Incident.TYPE, id, incidents.edit(id).orElseThrow().getVersion());
        }

        List<HistoryEntry> history = incidents.history(id);
        assertThat(history).extracting(HistoryEntry::action).containsSubsequence("Created", "Changed", "Revision started",
                "Revision changed", "Changed", "Revision closed");
        assertThat(history).filteredOn(entry -> entry.action().equals("Revision started")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).contains(new HistoryEntry.Change("Title",
                        "Rail shipment of shells reported at Tumangang", "Rail shipment of shells confirmed at Tumangang")));

        HistoryEntry firstPublished = history.stream().filter(entry -> entry.changes().stream()
                .anyMatch(change -> change.field().equals("State") && change.after().equals("Published"))).findFirst().orElseThrow();
        incidents.restore(id, firstPublished.revision(), incidents.edit(id).orElseThrow().getVersion());

        assertThat(jdbc.sql("SELECT title FROM incident WHERE id = :id").param("id", id).query(String.class).single())
                .as("readers keep the published version").isEqualTo("Rail shipment of shells confirmed at Tumangang");
        assertThat(incidents.edit(id).orElseThrow().getTitle()).as("the restored text waits for review as a revision")
                .isEqualTo("Rail shipment of shells reported at Tumangang");
    }
}
