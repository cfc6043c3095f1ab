package org.sanctionsmonitor.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline shows for a filter: the window (the filter's dates, or the whole span of its items when it has
 * none), how many items the window holds per kind and period, and the items themselves when there are few enough to
 * draw one by one ({@link TimelineService#DRAW_LIMIT}).
 *
 * @param filter  the filter with the window's dates filled in (null dates only when nothing matches)
 * @param span    the first and last day of every item the filter matches, whatever the dates; null when none matches
 * @param chosen  whether the reader chose the window (dates in the URL) rather than the whole span
 * @param counts  the window's items per kind and period (an item counts in every period its dates overlap)
 * @param total   the items in the window, each counted once
 * @param items   the window's items in date order when {@code total} is at most the draw limit, else empty
 */
public record TimelineWindow(TimelineFilter filter, Span span, boolean chosen, Period period, List<Count> counts, long total,
        List<TimelineItem> items) {

    public record Span(LocalDate first, LocalDate last) {
    }

    /**
     * The items of one kind in the period starting on {@code start}, within the window: {@code items} overlap the
     * period, {@code starting} of them are seen here first (they start in it, or before the window in its first period),
     * so the {@code starting} counts add up to the window's total.
     */
    public record Count(TimelineKind kind, LocalDate start, long items, long starting) {
    }

    public TimelineWindow {
        counts = List.copyOf(counts);
        items = List.copyOf(items);
    }

    /** True when the window holds too many items to draw one by one, so the chart shows their count per period. */
    public boolean aggregated() {
        return total > TimelineService.DRAW_LIMIT;
    }

    public LocalDate from() {
        return filter.from();
    }

    public LocalDate to() {
        return filter.to();
    }
}
