package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.Application;
import org.sanctionsmonitor.DemoMode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With SPRING_DATASOURCE_URL the app uses that PostgreSQL: no embedded server, no demo data, no default accounts. */
class ExternalDatabaseTest {

    @Test
    void an_external_database_is_migrated_and_no_embedded_server_starts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                     .web(WebApplicationType.SERVLET)
                     .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres",
                             "--server.port=0")) {

            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(context.getBean(DemoMode.class).enabled()).isFalse();
            JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
            assertThat(jdbc.sql("SELECT count(*) FROM country").query(Integer.class).single()).isEqualTo(249);
            assertThat(jdbc.sql("SELECT count(*) FROM resolution").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void outside_demo_mode_the_first_admin_comes_from_the_environment() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                     .web(WebApplicationType.SERVLET)
                     .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres",
                             "--server.port=0",
                             "--sanctions.admin-username=chief",
                             "--sanctions.admin-password=a-long-enough-secret")) {

            JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
            assertThat(jdbc.sql("SELECT username || ':' || role FROM app_user").query(String.class).list())
                    .containsExactly("chief:ADMIN");
            assertThat(jdbc.sql("SELECT password_hash FROM app_user").query(String.class).single())
                    .startsWith("{bcrypt}").doesNotContain("a-long-enough-secret");
        }
    }
}
