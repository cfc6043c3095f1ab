package org.sanctionsmonitor.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
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
    JdbcClient jdbc;

    private Long created;

    @AfterEach
    void removeTheTestIncident() {
        if (created != null) {
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
}
