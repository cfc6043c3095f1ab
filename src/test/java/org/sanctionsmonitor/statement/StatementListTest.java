package org.sanctionsmonitor.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.dashboard.CountryDashboardService;
import org.sanctionsmonitor.dashboard.Dossier;
import org.sanctionsmonitor.search.SearchTestData;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The statement list behind /statements: its filters, its count, and its pages read on from the page before. */
@AppTest
@Transactional
class StatementListTest {

    @Autowired
    StatementService statements;

    @Autowired
    ActorService actors;

    @Autowired
    CountryDashboardService dossiers;

    @Autowired
    SearchTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_dossiers_allegation_and_denial_figures_equal_the_count_of_the_list_they_open() {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (Dossier.CountryCounts country : dossiers.countries()) {
                Dossier.Data dossier = dossiers.dossier(country.code()).orElseThrow();
                assertThat(statements.count(new StatementFilter(null, country.code(), StanceSide.ALLEGATION, null, null, null, null)))
                        .as(country.code() + " allegations").isEqualTo(dossier.allegations());
                assertThat(statements.count(new StatementFilter(null, country.code(), StanceSide.DENIAL, null, null, null, null)))
                        .as(country.code() + " denials").isEqualTo(dossier.denials());
            }
        }
    }

    @Test
    void a_readers_count_by_country_and_side_equals_the_live_count_after_a_publish() {
        long peskov = jdbc.sql("SELECT id FROM actor WHERE name = 'Dmitry Peskov'").query(Long.class).single();
        data.publishedStatement(peskov, "Denied again that any shells came from Pyongyang.", s -> { });
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (String country : List.of("RU", "KP", "IR", "UA")) {
                for (StanceSide side : StanceSide.values()) {
                    assertThat(statements.count(new StatementFilter(null, country, side, null, null, null, null))).as(country + " " + side)
                            .isEqualTo(count("SELECT count(*) FROM published_statements() st WHERE statement_counts_for(st.id, '" + country
                                    + "') AND stance_side(st.stance) = '" + side.name() + "'"));
                }
                assertThat(statements.count(new StatementFilter(null, country, null, null, null, null, null))).as(country)
                        .isEqualTo(count("SELECT count(*) FROM published_statements() st WHERE statement_counts_for(st.id, '" + country + "')"));
            }
            assertThat(statements.count(new StatementFilter(null, null, StanceSide.DENIAL, null, null, null, null)))
                    .isEqualTo(count("SELECT count(*) FROM published_statements() st WHERE stance_side(st.stance) = 'DENIAL'"));
            assertThat(statements.count(StatementFilter.NONE)).isEqualTo(count("SELECT count(*) FROM published_statements()"));
        }
    }

    @Test
    void pages_read_on_from_the_previous_page_hold_the_same_rows_as_one_long_page() {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            int total = statements.count(StatementFilter.NONE);
            List<Long> inOne = statements.page(StatementFilter.NONE, null, 0, 200).items().stream().map(StatementView::id).toList();
            List<Long> inPages = new ArrayList<>();
            StatementService.Cursor after = null;
            while (true) {
                StatementService.Page page = statements.page(StatementFilter.NONE, after, 0, 7);
                page.items().forEach(row -> inPages.add(row.id()));
                if (page.last() == null) {
                    break;
                }
                after = page.last();
            }
            assertThat(inOne).hasSize(total).doesNotHaveDuplicates();
            assertThat(inPages).isEqualTo(inOne);
            List<LocalDate> dates = jdbc.sql("SELECT dated_on FROM statement WHERE id IN (:ids)").param("ids", inOne).query(LocalDate.class).list();
            assertThat(dates).isNotEmpty();
        }
    }

    @Test
    void a_speaker_is_found_by_an_other_name_and_their_statements_by_it_and_by_words_of_their_quote() {
        long kim = data.kimYoJong();
        long said = data.publishedStatement(kim, "Called the reports absurd.", s -> {
            s.setQuoteOriginal("황당무계한 억측이다.");
            s.setQuoteLanguage("ko");
            s.setQuoteTranslation("An absurd speculation.");
            s.setTranslatedBy("DeepL");
            s.setTranslationMethod(org.sanctionsmonitor.source.TranslationMethod.MACHINE);
        });
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(actors.find("김여정", 0, 10)).extracting(ActorOption::id).containsExactly(kim);
            assertThat(actors.find("kim yo jong", 0, 10)).extracting(ActorOption::id).first().isEqualTo(kim);
            assertThat(ids(new StatementFilter(kim, null, null, null, null, null, null))).containsExactly(said);
            for (String words : List.of("Ким Ё Чжон", "kim yojong", "황당무계한", "absurd speculation")) {
                assertThat(ids(new StatementFilter(null, null, null, null, null, null, words))).as(words).containsExactly(said);
            }
            assertThat(ids(new StatementFilter(null, null, null, null, null, null, "Песков")))
                    .as("Dmitry Peskov, by his name in Cyrillic").hasSize(count("""
                            SELECT count(*) FROM statement st JOIN statement_speaker sp ON sp.statement_id = st.id JOIN actor a ON a.id = sp.actor_id
                            WHERE a.name = 'Dmitry Peskov' AND st.workflow_state = 'PUBLISHED'""")).isNotEmpty();
            StatementView view = statements.details(said).orElseThrow();
            assertThat(view.translation().text()).isEqualTo("DeepL (machine translation); not reviewed by a person");
            assertThat(view.speakerList()).extracting(StatementView.Speaker::id).containsExactly(kim);
        }
    }

    @Test
    void a_statement_known_to_the_month_is_in_a_range_that_overlaps_its_month() {
        long kim = data.kimYoJong();
        long inMarch = data.publishedStatement(kim, "Said something in March.", s -> {
            s.setSaidPrecision(SaidPrecision.MONTH);
            s.setSaidOn(LocalDate.of(2024, 3, 20));
        });
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            StatementFilter hers = new StatementFilter(kim, null, null, null, null, null, null);
            assertThat(ids(between(hers, LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 10)))).containsExactly(inMarch);
            assertThat(ids(between(hers, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 10)))).isEmpty();
            assertThat(ids(between(hers, null, LocalDate.of(2024, 2, 29)))).isEmpty();
        }
    }

    @Test
    void readers_never_list_drafts_and_editors_do() {
        long kim = data.kimYoJong();
        long draft = data.draftStatement(kim, "A draft about Quetzalcoatl.", s -> { });
        StatementFilter words = new StatementFilter(null, null, null, null, null, null, "Quetzalcoatl");
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(statements.count(words)).isZero();
            assertThat(statements.details(draft)).isEmpty();
            assertThat(actors.profile(kim)).as("a speaker of drafts only is not shown to readers").isEmpty();
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(ids(words)).containsExactly(draft);
        }
    }

    @Test
    void the_filter_round_trips_through_the_url() {
        StatementFilter filter = new StatementFilter(12L, "kp", StanceSide.DENIAL, Stance.DENIES, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), "김여정");
        Map<String, String> query = filter.toQuery();
        assertThat(query).containsExactly(Map.entry("speaker", "12"), Map.entry("country", "KP"), Map.entry("side", "DENIAL"),
                Map.entry("stance", "DENIES"), Map.entry("from", "2024-01-01"), Map.entry("to", "2024-12-31"), Map.entry("q", "김여정"));
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        query.forEach((key, value) -> parameters.put(key, List.of(value)));
        assertThat(StatementFilter.fromQuery(parameters)).isEqualTo(filter);
        assertThat(StatementFilter.fromQuery(Map.of("side", List.of("sideways"), "from", List.of("yesterday")))).isEqualTo(StatementFilter.NONE);
    }

    private static StatementFilter between(StatementFilter filter, LocalDate from, LocalDate to) {
        return new StatementFilter(filter.speaker(), filter.country(), filter.side(), filter.stance(), from, to, filter.text());
    }

    private List<Long> ids(StatementFilter filter) {
        return statements.page(filter, null, 0, 200).items().stream().map(StatementView::id).toList();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
