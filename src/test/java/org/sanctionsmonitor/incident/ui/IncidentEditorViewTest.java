package org.sanctionsmonitor.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.LocalDate;
import java.util.List;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class IncidentEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    TestData testData;

    @Test
    void an_editor_enters_an_incident_and_lands_on_its_page_as_a_draft() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);
        IncidentForm form = view.form;

        test(form.title).setValue("Shells unloaded at Rajin for the Dunai");
        test(form.category).selectItem("Artillery ammunition");
        test(form.dateFrom).setValue(LocalDate.of(2025, 11, 2));
        test(form.dateTo).setValue(LocalDate.of(2025, 11, 3));
        form.parties.setValue(List.of(new IncidentData.PartyData("KP", PartyRole.SUPPLIER),
                new IncidentData.PartyData("RU", PartyRole.RECIPIENT)));
        test(form.save).click();

        IncidentView page = (IncidentView) Navigation.currentView();
        assertThat(page.getElement().getTextRecursively()).contains("Shells unloaded at Rajin for the Dunai", "Draft",
                "Submit for review");
        assertThat(jdbc.sql("SELECT workflow_state FROM incident WHERE title = 'Shells unloaded at Rajin for the Dunai'")
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void a_refused_save_shows_the_message_at_the_field_and_keeps_everything_typed() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);
        IncidentForm form = view.form;
        test(form.title).setValue("A violation without a supplier or recipient");
        test(form.category).selectItem("Drones");
        test(form.dateFrom).setValue(LocalDate.of(2025, 11, 2));
        test(form.place).setValue("Kharkiv");
        form.parties.setValue(List.of(new IncidentData.PartyData("UA", PartyRole.TRANSIT)));

        test(form.save).click();

        assertThat(Navigation.currentView()).isSameAs(view);
        assertThat(form.parties.isInvalid()).isTrue();
        assertThat(form.parties.getErrorMessage()).contains("needs at least a supplier or a recipient");
        assertThat(form.title.getValue()).isEqualTo("A violation without a supplier or recipient");
        assertThat(form.place.getValue()).isEqualTo("Kharkiv");
        assertThat(form.parties.getValue()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE title LIKE 'A violation without%'").query(Integer.class).single()).isZero();
    }

    @Test
    void an_incident_known_over_several_days_opens_with_both_its_dates_and_a_later_save_keeps_them() {
        long id = testData.draftIncident("Shipments over a week", data -> {
            data.setDateFrom(LocalDate.of(2024, 3, 1));
            data.setDateTo(LocalDate.of(2024, 3, 9));
        });

        IncidentEditorView view = Navigation.open("incidents/" + id + "/edit", IncidentEditorView.class);

        assertThat(view.form.dateFrom.getValue()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(view.form.dateTo.getValue()).as("the end date, not the start date copied over it").isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(view.form.hasUnsavedChanges()).isFalse();
        test(view.form.place).setValue("Rajin");
        test(view.form.save).click();
        assertThat(jdbc.sql("SELECT date_to FROM incident WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void an_end_date_before_the_start_is_flagged_before_saving() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);
        IncidentForm form = view.form;
        test(form.dateFrom).setValue(LocalDate.of(2025, 11, 5));
        test(form.dateTo).setValue(LocalDate.of(2025, 11, 1));

        test(form.save).click();

        assertThat(form.dateTo.isInvalid()).isTrue();
        assertThat(form.dateTo.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
    }

    @Test
    void a_new_incident_started_from_a_source_cites_it_with_the_selected_passage() {
        long seed = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();

        IncidentEditorView view = Navigation.open("incidents/new?source=" + seed + "&quote=Kosmodrom", IncidentEditorView.class);

        assertThat(view.form.sources.getValue()).singleElement().satisfies(cited -> {
            assertThat(cited.sourceId()).isEqualTo(seed);
            assertThat(cited.supportingQuote()).isEqualTo("Kosmodrom");
        });
    }

    @Test
    void similar_existing_incidents_are_offered_while_a_new_one_is_typed() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);

        test(view.form.title).setValue("North Korea shipped 1,000 containers of munitions to Russia");

        assertThat(view.similar.isVisible()).isTrue();
        assertThat(view.similar.getElement().getTextRecursively()).contains("1,000+ containers");
    }

    @Test
    void a_change_to_a_published_incident_is_kept_as_a_revision_for_review_and_readers_keep_the_published_text() {
        long id = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%EDSCG%'").query(Long.class).single();
        IncidentEditorView view = Navigation.open("incidents/" + id + "/edit", IncidentEditorView.class);

        assertThat(view.form.title.getValue()).contains("EDSCG");
        test(view.form.place).setValue("Seoul, Ministry of Foreign Affairs");
        test(view.form.save).click();

        assertThat(jdbc.sql("SELECT coalesce(place, '-') || ' / ' || workflow_state FROM incident WHERE id = :id").param("id", id)
                .query(String.class).single()).isNotEqualTo("Seoul, Ministry of Foreign Affairs / PUBLISHED").endsWith("/ PUBLISHED");
        IncidentView page = (IncidentView) Navigation.currentView();
        assertThat(page.getElement().getTextRecursively()).contains("The published version differs from a pending revision",
                "changes one field", "Submit revision for review");
        assertThat(incidents.pendingChanges(id)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("Place");
            assertThat(change.after()).isEqualTo("Seoul, Ministry of Foreign Affairs");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_provision_picker_finds_a_paragraph_the_way_editors_write_it_best_match_first() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);
        test($(Button.class).from(view.form.provisions).withText("Add a provision").single()).click();
        ComboBox<ProvisionOption> picker = $(ComboBox.class).from(view.form.provisions).single();

        test(picker).setFilter("1718 OP8");
        assertThat(test(picker).getSuggestionItems()).extracting(ProvisionOption::citation).containsExactly(
                "S/RES/1718 (2006) OP8(a)(i)", "S/RES/1718 (2006) OP8(a)(ii)", "S/RES/1718 (2006) OP8(b)", "S/RES/1718 (2006) OP8(c)");

        test(picker).setFilter("1874 OP9");
        assertThat(test(picker).getSuggestionItems()).extracting(ProvisionOption::citation).first().isEqualTo("S/RES/1874 (2009) OP9");

        test(picker).setFilter("2231 Annex B para 4");
        assertThat(test(picker).getSuggestionItems()).extracting(ProvisionOption::citation).first()
                .isEqualTo("S/RES/2231 (2015) Annex B para 4");

        test(picker).setFilter("S/RES/1718 (2006) OP8(b)");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());
        assertThat(view.form.provisions.getValue()).singleElement()
                .satisfies(row -> assertThat(row.citation()).isEqualTo("S/RES/1718 (2006) OP8(b)"));
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_everything_typed() {
        IncidentEditorView view = Navigation.open("incidents/new", IncidentEditorView.class);
        test(view.form.title).setValue("Typed but not saved");

        test(view.form.cancel).click(); // Escape

        assertThat(Navigation.currentView()).isSameAs(view);
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
        test(ask).cancel(); // Stay
        assertThat(Navigation.currentView()).isSameAs(view);
        assertThat(view.form.title.getValue()).isEqualTo("Typed but not saved");

        Navigation.open("sources", Object.class); // a link in the menu
        assertThat(Navigation.currentView()).isSameAs(view);
        test($(ConfirmDialog.class).last()).confirm(); // Leave and lose them
        assertThat(Navigation.currentView()).isNotSameAs(view);
    }

    @Test
    void leaving_without_changes_or_after_saving_asks_nothing() {
        long id = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%EDSCG%'").query(Long.class).single();
        IncidentEditorView view = Navigation.open("incidents/" + id + "/edit", IncidentEditorView.class);

        Navigation.open("sources", Object.class);

        assertThat(Navigation.currentView()).isNotSameAs(view);
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_reach_the_editor() {
        Navigation.open("incidents/new", Object.class);
        assertThat(Navigation.currentView()).isNotInstanceOf(IncidentEditorView.class);

        long id = jdbc.sql("SELECT id FROM incident LIMIT 1").query(Long.class).single();
        Navigation.open("incidents/" + id + "/edit", Object.class);
        assertThat(Navigation.currentView()).isNotInstanceOf(IncidentEditorView.class);
    }
}
