package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
class ImportServiceTest {

    @Autowired
    ImportService imports;
    @Autowired
    IncidentService incidents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_three_templates_imported_together_pass_the_dry_run_and_are_saved_as_drafts() {
        List<ImportFile> files = List.of(new ImportFile("incidents-template.csv", imports.template("incidents")),
                new ImportFile("sources-template.csv", imports.template("sources")),
                new ImportFile("statements-template.csv", imports.template("statements")));
        ImportReport report = imports.check(files, ImportTarget.DRAFT, ImportProgress.NONE);
        assertThat(report.problems()).extracting(ImportProblem::text).isEmpty();
        assertThat(report.counts()).containsEntry("incidents", 2).containsEntry("sources", 2).containsEntry("statements", 3);
        // Both example incidents fall in September 2023 between North Korea and Russia, like the demo's summit: the
        // duplicate guard lists them, and the editor imports them as new ones.
        assertThat(report.duplicates()).hasSize(2).allSatisfy(d -> assertThat(d.canImportAsNew()).isTrue());
        int before = count();

        ImportResult result = imports.commit(report, report.duplicates().stream()
                .collect(java.util.stream.Collectors.toMap(ImportDuplicate::key, d -> ImportDuplicate.Decision.NEW)), ImportTarget.DRAFT,
                ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::text).isEmpty();
        assertThat(result.committed()).isTrue();
        assertThat(count()).isEqualTo(before + 2);
        assertThat(result.written()).containsEntry("incidents", 2).containsEntry("sources", 2).containsEntry("statements", 3)
                .containsEntry("speakers", 4);
    }

    @Test
    void a_similar_incident_is_skipped_unless_the_editor_decides_otherwise() {
        List<ImportFile> files = List.of(new ImportFile("incidents-template.csv", imports.template("incidents")),
                new ImportFile("sources-template.csv", imports.template("sources")));
        ImportReport report = imports.check(files, ImportTarget.DRAFT, ImportProgress.NONE);
        int before = count();

        ImportResult result = imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE);

        assertThat(result.committed()).isTrue();
        assertThat(result.written()).doesNotContainKey("incidents").containsEntry("sources", 2);
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return incidents.count(IncidentFilter.NONE);
    }

    static ImportFile csv(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
