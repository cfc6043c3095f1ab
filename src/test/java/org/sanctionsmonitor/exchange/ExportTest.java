package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
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
}
