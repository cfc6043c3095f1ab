package org.sanctionsmonitor.exchange;

import java.time.LocalDate;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;

/** One timeline item as the export and the read API write it; {@code page} is its page in the app, relative to the app root. */
public record TimelineRecord(TimelineKind kind, String date, LocalDate dateFrom, LocalDate dateTo, DatePrecision datePrecision,
        String title, String detail, String page) {

    static TimelineRecord of(TimelineItem item) {
        return new TimelineRecord(item.kind(), IsoDates.format(item.dateFrom(), item.dateTo(), item.precision()), item.dateFrom(),
                item.dateTo(), item.precision(), item.title(), item.detail(), item.location());
    }
}
