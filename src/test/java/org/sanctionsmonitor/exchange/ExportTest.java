package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.SearchService;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of the filtered lists: what a spreadsheet opens cannot run a formula, readers get the published version
 * only, the filters of the list hold, and a JSON export reads back as the export format.
 */
@AppTest
@Transactional
class ExportTest {

    @Autowired
    ExportService exports;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    SearchService search;
    @Autowired
    StatementService statements;

    String csv(Role role, IncidentFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SignedIn user = SignedIn.as(role.name().toLowerCase(), role)) {
            exports.incidents(filter, ExportService.Format.CSV, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> records(String csv) throws java.io.IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() throws Exception {
        testData.publishedIncident("=HYPERLINK(\"http://attacker.example\",\"Click\")", data -> {
            data.setSummary("+cmd|' /C calc'!A0");
            data.setPlace("@SUM(1,2)");
            data.setNotes("-2+3");
            data.setLatitude(new java.math.BigDecimal("-33.9"));
            data.setLongitude(new java.math.BigDecimal("18.4"));
        });

        String csv = csv(Role.VIEWER, new IncidentFilter(null, null, null, null, null, null, null, "attacker"));

        assertThat(csv).startsWith("\uFEFF");
        CSVRecord row = records(csv).getFirst();
        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://attacker.example\",\"Click\")");
        assertThat(row.get("summary")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get("place")).isEqualTo("'@SUM(1,2)");
        assertThat(row.get("notes")).isEqualTo("'-2+3");
        assertThat(row.get("latitude")).isEqualTo("-33.9"); // a number cannot be a formula
        for (CSVRecord record : records(csv)) {
            record.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r"));
        }
    }

    @Test
    void the_neutralising_rule_leaves_ordinary_text_and_numbers_alone() {
        assertThat(TableWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(TableWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(TableWriter.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(TableWriter.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(TableWriter.neutralise("+7")).isEqualTo("+7");
        assertThat(TableWriter.neutralise("Shells")).isEqualTo("Shells");
        assertThat(TableWriter.neutralise("")).isEmpty();
    }

    @Test
    void readers_export_the_published_version_only_and_editors_also_drafts_with_their_state() throws Exception {
        testData.draftIncident("Export test draft");

        String reader = csv(Role.VIEWER, IncidentFilter.NONE);
        String editor = csv(Role.EDITOR, IncidentFilter.NONE);

        assertThat(reader).doesNotContain("Export test draft").doesNotContain("workflow_state");
        assertThat(records(reader)).hasSize(jdbc.sql("SELECT count(*) FROM published_incidents()").query(Integer.class).single());
        assertThat(records(editor)).anySatisfy(row -> {
            assertThat(row.get("title")).isEqualTo("Export test draft");
            assertThat(row.get("workflow_state")).isEqualTo("DRAFT");
        });
    }

    @Test
    void an_export_keeps_the_lists_filters() throws Exception {
        IncidentFilter iranSupplies = IncidentFilter.fromQuery(java.util.Map.of("country", List.of("IR"), "role", List.of("SUPPLIER")));
        List<CSVRecord> rows = records(csv(Role.VIEWER, iranSupplies));
        int expected;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            expected = jdbc.sql("""
                    SELECT count(*) FROM published_incidents() i WHERE EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id
                      AND p.country_code = 'IR' AND p.role = 'SUPPLIER')""").query(Integer.class).single();
        }
        assertThat(expected).isPositive();
        assertThat(rows).hasSize(expected).allSatisfy(row -> assertThat(row.get("supplier")).contains("IR"));
    }

    @Test
    void a_json_export_reads_back_as_the_export_format_with_links_by_their_keys() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            exports.incidents(IncidentFilter.NONE, ExportService.Format.JSON, out);
        }
        ExchangeDocument document = json.readValue(out.toByteArray(), ExchangeDocument.class);

        assertThat(document.format()).isEqualTo("sanctions-monitor");
        assertThat(document.kind()).isEqualTo("incidents");
        assertThat(document.exportedBy()).isEqualTo("viewer");
        IncidentRecord first = document.incidents().stream().filter(i -> !i.provisions().isEmpty()).findFirst().orElseThrow();
        assertThat(first.provisions().getFirst().citation()).startsWith("S/RES/");
        assertThat(first.sources()).allSatisfy(source -> assertThat(source.url()).startsWith("http"));
        assertThat(first.workflowState()).isNull();
        assertThat(first.date()).isNotBlank();
    }

    @Test
    void sources_and_the_timeline_export_as_csv_and_json() throws Exception {
        ByteArrayOutputStream sources = new ByteArrayOutputStream();
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            exports.sources(new SourceFilter(null, "id", null), ExportService.Format.CSV, sources);
            exports.timeline(TimelineFilter.NONE, ExportService.Format.JSON, timeline);
        }
        assertThat(records(sources.toString(StandardCharsets.UTF_8))).isNotEmpty().allSatisfy(row -> assertThat(row.get("language")).isEqualTo("id"));
        ExchangeDocument document = json.readValue(timeline.toByteArray(), ExchangeDocument.class);
        assertThat(document.timeline()).isNotEmpty();
        assertThat(document.timeline()).extracting(TimelineRecord::dateFrom).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void statements_export_with_the_lists_filters_and_readers_get_published_statements_only() throws Exception {
        StatementFilter denialsOfKp = StatementFilter.fromQuery(java.util.Map.of("country", List.of("KP"), "side", List.of("DENIAL")));
        ByteArrayOutputStream reader = new ByteArrayOutputStream();
        ByteArrayOutputStream editor = new ByteArrayOutputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            exports.statements(denialsOfKp, ExportService.Format.CSV, reader);
            exports.statements(StatementFilter.NONE, ExportService.Format.CSV, all);
        }
        StatementData draft = new StatementData();
        draft.setNewSpeakerName("Export Test Speaker");
        draft.setSaidOn(java.time.LocalDate.of(2024, 6, 1));
        draft.setStance(Stance.DENIES);
        draft.setSummary("Export test draft statement");
        draft.setSourceId(jdbc.sql("SELECT min(id) FROM published_sources()").query(Long.class).single());
        try (SignedIn user = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            statements.save(draft);
        }
        ByteArrayOutputStream readerAfter = new ByteArrayOutputStream();
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            exports.statements(StatementFilter.NONE, ExportService.Format.CSV, readerAfter);
        }
        try (SignedIn user = SignedIn.as("editor", Role.EDITOR)) {
            exports.statements(StatementFilter.NONE, ExportService.Format.CSV, editor);
        }

        int expected = jdbc.sql("""
                SELECT count(*) FROM published_statements() st WHERE stance_side(st.stance) = 'DENIAL'
                   AND EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = 'KP')
                """).query(Integer.class).single();
        assertThat(expected).isPositive();
        assertThat(records(reader.toString(StandardCharsets.UTF_8))).hasSize(expected);
        assertThat(records(readerAfter.toString(StandardCharsets.UTF_8)))
                .hasSize(jdbc.sql("SELECT count(*) FROM published_statements()").query(Integer.class).single())
                .noneSatisfy(row -> assertThat(row.get("summary")).isEqualTo("Export test draft statement"));
        assertThat(readerAfter.toString(StandardCharsets.UTF_8)).doesNotContain("workflow_state");
        assertThat(records(editor.toString(StandardCharsets.UTF_8))).anySatisfy(row -> {
            assertThat(row.get("summary")).isEqualTo("Export test draft statement");
            assertThat(row.get("workflow_state")).isEqualTo("DRAFT");
        });
    }

    @Test
    void search_results_export_with_the_search_and_readers_never_get_a_draft() throws Exception {
        testData.draftIncident("Export test Zyxwsearch draft");
        ByteArrayOutputStream reader = new ByteArrayOutputStream();
        ByteArrayOutputStream readerDraft = new ByteArrayOutputStream();
        ByteArrayOutputStream editorDraft = new ByteArrayOutputStream();
        int expected;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            exports.search(SearchQuery.fromQuery(java.util.Map.of("q", List.of("Shahed"), "kind", List.of("INCIDENT,STATEMENT"))),
                    ExportService.Format.CSV, reader);
            exports.search(SearchQuery.of("Zyxwsearch"), ExportService.Format.CSV, readerDraft);
            expected = search.count(SearchQuery.of("Shahed"), SearchKind.INCIDENT) + search.count(SearchQuery.of("Shahed"), SearchKind.STATEMENT);
        }
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            exports.search(SearchQuery.of("Zyxwsearch"), ExportService.Format.CSV, editorDraft);
        }

        assertThat(expected).isPositive();
        assertThat(records(reader.toString(StandardCharsets.UTF_8))).hasSize(expected)
                .allSatisfy(row -> assertThat(row.get("kind")).isIn("INCIDENT", "STATEMENT"));
        assertThat(records(readerDraft.toString(StandardCharsets.UTF_8))).isEmpty();
        assertThat(records(editorDraft.toString(StandardCharsets.UTF_8))).singleElement().satisfies(row -> {
            assertThat(row.get("title")).isEqualTo("Export test Zyxwsearch draft");
            assertThat(row.get("workflow_state")).isEqualTo("DRAFT");
        });
    }
}
