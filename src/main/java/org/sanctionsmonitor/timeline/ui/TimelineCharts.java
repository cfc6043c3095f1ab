package org.sanctionsmonitor.timeline.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.chart.ChartOptions;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineWindow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The timeline chart as pure functions: a window in, an ECharts option out. */
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

    /**
     * The chart of a window: its items, or, when it holds more than can be drawn one by one, their count per period.
     * The axis spans every item the filter matches, so the reader can zoom out from the window to all of them.
     */
    static ObjectNode option(TimelineWindow window) {
        ObjectNode option = window.aggregated() ? density(window) : option(window.filter(), window.items());
        if (window.from() == null) {
            return option; // nothing matches: the page shows the empty state instead
        }
        LocalDate first = window.span() == null || window.from().isBefore(window.span().first()) ? window.from() : window.span().first();
        LocalDate last = window.span() == null || window.to().isAfter(window.span().last()) ? window.to() : window.span().last();
        ((ObjectNode) option.get("xAxis")).put("min", startMillis(first)).put("max", endMillis(last));
        for (JsonNode zoom : option.get("dataZoom")) {
            // The zoom ends one millisecond before the next day, so the day it reports back is the window's last day.
            ((ObjectNode) zoom).put("startValue", startMillis(window.from())).put("endValue", endMillis(window.to()) - 1);
        }
        return option;
    }

    /** Items drawn one by one, each as long as its date is known. */
    static ObjectNode option(TimelineFilter filter, List<TimelineItem> items) {
        List<TimelineKind> lanes = lanes(filter);
        return ChartOptions.timeline(lanes.stream().map(TimelineKind::label).toList(), items.stream()
                .map(i -> new ChartOptions.Range(lanes.indexOf(i.kind()), startMillis(i.dateFrom()), endMillis(i.dateTo()),
                        i.dateText() + " · " + i.title(), COLOURS.get(i.kind()), i.location()))
                .toList());
    }

    /**
     * The window's items counted per kind and period: in each lane one bar per period, as high as its count relative to
     * the lane's largest (drawn by the custom element's {@code sm-density} renderer), so a kind with few items shows its
     * shape over time beside one with thousands; the tooltip and the table give the numbers. A click opens the timeline
     * of that period.
     */
    static ObjectNode density(TimelineWindow window) {
        List<TimelineKind> lanes = lanes(window.filter());
        List<TimelineWindow.Count> counts = window.counts();
        Map<TimelineKind, Long> largest = counts.stream()
                .collect(Collectors.toMap(TimelineWindow.Count::kind, TimelineWindow.Count::items, Math::max));
        ObjectNode option = ChartOptions.timeline(lanes.stream().map(TimelineKind::label).toList(), counts.stream()
                .map(c -> new ChartOptions.Range(lanes.indexOf(c.kind()), startMillis(from(window, c)), endMillis(to(window, c)),
                        window.period().label(c.start()) + " · " + c.kind().label() + ": " + items(c.items()),
                        COLOURS.get(c.kind()), periodLocation(window, c)))
                .toList());
        ObjectNode series = (ObjectNode) option.get("series").get(0);
        series.put("renderItem", "sm-density");
        for (int i = 0; i < counts.size(); i++) {
            ((ArrayNode) series.get("data").get(i).get("value")).add((double) counts.get(i).items() / largest.get(counts.get(i).kind()));
        }
        return option;
    }

    /** The timeline zoomed to one period of the window, every other filter kept: it lists the period's count. */
    static String periodLocation(TimelineWindow window, TimelineWindow.Count count) {
        return Pages.withQuery(Pages.TIMELINE, window.filter().withRange(from(window, count), to(window, count)).toQuery());
    }

    /** The first day of a period within the window (the window may start in the middle of its first period). */
    static LocalDate from(TimelineWindow window, TimelineWindow.Count count) {
        return count.start().isBefore(window.from()) ? window.from() : count.start();
    }

    static LocalDate to(TimelineWindow window, TimelineWindow.Count count) {
        LocalDate end = window.period().end(count.start());
        return end.isAfter(window.to()) ? window.to() : end;
    }

    static String items(long n) {
        return n == 1 ? "1 item" : String.format(Locale.ENGLISH, "%,d items", n);
    }
}
