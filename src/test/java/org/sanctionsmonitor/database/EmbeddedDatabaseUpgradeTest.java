package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A data directory made by an earlier version (trust logins, everything owned by the superuser) is secured in place. */
class EmbeddedDatabaseUpgradeTest {

    @Test
    void an_old_style_data_directory_is_upgraded_in_place_and_keeps_its_data(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dataDir) throws Exception {
        Path postgresDir = dataDir.resolve("postgres");
        // What earlier versions left behind: zonky's defaults, the schema and data in the database "postgres".
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(postgresDir).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', 'Kept through the upgrade')").update();
        }
        assertThat(Files.readString(postgresDir.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");
        assertThat(postgresDir.resolve("sanctions-monitor.pgpass")).doesNotExist();

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--sanctions.data-dir=" + dataDir, "--server.port=0", "--sanctions.demo=false")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);

            assertThat(jdbc.sql("SELECT count(*) FROM actor WHERE name = 'Kept through the upgrade'").query(Integer.class).single()).isOne();
            assertThat(jdbc.sql("SELECT current_user || '@' || current_database()").query(String.class).single())
                    .isEqualTo("sanctions@sanctions");
            assertThat(jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'sanctions'")
                    .query(String.class).list()).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> 'sanctions'")
                    .query(Integer.class).single()).isZero();
            // The upgraded schema still works for the app: writes to tables it now owns, including their sequences.
            jdbc.sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', 'Written after the upgrade')").update();

            assertThat(Files.readString(postgresDir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
            assertThat(postgresDir.resolve("sanctions-monitor.pgpass")).exists();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + database.port() + "/postgres?user=postgres").close())
                    .hasMessageContaining("password");
        }
    }
}
