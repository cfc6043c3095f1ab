package org.sanctionsmonitor.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.country.CountryOption;
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
}
