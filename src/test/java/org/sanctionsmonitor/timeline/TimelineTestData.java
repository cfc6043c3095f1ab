package org.sanctionsmonitor.timeline;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many published items for timeline tests, inserted in SQL (a service save per item would take minutes): {@code n}
 * published violations titled "Timeline item 0001" … spread over one year, each known to the day, and one more, the
 * newest item of all, on the day after that year: "Timeline item newest". Made by {@value #AUTHOR}, so a test that
 * commits them can remove them again.
 */
public final class TimelineTestData {

    public static final String AUTHOR = "timeline-test";
    public static final String NEWEST = "Timeline item newest";

    private TimelineTestData() {
    }

    /** Inserts the items; the newest is dated {@code year}+1-01-01. Returns how many were inserted ({@code n} + 1). */
    public static int publishedItems(JdbcClient jdbc, int n, int year) {
        jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence,
                                      workflow_state, created_by, updated_by)
                SELECT 'VIOLATION', 'Timeline item ' || lpad(g::text, 4, '0'), 'OTHER_MATERIEL', d, d, 'DAY', 'ALLEGED', 'MEDIUM',
                       'PUBLISHED', :author, :author
                FROM (SELECT g, :start + (g * 7 % 365) AS d FROM generate_series(1, :n) g) t
                UNION ALL
                SELECT 'VIOLATION', :newest, 'OTHER_MATERIEL', :end, :end, 'DAY', 'ALLEGED', 'MEDIUM', 'PUBLISHED', :author, :author
                """)
                .param("author", AUTHOR).param("newest", NEWEST).param("n", n)
                .param("start", LocalDate.of(year, 1, 1)).param("end", LocalDate.of(year + 1, 1, 1))
                .update();
        return n + 1;
    }

    /** Removes what {@link #publishedItems} inserted (for tests that had to commit them). */
    public static void remove(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM incident WHERE created_by = :author").param("author", AUTHOR).update();
    }
}
