package org.sanctionsmonitor.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.source.SourceOption;

/** The incident form on its own, without Spring or a database: it edits its data and asks its view to save. */
class IncidentFormTest {

    private final List<IncidentData> saved = new ArrayList<>();
    private final IncidentForm form = new IncidentForm(
            List.of(new CountryOption("KP", "North Korea (DPRK)"), new CountryOption("RU", "Russia")),
            List.of(new CategoryOption("ARTILLERY_AMMUNITION", "Artillery ammunition", null, 10, false, 0)),
            List.of(new ProvisionOption(8, 1718, "OP8(b)", "S/RES/1718 (2006) OP8(b)", "Arms from the DPRK", Verification.VERIFIED)),
            (text, offset, limit) -> List.of(new SourceOption(3, "Kompas: Korut kirim rudal")));

    IncidentFormTest() {
        form.addSaveListener(e -> saved.add(form.data()));
    }

    @Test
    void it_shows_the_data_it_edits_and_saves_what_the_editor_typed() {
        form.edit(IncidentTestData.valid());
        assertThat(form.title.getValue()).isEqualTo("Rail shipment of shells reported at Tumangang");
        assertThat(form.parties.getValue()).extracting(IncidentData.PartyData::role).containsExactly(PartyRole.SUPPLIER, PartyRole.RECIPIENT);

        form.title.setValue("Shells by rail through Tumangang");
        form.save.click();

        assertThat(saved).singleElement().satisfies(data -> assertThat(data.getTitle()).isEqualTo("Shells by rail through Tumangang"));
    }

    @Test
    void an_end_date_before_the_start_is_refused_at_the_field_and_nothing_is_saved() {
        form.edit(IncidentTestData.valid());
        form.dateFrom.setValue(LocalDate.of(2025, 11, 5));
        form.dateTo.setValue(LocalDate.of(2025, 11, 1));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.dateTo.isInvalid()).isTrue();
        assertThat(form.dateTo.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
    }

    @Test
    void a_new_start_date_fills_an_empty_end_date() {
        form.edit(new IncidentData());

        form.dateFrom.setValue(LocalDate.of(2024, 10, 8));

        assertThat(form.dateTo.getValue()).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void every_rule_across_fields_is_shown_at_a_field_of_the_form() {
        for (String property : FieldRules.Checked.properties(IncidentTestData.valid())) {
            assertThat(form.errors().field(property)).as("the field for messages about '%s'", property).isPresent();
        }
    }

    @Test
    void an_over_long_title_is_kept_whole_and_refused_in_words_at_its_field() {
        form.edit(IncidentTestData.valid());
        String pasted = "Shells by rail ".repeat(334).substring(0, 5000);

        form.title.setValue(pasted);
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.getMaxLength()).as("no silent cut in the browser").isZero();
        assertThat(form.title.getValue()).hasSize(5000);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Keep the title to 300 characters or fewer.");
    }

    @Test
    void every_limited_field_shows_its_limit_before_it_is_reached() {
        assertThat(form.title.getHelperText()).isEqualTo("Up to 300 characters.");
        assertThat(form.place.getHelperText()).isEqualTo("Up to 300 characters.");
        assertThat(form.summary.getHelperText()).isEqualTo("Up to 20,000 characters.");
        assertThat(form.notes.getHelperText()).isEqualTo("Visible to readers: caveats, discrepancies between sources. Up to 20,000 characters.");
        assertThat(form.summary.getMaxLength()).isZero();
        assertThat(form.notes.getMaxLength()).isZero();

        form.edit(IncidentTestData.valid());
        form.provisions.setValue(List.of(new IncidentData.ProvisionData(8L, null, "Arms from the DPRK")));
        form.sources.setValue(List.of(new IncidentData.SourceData(3L, "Kompas", "Kosmodrom", "")));
        List<String> rowHelpers = java.util.stream.Stream.concat(
                        form.provisions.getChildren().flatMap(IncidentFormTest::descendants),
                        form.sources.getChildren().flatMap(IncidentFormTest::descendants))
                .filter(com.vaadin.flow.component.HasHelper.class::isInstance)
                .map(c -> ((com.vaadin.flow.component.HasHelper) c).getHelperText()).filter(h -> h != null).toList();
        assertThat(rowHelpers).containsExactlyInAnyOrder("Up to 4,000 characters.", "Up to 10,000 characters.", "Up to 4,000 characters.");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(IncidentFormTest::descendants));
    }
}
