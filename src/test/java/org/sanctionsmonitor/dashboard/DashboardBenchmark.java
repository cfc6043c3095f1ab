package org.sanctionsmonitor.dashboard;

import static org.sanctionsmonitor.Stopwatch.time;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server time of the dashboards' service calls, on the demo data and on 100,000 generated incidents. Not part of
 * {@code verify} (the class name ends in neither Test nor IT) and asserts nothing; run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the printed table.
 * The generated rows are rolled back at the end.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class DashboardBenchmark {

    @Autowired
    DashboardService dashboard;

    @Autowired
    CountryDashboardService countries;

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        List<String> report = new ArrayList<>();
        report.addAll(measureAll("demo data (" + count("SELECT count(*) FROM incident") + " incidents)"));

        long start = System.nanoTime();
        GeneratedData.bulk(jdbc, 100_000);
        jdbc.sql("ANALYZE").update();
        report.add(String.format("generated 100,000 incidents (+ parties, citations, statements) in %.1f s",
                (System.nanoTime() - start) / 1e9));
        report.addAll(measureAll("demo + 100,000 generated (" + count("SELECT count(*) FROM incident") + " incidents, "
                + count("SELECT count(*) FROM statement") + " statements)"));
        System.out.println("\n==== Dashboard benchmark (median of 7 runs after 2 warm-ups) ====");
        report.forEach(System.out::println);
    }

    private List<String> measureAll(String label) {
        return List.of(label,
                time("  overview (DashboardService.overview), of which:", () -> dashboard.overview()),
                time("    key figures", () -> dashboard.keyFigures()),
                time("    violations per month and category", () -> dashboard.violationsPerMonth()),
                time("    supplier -> recipient flows", () -> dashboard.flows()),
                time("    most cited provisions", () -> dashboard.mostCitedProvisions(10)),
                time("    allegations and denials per month", () -> dashboard.stancesPerMonth()),
                time("    latest changes", () -> dashboard.latestChanges(8)),
                time("  country list (CountryDashboardService.countries)", () -> countries.countries()),
                time("  KP dossier (CountryDashboardService.dossier)", () -> countries.dossier("KP")),
                time("  timeline, unfiltered (TimelineService.window; TimelineBenchmark has more)", () -> timeline.window(TimelineFilter.NONE)),
                time("  timeline, KP, 2024", () -> timeline.window(new TimelineFilter("KP", null, null, null, java.util.Set.of(),
                        java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)))));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
