package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot be started on the build machines, so this checks what can be checked without Docker. */
class ComposeFileTest {

    /** Spring Boot's own settings the compose file may use (relaxed binding of spring.datasource.*). */
    private static final Set<String> SPRING_SETTINGS = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");

    private final Map<String, Object> compose = load();

    @Test
    void every_app_environment_variable_is_a_setting_the_app_reads() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));

        Map<String, Object> environment = map(map(services().get("app")).get("environment"));

        assertThat(environment).isNotEmpty();
        for (String variable : environment.keySet()) {
            boolean read = SPRING_SETTINGS.contains(variable) || properties.contains("${" + variable + ":");
            assertThat(read).as("app reads %s", variable).isTrue();
        }
        assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "SANCTIONS_ADMIN_USERNAME", "SANCTIONS_ADMIN_PASSWORD");
        assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
    }

    @Test
    void the_app_starts_after_a_healthy_official_postgresql_17() {
        Map<String, Object> db = map(services().get("db"));
        Map<String, Object> app = map(services().get("app"));

        assertThat(db.get("image")).isEqualTo("postgres:17");
        assertThat(map(db.get("healthcheck")).get("test").toString()).contains("pg_isready");
        assertThat(map(map(app.get("depends_on")).get("db")).get("condition")).isEqualTo("service_healthy");
        assertThat((String) app.get("image")).startsWith("eclipse-temurin:21");
        assertThat(map(compose.get("volumes"))).containsKey("db-data");
    }

    @Test
    void the_app_runs_the_jar_that_the_build_produces() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<finalName>sanctions-monitor</finalName>");
        assertThat(map(services().get("app")).get("volumes").toString()).contains("./target/sanctions-monitor.jar:");
    }

    @Test
    void no_password_is_written_into_the_compose_file() {
        Map<String, Object> environment = map(map(services().get("app")).get("environment"));

        assertThat((String) environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${");
        assertThat((String) environment.get("SANCTIONS_ADMIN_PASSWORD")).startsWith("${");
        assertThat((String) map(map(services().get("db")).get("environment")).get("POSTGRES_PASSWORD")).startsWith("${");
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
