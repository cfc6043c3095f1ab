package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default embedded database is durable, reachable only with its generated passwords, and the app is no superuser. */
@AppTest
class EmbeddedDatabaseSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void the_default_embedded_database_syncs_every_commit_to_disk() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void the_app_connects_as_its_own_role_which_is_no_superuser_and_owns_the_schema() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("sanctions");
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("sanctions");
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'sanctions'")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").query(Integer.class).single()).isGreaterThan(10);
    }

    @Test
    void the_app_cannot_run_programs_or_read_server_files() {
        assertThatThrownBy(() -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'id'").update())
                .rootCause().hasMessageContaining("permission denied to COPY to or from an external program");
        assertThatThrownBy(() -> jdbc.sql("SELECT pg_read_file('/etc/passwd')").query(String.class).single())
                .rootCause().hasMessageContaining("permission denied for function pg_read_file");
    }

    @Test
    void a_login_without_the_password_is_refused_for_every_role() {
        for (String role : List.of("sanctions", "postgres", "nobody")) {
            assertThat(loginFails(role, null)).as(role + " without a password").contains("password");
            assertThat(loginFails(role, "wrong")).as(role + " with a wrong password").contains("password authentication failed");
        }
        // The superuser's real password is only in the secrets file, and the app's password is not the superuser's.
        assertThat(loginFails("postgres", database.appPassword())).contains("password authentication failed");
    }

    @Test
    void the_access_rules_have_no_trust_line_and_ask_everyone_for_a_scram_password() throws Exception {
        List<String> rules = Files.readAllLines(database.directory().resolve("pg_hba.conf")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256").doesNotContain("trust"));
    }

    @Test
    void the_passwords_are_in_an_owner_only_file_in_an_owner_only_folder() throws Exception {
        Path secrets = database.directory().resolve("sanctions-monitor.pgpass");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.directory()))).isEqualTo("rwx------");
        assertThat(Files.readString(secrets)).contains("*:*:*:sanctions:" + database.appPassword());
    }

    private String show(String setting) {
        return jdbc.sql("SHOW " + setting).query(String.class).single();
    }

    /** Tries to log in over TCP and returns the server's refusal; fails the test if the login succeeds. */
    private String loginFails(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties)) {
            throw new AssertionError("Logged in as " + user + " with " + (password == null ? "no password" : "password '" + password + "'"));
        } catch (SQLException refused) {
            return refused.getMessage();
        }
    }
}
