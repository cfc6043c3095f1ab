package org.sanctionsmonitor.timeline;

import static org.sanctionsmonitor.Stopwatch.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server time of the timeline's service calls (what one page view and one scroll cost), on the demo data and on
 * 100,000 generated incidents ({@link GeneratedData#bulk}). Not part of {@code verify} (the name ends in neither Test
 * nor IT) and asserts nothing; run it with
 * {@code ./mvnw test -Dtest=TimelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the printed table.
 * With {@code -Dtimeline.explain=true -Dlogging.level.org.springframework.jdbc.core.JdbcTemplate=debug} PostgreSQL's
 * auto_explain prints every query's plan (timings then include EXPLAIN ANALYZE's overhead). The rows are rolled back.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineBenchmark {

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        if (Boolean.getBoolean("timeline.explain")) {
            jdbc.sql("LOAD 'auto_explain'").update();
            jdbc.sql("SET auto_explain.log_min_duration = 0").update();
            jdbc.sql("SET auto_explain.log_analyze = on").update();
            jdbc.sql("SET client_min_messages = log").update();
        }
        List<String> report = new ArrayList<>(measureAll("demo data (" + count("SELECT count(*) FROM incident") + " incidents)"));
        long start = System.nanoTime();
        GeneratedData.bulk(jdbc, 100_000);
        jdbc.sql("ANALYZE").update();
        report.add(String.format("generated 100,000 incidents in %.1f s", (System.nanoTime() - start) / 1e9));
        report.addAll(measureAll("demo + 100,000 generated (" + count("SELECT count(*) FROM incident") + " incidents, "
                + count("SELECT count(*) FROM statement") + " statements)"));
        System.out.println("\n==== Timeline benchmark (median of 7 runs after 2 warm-ups) ====");
        report.forEach(System.out::println);
    }

    private List<String> measureAll(String label) {
        TimelineFilter all = TimelineFilter.NONE;
        TimelineFilter everything = timeline.window(all).filter();
        TimelineFilter year = all.withRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 11, 30));
        TimelineFilter tenDays = all.withRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10));
        TimelineFilter kp2024 = new TimelineFilter("KP", null, null, null, Set.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        TimelineFilter denials = new TimelineFilter(null, null, null, null, Set.of(TimelineKind.DENIAL), null, null);
        long total = timeline.window(all).total();
        int deep = (int) Math.min(50_000, total / 2);
        TimelineService.Cursor beforeDeep = timeline.page(everything, true, null, deep - 1, 1).last();
        return List.of(label + String.format(" - the whole timeline holds %,d items; the deep page is row %,d", total, deep),
                time("  span of the matching items (TimelineService.span)", () -> timeline.span(all)),
                time("  /timeline: the whole span, " + shape(all), () -> timeline.window(all)),
                time("  /timeline: first list page, 50 rows newest first", () -> timeline.page(everything, true, null, 0, 50)),
                time("  list page deep down, by keyset (reading on)", () -> timeline.page(everything, true, beforeDeep, 0, 50)),
                time("  list page deep down, by OFFSET (a jump)", () -> timeline.page(everything, true, null, deep, 50)),
                time("  twelve months, " + shape(year), () -> timeline.window(year)),
                time("  ten days, " + shape(tenDays), () -> timeline.window(tenDays)),
                time("  KP in 2024, " + shape(kp2024), () -> timeline.window(kp2024)),
                time("  KP in 2024, first list page", () -> timeline.page(kp2024, true, null, 0, 50)),
                time("  denials only, the whole span, " + shape(denials), () -> timeline.window(denials)));
    }

    /** What the window holds and how the chart shows it, for the table. */
    private String shape(TimelineFilter filter) {
        TimelineWindow window = timeline.window(filter);
        return String.format("%,d items ", window.total())
                + (window.aggregated() ? "counted per " + window.period().unit() : "drawn one by one");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
