package org.sanctionsmonitor.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class StatementServiceTest {

    @Autowired
    StatementService statements;

    @Autowired
    JdbcClient jdbc;

    private StatementData denial() {
        StatementData data = new StatementData();
        data.setSaidOn(LocalDate.of(2025, 11, 5));
        data.setStance(Stance.DENIES);
        data.setSummary("Said the reports of rail shipments were fabricated.");
        data.setNewSpeakerCountry("RU");
        return data;
    }

    @Test
    void a_statement_by_a_new_speaker_creates_the_actor() {
        StatementData data = denial();
        data.setNewSpeakerName("Alexander Grushko");
        data.setNewSpeakerTitle("Russian deputy foreign minister");
        data.setQuoteOriginal("Это очередная фальшивка.");
        data.setQuoteLanguage("ru");
        data.setQuoteTranslation("This is another fake.");
        data.setTranslatedBy("DeepL");
        data.setTranslationMethod(org.sanctionsmonitor.source.TranslationMethod.MACHINE);

        long id = statements.save(data);

        var row = jdbc.sql("""
                SELECT a.name, a.country_code, st.quote_language, st.stance, st.workflow_state FROM statement st
                JOIN statement_speaker sp ON sp.statement_id = st.id JOIN actor a ON a.id = sp.actor_id WHERE st.id = :id""").param("id", id).query().singleRow();
        assertThat(row).containsEntry("name", "Alexander Grushko").containsEntry("country_code", "RU")
                .containsEntry("quote_language", "ru").containsEntry("stance", "DENIES").containsEntry("workflow_state", "DRAFT");
    }

    @Test
    void an_existing_speaker_is_reused() {
        long peskov = jdbc.sql("SELECT id FROM actor WHERE name = 'Dmitry Peskov'").query(Long.class).single();
        StatementData data = denial();
        data.setSpeakers(List.of(new ActorOption(peskov, "Dmitry Peskov")));
        int actorsBefore = jdbc.sql("SELECT count(*) FROM actor").query(Integer.class).single();

        statements.save(data);

        assertThat(jdbc.sql("SELECT count(*) FROM actor").query(Integer.class).single()).isEqualTo(actorsBefore);
    }

    @Test
    void a_new_speaker_who_is_already_known_is_not_created_twice() {
        StatementData data = denial();
        data.setNewSpeakerName("dmitry peskov");
        int actorsBefore = jdbc.sql("SELECT count(*) FROM actor").query(Integer.class).single();

        long id = statements.save(data);

        assertThat(jdbc.sql("SELECT count(*) FROM actor").query(Integer.class).single()).isEqualTo(actorsBefore);
        assertThat(jdbc.sql("SELECT a.name FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Dmitry Peskov");
    }

    @Test
    void a_statement_needs_a_speaker_a_date_a_stance_and_a_summary() {
        StatementData data = new StatementData();

        assertThatThrownBy(() -> statements.save(data)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .contains("speakers", "saidOn", "stance", "summary"));
    }

    @Test
    void a_quote_needs_its_language_and_a_translation_needs_its_original() {
        StatementData data = denial();
        data.setNewSpeakerName("Someone");
        data.setQuoteOriginal("Это очередная фальшивка.");
        assertThatThrownBy(() -> statements.save(data)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString()).contains("quoteLanguage"));

        StatementData translationOnly = denial();
        translationOnly.setNewSpeakerName("Someone");
        translationOnly.setQuoteTranslation("This is another fake.");
        assertThatThrownBy(() -> statements.save(translationOnly)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString()).contains("quoteTranslation"));

        StatementData badLanguage = denial();
        badLanguage.setNewSpeakerName("Someone");
        badLanguage.setQuoteOriginal("text");
        badLanguage.setQuoteLanguage("Russian");
        assertThatThrownBy(() -> statements.save(badLanguage)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString()).contains("quoteLanguage"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_write_statements() {
        assertThatThrownBy(() -> statements.save(denial())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> statements.actors()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
