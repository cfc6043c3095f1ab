package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.Application;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault tests with real kills: the app runs in a JVM of its own and is killed with SIGKILL, as an out-of-memory
 * killer or {@code kill -9} would, first during the demo load and then in the middle of saves. The embedded
 * PostgreSQL outlives each kill; the next start must stop it and work on the first try, keep every save that was
 * acknowledged, and finish the demo load, which is all or nothing.
 */
class EmbeddedDatabaseCrashTest {

    private static final Duration START = Duration.ofMinutes(3);

    /** Kept when the test fails: the three runs' logs (run-N.log) are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    private Path postgresDir;

    @BeforeEach
    void folders() {
        postgresDir = dataDir.resolve("postgres");
    }

    @AfterEach
    void never_leave_a_server_running() throws IOException {
        if (Files.exists(postgresDir)) {
            PostmasterPid.clearLeftoverServer(postgresDir);
        }
    }

    @Test
    void after_a_kill_during_the_demo_load_and_during_saves_the_app_starts_first_time_with_every_acknowledged_save()
            throws Exception {
        // 1. Killed while the demo dataset is being loaded.
        try (AppProcess first = AppProcess.start(Application.class, dataDir, dataDir.resolve("run-1.log"))) {
            first.awaitLine(line -> line.contains("Loading the demo dataset"), START);
            first.kill();
        }
        // PostgreSQL outlived the app, and none of the half-done load is in it.
        assertThat(PostmasterPid.liveServer(postgresDir)).as("the server left running by the killed app").isPresent();
        assertThat(count(connect(), "SELECT count(*) FROM resolution")).as("resolutions after a kill during the demo load "
                + "(if this fails, the kill came too late to test an interrupted load)").isZero();

        // 2. The next start stops that server, completes the demo load, then saves until it is killed in the middle.
        int acknowledged;
        try (AppProcess second = AppProcess.start(SavingApp.class, dataDir, dataDir.resolve("run-2.log"))) {
            second.awaitLine(line -> line.contains("left by an earlier run of the app"), START);
            second.awaitLine(line -> line.contains("Loaded the demo dataset"), START);
            second.awaitLine(line -> line.equals(SavingApp.SAVED + 50), START);
            second.kill();
            second.awaitEnd(Duration.ofSeconds(30));
            acknowledged = second.lines(line -> line.startsWith(SavingApp.SAVED)).stream()
                    .mapToInt(line -> Integer.parseInt(line.substring(SavingApp.SAVED.length()))).max().orElseThrow();
        }

        // 3. And again: the first start after the kill works, and nothing acknowledged is lost.
        try (AppProcess third = AppProcess.start(Application.class, dataDir, dataDir.resolve("run-3.log"))) {
            third.awaitLine(line -> line.contains("Stopped the leftover PostgreSQL server"), START);
            third.awaitLine(line -> line.contains("Demo dataset already present"), START);
            Duration restart = third.sinceStart();
            assertThat(ready(third.port())).isEqualTo(200);
            assertThat(third.lines(line -> line.contains("lock file") || line.contains("another postmaster"))).isEmpty();

            JdbcClient database = connect();
            List<Integer> saved = database.sql("SELECT substring(name FROM 17)::int FROM actor WHERE name LIKE 'Crash test save %'")
                    .query(Integer.class).list();
            assertThat(saved).as("every acknowledged save").containsAll(IntStream.rangeClosed(1, acknowledged).boxed().toList());
            assertThat(saved).as("at most the save in flight at the kill beyond them").hasSizeBetween(acknowledged, acknowledged + 1);
            assertThat(count(database, "SELECT count(*) FROM resolution")).isEqualTo(15);
            assertThat(count(database, "SELECT count(*) FROM incident")).isEqualTo(26);
            System.out.printf("Restart after kill -9: ready in %.1f s (%d saves acknowledged before the kill, %d found)%n",
                    restart.toMillis() / 1000.0, acknowledged, saved.size());

            third.stop();
        }
        assertThat(PostmasterPid.liveServer(postgresDir)).as("a normal stop stops the database too").isEmpty();
    }

    /** The app's database as the running server (found through postmaster.pid) and the generated password. */
    private JdbcClient connect() throws IOException {
        PostmasterPid server = PostmasterPid.liveServer(postgresDir).orElseThrow(() -> new AssertionError("No server running"));
        DatabaseSecrets secrets = DatabaseSecrets.read(postgresDir.resolve(DatabaseSecrets.FILE_NAME));
        return JdbcClient.create(EmbeddedDatabase.dataSource(server.port(), DatabaseSecrets.APP_ROLE, secrets.appPassword()));
    }

    private static int count(JdbcClient database, String sql) {
        return database.sql(sql).query(Integer.class).single();
    }

    private static int ready(int port) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
