package org.sanctionsmonitor.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How precisely a date is known (as ACLED codes it): an item known to the month is never shown as a day. */
public enum DatePrecision {
    DAY("d MMM yyyy"), MONTH("MMM yyyy"), YEAR("yyyy");

    private final DateTimeFormatter format;

    DatePrecision(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** The date range as precisely as it is known, e.g. "5–6 Sep 2022", "Oct 2023", "2024". */
    public String format(LocalDate from, LocalDate to) {
        String start = format.format(from);
        String end = format.format(to);
        if (start.equals(end)) {
            return start;
        }
        if (this == DAY && from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + end;
        }
        return start + " – " + end;
    }
}
