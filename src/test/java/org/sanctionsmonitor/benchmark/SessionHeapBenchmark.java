package org.sanctionsmonitor.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Heap held per reader session: 50 viewers sign in, each in a session of its own, and open the overview, the incident
 * list and the timeline (one browser tab each, as Vaadin's bootstrap and navigation messages create them), after five
 * warm-up sessions on every page. Used heap after a full collection, before and after, divided by 50. The clients are dropped once their page is open (the
 * sessions stay on the server), so that only the server's share is counted. Runs on the same app as {@link ReadPathBenchmark}
 * (production mode), asserts nothing:
 * {@code ./mvnw test -Dtest=SessionHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.data-dir=/tmp/pg-1m}.
 */
@BenchmarkApp
class SessionHeapBenchmark {

    static final int SESSIONS = 50;
    static final int WARM_UP = 5;

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        List<String> routes = List.of("", "incidents", "timeline", "countries/KP");
        // Warm every page first: what the first views fill once (caches, lazily built singletons) is no session's share.
        for (String route : routes) {
            for (int i = 0; i < WARM_UP; i++) {
                WebClient.to(port).logIn("viewer", "viewer").openUi(route).navigate(route);
            }
        }
        for (String route : routes) {
            long before = usedHeapAfterGc();
            for (int i = 0; i < SESSIONS; i++) {
                WebClient reader = WebClient.to(port).logIn("viewer", "viewer");
                WebClient.Ui ui = reader.openUi(route);
                int status = ui.navigate(route).statusCode();
                if (status != 200) {
                    throw new IllegalStateException("Opening /" + route + " answered " + status);
                }
            }
            long after = usedHeapAfterGc();
            String row = String.format("| `/%s` | %d | %.2f MB | %.0f KB |", route, SESSIONS, (after - before) / 1e6,
                    (after - before) / 1e3 / SESSIONS);
            System.out.println(row);
            report.add(row);
        }
        report.addFirst("|---|---|---|---|");
        report.addFirst("| page each reader has open | sessions | heap held by all | per session |");
        System.out.println("\n==== Heap per reader session ====");
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "session-heap-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(used - now) < 256 * 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
