package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.HistoryEntry;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Commits for real (history is written when a transaction commits) and removes what it made: imported items are drafts
 * whose history names the import and who ran it; an admin may publish them at once; possible duplicates are skipped
 * unless the editor merges them; and an import that meets a refusal while committing writes nothing at all.
 */
@AppTest
class ImportCommitTest {

    @Autowired
    ImportService imports;
    @Autowired
    IncidentService incidents;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcClient jdbc;

    private final List<String> urls = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    @AfterEach
    void removeWhatTheImportMade() {
        for (String title : titles) {
            jdbc.sql("DELETE FROM incident WHERE title = :title").param("title", title).update();
        }
        for (String url : urls) {
            jdbc.sql("DELETE FROM pending_revision WHERE item_type = 'SOURCE' AND item_id IN (SELECT id FROM source WHERE url = :url)")
                    .param("url", url).update();
            jdbc.sql("DELETE FROM source WHERE url = :url").param("url", url).update();
        }
    }

    static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ImportFile sources(String url, String title) {
        urls.add(url);
        return file("sources.csv", "type,outlet,url,language,published_on,title_original\nNEWS_ARTICLE,Commit Daily," + url + ",en,2019-03-05,"
                + title + "\n");
    }

    ImportFile incidents(String title, String url) {
        titles.add(title);
        return file("incidents.csv", "title,category,date_from,supplier,recipient,sources\n" + title + ",DRONES,2019-03-04,IR,SY," + url + "\n");
    }

    @Test
    void imported_items_are_drafts_and_their_history_names_the_import_and_who_ran_it() {
        ImportResult result;
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            ImportReport report = imports.check(List.of(sources("https://commit.example/a", "Commit test source A"),
                    incidents("Commit test incident A", "https://commit.example/a")), ImportTarget.DRAFT, ImportProgress.NONE);
            assertThat(report.problems()).isEmpty();
            result = imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE);
        }
        assertThat(result.committed()).isTrue();
        assertThat(result.written()).containsEntry("incidents", 1).containsEntry("sources", 1);

        long id = jdbc.sql("SELECT id FROM visible_incidents(true) WHERE title = 'Commit test incident A'").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            assertThat(incidents.status(id).orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
            HistoryEntry created = incidents.history(id).getFirst();
            assertThat(created.action()).isEqualTo("Created (Import " + result.importId() + ": sources.csv, incidents.csv)");
            assertThat(created.username()).isEqualTo("editor");
        }
        assertThat(jdbc.sql("SELECT username || ' ' || files || ' ' || (counts->>'incidents') FROM import_run WHERE id = :id")
                .param("id", result.importId()).query(String.class).single()).isEqualTo("editor sources.csv, incidents.csv 1");
    }

    @Test
    void an_admin_may_publish_imported_items_at_once_and_readers_then_see_them() {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            ImportReport report = imports.check(List.of(sources("https://commit.example/b", "Commit test source B"),
                    incidents("Commit test incident B", "https://commit.example/b")), ImportTarget.PUBLISHED, ImportProgress.NONE);
            assertThat(imports.commit(report, Map.of(), ImportTarget.PUBLISHED, ImportProgress.NONE).committed()).isTrue();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM published_incidents() WHERE title = 'Commit test incident B'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_editor_may_not_publish_imported_items() {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.check(List.of(sources("https://commit.example/c", "C")),
                    ImportTarget.PUBLISHED, ImportProgress.NONE)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    @Test
    void a_source_with_a_known_address_is_listed_skipped_by_default_and_merged_as_a_revision_when_chosen() {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            ImportReport first = imports.check(List.of(sources("https://commit.example/d", "Commit test source D")), ImportTarget.PUBLISHED,
                    ImportProgress.NONE);
            assertThat(imports.commit(first, Map.of(), ImportTarget.PUBLISHED, ImportProgress.NONE).committed()).isTrue();
        }
        long id = jdbc.sql("SELECT id FROM visible_sources(true) WHERE url = 'https://commit.example/d'").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            ImportReport again = imports.check(List.of(sources("https://commit.example/d", "Commit test source D corrected")), ImportTarget.DRAFT,
                    ImportProgress.NONE);
            assertThat(again.duplicates()).singleElement().satisfies(duplicate -> {
                assertThat(duplicate.existingId()).isEqualTo(id);
                assertThat(duplicate.reason()).isEqualTo("A source with this web address exists");
                assertThat(duplicate.canImportAsNew()).isFalse();
            });
            assertThat(imports.commit(again, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE).written()).isEmpty();
            assertThat(sources.edit(id).orElseThrow().getTitleOriginal()).isEqualTo("Commit test source D");

            ImportResult merged = imports.commit(again, Map.of(again.duplicates().getFirst().key(), ImportDuplicate.Decision.MERGE),
                    ImportTarget.DRAFT, ImportProgress.NONE);
            assertThat(merged.written()).containsEntry("sources merged", 1);
            // Published, so the change waits for review; readers keep seeing the published title.
            assertThat(sources.status(id).orElseThrow().hasPending()).isTrue();
            assertThat(sources.edit(id).orElseThrow().getTitleOriginal()).isEqualTo("Commit test source D corrected");
        }
        assertThat(jdbc.sql("SELECT title_original FROM published_sources() WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Commit test source D");
    }

    @Test
    void a_refusal_met_while_committing_writes_nothing_at_all() {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            ImportReport report = imports.check(List.of(sources("https://commit.example/e", "Commit test source E"),
                    incidents("Commit test incident E", "https://commit.example/e")), ImportTarget.DRAFT, ImportProgress.NONE);
            assertThat(report.problems()).isEmpty();
            // Between the dry run and the commit, someone retires the category the incident needs.
            jdbc.sql("UPDATE incident_category SET retired = true WHERE code = 'DRONES'").update();
            try {
                ImportResult result = imports.commit(report, Map.of(), ImportTarget.DRAFT, ImportProgress.NONE);

                assertThat(result.committed()).isFalse();
                assertThat(result.problems()).extracting(ImportProblem::text)
                        .containsExactly("incidents.csv, row 2, column category: The category Drones is retired: choose another one.");
            } finally {
                jdbc.sql("UPDATE incident_category SET retired = false WHERE code = 'DRONES'").update();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM visible_sources(true) WHERE url = 'https://commit.example/e'").query(Integer.class).single()).isZero();
    }
}
