package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.benchmark.BenchmarkApp;
import org.sanctionsmonitor.benchmark.Timing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Page-ready time of the main pages in Chromium, as a reader opens them: from the navigation until Vaadin has no request
 * in flight, every chart has drawn and no grid row is loading. Median and 95th percentile of 7 after a warm-up. Runs
 * on the same app as {@code ReadPathBenchmark} ({@link BenchmarkApp}; {@code -Dbench.data-dir=<dir>}), is not part of
 * {@code verify} and asserts nothing:
 * {@code ./mvnw test -Dtest=PageReadyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.data-dir=/tmp/pg-1m}
 * ({@code -Dbench.pages=<regex>} for some pages only, {@code -Dbench.runs=3} for fewer runs than 7). Writes {@code target/benchmarks/page-ready.md}.
 */
@BenchmarkApp
class PageReadyBenchmark extends BrowserTest {

    /** Ready: the app's client idle, every chart drawn (a hidden one draws nothing), every grid loaded, and the page's own content there. */
    static final String READY = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              if (Object.values(clients).some(c => c.isActive && c.isActive())) return false;
              if (!document.querySelector('vaadin-app-layout h1, vaadin-app-layout h2')) return false;
              if ([...document.querySelectorAll('sm-chart')].some(c => c.getBoundingClientRect().width > 0 && !c.hasAttribute('data-rendered'))) return false;
              return ![...document.querySelectorAll('vaadin-grid')].some(g => g.hasAttribute('loading')
                  || (g.shadowRoot && g.shadowRoot.querySelectorAll('tr[loading]').length > 0));
            }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        logIn("viewer", "viewer");
        long incident = jdbc.sql("SELECT max(id) FROM published_incidents()").query(Long.class).single();
        List<String[]> pages = List.of(
                new String[] {"overview `/`", "/"},
                new String[] {"`/countries`", "/countries"},
                new String[] {"`/countries/KP`", "/countries/KP"},
                new String[] {"`/incidents`", "/incidents"},
                new String[] {"`/incidents?country=KP&role=SUPPLIER`", "/incidents?country=KP&role=SUPPLIER"},
                new String[] {"`/incidents/{id}`", "/incidents/" + incident},
                new String[] {"`/resolutions/1718`", "/resolutions/1718"},
                new String[] {"`/timeline` (whole span)", "/timeline"},
                new String[] {"`/timeline` twelve months", "/timeline?from=2024-12-01&to=2025-11-30"},
                new String[] {"`/timeline` ten days", "/timeline?from=2024-03-01&to=2024-03-10"},
                new String[] {"`/timeline?country=KP` 2024", "/timeline?country=KP&from=2024-01-01&to=2024-12-31"});
        Pattern only = Pattern.compile(System.getProperty("bench.pages", ".*"));
        List<String> report = new ArrayList<>();
        report.add("Page ready in Chromium (headless, 1400×900), median and 95th percentile of " + Integer.getInteger("bench.runs", 7) + " after a warm-up; load average before "
                + loadAverage());
        report.add("");
        report.add("| page | median | p95 |");
        report.add("|---|---|---|");
        for (String[] p : pages) {
            if (!only.matcher(p[0]).find()) {
                continue;
            }
            open(p[1]);
            Timing timing = new Timing();
            for (int i = 0; i < Integer.getInteger("bench.runs", 7); i++) {
                timing.add(open(p[1]));
            }
            String row = String.format("| %s | %,.0f ms | %,.0f ms |", p[0], timing.median(), timing.p95());
            System.out.println(row);
            report.add(row);
        }
        report.add("");
        report.add("Load average after: " + loadAverage());
        System.out.println("\n==== Page ready in Chromium ====");
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "page-ready-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** Opens the location and returns the nanoseconds until it is ready. */
    private long open(String location) {
        long start = System.nanoTime();
        page.navigate(url(location));
        page.waitForFunction(READY, null, new Page.WaitForFunctionOptions().setPollingInterval(20).setTimeout(120_000));
        return System.nanoTime() - start;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }
}
