package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctionsmonitor.Application;
import org.sanctionsmonitor.dashboard.DashboardService;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app on a PostgreSQL primary and a real streaming replica of it ({@link StreamingReplica}), with
 * {@code SANCTIONS_REPLICA_URL} set: readers' reads are served by the replica, writes and editors' reads by the
 * primary, Flyway migrates the primary only, and reads fall back to the primary while the replica is down. The proof
 * that a read went to the replica: with the replica's replay paused, a reader does not see what was just published,
 * while the editor who saved it does. (A context of its own, on two servers of its own.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTest {

    private static final Path DATA = Path.of("target", "test-data", "replica-" + UUID.randomUUID());

    private static StreamingReplica servers;
    private static ConfigurableApplicationContext app;
    private static SecurityContextHolderStrategy globalStrategy;

    @BeforeAll
    static void primaryAndReplica() throws Exception {
        globalStrategy = SecurityContextHolder.getContextHolderStrategy();
        servers = StreamingReplica.start(DATA);
        app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + servers.primaryUrl(),
                "--spring.datasource.username=sanctions",
                "--spring.datasource.password=" + StreamingReplica.APP_PASSWORD,
                "--sanctions.replica.url=" + servers.replicaUrl(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--sanctions.demo=true",
                "--server.port=0");
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        servers.awaitCaughtUp();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        SecurityContextHolder.setContextHolderStrategy(globalStrategy);
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void the_replica_streams_from_the_primary_and_flyway_migrated_the_primary_only() throws Exception {
        assertThat(servers.streaming()).isTrue();
        DataSource flyway = app.getBean(Flyway.class).getConfiguration().getDataSource();
        assertThat(JdbcClient.create(flyway).sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isFalse();
        // The replica holds the schema because it replays the primary's WAL; a migration on it would have failed.
        assertThat(servers.onReplica().sql("SELECT count(*) FROM flyway_schema_history").query(Integer.class).single())
                .isEqualTo(servers.onPrimary().sql("SELECT count(*) FROM flyway_schema_history").query(Integer.class).single());
    }

    @Test
    @Order(2)
    void a_readers_read_only_transaction_runs_on_the_replica_and_everything_else_on_the_primary() {
        assertThat(as("reader", Role.VIEWER, () -> inRecovery(true))).as("reader, read-only").isTrue();
        assertThat(as("reader", Role.VIEWER, () -> inRecovery(false))).as("reader, read-write").isFalse();
        assertThat(as("editor", Role.EDITOR, () -> inRecovery(true))).as("editor, read-only").isFalse();
        assertThat(inRecovery(true)).as("nobody signed in (start-up, scheduled work), read-only").isTrue();
    }

    @Test
    @Order(3)
    void while_the_replica_lags_a_reader_sees_the_replicated_state_and_the_editor_sees_their_own_save_at_once() {
        IncidentService incidents = app.getBean(IncidentService.class);
        DashboardService dashboard = app.getBean(DashboardService.class);
        int violationsBefore = as("reader", Role.VIEWER, () -> dashboard.keyFigures().violations());
        servers.onReplica().sql("SELECT pg_wal_replay_pause()").query().singleRow();
        try {
            IncidentData data = IncidentTestData.valid();
            data.setTitle("Replica test: a shipment seen only by the primary for now");
            long id = as("editor", Role.EDITOR, () -> incidents.save(data));

            assertThat(as("editor", Role.EDITOR, () -> incidents.details(id))).as("the editor's own save, read back at once").isPresent();
            assertThat(as("editor", Role.EDITOR, () -> incidents.list(IncidentFilter.NONE, PageRequest.of(0, 100))))
                    .extracting(IncidentRow::id).contains(id);

            as("admin", Role.ADMIN, () -> {
                app.getBean(ReviewService.class).publishWithoutReview(Incident.TYPE, id);
                return null;
            });
            assertThat(as("reader", Role.VIEWER, () -> incidents.details(id))).as("the reader reads the paused replica").isEmpty();
            assertThat(as("reader", Role.VIEWER, () -> dashboard.keyFigures().violations())).isEqualTo(violationsBefore);

            servers.onReplica().sql("SELECT pg_wal_replay_resume()").query().singleRow();
            await().atMost(Duration.ofSeconds(30)).until(() -> as("reader", Role.VIEWER, () -> incidents.details(id)).isPresent());
            assertThat(as("reader", Role.VIEWER, () -> dashboard.keyFigures().violations())).isEqualTo(violationsBefore + 1);
        } finally {
            servers.onReplica().sql("SELECT pg_wal_replay_resume()").query().singleRow();
        }
    }

    @Test
    @Order(4)
    void while_the_replica_is_down_readers_read_from_the_primary() throws Exception {
        servers.replica().close();

        // A connection the pool held to the replica fails once (as with any database outage, the page says so and
        // recovers by itself); from then on, readers' reads go to the primary.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !as("reader", Role.VIEWER, () -> inRecovery(true)));
        var list = as("reader", Role.VIEWER, () -> app.getBean(IncidentService.class).list(IncidentFilter.NONE, PageRequest.of(0, 10)));

        assertThat(list).isNotEmpty();
    }

    /** {@code pg_is_in_recovery()} on the connection a transaction of the current user gets: true on the replica. */
    private static boolean inRecovery(boolean readOnly) {
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        transaction.setReadOnly(readOnly);
        return transaction.execute(status -> app.getBean(JdbcClient.class).sql("SELECT pg_is_in_recovery()").query(Boolean.class).single());
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        return CurrentUser.runAs(username, role, work);
    }
}
