package org.sanctionsmonitor.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Editors add and correct resolutions and their provisions through review, like every other record (issue 9). */
@AppTest
@Transactional
class ResolutionEditingTest {

    @Autowired
    ResolutionService resolutions;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_resolution_reaches_readers_only_once_another_editor_publishes_it() {
        long id;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            id = resolutions.save(resolution(2800));
            review.submit(Resolution.TYPE, id, version(id));
        }
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(resolutions.details(2800)).isEmpty();
            assertThat(resolutions.list()).extracting(ResolutionRow::number).doesNotContain(2800);
        }
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Resolution.TYPE, id, version(id));
        }
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            ResolutionDetails published = resolutions.details(2800).orElseThrow();
            assertThat(published.provisions()).singleElement().satisfies(p -> {
                assertThat(p.label()).isEqualTo("OP5");
                assertThat(p.periods()).hasSize(1);
            });
        }
    }

    @Test
    void a_snapback_is_recorded_as_a_new_period_and_readers_see_it_once_reviewed_while_incidents_keep_their_provision() {
        long id = jdbc.sql("SELECT id FROM resolution WHERE number = 1929").query(Long.class).single();
        ResolutionData data;
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            data = resolutions.edit(id).orElseThrow();
            ResolutionData.ProvisionData op8 = data.getProvisions().stream().filter(p -> p.label().equals("OP8")).findFirst().orElseThrow();
            List<ResolutionData.PeriodData> periods = new ArrayList<>(op8.periods());
            periods.add(new ResolutionData.PeriodData(LocalDate.of(2035, 1, 1), null, "Restored again"));
            List<ResolutionData.ProvisionData> provisions = new ArrayList<>(data.getProvisions());
            provisions.set(provisions.indexOf(op8), new ResolutionData.ProvisionData(op8.id(), op8.label(), op8.measureType(), op8.summary(),
                    op8.binding(), op8.verification(), op8.verificationNote(), periods));
            data.setProvisions(provisions);
            resolutions.save(data);
            assertThat(resolutions.pendingChanges(id)).extracting(change -> change.field()).containsExactly("Provisions");
            review.submit(Resolution.TYPE, id, version(id));
        }
        int periodsBefore = periods(id);
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Resolution.TYPE, id, version(id));
        }
        assertThat(periods(id)).isEqualTo(periodsBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM provision WHERE resolution_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(data.getProvisions().size());
    }

    @Test
    void a_cited_provision_cannot_be_removed_and_a_number_is_recorded_once() {
        long id = jdbc.sql("""
                SELECT r.id FROM resolution r JOIN provision p ON p.resolution_id = r.id
                WHERE EXISTS (SELECT 1 FROM incident_provision ip WHERE ip.provision_id = p.id) LIMIT 1""").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            ResolutionData data = resolutions.edit(id).orElseThrow();
            data.setProvisions(List.of());
            assertThatThrownBy(() -> resolutions.save(data)).isInstanceOfSatisfying(FieldException.class, e -> {
                assertThat(e.field()).isEqualTo("provisions");
                assertThat(e.getMessage()).contains("cannot be removed");
            });

            assertThatThrownBy(() -> resolutions.save(resolution(1718))).isInstanceOfSatisfying(FieldException.class,
                    e -> assertThat(e.getMessage()).contains("recorded already"));
        }
    }

    private static ResolutionData resolution(int number) {
        ResolutionData data = new ResolutionData();
        data.setNumber(number);
        data.setRegimeCode("DPRK");
        data.setAdoptedOn(LocalDate.of(2030, 5, 2));
        data.setTitle("Resolution " + number + " (2030)");
        data.setProvisions(List.of(new ResolutionData.ProvisionData(null, "OP5", MeasureType.ARMS_SUPPLY_BAN, "Arms embargo renewed.", true,
                Verification.VERIFIED, null, List.of(new ResolutionData.PeriodData(LocalDate.of(2030, 5, 2), null, null)))));
        return data;
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM resolution WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private int periods(long id) {
        return jdbc.sql("SELECT count(*) FROM provision_period pp JOIN provision p ON p.id = pp.provision_id WHERE p.resolution_id = :id")
                .param("id", id).query(Integer.class).single();
    }
}
