package org.sanctionsmonitor.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.sanctionsmonitor.base.DatePrecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline's items, its counts per period and its list pages against independent SQL, per kind and under filters,
 * on demo and generated data.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineServiceTest {

    @Autowired
    TimelineService timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_unfiltered_timeline_holds_every_published_item_of_each_kind() {
        assertKindCounts(TimelineFilter.NONE, "TRUE", "TRUE", "TRUE", "TRUE");
    }

    @Test
    void a_country_category_and_date_filter_narrows_incidents_and_statements_alike_on_generated_data() {
        GeneratedData.insert(jdbc, 300, 19);
        TimelineFilter filter = new TimelineFilter("RU", null, null, "DRONES", Set.of(),
                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));

        assertKindCounts(filter,
                "i.category = 'DRONES' AND i.date_to >= DATE '2021-01-01' AND i.date_from <= DATE '2023-12-31'"
                        + " AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'RU')",
                "s.said_on BETWEEN DATE '2021-01-01' AND DATE '2023-12-31' AND ((EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = s.id AND a.country_code = 'RU') OR EXISTS (SELECT 1 FROM statement_signatory g WHERE g.statement_id = s.id AND g.country_code = 'RU')) OR s.incident_id IN"
                        + " (SELECT incident_id FROM incident_party WHERE country_code = 'RU'))"
                        + " AND s.incident_id IN (SELECT id FROM incident WHERE category = 'DRONES' AND workflow_state = 'PUBLISHED')",
                "r.adopted_on BETWEEN DATE '2021-01-01' AND DATE '2023-12-31'",
                "pp.in_force_until BETWEEN DATE '2021-01-01' AND DATE '2023-12-31'");
    }

    @Test
    void a_regime_filter_keeps_its_resolutions_and_the_incidents_citing_them() {
        TimelineFilter filter = new TimelineFilter(null, "IRAN", null, null, Set.of(), null, null);

        String iran = "(SELECT r2.id FROM resolution r2 JOIN sanctions_regime g ON g.id = r2.regime_id WHERE g.code = 'IRAN')";
        assertKindCounts(filter,
                "i.id IN (SELECT ip.incident_id FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id WHERE p.resolution_id IN " + iran + ")",
                "s.incident_id IN (SELECT i.id FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.id IN (SELECT ip.incident_id"
                        + " FROM incident_provision ip JOIN provision p ON p.id = ip.provision_id WHERE p.resolution_id IN " + iran + "))",
                "r.id IN " + iran, "pr.resolution_id IN " + iran);
    }

    @Test
    void only_the_chosen_kinds_are_returned() {
        TimelineFilter filter = new TimelineFilter(null, null, null, null, Set.of(TimelineKind.EXPIRY), null, null);

        var items = timeline.window(filter).items();

        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.kind()).isEqualTo(TimelineKind.EXPIRY));
        assertThat(items).anySatisfy(i -> {
            assertThat(i.title()).isEqualTo("S/RES/2231 Annex B para 4 lapses");
            assertThat(i.dateFrom()).isEqualTo(LocalDate.of(2023, 10, 18));
        });
    }

    @Test
    void an_item_known_to_the_month_keeps_its_month_long_range() {
        GeneratedData.insert(jdbc, 60, 23);

        assertThat(allItems(TimelineFilter.NONE)).filteredOn(i -> i.precision() == DatePrecision.MONTH)
                .isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.dateFrom().getDayOfMonth()).isEqualTo(1);
                    assertThat(i.dateTo()).isEqualTo(i.dateFrom().plusMonths(1).minusDays(1));
                });
    }

    @Test
    void the_counts_per_period_equal_the_items_of_each_kind_overlapping_each_period() {
        GeneratedData.insert(jdbc, 400, 29);
        TimelineFilter filter = new TimelineFilter(null, null, null, null, Set.of(), LocalDate.of(2020, 2, 10), LocalDate.of(2023, 8, 20));

        TimelineWindow window = timeline.window(filter);

        assertThat(window.period()).isEqualTo(Period.QUARTER);
        Map<String, Long> counted = window.counts().stream()
                .collect(Collectors.toMap(c -> c.kind() + " " + c.start(), TimelineWindow.Count::items));
        int periods = 0;
        for (LocalDate start = Period.QUARTER.start(filter.from()); !start.isAfter(filter.to()); start = start.plusMonths(3)) {
            LocalDate from = start.isBefore(filter.from()) ? filter.from() : start;
            LocalDate to = Period.QUARTER.end(start).isAfter(filter.to()) ? filter.to() : Period.QUARTER.end(start);
            String overlaps = "date_to >= DATE '" + from + "' AND date_from <= DATE '" + to + "'";
            Map<TimelineKind, Long> expected = kindCounts(overlaps.replace("date_", "i.date_"),
                    overlaps.replace("date_to", "s.said_on").replace("date_from", "s.said_on"),
                    overlaps.replace("date_to", "r.adopted_on").replace("date_from", "r.adopted_on"),
                    overlaps.replace("date_to", "pp.in_force_until").replace("date_from", "pp.in_force_until"));
            for (TimelineKind kind : TimelineKind.values()) {
                assertThat(counted.getOrDefault(kind + " " + start, 0L)).as(kind + " in the quarter of " + start)
                        .isEqualTo(expected.get(kind));
            }
            periods++;
        }
        assertThat(periods).isEqualTo(15);
        assertThat(counted.keySet()).allSatisfy(key -> assertThat(LocalDate.parse(key.substring(key.indexOf(' ') + 1)))
                .isBetween(Period.QUARTER.start(filter.from()), filter.to()));
        assertThat(window.total()).isEqualTo(kindCounts(
                "i.date_to >= DATE '2020-02-10' AND i.date_from <= DATE '2023-08-20'",
                "s.said_on BETWEEN DATE '2020-02-10' AND DATE '2023-08-20'",
                "r.adopted_on BETWEEN DATE '2020-02-10' AND DATE '2023-08-20'",
                "pp.in_force_until BETWEEN DATE '2020-02-10' AND DATE '2023-08-20'").values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void without_dates_the_window_spans_every_matching_item_from_the_oldest_to_the_newest() {
        TimelineTestData.publishedItems(jdbc, 600, 2031);

        TimelineWindow window = timeline.window(TimelineFilter.NONE);

        assertThat(window.chosen()).isFalse();
        assertThat(window.to()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(window.from()).isEqualTo(jdbc.sql("""
                SELECT least((SELECT min(adopted_on) FROM resolution), (SELECT min(in_force_until) FROM provision_period),
                             (SELECT min(date_from) FROM incident WHERE workflow_state = 'PUBLISHED'),
                             (SELECT min(said_on) FROM statement WHERE workflow_state = 'PUBLISHED'))""").query(LocalDate.class).single());
        assertThat(window.aggregated()).isTrue();
        assertThat(window.items()).isEmpty();
        assertThat(window.total()).isEqualTo(allItems(TimelineFilter.NONE).size());
    }

    @Test
    void the_list_pages_hold_every_item_once_in_date_order_newest_or_oldest_first() {
        TimelineTestData.publishedItems(jdbc, 3000, 2031);
        TimelineFilter filter = new TimelineFilter(null, null, null, null, Set.of(TimelineKind.VIOLATION), LocalDate.of(2031, 1, 1), null);

        for (boolean newestFirst : new boolean[] {true, false}) {
            List<TimelineItem> items = read(filter, newestFirst, 137);

            assertThat(items).hasSize(3001);
            assertThat(items.stream().map(TimelineItem::title).distinct()).hasSize(3001);
            assertThat(items.getFirst().title()).isEqualTo(newestFirst ? TimelineTestData.NEWEST : "Timeline item 0365");
            List<LocalDate> dates = items.stream().map(TimelineItem::dateFrom).toList();
            assertThat(dates).isSortedAccordingTo(newestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder());
            // A jump: skipping rows from a cursor lands where reading on would.
            TimelineService.Page first = timeline.page(filter, newestFirst, null, 0, 100);
            assertThat(timeline.page(filter, newestFirst, first.last(), 1150, 3).items()).isEqualTo(items.subList(1250, 1253));
            assertThat(timeline.page(filter, newestFirst, null, 1250, 3).items()).isEqualTo(items.subList(1250, 1253));
        }
    }

    @Test
    void a_page_never_holds_more_than_the_page_limit() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> timeline.page(TimelineFilter.NONE, true, null, 0, TimelineService.PAGE_LIMIT + 1));
    }

    @Test
    void each_period_starts_where_postgresql_starts_it() {
        for (Period period : Period.values()) {
            for (LocalDate day = LocalDate.of(2023, 12, 25); day.isBefore(LocalDate.of(2024, 4, 8)); day = day.plusDays(3)) {
                assertThat(period.start(day)).as(period + " of " + day).isEqualTo(jdbc.sql("SELECT date_trunc(:unit, :day::timestamp)::date")
                        .param("unit", period.unit()).param("day", day).query(LocalDate.class).single());
                assertThat(period.end(period.start(day)).plusDays(1)).isEqualTo(jdbc.sql("SELECT (:start::timestamp + :step::interval)::date")
                        .param("start", period.start(day)).param("step", period.step()).query(LocalDate.class).single());
            }
        }
    }

    /** Every item the filter matches, oldest first, read page by page as the list reads them. */
    private List<TimelineItem> allItems(TimelineFilter filter) {
        return read(filter, false, TimelineService.PAGE_LIMIT);
    }

    /** Reads on from each page's cursor until a page comes back short. */
    private List<TimelineItem> read(TimelineFilter filter, boolean newestFirst, int pageSize) {
        List<TimelineItem> items = new ArrayList<>();
        TimelineService.Cursor after = null;
        TimelineService.Page page;
        do {
            page = timeline.page(filter, newestFirst, after, 0, pageSize);
            items.addAll(page.items());
            after = page.last();
        } while (page.items().size() == pageSize);
        return items;
    }

    private void assertKindCounts(TimelineFilter filter, String incidents, String statements, String adoptions, String expiries) {
        Map<TimelineKind, Long> expected = kindCounts(incidents, statements, adoptions, expiries);
        Map<TimelineKind, Long> listed = allItems(filter).stream()
                .collect(Collectors.groupingBy(TimelineItem::kind, Collectors.counting()));
        Map<TimelineKind, Long> counted = timeline.window(filter).counts().stream()
                .collect(Collectors.groupingBy(TimelineWindow.Count::kind, Collectors.summingLong(TimelineWindow.Count::starting)));
        for (TimelineKind kind : TimelineKind.values()) {
            assertThat(listed.getOrDefault(kind, 0L)).as("listed " + kind).isEqualTo(expected.get(kind));
            assertThat(counted.getOrDefault(kind, 0L)).as("counted " + kind).isEqualTo(expected.get(kind));
        }
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    /** Independent SQL: the published items of each kind meeting these conditions. */
    private Map<TimelineKind, Long> kindCounts(String incidents, String statements, String adoptions, String expiries) {
        String published = "SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND ";
        String said = "SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND ";
        return Map.of(
                TimelineKind.VIOLATION, count(published + "i.kind = 'VIOLATION' AND " + incidents),
                TimelineKind.EVENT, count(published + "i.kind = 'EVENT' AND " + incidents),
                TimelineKind.ALLEGATION, count(said + "s.stance IN ('ALLEGES', 'CONFIRMS', 'CONDEMNS') AND " + statements),
                TimelineKind.DENIAL, count(said + "s.stance IN ('DENIES', 'DECLINES_TO_COMMENT') AND " + statements),
                TimelineKind.ADOPTION, count("SELECT count(*) FROM resolution r WHERE " + adoptions),
                TimelineKind.EXPIRY, count("""
                        SELECT count(*) FROM provision_period pp JOIN provision pr ON pr.id = pp.provision_id
                        WHERE pp.in_force_until IS NOT NULL AND\s""" + expiries));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
