package org.sanctionsmonitor.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.base.ui.NotFoundView;
import org.sanctionsmonitor.search.SearchTestData;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The readers' statement pages: the list, one statement, a speaker's page, and how the dossier opens the list. */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class StatementViewsTest extends SpringBrowserlessTest {

    @Autowired
    SearchTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_dossiers_denial_figure_opens_the_statement_list_with_the_same_count() {
        Navigation.open("countries/KP", Object.class);
        Anchor denials = $(Anchor.class).all().stream().filter(a -> a.getElement().getTextRecursively().endsWith("Its denials"))
                .findFirst().orElseThrow();
        String figure = denials.getElement().getTextRecursively().replace("Its denials", "");
        assertThat(Integer.parseInt(figure)).isPositive();
        assertThat(denials.getHref()).isEqualTo("statements?country=KP&side=DENIAL");

        StatementListView list = Navigation.open(denials.getHref(), StatementListView.class);

        assertThat(list.count.getText()).isEqualTo(figure + " statements");
        assertThat(test(list.grid).size()).isEqualTo(Integer.parseInt(figure));
        assertThat(list.country.getValue().code()).isEqualTo("KP");
        assertThat(list.side.getValue()).hasToString("DENIAL");
    }

    @Test
    void a_statement_page_shows_its_speaker_date_precision_stance_quote_beside_its_translation_source_and_incident() {
        long kim = data.kimYoJong();
        long source = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();
        long incident = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%EDSCG%'").query(Long.class).single();
        long id = data.publishedStatement(kim, "Dismissed the warnings as absurd.", s -> {
            s.setSaidPrecision(SaidPrecision.MONTH);
            s.setSaidOn(LocalDate.of(2023, 9, 1));
            s.setQuoteOriginal("황당무계한 억측이다.");
            s.setQuoteLanguage("ko");
            s.setQuoteTranslation("An absurd speculation.");
            s.setTranslatedBy("DeepL");
            s.setTranslationMethod(TranslationMethod.MACHINE);
            s.setSourceId(source);
            s.setIncidentId(incident);
        });

        StatementPageView view = Navigation.open("statements/" + id, StatementPageView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Kim Yo-jong", "Sep 2023 (known to the month)", "Denies", "Dismissed the warnings as absurd.",
                "황당무계한 억측이다.", "An absurd speculation.", "Machine translation, not reviewed",
                "DeepL (machine translation); not reviewed by a person", "idnewszone.com", "EDSCG");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("actors/" + kim, "sources/" + source, "incidents/" + incident);
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Edit");
    }

    @Test
    void a_speakers_page_shows_their_other_names_and_claims_beside_denials() {
        long kim = data.kimYoJong();
        data.publishedStatement(kim, "Denied any arms deal.", s -> { });
        data.publishedStatement(kim, "Warned of a price to pay.", s -> s.setStance(org.sanctionsmonitor.statement.Stance.ALLEGES));

        ActorView view = Navigation.open("actors/" + kim, ActorView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Kim Yo-jong", "김여정", "Ким Ё Чжон", "Claims (1)", "Denials and non-answers (1)",
                "Denied any arms deal.", "Warned of a price to pay.", "North Korea");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("statements?speaker=" + kim + "&side=DENIAL");
    }

    @Test
    void readers_meet_no_draft_statement_and_no_speaker_of_drafts_only() {
        long kim = data.kimYoJong();
        long draft = data.draftStatement(kim, "Not reviewed yet.", s -> { });

        Navigation.open("statements/" + draft, Object.class);
        assertThat(Navigation.currentView()).isInstanceOf(NotFoundView.class);
        Navigation.open("actors/" + kim, Object.class);
        assertThat(Navigation.currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_statement_forms_speaker_picker_finds_a_speaker_by_any_of_their_names() {
        long kim = data.kimYoJong();
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            StatementEditorView view = Navigation.open("statements/new", StatementEditorView.class);
            for (String name : List.of("김여정", "Ким Ё Чжон", "kim yo jong")) {
                @SuppressWarnings("unchecked")
                DataProvider<ActorOption, String> picker = (DataProvider<ActorOption, String>) (DataProvider<?, ?>) view.form.speakers.getDataProvider();
                List<ActorOption> found = picker.fetch(new Query<>(0, 10, List.of(), null, name)).toList();
                assertThat(found).as(name).extracting(ActorOption::id).first().isEqualTo(kim);
            }
        }
    }
}
