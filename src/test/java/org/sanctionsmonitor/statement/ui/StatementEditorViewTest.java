package org.sanctionsmonitor.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.Navigation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class StatementEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_editor_records_a_denial_by_a_new_speaker_quoted_from_a_source() {
        long seed = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();
        StatementEditorView view = Navigation.open("statements/new?source=" + seed + "&quote=Tidak ada rencana seperti itu",
                StatementEditorView.class);
        assertThat(view.form.quoteOriginal.getValue()).isEqualTo("Tidak ada rencana seperti itu");
        assertThat(view.form.quoteLanguage.getValue()).isEqualTo("id");

        test(view.form.newSpeaker).click();
        test(view.form.newSpeakerName).setValue("Kremlin press service");
        test(view.form.saidOn).setValue(LocalDate.of(2023, 9, 15));
        test(view.form.stance).selectItem("Denies");
        test(view.form.summary).setValue("Said there were no plans for agreements.");
        test(view.form.quoteTranslation).setValue("There are no such plans");
        test(view.form.translatedBy).setValue("Sanctions Monitor editors");
        view.form.translationMethod.setValue(org.sanctionsmonitor.source.TranslationMethod.HUMAN);
        test(view.form.save).click();

        var row = jdbc.sql("""
                SELECT a.name, st.stance, st.quote_language, st.source_id FROM statement st
                JOIN statement_speaker sp ON sp.statement_id = st.id JOIN actor a ON a.id = sp.actor_id
                WHERE st.summary = 'Said there were no plans for agreements.'""").query().singleRow();
        assertThat(row).containsEntry("name", "Kremlin press service").containsEntry("stance", "DENIES")
                .containsEntry("quote_language", "id").containsEntry("source_id", seed);
        assertThat(Navigation.currentView()).isInstanceOf(StatementEditorView.class);
    }

    @Test
    void a_missing_speaker_is_named_at_the_speaker_field_and_the_summary_stays() {
        StatementEditorView view = Navigation.open("statements/new", StatementEditorView.class);
        test(view.form.saidOn).setValue(LocalDate.of(2023, 9, 15));
        test(view.form.stance).selectItem("Alleges");
        test(view.form.summary).setValue("A summary worth keeping.");

        test(view.form.save).click();

        assertThat(view.form.speakers.isInvalid()).isTrue();
        assertThat(view.form.speakers.getErrorMessage()).contains("Choose who said it");
        assertThat(view.form.summary.getValue()).isEqualTo("A summary worth keeping.");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_statement_editor() {
        Navigation.open("statements/new", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(StatementEditorView.class);
    }

    @Test
    void every_rule_across_fields_is_shown_at_a_field_of_the_form() {
        StatementEditorView view = Navigation.open("statements/new", StatementEditorView.class);

        for (String property : FieldRules.Checked.properties(new StatementData())) {
            assertThat(view.form.errors().field(property)).as("the field for messages about '%s'", property).isPresent();
        }
    }
}
