package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceDetails;
import org.sanctionsmonitor.source.SourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Report-style citations: paragraphs, numbered notes with every part a report needs, CSL-JSON and BibTeX. */
@AppTest
@Transactional
class CitationServiceTest {

    @Autowired
    CitationService citations;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    static SourceDetails source(String outlet, String originating, String title, String translation, LocalDate published, LocalDate retrieved,
            String archived) {
        return new SourceDetails(12, SourceType.NEWS_ARTICLE, outlet, originating, "https://www.example.org/news?id=5#top", "id", published,
                retrieved, title, translation, null, null, null, null, archived, Reliability.C, null, WorkflowState.PUBLISHED, null, "demo",
                java.time.Instant.EPOCH, 0, null, null, null, null, null, null);
    }

    @Test
    void a_note_names_outlet_and_originating_outlet_title_date_address_archived_copy_and_access_date() {
        SourceDetails source = source("Kompas", "Reuters", "Korut kirim rudal ke Rusia", "North Korea sends missiles to Russia",
                LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 7), "https://web.archive.org/web/2023/https://www.example.org/news");

        assertThat(CitationService.footnote(source, LocalDate.of(2026, 12, 1))).isEqualTo("Kompas (Reuters), “Korut kirim rudal ke Rusia” "
                + "[North Korea sends missiles to Russia], 5 September 2023. Available at https://www.example.org/news?id=5#top (archived copy: "
                + "https://web.archive.org/web/2023/https://www.example.org/news; accessed 7 September 2023).");
        assertThat(CitationService.footnote(source("UN", null, "Report", null, null, null, null), LocalDate.of(2026, 12, 1)))
                .isEqualTo("UN, “Report”, undated. Available at https://www.example.org/news?id=5#top (accessed 1 December 2026).");
    }

    @Test
    void dates_read_as_a_report_writes_them_with_their_precision() {
        assertThat(CitationService.when(LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 6), DatePrecision.DAY)).isEqualTo("from 5 to 6 September 2022");
        assertThat(CitationService.when(LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 5), DatePrecision.DAY)).isEqualTo("on 5 September 2022");
        assertThat(CitationService.when(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31), DatePrecision.MONTH)).isEqualTo("in October 2023");
        assertThat(CitationService.when(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), DatePrecision.YEAR)).isEqualTo("in 2024");
    }

    @Test
    void bibtex_escapes_what_latex_would_read_as_commands() {
        String bib = CitationService.bibtex(List.of(source("R&D {News}", null, "50% of $ #1 _under_ ~ ^", null, LocalDate.of(2023, 9, 5), null, null)),
                LocalDate.of(2026, 12, 1));

        assertThat(bib).startsWith("@misc{rdnews2023source12,\n")
                .contains("author = {{R\\&D \\{News\\}}}")
                .contains("title = {{50\\% of \\$ \\#1 \\_under\\_ \\textasciitilde{} \\textasciicircum{}}}")
                .contains("url = {https://www.example.org/news?id=5\\#top}")
                .contains("date = {2023-09-05}", "urldate = {2026-12-01}")
                .endsWith("}\n\n");
    }

    @Test
    void incidents_cited_together_share_the_note_of_a_source_they_both_cite_and_formats_agree() {
        List<Long> ids = jdbc.sql("""
                SELECT l.incident_id FROM incident_source l JOIN published_incidents() i ON i.id = l.incident_id
                WHERE l.source_id = (SELECT l2.source_id FROM incident_source l2 JOIN published_incidents() i2 ON i2.id = l2.incident_id
                                     GROUP BY l2.source_id HAVING count(*) > 1 ORDER BY l2.source_id LIMIT 1)
                ORDER BY l.incident_id LIMIT 2""").query(Long.class).list();
        assertThat(ids).hasSize(2);
        CitationService.Citation citation;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            citation = citations.cite(ids);
        }

        assertThat(citation.paragraphs()).hasSize(2);
        List<Integer> shared = citation.paragraphs().get(0).notes().stream().filter(citation.paragraphs().get(1).notes()::contains).toList();
        assertThat(shared).isNotEmpty();
        assertThat(citation.footnotes()).extracting(CitationService.Footnote::sourceId).doesNotHaveDuplicates();
        assertThat(citation.text()).startsWith("1. ").contains("\n\n2. ").contains("\nNotes\n[1] ");
        assertThat(citation.html()).startsWith("<div><p>1. ").contains("<sup>").contains("<ol><li>");
        JsonNode csl = json.readTree(citation.cslJson());
        assertThat(csl.size()).isEqualTo(citation.footnotes().size());
        assertThat(csl.get(0).path("URL").asString()).startsWith("http");
        assertThat(csl.get(0).path("accessed").path("date-parts").get(0).size()).isEqualTo(3);
        assertThat(citation.bibtex().split("@misc\\{").length - 1).isEqualTo(citation.footnotes().size());
    }

    @Test
    void a_reader_cannot_cite_a_draft_and_user_text_is_escaped_in_rich_text() {
        long draft = testData.draftIncident("<b>Draft</b> nobody may cite");
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(citations.cite(List.of(draft)).paragraphs()).isEmpty();
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            CitationService.Citation citation = citations.cite(List.of(draft));
            assertThat(citation.html()).contains("&lt;b&gt;Draft&lt;/b&gt;").doesNotContain("<b>");
            assertThat(citation.text()).contains("“<b>Draft</b> nobody may cite”");
        }
    }
}
