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
import org.sanctionsmonitor.timeline.TimelineKind;
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
}
