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
        int before = count();

        ImportResult result = imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::text).isEmpty();
        assertThat(result.committed()).isTrue();
        assertThat(count()).isEqualTo(before + 2);
    }

    private int count() {
        return incidents.count(IncidentFilter.NONE);
    }

    static ImportFile csv(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
