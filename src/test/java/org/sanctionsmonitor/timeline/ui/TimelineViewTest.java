package org.sanctionsmonitor.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.DataCommunicator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_shared_url_restores_every_filter_and_the_list_matches() {
        TimelineView view = Navigation.open("timeline?country=KP&category=BALLISTIC_MISSILES&kinds=VIOLATION,DENIAL"
                + "&from=2023-01-01&to=2025-12-31", TimelineView.class);

        assertThat(view.country.getValue().code()).isEqualTo("KP");
        assertThat(view.category.getValue().code()).isEqualTo("BALLISTIC_MISSILES");
        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(TimelineKind.VIOLATION, TimelineKind.DENIAL);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        long violations = jdbc.sql("""
                SELECT count(*) FROM incident i WHERE i.kind = 'VIOLATION' AND i.category = 'BALLISTIC_MISSILES'
                AND i.date_to >= DATE '2023-01-01' AND i.date_from <= DATE '2025-12-31'
                AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'KP')""").query(Long.class).single();
        assertThat(test(view.list).size()).isGreaterThanOrEqualTo((int) violations);
        assertThat(violations).isPositive();
        assertThat(view.count.getText()).isEqualTo(test(view.list).size() + " items");
        assertThat(view.chart.getChart().getOption().get("yAxis").get("data")).hasSize(2);
    }

    @Test
    void the_table_under_the_chart_is_built_when_opened_and_lists_the_items_of_the_window() {
        TimelineView view = Navigation.open("timeline?from=2023-10-01&to=2023-10-31", TimelineView.class);
        TimelineItem first = test(view.list).getRow(0);

        assertThat(view.chart.getElement().getTextRecursively()).as("no table kept in the session while it is closed")
                .doesNotContain(first.title());
        assertThat(view.chart.getTable().getElement().getTextRecursively()).contains(first.title());
    }

    @Test
    void choosing_a_filter_puts_it_in_the_url() {
        TimelineView view = navigate(TimelineView.class);

        test(view.category).selectItem("Drones");

        assertThat(Navigation.currentLocation()).isEqualTo("timeline?category=DRONES");
    }

    @Test
    void zooming_the_chart_narrows_the_list_to_the_visible_range() {
        TimelineView view = navigate(TimelineView.class);
        int all = test(view.list).size();

        view.zoomed(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));

        assertThat(test(view.list).size()).isLessThan(all).isPositive();
        for (int row = 0; row < test(view.list).size(); row++) {
            var item = test(view.list).getRow(row);
            assertThat(item.dateTo()).isAfterOrEqualTo(LocalDate.of(2023, 10, 1));
            assertThat(item.dateFrom()).isBeforeOrEqualTo(LocalDate.of(2023, 10, 31));
        }
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2023, 10, 1));
    }

    @Test
    void when_nothing_matches_the_chart_shows_its_empty_state() {
        // Changed with the lazy timeline: an empty window of a filter that matches items elsewhere keeps its chart
        // (see below); the empty state is for a filter that matches nothing at all.
        TimelineView view = Navigation.open("timeline?country=AQ&kinds=VIOLATION,EVENT", TimelineView.class);

        assertThat(view.chart.isEmpty()).isTrue();
        assertThat(view.count.getText()).isEqualTo("0 items");
        assertThat(test(view.list).size()).isZero();
    }

    @Test
    void a_window_with_nothing_in_it_keeps_the_chart_so_the_reader_can_zoom_out_again() {
        TimelineView view = Navigation.open("timeline?from=1990-01-01&to=1990-12-31", TimelineView.class);

        assertThat(view.chart.isEmpty()).isFalse();
        assertThat(view.count.getText()).isEqualTo("0 items");
        assertThat(view.windowNote.getText()).startsWith("Nothing between 1 Jan 1990 and 31 Dec 1990.");
        assertThat(view.chart.getChart().getOption().get("xAxis").get("max").asLong())
                .as("the axis reaches the newest item, so the slider can widen the window to it")
                .isGreaterThan(TimelineCharts.startMillis(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void every_show_box_is_ticked_while_every_kind_is_shown_and_ticking_all_leaves_kinds_out_of_the_url() {
        TimelineView view = navigate(TimelineView.class);

        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(TimelineKind.values());

        test(view.kinds).deselectItem(TimelineKind.EXPIRY.label());
        assertThat(URLDecoder.decode(Navigation.currentLocation(), StandardCharsets.UTF_8))
                .isEqualTo("timeline?kinds=VIOLATION,EVENT,ALLEGATION,DENIAL,ADOPTION");
        assertThat(view.kinds.getValue()).doesNotContain(TimelineKind.EXPIRY).hasSize(5);

        test(view.kinds).selectItem(TimelineKind.EXPIRY.label());
        assertThat(Navigation.currentLocation()).isEqualTo("timeline");
        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(TimelineKind.values());
    }

    @Test
    void every_row_of_three_thousand_items_loads_as_the_reader_scrolls_and_the_newest_comes_first() {
        int inserted = TimelineTestData.publishedItems(jdbc, 3000, 2031);
        long total = jdbc.sql("""
                SELECT (SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED')
                     + (SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED')
                     + (SELECT count(*) FROM resolution)
                     + (SELECT count(*) FROM provision_period WHERE in_force_until IS NOT NULL)""").query(Long.class).single();

        TimelineView view = navigate(TimelineView.class);

        assertThat(view.count.getText()).isEqualTo(String.format(Locale.ENGLISH, "%,d items", total));
        assertThat(view.windowNote.getText()).contains("more than the 500 the chart draws one by one");
        DataCommunicator<TimelineItem> rows = view.list.getDataCommunicator();
        List<TimelineItem> seen = new ArrayList<>();
        for (int start = 0; start < total; start += 50) { // as a browser asks while the reader scrolls to the end
            rows.setViewportRange(start, 50);
            roundTrip();
            for (int row = start; row < Math.min(start + 50, total); row++) {
                TimelineItem item = rows.getItem(row);
                assertThat(item).as("row %d", row).isNotNull();
                assertThat(rows.getKeyMapper().has(item)).as("row %d was sent to the browser", row).isTrue();
                seen.add(item);
            }
        }
        assertThat(seen).hasSize((int) total);
        assertThat(seen.getFirst().title()).isEqualTo(TimelineTestData.NEWEST);
        assertThat(seen.stream().map(TimelineItem::dateFrom).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(seen.stream().map(TimelineItem::title).filter(t -> t.startsWith("Timeline item")).distinct()).hasSize(inserted);
    }

    @Test
    void a_wide_window_draws_counts_per_period_and_zooming_in_draws_the_items_themselves() {
        TimelineTestData.publishedItems(jdbc, 3000, 2031);
        TimelineView view = Navigation.open("timeline?from=2031-01-01&to=2031-12-31", TimelineView.class);

        assertThat(view.chart.getChart().getOption().get("series").get(0).get("renderItem").asString()).isEqualTo("sm-density");
        assertThat(view.chart.getChart().getOption().get("series").get(0).get("data")).hasSize(12);

        view.zoomed(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 10));

        long inMarch = jdbc.sql("SELECT count(*) FROM incident WHERE created_by = :author AND date_from BETWEEN DATE '2031-03-01' AND DATE '2031-03-10'")
                .param("author", TimelineTestData.AUTHOR).query(Long.class).single();
        assertThat(view.chart.getChart().getOption().get("series").get(0).get("renderItem").asString()).isEqualTo("sm-range");
        assertThat(view.chart.getChart().getOption().get("series").get(0).get("data")).hasSize((int) inMarch);
        assertThat(test(view.list).size()).isEqualTo((int) inMarch).isPositive();
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2031, 3, 10));
    }
}
