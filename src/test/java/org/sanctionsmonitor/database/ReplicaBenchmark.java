package org.sanctionsmonitor.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.Application;
import org.sanctionsmonitor.dashboard.DashboardService;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Readers' read throughput with the primary alone and with one streaming replica, on the same machine in the same run:
 * two app contexts on the same primary, one of them with {@code SANCTIONS_REPLICA_URL}. Each phase runs
 * {@value #THREADS} readers calling a service in a loop for {@value #SECONDS} s, alternating the two set-ups twice.
 * Not part of {@code verify} and asserts nothing; prints lines starting with {@code BENCH}.
 * <p>
 * {@code ./mvnw test -Dtest=ReplicaBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (about 5 minutes).
 */
class ReplicaBenchmark {

    private static final int THREADS = 4;
    private static final int SECONDS = 15;
    private static final int GENERATED = Integer.getInteger("replica.benchmark.incidents", 20_000);

    @Test
    void read_throughput_of_the_incident_list_and_the_overview_with_the_primary_alone_and_with_a_replica() throws Exception {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        try (StreamingReplica servers = StreamingReplica.start(Path.of("target", "test-data", "replica-bench-" + UUID.randomUUID()));
             ConfigurableApplicationContext withReplica = start(servers, true);
             ConfigurableApplicationContext primaryAlone = start(servers, false)) {
            JdbcClient primary = servers.onPrimary();
            long started = System.nanoTime();
            GeneratedData.bulk(primary, GENERATED);
            primary.sql("ANALYZE").update();
            servers.awaitCaughtUp();
            List<String> report = new ArrayList<>();
            report.add(String.format(Locale.ROOT, "BENCH %d generated incidents (+ demo data) in %.1f s; %d reader threads, %d s per phase, "
                    + "%d cores, load average before %.1f", GENERATED, (System.nanoTime() - started) / 1e9, THREADS, SECONDS,
                    Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            for (String call : List.of("incident list (first page of 50)", "overview (all figures and charts)")) {
                double[] alone = new double[2];
                double[] replica = new double[2];
                for (int round = 0; round < 2; round++) {
                    alone[round] = throughput(primaryAlone, call);
                    replica[round] = throughput(withReplica, call);
                }
                report.add(String.format(Locale.ROOT, "BENCH %-36s primary alone %7.1f/s (%.1f, %.1f)   with replica %7.1f/s (%.1f, %.1f)",
                        call, (alone[0] + alone[1]) / 2, alone[0], alone[1], (replica[0] + replica[1]) / 2, replica[0], replica[1]));
            }
            var replicaPool = withReplica.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .find("hikaricp.connections.acquire").tag("pool", "replica").timer();
            report.add(String.format(Locale.ROOT, "BENCH connections taken from the replica's pool by the replica set-up: %d",
                    replicaPool == null ? 0 : replicaPool.count()));
            report.add(String.format(Locale.ROOT, "BENCH load average after %.1f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            report.forEach(System.out::println);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(global);
        }
    }

    private static ConfigurableApplicationContext start(StreamingReplica servers, boolean replica) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + servers.primaryUrl(),
                "--spring.datasource.username=sanctions",
                "--spring.datasource.password=" + StreamingReplica.APP_PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=" + THREADS,
                "--sanctions.demo=true",
                "--server.port=0",
                "--vaadin.productionMode=false"));
        if (replica) {
            args.add("--sanctions.replica.url=" + servers.replicaUrl());
        }
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    /** Calls per second of {@code call} by {@value #THREADS} readers on {@code app}, after a short warm-up. */
    private static double throughput(ConfigurableApplicationContext app, String call) throws Exception {
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        IncidentService incidents = app.getBean(IncidentService.class);
        DashboardService dashboard = app.getBean(DashboardService.class);
        Supplier<Object> work = call.startsWith("incident list")
                ? () -> incidents.list(IncidentFilter.NONE, PageRequest.of(0, 50))
                : dashboard::overview;
        run(work, 3);
        return run(work, SECONDS) / (double) SECONDS;
    }

    private static long run(Supplier<Object> work, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService readers = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                counts.add(readers.submit(() -> CurrentUser.runAs("reader", Role.VIEWER, () -> {
                    long calls = 0;
                    while (System.nanoTime() < end) {
                        work.get();
                        calls++;
                    }
                    return calls;
                })));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        }
    }
}
