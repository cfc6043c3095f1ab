package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Page-ready time of the timeline in Chromium on 100,000 generated incidents ({@link GeneratedData#bulk}): from the
 * navigation until the chart has drawn and the list has no row left loading. Not part of {@code verify} (the name
 * ends in neither Test nor IT) and asserts nothing; run it with
 * {@code ./mvnw verify -Dit.test=TimelinePageReadyBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the printed table. The generated rows are committed (the app reads them on its own connections) and
 * deleted at the end.
 */
class TimelinePageReadyBenchmark extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        List<String> report = new ArrayList<>();
        logIn("viewer", "viewer");
        report.addAll(measureAll("demo data"));
        GeneratedData.bulk(jdbc, 100_000);
        jdbc.sql("ANALYZE").update();
        try {
            report.addAll(measureAll("demo + 100,000 generated incidents"));
        } finally {
            jdbc.sql("DELETE FROM statement WHERE created_by = 'bench'").update();
            jdbc.sql("DELETE FROM incident_provision WHERE incident_id IN (SELECT id FROM incident WHERE created_by = 'bench')").update();
            jdbc.sql("DELETE FROM incident_party WHERE incident_id IN (SELECT id FROM incident WHERE created_by = 'bench')").update();
            jdbc.sql("DELETE FROM incident WHERE created_by = 'bench'").update();
        }
        System.out.println("\n==== Timeline page ready in Chromium (median of 5 after 1 warm-up) ====");
        report.forEach(System.out::println);
    }

    private List<String> measureAll(String label) {
        return List.of(label,
                time("  /timeline (whole span)", () -> open("/timeline")),
                time("  /timeline?country=KP, 2024", () -> open("/timeline?country=KP&from=2024-01-01&to=2024-12-31")),
                time("  /timeline, ten days (items drawn)", () -> open("/timeline?from=2024-03-01&to=2024-03-10")),
                time("  /timeline, then scroll the list to its last row", () -> {
                    open("/timeline");
                    long start = System.nanoTime();
                    page.locator("vaadin-grid.timeline-list").evaluate("g => g.scrollToIndex(g.size - 1)");
                    waitUntilLoaded();
                    return System.nanoTime() - start;
                }),
                time("  /timeline, then zoom the chart to one month", () -> {
                    open("/timeline");
                    long start = System.nanoTime();
                    page.locator(".chart-card sm-chart").evaluate("""
                            el => window.echarts.getInstanceByDom(el).dispatchAction({type: 'dataZoom', dataZoomIndex: 0,
                                startValue: Date.UTC(2024, 2, 1), endValue: Date.UTC(2024, 2, 31, 23, 59)})""");
                    page.waitForURL(Pattern.compile(".*/timeline\\?from=2024-03-01&to=2024-03-31$"));
                    page.locator(".chart-card sm-chart[data-rendered]").waitFor();
                    waitUntilLoaded();
                    return System.nanoTime() - start;
                }));
    }

    /** Opens the location and returns the nanoseconds until the page is ready. */
    private long open(String location) {
        long start = System.nanoTime();
        page.navigate(url(location));
        page.locator(".chart-card sm-chart[data-rendered]").waitFor();
        waitUntilLoaded();
        return System.nanoTime() - start;
    }

    private void waitUntilLoaded() {
        Locator grid = page.locator("vaadin-grid.timeline-list");
        page.waitForCondition(() -> (Boolean) grid.evaluate(
                "g => !g.hasAttribute('loading') && g.shadowRoot.querySelectorAll('tr[loading]').length === 0"));
    }

    private static String time(String what, Supplier<Long> nanos) {
        nanos.get();
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(nanos.get() / 1e6);
        }
        Collections.sort(runs);
        return String.format("%-60s %8.0f ms (min %.0f, max %.0f)", what, runs.get(2), runs.getFirst(), runs.getLast());
    }
}
