package org.sanctionsmonitor.timeline.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;
import tools.jackson.databind.node.ObjectNode;

/** The timeline chart as a pure function: items in, ECharts option out. */
final class TimelineCharts {

    /** Mid-tone colours that read on light and dark backgrounds; allegations and denials clearly apart. */
    static final Map<TimelineKind, String> COLOURS = Map.of(
            TimelineKind.VIOLATION, "#5470c6", TimelineKind.EVENT, "#73a0a8", TimelineKind.ALLEGATION, "#e05a5a",
            TimelineKind.DENIAL, "#3ba272", TimelineKind.ADOPTION, "#9a60b4", TimelineKind.EXPIRY, "#e08a2e");

    private TimelineCharts() {
    }

    static List<TimelineKind> lanes(TimelineFilter filter) {
        return Arrays.stream(TimelineKind.values()).filter(filter::shows).toList();
    }

    static long startMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The end of an item's last day: an item known to the month ends where the month ends. */
    static long endMillis(LocalDate lastDay) {
        return startMillis(lastDay.plusDays(1));
    }

    static ObjectNode option(TimelineFilter filter, List<TimelineItem> items) {
        List<TimelineKind> lanes = lanes(filter);
        return ChartOptions.timeline(lanes.stream().map(TimelineKind::label).toList(), items.stream()
                .map(i -> new ChartOptions.Range(lanes.indexOf(i.kind()), startMillis(i.dateFrom()), endMillis(i.dateTo()),
                        i.dateText() + " · " + i.title(), COLOURS.get(i.kind()), i.location()))
                .toList());
    }
}
