package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The jar's --backup and --restore commands: a backup taken while the app writes restores the data as it was. */
class EmbeddedDatabaseBackupTest {

    /** Kept when a test fails, for a look at the data directories and backups. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    private Path dataDir;
    private Path backupDir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void folders() {
        dataDir = temp.resolve("data");
        backupDir = temp.resolve("backups");
    }

    @Test
    void a_backup_restores_the_data_as_it_was_and_a_restore_is_refused_while_the_app_runs() throws Exception {
        Path online = backupDir.resolve("online.zip");
        Path offline = backupDir.resolve("offline.zip");
        try (ConfigurableApplicationContext app = startApp()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', 'In the backup')").update();

            // One writer saves without pause during the backup, each save committed on its own.
            AtomicInteger saved = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 1; writing.get() && i <= 100_000; i++) {
                    jdbc.sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', :name)").param("name", "During the backup " + i).update();
                    saved.set(i);
                }
            });
            while (saved.get() < 10) {
                Thread.onSpinWait();
            }
            int savedBefore = saved.get();
            assertThat(command("--backup=" + online)).as(output.toString()).isZero();
            int savedAfter = saved.get();
            writing.set(false);
            writer.join();
            assertThat(savedAfter).as("saves committed while the backup ran").isGreaterThan(savedBefore);
            assertThat(output.toString()).contains("Backed up the embedded database");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(online))).isEqualTo("rw-------");

            // Changes after the backup, which the restore must undo.
            jdbc.sql("DELETE FROM actor WHERE name = 'In the backup'").update();
            jdbc.sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', 'After the backup')").update();

            assertThat(command("--restore=" + online)).isOne();
            assertThat(output.toString()).contains("is running on", "Stop it before a restore");
            assertThat(jdbc.sql("SELECT count(*) FROM actor WHERE name = 'After the backup'").query(Integer.class).single()).isOne();
        }

        // With the app stopped, --backup starts the database itself.
        assertThat(command("--backup=" + offline)).as(output.toString()).isZero();

        assertThat(command("--restore=" + online)).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Restored the backup", "before-restore-");
        try (ConfigurableApplicationContext app = startApp()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(names(jdbc)).contains("In the backup").doesNotContain("After the backup");
            // Consistent: the saves made during the backup are there as an unbroken run 1..k, each one whole.
            List<Integer> during = jdbc.sql("SELECT substring(name FROM 19)::int FROM actor WHERE name LIKE 'During the backup %' ORDER BY 1")
                    .query(Integer.class).list();
            assertThat(during).hasSizeGreaterThanOrEqualTo(10)
                    .isEqualTo(IntStream.rangeClosed(1, during.size()).boxed().toList());
            assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single()).isEqualTo(26);
        }

        assertThat(command("--restore=" + offline)).as(output.toString()).isZero();
        try (ConfigurableApplicationContext app = startApp()) {
            assertThat(names(app.getBean(JdbcClient.class))).contains("After the backup").doesNotContain("In the backup");
        }
        try (var kept = Files.list(dataDir)) {
            assertThat(kept.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("postgres.before-restore-")))
                    .as("the replaced data directories are kept").hasSize(2);
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_changes_nothing() throws Exception {
        Path notABackup = Files.createDirectories(backupDir).resolve("not-a-backup.zip");
        Files.writeString(notABackup, "hello");
        assertThat(command("--restore=" + notABackup)).isOne();
        assertThat(output.toString()).startsWith("Failed: ");
        assertThat(dataDir).doesNotExist();
    }

    private ConfigurableApplicationContext startApp() {
        return new SpringApplicationBuilder(Application.class).run("--sanctions.data-dir=" + dataDir, "--server.port=0");
    }

    private int command(String argument) {
        output.reset();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        return DatabaseCommand.run(new String[] {argument, "--sanctions.data-dir=" + dataDir}, print, print);
    }

    private static List<String> names(JdbcClient jdbc) {
        return jdbc.sql("SELECT name FROM actor").query(String.class).list();
    }
}
