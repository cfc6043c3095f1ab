package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Malformed imports: each gives a report naming the file, the row and the column in words, and writes nothing (the
 * dry run never writes, and a report with problems cannot be committed). Text with markup, SQL, right-to-left script,
 * CJK and emoji is not malformed: it is imported as it was written.
 */
@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class ImportBatteryTest {

    static final String HEADER = "title,kind,category,date_from,date_to,supplier,recipient,summary\n";
    static final String ROW = "Battery incident one,VIOLATION,DRONES,2019-03-04,2019-03-05,IR,SY,A summary.\n";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    /** Checks the files and proves that nothing can be written from the report; returns the problems as text. */
    List<String> problems(ImportFile... files) {
        long before = rows();
        ImportReport report = imports.check(List.of(files), ImportTarget.DRAFT, ImportProgress.NONE);
        assertThat(rows()).isEqualTo(before);
        assertThat(report.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isEqualTo(before);
        return report.problems().stream().map(ImportProblem::text).toList();
    }

    long rows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM visible_incidents(true)) + (SELECT count(*) FROM visible_sources(true))
                     + (SELECT count(*) FROM visible_statements(true)) + (SELECT count(*) FROM actor)""").query(Long.class).single();
    }

    static ImportFile csv(String text) {
        return new ImportFile("incidents.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_state_medium_needs_a_known_state_and_only_state_media_name_one() {
        String header = "type,outlet,url,language,title_original,state_media_of,origin\n";
        List<String> found = problems(new ImportFile("sources.csv", (header
                + "STATE_MEDIA,KCNA,https://example.org/battery/state-1,ko,제목,,\n"
                + "NEWS_ARTICLE,Example Daily,https://example.org/battery/state-2,en,A title,KP,Reuters\n"
                + "STATE_MEDIA,Example TV,https://example.org/battery/state-3,en,A title,XX,\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(found).anySatisfy(p -> assertThat(p).contains("row 2").contains("Choose the state whose state media this is"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("row 3").contains("Only state media belong to a state"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("row 4").contains("no country with the code XX"));
    }

    @Test
    void a_mistyped_column_is_named_with_the_column_it_probably_means() {
        assertThat(problems(csv(HEADER.replace("title", "titel") + ROW)))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 1, column titel: This is not a column of incidents.")
                        .contains("Did you mean \"title\"?"));
    }

    @Test
    void a_missing_column_is_named() {
        assertThat(problems(csv(HEADER.replace("category,", "") + ROW.replace("DRONES,", ""))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 1, column category: The column \"category\" is missing"));
    }

    @Test
    void a_row_with_more_cells_than_columns_is_reported_with_its_row() {
        assertThat(problems(csv(HEADER + ROW.replace("A summary.", "A summary, with an unquoted comma"))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2: This row has 9 cells but the header names 8 columns"));
    }

    @Test
    void a_date_in_another_form_says_how_to_write_it() {
        assertThat(problems(csv(HEADER + ROW.replace("2019-03-04", "04/03/2019"))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column date_from: Write dates as YYYY-MM-DD"));
    }

    @Test
    void an_impossible_date_says_why_it_cannot_exist() {
        assertThat(problems(csv(HEADER + ROW.replace("2019-03-04", "2019-02-30"))))
                .contains("incidents.csv, row 2, column date_from: \"2019-02-30\" does not exist: February 2019 has 28 days.");
        assertThat(problems(csv(HEADER + ROW.replace("2019-03-05", "2019-13-01"))))
                .contains("incidents.csv, row 2, column date_to: \"2019-13-01\" has no month 13: months run from 01 to 12.");
    }

    @Test
    void an_end_before_the_start_is_refused_as_the_form_refuses_it() {
        assertThat(problems(csv(HEADER + ROW.replace("2019-03-05", "2019-03-01"))))
                .contains("incidents.csv, row 2, column date_to: The end date cannot be before the start date.");
    }

    @Test
    void an_unknown_country_code_and_an_unknown_category_are_named() {
        assertThat(problems(csv(HEADER + ROW.replace("IR,SY", "XX,SY").replace("DRONES", "SUBMARINES"))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column supplier, recipient, transit, flag_state, participant, host, subject: "
                        + "There is no country with the code \"XX\""))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column category: There is no category \"SUBMARINES\". Use one of: "));
    }

    @Test
    void an_unknown_kind_lists_the_kinds() {
        assertThat(problems(csv(HEADER + ROW.replace("VIOLATION", "SMUGGLING"))))
                .contains("incidents.csv, row 2, column kind: \"SMUGGLING\" is not one of: VIOLATION, EVENT.");
    }

    @Test
    void a_duplicate_row_is_named_with_the_row_it_repeats() {
        assertThat(problems(csv(HEADER + ROW + ROW)))
                .contains("incidents.csv, row 3: This repeats row 2 (same title, dates and countries): remove one of them.");
    }

    @Test
    void a_file_that_is_not_utf8_names_the_row_of_the_first_bad_byte() {
        byte[] text = (HEADER + ROW + "Caf").getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(text, text.length + 1);
        broken[text.length] = (byte) 0xE9; // "é" in Latin-1, not UTF-8
        assertThat(problems(new ImportFile("incidents.csv", broken)))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 3: The file is not in UTF-8").contains("CSV UTF-8"));
    }

    @Test
    void a_spreadsheet_formula_is_not_imported() {
        assertThat(problems(csv(HEADER + ROW.replace("A summary.", "\"=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\")\""))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column summary: The cell starts with \"=\", which a spreadsheet "
                        + "runs as a formula"));
        assertThat(problems(csv(HEADER + ROW.replace("A summary.", "@SUM(1+1)*cmd|' /C calc'!A0"))))
                .anySatisfy(p -> assertThat(p).contains("column summary: The cell starts with \"@\""));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_without_being_read() {
        byte[] huge = new byte[(int) imports.maxBytes() + 1];
        assertThat(problems(new ImportFile("huge.csv", huge)))
                .containsExactly("huge.csv: The file is 50.0 MB; files up to 50 MB are imported. Split it into smaller files.");
    }

    @Test
    void a_nul_or_other_control_character_is_named_with_its_position() {
        assertThat(problems(csv(HEADER + ROW.replace("A summary.", "A sum\u0000mary."))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column summary: The cell holds an invisible control character (code 0, NUL) at position 6"));
    }

    @Test
    void a_megabyte_of_text_in_a_cell_is_refused_with_its_length() {
        assertThat(problems(csv(HEADER + ROW.replace("Battery incident one", "x".repeat(1 << 20)))))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column title: The cell holds 1,048,576 characters"));
        assertThat(problems(csv(HEADER + ROW.replace("Battery incident one", "y".repeat(301)))))
                .contains("incidents.csv, row 2, column title: Keep the title to 300 characters or fewer.");
    }

    @Test
    void an_unknown_source_address_and_an_unknown_provision_are_named_with_a_suggestion() {
        String header = "title,category,date_from,supplier,recipient,provisions,sources\n";
        assertThat(problems(csv(header + "Battery,DRONES,2019-03-04,IR,SY,1718 OP8b: reason,https://nowhere.example/x\n")))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column provisions: No provision \"1718 OP8b\" is recorded; did you mean S/RES/1718 (2006) OP8(b)?"))
                .anySatisfy(p -> assertThat(p).startsWith("incidents.csv, row 2, column sources: No source has the address https://nowhere.example/x"));
    }

    @Test
    void a_file_that_is_not_what_the_import_reads_says_so() {
        assertThat(problems(new ImportFile("notes.csv", "colour,shape\nred,round\n".getBytes(StandardCharsets.UTF_8))))
                .anySatisfy(p -> assertThat(p).startsWith("notes.csv, row 1: Cannot tell what this file holds"));
        assertThat(problems(new ImportFile("empty.csv", new byte[0]))).containsExactly("empty.csv: The file is empty.");
    }

    @Test
    void a_json_file_names_the_path_of_each_bad_field() {
        String json = """
                {"format": "sanctions-monitor", "version": 1, "incidents": [
                  {"title": "Battery", "kind": "SMUGGLING", "category": "DRONES", "dateFrom": "2019-03-04", "dateTo": "2019-03-04",
                   "datePrecision": "DAY", "status": "ALLEGED", "confidence": "LOW", "parties": []},
                  {"title": "Battery two", "colour": "red"}],
                 "widgets": []}
                """;
        assertThat(problems(new ImportFile("export.json", json.getBytes(StandardCharsets.UTF_8))))
                .contains("export.json, column widgets: This is not a field of the export format. Its lists are: actors, categories, incidents, "
                        + "regimes, resolutions, sources, statements, timeline.")
                .contains("export.json, incidents item 1, column incidents[0].kind: \"SMUGGLING\" is not one of: VIOLATION, EVENT.")
                .contains("export.json, incidents item 2, column incidents[1].colour: \"colour\" is not a field of this record.");
        assertThat(problems(new ImportFile("broken.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8))))
                .anySatisfy(p -> assertThat(p).startsWith("broken.json, line 1").contains("not valid JSON"));
        assertThat(problems(new ImportFile("other.json", "{\"format\": \"other\"}".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("other.json, column format: The file is not an export of Sanctions Monitor: its \"format\" is not \"sanctions-monitor\".");
    }

    @Test
    void text_with_markup_sql_right_to_left_cjk_and_emoji_is_imported_as_written() {
        String title = "<script>alert(1)</script> '; DROP TABLE incident; -- تسليم طائرات 无人机 🚀";
        String summary = "Robert'); DELETE FROM source;-- and \"quotes\", 한국어, עברית";
        ImportFile file = csv(HEADER + "\"" + title.replace("\"", "\"\"") + "\",VIOLATION,DRONES,2019-03-04,2019-03-05,IR,SY,\""
                + summary.replace("\"", "\"\"") + "\"\n");
        ImportReport report = imports.check(List.of(file), ImportTarget.DRAFT, ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();

        ImportResult result = imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE);

        assertThat(result.committed()).isTrue();
        assertThat(jdbc.sql("SELECT summary FROM visible_incidents(true) WHERE title = :title").param("title", title).query(String.class).single())
                .isEqualTo(summary);
    }

    @Test
    void a_semicolon_separated_file_with_a_byte_order_mark_and_labels_instead_of_codes_is_read() {
        String text = "\uFEFFTitle;Kind;Category;Date From;Supplier;Recipient;Status\n"
                + "Battery semicolons;Alleged violation;Drones;2019-03;IR;SY;Alleged\n";
        ImportReport report = imports.check(List.of(new ImportFile("excel.csv", text.getBytes(StandardCharsets.UTF_8))), ImportTarget.DRAFT,
                ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.counts()).containsEntry("incidents", 1);
        IncidentRecord record = report.batch().batch.incidents.getFirst().record();
        assertThat(record.datePrecision()).isEqualTo(org.sanctionsmonitor.base.DatePrecision.MONTH);
        assertThat(record.dateFrom()).isEqualTo("2019-03-01");
        assertThat(record.dateTo()).isEqualTo("2019-03-31");
    }
}
