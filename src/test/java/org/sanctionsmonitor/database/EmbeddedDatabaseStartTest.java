package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** What can be left in a data directory by an app that did not stop cleanly never blocks the next start. */
class EmbeddedDatabaseStartTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path temp;

    private static Path dir;
    private static List<String> postmasterPid;

    @BeforeAll
    static void create_a_database_and_remember_its_postmaster_pid() throws Exception {
        dir = temp.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
            postmasterPid = Files.readAllLines(dir.resolve("postmaster.pid"));
        }
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
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
            PostmasterPid.clearLeftoverServer(dir);
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
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
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("is in use by another running Sanctions Monitor");
            assertThat(PostmasterPid.liveServer(dir)).map(PostmasterPid::port).contains(running.port());
        }
    }

    private static void writePostmasterPid(long pid) throws Exception {
        List<String> lines = new ArrayList<>(postmasterPid);
        lines.set(0, String.valueOf(pid));
        Files.write(dir.resolve("postmaster.pid"), lines);
    }

    private static void startAndQuery() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir);
             var connection = EmbeddedDatabase.dataSource(database.port(), DatabaseSecrets.APP_ROLE, database.appPassword()).getConnection();
             var result = connection.createStatement().executeQuery("SELECT current_user")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("sanctions");
        }
    }
}
