package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.annotation.Transactional;

/** Search everywhere on the demo data and records in five scripts, as a reader and as an editor. */
@AppTest
@Transactional
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void korean_persian_arabic_russian_and_indonesian_words_find_the_texts_that_contain_them() {
        long korean = data.publishedSource("Yonhap", "ko", "김여정 부부장 담화 발표",
                "김여정 조선로동당 중앙위원회 부부장은 담화를 발표하고 러시아에 대한 무기 수출설을 강하게 부인했다.", null);
        long persian = data.publishedSource("IRNA", "fa", "ایران ارسال پهپاد به روسیه را تکذیب کرد",
                "سخنگوی وزارت امور خارجه ایران گفت که تهران هیچ پهپادی برای استفاده در جنگ اوکراین به روسیه نفرستاده است.", null);
        long arabic = data.publishedSource("Al Jazeera", "ar", "إيران تنفي إرسال طائرات مسيرة إلى روسيا",
                "قالت وزارة الخارجية الإيرانية إن طهران لم ترسل طائرات مسيرة لاستخدامها في الحرب في أوكرانيا.", null);
        long russian = data.publishedSource("Kommersant", "ru", "Россия получила от КНДР артиллерийские снаряды",
                "Поставки снарядов из Северной Кореи продолжаются, сообщает разведка.", "Shell deliveries from North Korea continue.");
        long indonesian = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();

        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(sourceIds("담화")).containsExactly(korean);
            assertThat(sourceIds("김여정")).containsExactly(korean);
            assertThat(sourceIds("부인")).as("a Korean word with its ending attached (부인했다)").containsExactly(korean);
            assertThat(sourceIds("پهپاد")).as("Persian, also inside پهپادی").containsExactly(persian);
            assertThat(sourceIds("تکذیب")).containsExactly(persian);
            assertThat(sourceIds("الطائرات المسيرة")).as("Arabic, stemmed: the definite forms find طائرات مسيرة").containsExactly(arabic);
            assertThat(sourceIds("снаряды")).as("Russian, stemmed: снаряды finds снарядов").containsExactly(russian);
            assertThat(sourceIds("Северная Корея")).containsExactly(russian);
            assertThat(sourceIds("pelanggaran")).as("Indonesian, stemmed: pelanggaran finds melanggar").contains(indonesian);
            assertThat(sourceIds("pertanggungjawaban")).containsExactly(indonesian);
            assertThat(sourceIds("shell deliveries")).as("the English translation").containsExactly(russian);
        }
    }

    @Test
    void every_common_spelling_of_a_name_finds_the_same_speaker_and_their_statements() {
        long kim = data.kimYoJong();
        long said = data.publishedStatement(kim, "Dismissed reports of arms exports to Russia as absurd.", s -> {
            s.setQuoteOriginal("러시아에 대한 무기 수출설은 황당무계한 억측이다.");
            s.setQuoteLanguage("ko");
        });

        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (String spelling : List.of("Kim Yo-jong", "Kim Yo Jong", "kim yojong", "KIM YO-JONG", "김여정", "Ким Ё Чжон", "ким е чжон", "Yo-jong")) {
                SearchGroup speakers = group(spelling, SearchKind.SPEAKER);
                assertThat(speakers.hits()).as(spelling).extracting(SearchHit::id).first().isEqualTo(kim);
                assertThat(ids(spelling, SearchKind.STATEMENT)).as("her statements, found by " + spelling).contains(said);
            }
            assertThat(group("kim yojong", SearchKind.SPEAKER).hits().getFirst().location()).isEqualTo("actors/" + kim);
            assertThat(ids("황당무계한", SearchKind.STATEMENT)).as("a word of her Korean quote").containsExactly(said);
        }
    }

    @Test
    void a_statement_found_by_its_words_and_by_its_speaker_is_one_hit_counted_once() {
        long kim = data.kimYoJong();
        long both = data.publishedStatement(kim, "Kim Yo-jong called the report of Quorvex deliveries a fabrication.", s -> { });
        long byName = data.publishedStatement(kim, "Dismissed the report as a fabrication.", s -> { });
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            SearchGroup statements = search.search(SearchQuery.of("Kim Yo-jong").withKinds(Set.of(SearchKind.STATEMENT)), 100).groups().getFirst();
            assertThat(statements.hits()).extracting(SearchHit::id).containsOnlyOnce(both, byName).doesNotHaveDuplicates();
            assertThat(statements.count()).isEqualTo(statements.hits().size());
        }
    }

    @Test
    void a_source_concerns_the_countries_of_the_speakers_it_reports() {
        long source = data.publishedSource("Yonhap", "en", "Quorvex shipments denied", "Pyongyang denied the Quorvex shipments.", null);
        data.publishedStatement(data.kimYoJong(), "Denied the Quorvex shipments.", s -> s.setSourceId(source));
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(search.count(new SearchQuery("Quorvex", Set.of(), null, null, "KP"), SearchKind.SOURCE)).isEqualTo(1);
            assertThat(search.count(new SearchQuery("Quorvex", Set.of(), null, null, "IR"), SearchKind.SOURCE)).isZero();
        }
    }

    @Test
    void shahed_136_is_found_however_the_number_is_attached() {
        long written = data.publishedIncident("Shahed 136 debris found near Odesa", "Debris of a Shahed 136 drone.");
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            long demo = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%Shahed-136%'").query(Long.class).single();
            for (String spelling : List.of("Shahed-136", "Shahed 136", "shahed136", "SHAHED‑136")) {
                assertThat(ids(spelling, SearchKind.INCIDENT)).as(spelling).contains(demo, written);
            }
            assertThat(ids("Shahed-13", SearchKind.INCIDENT)).as("a number is matched whole").doesNotContain(demo, written);
        }
    }

    @Test
    void a_word_that_english_leaves_out_need_not_be_in_the_text_and_words_are_read_in_any_language() {
        long shells = data.publishedIncident("Artillery shells shipped from Rajin to Vostochny", "Containers seen on satellite imagery.");
        long french = data.publishedSource("Le Monde", "fr", "Les livraisons d'obus nord-coréens", "Des obus livrés à la Russie.", null);
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(ids("shells of Rajin", SearchKind.INCIDENT)).as("'of', a stop word in English").containsExactly(shells);
            assertThat(ids("shipped rajin vostoch", SearchKind.INCIDENT)).as("stemmed, a name and the start of one").containsExactly(shells);
            assertThat(ids("livraisons obus", SearchKind.SOURCE)).as("both words in French").containsExactly(french);
            assertThat(ids("shells Vladivostok", SearchKind.INCIDENT)).as("every word is needed").isEmpty();
        }
    }

    @Test
    void the_obvious_match_ranks_first_and_a_passing_mention_is_found_too() {
        long alabuga = data.publishedIncident("Shahed drones assembled at the Alabuga special economic zone",
                "Iran supplied kits and licences for Geran-2 drones assembled at Alabuga in Tatarstan; Alabuga workers were trained in Iran.");
        long passing = data.publishedIncident("Drone strikes on Kyiv overnight",
                "Dozens of Geran-2 drones hit Kyiv; officials said some were built in Alabuga.");
        long peskov = jdbc.sql("SELECT id FROM actor WHERE name = 'Dmitry Peskov'").query(Long.class).single();
        long statement = data.publishedStatement(peskov, "Said the Alabuga plant makes only civilian goods.", s -> { });

        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            SearchResults results = search.search(SearchQuery.of("Alabuga"), 5);
            SearchGroup incidents = results.groups().stream().filter(g -> g.kind() == SearchKind.INCIDENT).findFirst().orElseThrow();
            assertThat(incidents.hits()).extracting(SearchHit::id).containsExactly(alabuga, passing);
            assertThat(incidents.hits().getFirst().title().parts()).contains(new Highlighted.Part("Alabuga", true));
            assertThat(incidents.hits().get(1).snippet().parts()).contains(new Highlighted.Part("Alabuga", true));
            assertThat(ids("Alabuga", SearchKind.STATEMENT)).containsExactly(statement);
            assertThat(ids("alabu", SearchKind.INCIDENT)).as("the start of a word").contains(alabuga, passing);
        }
    }

    @Test
    void readers_never_find_drafts_and_editors_do() {
        long draft = data.draftIncident("Quetzalcoatl cargo seen at Rajin", "A draft nobody reviewed.");
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(search.search(SearchQuery.of("Quetzalcoatl"), 5).isEmpty()).isTrue();
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(ids("Quetzalcoatl", SearchKind.INCIDENT)).containsExactly(draft);
        }
    }

    @Test
    void markup_in_a_title_is_plain_text_in_the_hit() {
        data.publishedIncident("<img src=x onerror=alert(1)> Alabuga", "Summary with <b>tags</b> & \"quotes\" near Alabuga.");
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            SearchHit hit = group("Alabuga", SearchKind.INCIDENT).hits().getFirst();
            assertThat(hit.title().text()).isEqualTo("<img src=x onerror=alert(1)> Alabuga");
            assertThat(hit.snippet().text()).contains("<b>tags</b> & \"quotes\"");
        }
    }

    @Test
    void filters_narrow_by_kind_date_and_country() {
        data.publishedIncident("Zeltronic relays shipped to Vladivostok", "Zeltronic parts.");
        data.publishedIncident("Zeltronic relays found in Iranian drones", "Zeltronic parts again.");
        jdbc.sql("UPDATE incident_party SET country_code = 'IR' WHERE country_code = 'KP' AND incident_id IN"
                + " (SELECT id FROM visible_incidents(true) WHERE title LIKE '%Iranian drones')").update();
        jdbc.sql("UPDATE incident SET date_from = DATE '2022-05-01', date_to = DATE '2022-05-02' WHERE title LIKE 'Zeltronic relays found%'").update();
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            SearchQuery zeltronic = SearchQuery.of("zeltronic");
            assertThat(search.count(zeltronic, SearchKind.INCIDENT)).isEqualTo(2);
            assertThat(search.search(zeltronic.withKinds(Set.of(SearchKind.SOURCE)), 5).groups()).isEmpty();
            assertThat(search.search(SearchQuery.of("drones").withKinds(Set.of(SearchKind.SOURCE)), 5).groups())
                    .extracting(SearchGroup::kind).containsExactly(SearchKind.SOURCE);
            assertThat(search.count(new SearchQuery("zeltronic", Set.of(), null, null, "IR"), SearchKind.INCIDENT)).isEqualTo(1);
            assertThat(search.count(new SearchQuery("zeltronic", Set.of(), null, null, "RU"), SearchKind.INCIDENT)).isEqualTo(2);
            assertThat(search.count(new SearchQuery("zeltronic", Set.of(), java.time.LocalDate.of(2022, 1, 1),
                    java.time.LocalDate.of(2022, 12, 31), null), SearchKind.INCIDENT)).isEqualTo(1);
            assertThat(search.count(new SearchQuery("1718", Set.of(), null, null, "KP"), SearchKind.RESOLUTION))
                    .as("resolutions concern no one country").isZero();
        }
    }

    @Test
    void resolutions_are_found_by_number_symbol_and_paragraph() {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(group("1718", SearchKind.RESOLUTION).hits().getFirst().title().text()).startsWith("S/RES/1718 (2006): ");
            assertThat(group("S/RES/2231", SearchKind.RESOLUTION).hits().getFirst().location()).isEqualTo("resolutions/2231");
            SearchHit paragraph = group("1718 OP8", SearchKind.RESOLUTION).hits().getFirst();
            assertThat(paragraph.title().text()).startsWith("S/RES/1718 (2006) OP8");
        }
    }

    @Test
    void a_search_without_a_word_or_too_long_is_refused_in_words() {
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            assertThatThrownBy(() -> search.search(SearchQuery.of("  -- !! "), 5)).isInstanceOf(FieldException.class)
                    .hasMessage("Type a word, a name or a number to search for.");
            assertThatThrownBy(() -> search.search(SearchQuery.of("x".repeat(201)), 5)).isInstanceOf(FieldException.class)
                    .hasMessage("Keep the search to 200 characters or fewer.");
            assertThat(search.search(SearchQuery.of("a' OR 1=1; -- :* & | !"), 5)).as("operators are never read as syntax").isNotNull();
        }
    }

    @Test
    void only_signed_in_users_search() {
        assertThatThrownBy(() -> search.search(SearchQuery.of("Alabuga"), 5)).isInstanceOf(AuthenticationException.class);
    }

    private List<Long> sourceIds(String text) {
        return ids(text, SearchKind.SOURCE);
    }

    private List<Long> ids(String text, SearchKind kind) {
        return search.hits(SearchQuery.of(text), kind, 0, 100).stream().map(SearchHit::id).toList();
    }

    private SearchGroup group(String text, SearchKind kind) {
        return search.search(SearchQuery.of(text).withKinds(Set.of(kind)), 5).groups().stream().findFirst()
                .orElseThrow(() -> new AssertionError("nothing of kind " + kind + " for " + text));
    }
}
