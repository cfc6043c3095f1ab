package org.sanctionsmonitor.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.Period;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineWindow;
import tools.jackson.databind.JsonNode;

class TimelineChartsTest {

    private static long millis(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void an_item_known_to_the_month_is_drawn_across_the_whole_month_and_a_day_as_one_day() {
        JsonNode option = TimelineCharts.option(TimelineFilter.NONE, List.of(
                new TimelineItem(TimelineKind.VIOLATION, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31), DatePrecision.MONTH,
                        "Shells", "ARTILLERY_AMMUNITION", "incidents/1"),
                new TimelineItem(TimelineKind.DENIAL, LocalDate.of(2023, 10, 18), LocalDate.of(2023, 10, 18), DatePrecision.DAY,
                        "Lavrov: Denies", "No shells", null)));

        JsonNode month = option.get("series").get(0).get("data").get(0);
        assertThat(month.get("value").get(1).asLong()).isEqualTo(millis(2023, 10, 1));
        assertThat(month.get("value").get(2).asLong()).isEqualTo(millis(2023, 11, 1));
        assertThat(month.get("name").asString()).isEqualTo("Oct 2023 · Shells");
        assertThat(month.get("filter").asString()).isEqualTo("incidents/1");
        JsonNode day = option.get("series").get(0).get("data").get(1);
        assertThat(day.get("value").get(2).asLong() - day.get("value").get(1).asLong()).isEqualTo(24L * 3600 * 1000);
        assertThat(day.get("value").get(0).asInt()).isEqualTo(TimelineKind.DENIAL.ordinal());
        assertThat(day.has("filter")).isFalse();
        assertThat(option.get("series").get(0).get("renderItem").asString()).isEqualTo("sm-range");
        assertThat(option.get("xAxis").get("type").asString()).isEqualTo("time");
    }

    @Test
    void allegations_and_denials_have_their_own_lanes_and_colours() {
        TimelineFilter two = new TimelineFilter(null, null, null, null, Set.of(TimelineKind.ALLEGATION, TimelineKind.DENIAL), null, null);

        JsonNode option = TimelineCharts.option(two, List.of(
                new TimelineItem(TimelineKind.DENIAL, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2), DatePrecision.DAY, "d", null, null)));

        assertThat(option.get("yAxis").get("data")).hasSize(2);
        assertThat(option.get("yAxis").get("data").get(1).asString()).isEqualTo("Denials");
        assertThat(option.get("series").get(0).get("data").get(0).get("value").get(0).asInt()).isEqualTo(1);
        assertThat(TimelineCharts.COLOURS.get(TimelineKind.ALLEGATION)).isNotEqualTo(TimelineCharts.COLOURS.get(TimelineKind.DENIAL));
    }

    @Test
    void the_axis_spans_every_matching_item_and_the_zoom_holds_the_window() {
        TimelineFilter window = new TimelineFilter(null, null, null, null, Set.of(), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));
        TimelineWindow shown = new TimelineWindow(window, new TimelineWindow.Span(LocalDate.of(2006, 10, 14), LocalDate.of(2025, 10, 2)),
                true, Period.DAY, List.of(), 0, List.of());

        JsonNode option = TimelineCharts.option(shown);

        assertThat(option.get("xAxis").get("min").asLong()).isEqualTo(millis(2006, 10, 14));
        assertThat(option.get("xAxis").get("max").asLong()).isEqualTo(millis(2025, 10, 3));
        for (JsonNode zoom : option.get("dataZoom")) {
            assertThat(zoom.get("startValue").asLong()).isEqualTo(millis(2023, 10, 1));
            assertThat(zoom.get("endValue").asLong()).as("the last millisecond of 31 Oct").isEqualTo(millis(2023, 11, 1) - 1);
        }
    }

    @Test
    void a_full_window_is_drawn_as_counts_per_period_each_lane_against_its_largest_and_each_bar_opens_its_period() {
        TimelineFilter window = new TimelineFilter("KP", null, null, null, Set.of(TimelineKind.VIOLATION, TimelineKind.DENIAL),
                LocalDate.of(2023, 2, 15), LocalDate.of(2023, 12, 10));
        TimelineWindow shown = new TimelineWindow(window, new TimelineWindow.Span(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1)),
                true, Period.MONTH, List.of(
                        new TimelineWindow.Count(TimelineKind.VIOLATION, LocalDate.of(2023, 2, 1), 400, 400),
                        new TimelineWindow.Count(TimelineKind.DENIAL, LocalDate.of(2023, 2, 1), 2, 2),
                        new TimelineWindow.Count(TimelineKind.VIOLATION, LocalDate.of(2023, 12, 1), 100, 100),
                        new TimelineWindow.Count(TimelineKind.DENIAL, LocalDate.of(2023, 12, 1), 8, 8)),
                510, List.of());

        JsonNode option = TimelineCharts.option(shown);

        JsonNode series = option.get("series").get(0);
        assertThat(series.get("renderItem").asString()).isEqualTo("sm-density");
        JsonNode february = series.get("data").get(0);
        assertThat(february.get("value").get(0).asInt()).isZero();
        assertThat(february.get("value").get(1).asLong()).as("the window starts mid-month").isEqualTo(millis(2023, 2, 15));
        assertThat(february.get("value").get(2).asLong()).isEqualTo(millis(2023, 3, 1));
        assertThat(february.get("value").get(3).asDouble()).isEqualTo(1.0);
        assertThat(february.get("name").asString()).isEqualTo("Feb 2023 · Violations: 400 items");
        assertThat(february.get("filter").asString()).isEqualTo("timeline?country=KP&kinds=VIOLATION%2CDENIAL&from=2023-02-15&to=2023-02-28");
        assertThat(series.get("data").get(1).get("value").get(3).asDouble()).as("2 of the denials lane's largest 8").isEqualTo(0.25);
        JsonNode december = series.get("data").get(2);
        assertThat(december.get("value").get(2).asLong()).as("the window ends on 10 Dec").isEqualTo(millis(2023, 12, 11));
        assertThat(december.get("value").get(3).asDouble()).isEqualTo(0.25);
        assertThat(december.get("filter").asString()).endsWith("&from=2023-12-01&to=2023-12-10");
    }
}
