package org.sanctionsmonitor.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
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
        insertGenerated(100_000);
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
                time("  timeline, unfiltered, first " + TimelineService.LIMIT + " items", () -> timeline.items(TimelineFilter.NONE)),
                time("  timeline, KP, 2024", () -> timeline.items(new TimelineFilter("KP", null, null, null, java.util.Set.of(),
                        java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)))));
    }

    private static String time(String what, Supplier<?> call) {
        for (int i = 0; i < 2; i++) {
            call.get();
        }
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            call.get();
            runs.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(runs);
        return String.format("%-60s %8.1f ms (min %.1f, max %.1f)", what, runs.get(3), runs.getFirst(), runs.getLast());
    }

    /** Bulk generation in SQL: fast, and shaped like the demo data (mostly published, every precision). */
    private void insertGenerated(int n) {
        jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence,
                                      workflow_state, created_by, updated_by)
                SELECT CASE WHEN g % 5 = 0 THEN 'EVENT' ELSE 'VIOLATION' END,
                       'Generated incident ' || g,
                       (ARRAY['ARTILLERY_AMMUNITION','BALLISTIC_MISSILES','DRONES','TROOPS','SHIPPING','OTHER_MATERIEL','DIPLOMATIC','UN_ACTION'])[1 + g % 8],
                       d, CASE g % 4 WHEN 2 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
                                     WHEN 3 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date ELSE d END,
                       (ARRAY['DAY','DAY','MONTH','YEAR'])[1 + g % 4],
                       (ARRAY['ALLEGED','CORROBORATED','CONFIRMED','DISPUTED','RETRACTED'])[1 + g % 5], 'MEDIUM',
                       CASE WHEN g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
                FROM (SELECT g, CASE g % 4 WHEN 2 THEN date_trunc('month', x)::date WHEN 3 THEN date_trunc('year', x)::date ELSE x END AS d
                      FROM (SELECT g, DATE '2015-01-01' + (g * 7919 % 4000) AS x FROM generate_series(1, :n) g) s) t
                """).param("n", n).update();
        String[] countries = {"KP", "RU", "IR", "BY", "CN", "SY", "UA", "YE", "SD", "MM"};
        jdbc.sql("""
                INSERT INTO incident_party (incident_id, country_code, role)
                SELECT id, (:codes::text[])[1 + id % 10], 'SUPPLIER' FROM incident WHERE created_by = 'bench'
                UNION ALL
                SELECT id, (:codes::text[])[1 + (id / 10 + 1) % 10], 'RECIPIENT' FROM incident
                  WHERE created_by = 'bench' AND (id / 10 + 1) % 10 <> id % 10
                UNION ALL
                SELECT id, (:codes::text[])[1 + (id / 7) % 10], 'TRANSIT' FROM incident WHERE created_by = 'bench' AND id % 4 = 0
                  AND (id / 7) % 10 NOT IN (id % 10, (id / 10 + 1) % 10)
                """).param("codes", "{" + String.join(",", countries) + "}").update();
        jdbc.sql("""
                INSERT INTO incident_provision (incident_id, provision_id, rationale)
                SELECT i.id, p.id, 'generated' FROM incident i
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM provision) p
                  ON p.k = i.id % p.total OR (i.id % 2 = 0 AND p.k = (i.id * 7 + 3) % p.total)
                WHERE i.created_by = 'bench'
                """).update();
        jdbc.sql("""
                WITH s AS (
                    INSERT INTO statement (said_on, stance, summary, incident_id, workflow_state, created_by, updated_by)
                    SELECT date_from + (id % 30)::int, (ARRAY['ALLEGES','DENIES','CONFIRMS','CONDEMNS','DECLINES_TO_COMMENT'])[1 + id % 5],
                           'generated', id, 'PUBLISHED', 'bench', 'bench'
                    FROM incident WHERE created_by = 'bench' AND id % 2 = 0
                    RETURNING id),
                speakers AS (INSERT INTO statement_speaker (statement_id, actor_id) SELECT id, (SELECT min(id) FROM actor) FROM s)
                INSERT INTO statement_signatory (statement_id, country_code) SELECT id, (ARRAY['KP','RU','IR','US','UA'])[1 + id % 5] FROM s
                """).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
