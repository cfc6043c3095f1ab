package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data in the data directory across restarts, and a restart loads nothing twice. */
class EmbeddedDatabaseRestartTest {

    @Test
    void data_survives_a_restart_and_the_demo_load_is_not_repeated() {
        Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID());

        String first = startAndRead(dataDir, true);
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
        String second = startAndRead(dataDir, false);

        assertThat(first).isEqualTo("26 incidents, 3 users, marker kept: false");
        assertThat(second).isEqualTo("26 incidents, 3 users, marker kept: true");
    }

    /** Starts the app on the data directory, reads counts, optionally leaves a marker row, and stops it. */
    private static String startAndRead(Path dataDir, boolean leaveMarker) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--sanctions.data-dir=" + dataDir, "--server.port=0")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            boolean markerKept = jdbc.sql("SELECT count(*) FROM actor WHERE name = 'Restart marker'").query(Integer.class).single() == 1;
            if (leaveMarker) {
                jdbc.sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', 'Restart marker')").update();
            }
            return jdbc.sql("SELECT count(*) FROM incident").query(Integer.class).single() + " incidents, "
                    + jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single() + " users, marker kept: " + markerKept;
        }
    }
}
