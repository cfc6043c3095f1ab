package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class IncidentServiceTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_incident_is_saved_as_a_draft_attributed_to_its_author() {
        long id = incidents.save(IncidentTestData.valid());

        var row = jdbc.sql("SELECT workflow_state, created_by, updated_by, title FROM incident WHERE id = :id").param("id", id)
                .query().singleRow();
        assertThat(row).containsEntry("workflow_state", "DRAFT").containsEntry("created_by", "editor")
                .containsEntry("updated_by", "editor").containsEntry("title", "Rail shipment of shells reported at Tumangang");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_party WHERE incident_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(2);
    }

    static Stream<Arguments> invalid_entries() {
        return Stream.of(
                Arguments.of("title", (Consumer<IncidentData>) d -> d.setTitle("  "), "Give the incident a title."),
                Arguments.of("title", (Consumer<IncidentData>) d -> d.setTitle("x".repeat(301)), "Keep the title to 300 characters or fewer."),
                Arguments.of("category", (Consumer<IncidentData>) d -> d.setCategory(null), "Choose a category."),
                Arguments.of("dateFrom", (Consumer<IncidentData>) d -> d.setDateFrom(null), "Give the first day it happened"),
                Arguments.of("dateTo", (Consumer<IncidentData>) d -> d.setDateTo(null), "Give the last day it happened"),
                Arguments.of("dateTo", (Consumer<IncidentData>) d -> d.setDateTo(LocalDate.of(2025, 11, 1)),
                        "The end date cannot be before the start date."),
                Arguments.of("datePrecision", (Consumer<IncidentData>) d -> d.setDatePrecision(null), "Say how precisely"),
                Arguments.of("status", (Consumer<IncidentData>) d -> d.setStatus(null), "Choose a status."),
                Arguments.of("confidence", (Consumer<IncidentData>) d -> d.setConfidence(null), "Choose a confidence."),
                Arguments.of("latitude", (Consumer<IncidentData>) d -> {
                    d.setLatitude(new BigDecimal("91"));
                    d.setLongitude(BigDecimal.ONE);
                }, "Latitude lies between -90 and 90."),
                Arguments.of("longitude", (Consumer<IncidentData>) d -> {
                    d.setLatitude(BigDecimal.ONE);
                    d.setLongitude(new BigDecimal("-181"));
                }, "Longitude lies between -180 and 180."),
                Arguments.of("longitude", (Consumer<IncidentData>) d -> d.setLatitude(new BigDecimal("42.2")),
                        "Give both latitude and longitude, or neither."),
                Arguments.of("parties", (Consumer<IncidentData>) d -> d.setParties(List.of(
                        new IncidentData.PartyData("RU", PartyRole.TRANSIT))), "needs at least a supplier or a recipient"),
                Arguments.of("parties", (Consumer<IncidentData>) d -> d.setParties(List.of(
                        new IncidentData.PartyData("KP", PartyRole.SUPPLIER), new IncidentData.PartyData("KP", PartyRole.SUPPLIER))),
                        "Each country can have each role only once."),
                Arguments.of("parties", (Consumer<IncidentData>) d -> d.setParties(List.of(
                        new IncidentData.PartyData(null, PartyRole.SUPPLIER))), "Choose a country."),
                Arguments.of("provisions", (Consumer<IncidentData>) d -> d.setProvisions(List.of(
                        new IncidentData.ProvisionData(1L, null, " "))), "Say why this provision applies."),
                Arguments.of("provisions", (Consumer<IncidentData>) d -> d.setProvisions(List.of(
                        new IncidentData.ProvisionData(1L, null, "a"), new IncidentData.ProvisionData(1L, null, "b"))),
                        "Each provision can be cited only once."),
                Arguments.of("sources", (Consumer<IncidentData>) d -> d.setSources(List.of(
                        new IncidentData.SourceData(null, null, "quote", null))), "Choose a source."),
                Arguments.of("sources", (Consumer<IncidentData>) d -> d.setSources(List.of(
                        new IncidentData.SourceData(1L, null, null, null), new IncidentData.SourceData(1L, null, null, null))),
                        "Each source can be cited only once."));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalid_entries")
    void each_validation_rule_rejects_bad_input_with_a_message_for_its_field(String property, Consumer<IncidentData> breakIt,
            String message) {
        IncidentData data = IncidentTestData.valid();
        breakIt.accept(data);
        int before = count();

        assertThatThrownBy(() -> incidents.save(data))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .anySatisfy(v -> {
                            assertThat(v.getPropertyPath().iterator().next().getName()).isEqualTo(property);
                            assertThat(v.getMessage()).contains(message);
                        }));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_event_needs_no_supplier_or_recipient() {
        IncidentData data = IncidentTestData.valid();
        data.setKind(IncidentKind.EVENT);
        data.setCategory("DIPLOMATIC");
        data.setParties(List.of(new IncidentData.PartyData("RU", PartyRole.PARTICIPANT)));

        assertThat(incidents.save(data)).isPositive();
    }

    @Test
    void when_two_editors_save_the_same_incident_the_second_learns_what_changed_and_can_keep_their_text() {
        long id = incidents.save(IncidentTestData.valid());
        IncidentData first = incidents.edit(id).orElseThrow();
        IncidentData second = incidents.edit(id).orElseThrow();

        first.setTitle("Title saved by the first editor");
        try (SignedIn other = SignedIn.as("editor2", Role.EDITOR)) {
            incidents.save(first);
        }
        second.setTitle("Title typed by the second editor");

        assertThatThrownBy(() -> incidents.save(second)).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
            assertThat(conflict.changedBy()).isEqualTo("editor2");
            assertThat(((IncidentData) conflict.current()).getTitle()).isEqualTo("Title saved by the first editor");
        });
        assertThat(second.getTitle()).isEqualTo("Title typed by the second editor");

        IncidentData theirs = incidents.edit(id).orElseThrow();
        second.setVersion(theirs.getVersion());
        incidents.save(second);
        assertThat(incidents.edit(id).orElseThrow().getTitle()).isEqualTo("Title typed by the second editor");
    }

    @Test
    void a_save_that_races_another_one_is_caught_by_the_version_column_and_shows_the_other_save() {
        long id = incidents.save(IncidentTestData.valid());
        IncidentData mine = incidents.edit(id).orElseThrow();
        // Another editor's save lands after our version check would pass: simulate it underneath the loaded entity.
        jdbc.sql("UPDATE incident SET title = 'Saved by the other editor', updated_by = 'editor2', version = version + 1 WHERE id = :id")
                .param("id", id).update();
        mine.setTitle("My title");

        assertThatThrownBy(() -> incidents.save(mine)).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
            assertThat(conflict.changedBy()).isEqualTo("editor2");
            assertThat(((IncidentData) conflict.current()).getTitle()).isEqualTo("Saved by the other editor");
        });
    }

    @Test
    void similar_incidents_are_offered_before_a_duplicate_is_saved() {
        IncidentData data = new IncidentData();
        data.setDateFrom(LocalDate.of(2023, 10, 13));
        data.setDateTo(LocalDate.of(2023, 10, 13));
        data.setParties(List.of(new IncidentData.PartyData("KP", PartyRole.SUPPLIER), new IncidentData.PartyData("RU", PartyRole.RECIPIENT)));

        assertThat(incidents.similar(data)).extracting(SimilarIncident::title)
                .anyMatch(title -> title.contains("1,000+ containers"));

        IncidentData byTitle = new IncidentData();
        byTitle.setTitle("White House: North Korea shipped 1,000 containers of munitions");
        assertThat(incidents.similar(byTitle)).extracting(SimilarIncident::reason).contains("Similar title");
    }

    @Test
    void dates_overlap_inclusively_and_every_named_country_must_take_part() {
        IncidentData year = IncidentTestData.valid();
        year.setTitle("Belarusian trucks seen at a Venezuelan depot");
        year.setDatePrecision(org.sanctionsmonitor.base.DatePrecision.YEAR);
        year.setDateFrom(LocalDate.of(2019, 1, 1));
        year.setDateTo(LocalDate.of(2019, 12, 31));
        year.setParties(List.of(new IncidentData.PartyData("BY", PartyRole.SUPPLIER), new IncidentData.PartyData("VE", PartyRole.RECIPIENT)));
        long saved = incidents.save(year);

        assertThat(similarByDates(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 5), "BY", "VE")).as("its last day").contains(saved);
        assertThat(similarByDates(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 1), "VE")).as("one of its countries").contains(saved);
        assertThat(similarByDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), "BY", "VE")).as("the day after").doesNotContain(saved);
        assertThat(similarByDates(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 1), "BY", "IR")).as("another country").doesNotContain(saved);
    }

    private List<Long> similarByDates(LocalDate from, LocalDate to, String... countries) {
        IncidentData data = new IncidentData();
        data.setDateFrom(from);
        data.setDateTo(to);
        data.setParties(java.util.Arrays.stream(countries).map(c -> new IncidentData.PartyData(c, PartyRole.TRANSIT)).toList());
        return incidents.similar(data).stream().map(SimilarIncident::id).toList();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_can_call_no_write_method() {
        assertThatThrownBy(() -> incidents.save(IncidentTestData.valid())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> incidents.edit(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> incidents.history(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> incidents.restore(1, 1, 0)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single();
    }
}
