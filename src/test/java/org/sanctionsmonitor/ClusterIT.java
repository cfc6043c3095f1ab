package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctionsmonitor.base.ClusterEvent;
import org.sanctionsmonitor.base.ClusterEvents;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserRow;
import org.sanctionsmonitor.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer, both in the production profile
 * ({@code SPRING_PROFILES_ACTIVE=production}), each a Spring context of its own on its own ports in this JVM. They
 * share nothing but the database: a publication on one is seen by a reader on the other at once, a user disabled on
 * one is signed out on the other, a scheduled job that both fire runs once. The production settings are checked on
 * them too: health groups, metrics on the management port, cookies and forwarded headers behind a TLS proxy, Vaadin's
 * production mode, no demo data, and a stop that lets the request in flight finish. (One class: the setup is expensive.)
 * <p>
 * An integration test (Failsafe, after {@code package}): Vaadin's production mode needs the production files that the
 * build writes in the {@code package} phase.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path DATA = Path.of("target", "test-data", "cluster-" + UUID.randomUUID());
    private static final int DATABASE_PORT = freePort();
    private static final String APP_PASSWORD = "cluster-test-app-password";
    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "a-long-enough-secret";
    /** The proxy's address, the only one whose forwarded headers the instances believe. */
    private static final InetAddress PROXY = address("127.0.0.5");

    private static EmbeddedPostgres database;
    private static Instance a;
    private static Instance b;
    private static SecurityContextHolderStrategy globalStrategy;
    /** What a readiness probe of the second instance saw while another instance's migration held its start back. */
    private static final List<String> readinessWhileMigrating = new ArrayList<>();
    private static String readinessAfterStart;

    /** One app instance: its context, HTTP port and management port. */
    record Instance(ConfigurableApplicationContext context, int port, int managementPort) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** Runs {@code work} as a user on this instance (its method security reads its own security context holder). */
        <T> T as(String username, Role role, Supplier<T> work) {
            SecurityContextHolder.setContextHolderStrategy(bean(SecurityContextHolderStrategy.class));
            return CurrentUser.runAs(username, role, work);
        }

        HttpResponse<String> management(String path) {
            return plainGet("http://localhost:" + managementPort + path);
        }

        WebClient browser() {
            return WebClient.viaTlsProxy(PROXY, port);
        }
    }

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        globalStrategy = SecurityContextHolder.getContextHolderStrategy();
        database = startDatabase();
        try (Connection connection = database.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE sanctions LOGIN PASSWORD '" + APP_PASSWORD + "'");
            sql.execute("CREATE DATABASE sanctions OWNER sanctions");
        }
        a = start(freePort());

        // The second instance starts while a migration holds Flyway's history (as during an upgrade, when another
        // instance migrates): until it is done, the instance must not be ready.
        int port = freePort();
        int managementPort = freePort();
        try (Connection migration = superuser().getConnection(); Statement sql = migration.createStatement()) {
            migration.setAutoCommit(false);
            sql.execute("LOCK TABLE flyway_schema_history IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Instance> starting = CompletableFuture.supplyAsync(() -> start(port, managementPort));
            await().atMost(Duration.ofMinutes(3)).until(() -> starting.isDone() || waitingForTheLock());
            for (int probe = 0; probe < 3 && !starting.isDone(); probe++) {
                readinessWhileMigrating.add(readiness(port) + " / " + readiness(managementPort));
            }
            assertThat(starting).as("held back by the migration").isNotDone();
            migration.rollback();
            b = starting.get(3, TimeUnit.MINUTES);
        }
        readinessAfterStart = readiness(managementPort);
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null && instance.context().isActive()) {
                instance.context().close();
            }
        }
        SecurityContextHolder.setContextHolderStrategy(globalStrategy);
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void an_instance_is_not_ready_while_migrations_run_and_ready_once_they_are_done() {
        assertThat(readinessWhileMigrating).isNotEmpty()
                .allSatisfy(seen -> assertThat(seen).isEqualTo("no answer / no answer"));
        assertThat(readinessAfterStart).isEqualTo("200");
        assertThat(a.management("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(a.management("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(2)
    void an_incident_published_on_one_instance_is_seen_at_once_by_a_reader_on_the_other() {
        String title = "Cluster test: shells unloaded at Rajin " + UUID.randomUUID();
        long id = a.as(TestData.EDITOR, Role.EDITOR, () -> a.bean(TestData.class).draftIncident(title));
        createUser(a, "cluster-reader", Role.VIEWER);
        WebClient reader = b.browser().logIn("cluster-reader", ADMIN_PASSWORD);
        assertThat(page(reader, "incidents/" + id)).as("a draft, not for readers").doesNotContain(title);
        AtomicLong notifiedAt = new AtomicLong();
        String senderA = a.bean(ClusterEvents.class).instanceId();
        b.context().addApplicationListener(ApplicationListener.<ClusterEvent>forPayload(event -> {
            if (event.is("published") && event.sender().equals(senderA)) {
                notifiedAt.compareAndSet(0, System.nanoTime());
            }
        }));
        long version = a.as(TestData.EDITOR, Role.EDITOR, () -> {
            a.bean(ReviewService.class).submit(Incident.TYPE, id, a.bean(IncidentService.class).edit(id).orElseThrow().getVersion());
            return a.bean(IncidentService.class).edit(id).orElseThrow().getVersion();
        });

        a.as(ADMIN, Role.ADMIN, () -> {
            a.bean(ReviewService.class).approve(Incident.TYPE, id, version);
            return null;
        });
        long published = System.nanoTime();
        var details = b.as("cluster-reader", Role.VIEWER, () -> b.bean(IncidentService.class).details(id));
        long read = System.nanoTime();
        String page = page(reader, "incidents/" + id);
        long shown = System.nanoTime();

        assertThat(details).as("the first read after the publication, on the other instance").isPresent();
        assertThat(page).as("the reader's page opened right after").contains(title);
        List<IncidentRow> list = b.as("cluster-reader", Role.VIEWER,
                () -> b.bean(IncidentService.class).list(IncidentFilter.NONE, PageRequest.of(0, 50)));
        assertThat(list).extracting(IncidentRow::title).contains(title);
        await().atMost(Duration.ofSeconds(10)).until(() -> notifiedAt.get() != 0);
        System.out.printf("CLUSTER publish committed on instance A -> first read on instance B has it after %.1f ms; "
                + "the reader's page on B shows it after %.1f ms; B notified after %.1f ms%n",
                (read - published) / 1e6, (shown - published) / 1e6, (notifiedAt.get() - published) / 1e6);

        // A few more, for the numbers: every time, the first read on B after the commit on A has the item.
        for (int i = 1; i <= 5; i++) {
            notifiedAt.set(0);
            String nextTitle = title + " " + i;
            long next = a.as(TestData.EDITOR, Role.EDITOR, () -> a.bean(TestData.class).draftIncident(nextTitle));
            a.as(ADMIN, Role.ADMIN, () -> {
                a.bean(ReviewService.class).publishWithoutReview(Incident.TYPE, next);
                return null;
            });
            long committed = System.nanoTime();
            assertThat(b.as("cluster-reader", Role.VIEWER, () -> b.bean(IncidentService.class).details(next))).isPresent();
            long readAgain = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).until(() -> notifiedAt.get() != 0);
            System.out.printf("CLUSTER publish %d: first read on B has it after %.1f ms; B notified after %.1f ms%n",
                    i, (readAgain - committed) / 1e6, (notifiedAt.get() - committed) / 1e6);
        }
    }

    @Test
    @Order(3)
    void the_sign_in_audit_cleanup_fired_on_both_instances_at_once_runs_on_one() throws Exception {
        JdbcClient jdbc = JdbcClient.create(superuser());
        jdbc.sql("INSERT INTO sign_in_event (occurred_at, username, outcome, client_address) VALUES "
                + "('2000-01-01T00:00:00Z', 'cluster-old', 'FAILED', '192.0.2.1')").update();
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable onA = () -> fireCleanup(a, together);
        Runnable onB = () -> fireCleanup(b, together);

        try (ExecutorService schedulers = Executors.newFixedThreadPool(2)) {
            CompletableFuture.allOf(CompletableFuture.runAsync(onA, schedulers), CompletableFuture.runAsync(onB, schedulers))
                    .get(1, TimeUnit.MINUTES);
        }

        assertThat(jobRuns(a, "ran") + jobRuns(b, "ran")).as("runs on both instances").isEqualTo(1);
        assertThat(jobRuns(a, "skipped") + jobRuns(b, "skipped")).as("skipped by the other").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_event WHERE username = 'cluster-old'").query(Integer.class).single()).isZero();

        // The next ticks of both schedulers within the hour are skipped too: once per hour across the instances.
        fireCleanup(a, null);
        fireCleanup(b, null);
        assertThat(jobRuns(a, "ran") + jobRuns(b, "ran")).isEqualTo(1);
        assertThat(jobRuns(a, "skipped") + jobRuns(b, "skipped")).isEqualTo(3);
    }

    @Test
    @Order(4)
    void a_user_disabled_on_one_instance_is_signed_out_on_the_other() {
        UserRow user = createUser(a, "cluster-leaver", Role.VIEWER);
        WebClient leaver = b.browser().logIn("cluster-leaver", ADMIN_PASSWORD);
        WebClient.Ui page = leaver.openUi("incidents");
        assertThat(page.navigate("resolutions").body()).doesNotContain("\"sessionExpired\":true");

        a.as(ADMIN, Role.ADMIN, () -> a.bean(UserService.class).setEnabled(user.id(), user.version(), false));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page.navigate("incidents").body()).contains("\"sessionExpired\":true"));
        assertThat(leaver.get("/incidents").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    @Order(5)
    void the_production_profile_has_no_demo_data_and_runs_vaadin_in_production_mode() {
        JdbcClient jdbc = JdbcClient.create(superuser());
        assertThat(jdbc.sql("SELECT count(*) FROM resolution").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username IN ('viewer', 'editor', 'admin')")
                .query(Integer.class).single()).isZero();
        for (Instance instance : new Instance[] {a, b}) {
            assertThat(instance.bean(DemoMode.class).enabled()).isFalse();
            ApplicationConfiguration vaadin = ApplicationConfiguration.get(new VaadinServletContext(instance.bean(ServletContext.class)));
            assertThat(vaadin.isProductionMode()).as("Vaadin production mode").isTrue();
        }
    }

    @Test
    @Order(6)
    void behind_the_proxy_the_session_cookie_is_secure_and_forwarded_addresses_count_only_from_the_proxy() {
        String cookie = a.browser().get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly");

        WebClient viaProxy = a.browser().withHeader("X-Forwarded-For", "203.0.113.7");
        viaProxy.postLogin("cluster-nobody", "wrong password", viaProxy.csrfToken());
        WebClient direct = WebClient.viaTlsProxy(address("127.0.0.6"), a.port()).withHeader("X-Forwarded-For", "203.0.113.8");
        direct.postLogin("cluster-nobody", "wrong password", direct.csrfToken());

        assertThat(JdbcClient.create(superuser())
                .sql("SELECT client_address FROM sign_in_event WHERE username = 'cluster-nobody' ORDER BY id").query(String.class).list())
                .containsExactly("203.0.113.7", "127.0.0.6");
    }

    @Test
    @Order(7)
    void prometheus_reads_the_metrics_on_the_management_port_and_nobody_reads_them_on_the_app_port() {
        HttpResponse<String> scrapeA = a.management("/actuator/prometheus");
        HttpResponse<String> scrapeB = b.management("/actuator/prometheus");

        assertThat(scrapeA.statusCode()).isEqualTo(200);
        assertThat(scrapeA.body()).contains(
                "sanctions_editorial_saves_total{type=\"INCIDENT\"}",
                "sanctions_editorial_publishes_total{type=\"INCIDENT\"}",
                "hikaricp_connections_active{pool=",
                "sanctions_jobs_total{job=\"sign-in-audit-cleanup\"",
                "sanctions_cluster_events_listening 1.0");
        assertThat(scrapeB.body()).contains("sanctions_view_navigation_seconds_bucket{route=\"incidents/:id\"")
                .doesNotContainPattern("route=\"incidents/\\d")
                .containsPattern("http_server_requests_seconds_bucket\\{.*le=\"0\\.25\"");
        HttpResponse<String> onTheAppPort = a.browser().get("/actuator/prometheus");
        assertThat(onTheAppPort.body()).doesNotContain("# HELP");
    }

    @Test
    @Order(8)
    void while_the_database_is_unreachable_instances_are_live_but_not_ready_and_ready_again_when_it_is_back() throws IOException {
        database.close();
        database = null;
        try {
            for (Instance instance : new Instance[] {a, b}) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(instance.management("/actuator/health/readiness").statusCode()).isEqualTo(503));
                assertThat(instance.management("/actuator/health/liveness").statusCode()).isEqualTo(200);
            }
        } finally {
            database = startDatabase();
        }
        for (Instance instance : new Instance[] {a, b}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(instance.management("/actuator/health/readiness").statusCode()).isEqualTo(200));
            await().atMost(Duration.ofSeconds(30)).until(() -> instance.bean(ClusterEvents.class).listening());
        }
    }

    /**
     * A stop (as on SIGTERM) while a request that writes is in flight: the instance refuses new requests, lets that one
     * finish and commit, and only then closes its database pool. The request is a sign-in, which writes (the attempt
     * count and the audit) as a save does; it is held in flight by a row lock the test takes on the user.
     */
    @Test
    @Order(9)
    void a_stop_lets_the_request_in_flight_finish_and_keeps_its_write() throws Exception {
        createUser(a, "cluster-late", Role.VIEWER);
        WebClient late = b.browser();
        String token = late.csrfToken();
        CountDownLatch stopping = new CountDownLatch(1);
        b.context().addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> stopping.countDown());
        CompletableFuture<HttpResponse<String>> signIn;
        CompletableFuture<Void> stopped;
        try (Connection lock = superuser().getConnection(); Statement sql = lock.createStatement()) {
            lock.setAutoCommit(false);
            sql.execute("SELECT 1 FROM app_user WHERE username = 'cluster-late' FOR UPDATE");
            signIn = CompletableFuture.supplyAsync(() -> late.postLogin("cluster-late", ADMIN_PASSWORD, token));
            await().atMost(Duration.ofSeconds(30)).until(ClusterIT::waitingForTheLock);

            stopped = CompletableFuture.runAsync(() -> b.context().close());
            assertThat(stopping.await(30, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(readiness(b.port())).as("a new request during the stop").isNotEqualTo("200"));
            assertThat(signIn).as("still in flight").isNotDone();
            assertThat(stopped).as("the stop waits for it").isNotDone();
            lock.rollback();
        }

        HttpResponse<String> answer = signIn.get(1, TimeUnit.MINUTES);
        stopped.get(1, TimeUnit.MINUTES);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/");
        assertThat(JdbcClient.create(superuser())
                .sql("SELECT outcome FROM sign_in_event WHERE username = 'cluster-late'").query(String.class).list())
                .containsExactly("SIGNED_IN");
    }

    private static Instance start(int port) {
        return start(port, 0);
    }

    private static Instance start(int port, int managementPort) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=production",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + DATABASE_PORT + "/sanctions",
                "--spring.datasource.username=sanctions",
                "--spring.datasource.password=" + APP_PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--SANCTIONS_TRUSTED_PROXIES=" + PROXY.getHostAddress() + "/32",
                "--sanctions.admin-username=" + ADMIN,
                "--sanctions.admin-password=" + ADMIN_PASSWORD);
        return new Instance(context, port, context.getEnvironment().getRequiredProperty("local.management.port", Integer.class));
    }

    /** What a browser tab opening the page gets from the server: Vaadin's bootstrap, then the page with its texts. */
    private static String page(WebClient browser, String location) {
        return browser.openUi(location).navigate(location).body();
    }

    private static UserRow createUser(Instance instance, String username, Role role) {
        return instance.as(ADMIN, Role.ADMIN, () -> instance.bean(UserService.class).create(username, username, role, ADMIN_PASSWORD));
    }

    /** Fires the scheduled cleanup as the instance's scheduler does, together with the other instance when given a barrier. */
    private static void fireCleanup(Instance instance, CyclicBarrier together) {
        Object audit = AopTestUtils.getTargetObject(instance.context().getBean("signInAudit"));
        try {
            if (together != null) {
                together.await(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ReflectionTestUtils.invokeMethod(audit, "deleteOldEntries");
    }

    private static double jobRuns(Instance instance, String outcome) {
        var counter = instance.bean(io.micrometer.core.instrument.MeterRegistry.class).find("sanctions.jobs")
                .tag("job", "sign-in-audit-cleanup").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Whether a session of the app's role waits for a lock, as Flyway's or a sign-in's does behind the test's. */
    private static boolean waitingForTheLock() {
        return JdbcClient.create(superuser()).sql("""
                SELECT count(*) FROM pg_stat_activity WHERE usename = 'sanctions' AND wait_event_type = 'Lock'""")
                .query(Integer.class).single() > 0;
    }

    /** The readiness probe's status code, or "no answer" when nothing accepts the connection. */
    private static String readiness(int port) {
        try {
            return String.valueOf(plainGet("http://localhost:" + port + "/actuator/health/readiness").statusCode());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ConnectException) {
                return "no answer";
            }
            throw e;
        }
    }

    private static HttpResponse<String> plainGet(String url) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DataSource superuser() {
        return database.getDatabase("postgres", "sanctions");
    }

    /** The same server on the same port and folder each time, so that it can be stopped and started again. */
    private static EmbeddedPostgres startDatabase() {
        try {
            return EmbeddedPostgres.builder().setPort(DATABASE_PORT).setDataDirectory(DATA).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
