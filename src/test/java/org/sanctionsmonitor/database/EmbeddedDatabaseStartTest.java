package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What can be left in a data directory by an app that did not stop cleanly never blocks the next start. */
class EmbeddedDatabaseStartTest {

    private static final Path DIR = Path.of("target", "test-data", "start-" + UUID.randomUUID(), "postgres").toAbsolutePath();
    private static List<String> postmasterPid;

    @BeforeAll
    static void create_a_database_and_remember_its_postmaster_pid() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(DIR)) {
            postmasterPid = Files.readAllLines(DIR.resolve("postmaster.pid"));
        }
        assertThat(DIR.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void a_postmaster_pid_whose_process_is_gone_does_not_block_the_start() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePostmasterPid(gone.pid());

        startAndQuery();
    }

    @Test
    void a_postmaster_pid_whose_process_id_now_belongs_to_another_program_is_removed_and_that_program_left_alone() throws Exception {
        // PostgreSQL alone would refuse to start while that process lives ("lock file already exists"), except where
        // it cannot see the process (as here when run as root, in a user namespace): so the removal is checked itself.
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            writePostmasterPid(other.pid());
            PostmasterPid.clearLeftoverServer(DIR);
            assertThat(DIR.resolve("postmaster.pid")).doesNotExist();
            assertThat(other.isAlive()).isTrue();

            writePostmasterPid(other.pid());
            startAndQuery();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
        }
    }

    @Test
    void a_second_start_on_a_data_directory_in_use_is_refused_with_a_clear_message() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(DIR)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(DIR))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("is in use by another running Sanctions Monitor");
            assertThat(PostmasterPid.liveServer(DIR)).map(PostmasterPid::port).contains(running.port());
        }
    }

    private static void writePostmasterPid(long pid) throws Exception {
        List<String> lines = new ArrayList<>(postmasterPid);
        lines.set(0, String.valueOf(pid));
        Files.write(DIR.resolve("postmaster.pid"), lines);
    }

    private static void startAndQuery() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(DIR);
             var connection = EmbeddedDatabase.dataSource(database.port(), DatabaseSecrets.APP_ROLE, database.appPassword()).getConnection();
             var result = connection.createStatement().executeQuery("SELECT current_user")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("sanctions");
        }
    }
}
