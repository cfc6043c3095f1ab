package org.sanctionsmonitor.timeline;

import java.time.LocalDate;
import org.sanctionsmonitor.base.DatePrecision;

/**
 * One item on the timeline, with its date range as precisely as it is known: an incident known to the month spans
 * that month ({@code dateFrom} to {@code dateTo}). {@code location} is the page it opens, e.g. {@code incidents/12}.
 */
public record TimelineItem(TimelineKind kind, LocalDate dateFrom, LocalDate dateTo, DatePrecision precision, String title,
        String detail, String location) {

    public String dateText() {
        return precision.format(dateFrom, dateTo);
    }
}
