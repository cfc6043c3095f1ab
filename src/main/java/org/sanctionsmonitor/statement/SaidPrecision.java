package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How precisely the date of a statement is known: to the day, the month or the year (its date is then the first day
 * of the month or year), or not at all — then only the day it was reported is known.
 */
public enum SaidPrecision {
    DAY("the day", "d MMM yyyy"), MONTH("the month", "MMM yyyy"), YEAR("the year", "yyyy"), UNDATED("undated, as reported", "d MMM yyyy");

    private final String label;
    private final DateTimeFormatter format;

    SaidPrecision(String label, String pattern) {
        this.label = label;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    public String label() {
        return label;
    }

    /** E.g. "5 Nov 2025", "Nov 2025", "2025", "undated, reported 5 Nov 2025". */
    public String format(LocalDate saidOn, LocalDate reportedOn) {
        if (this == UNDATED) {
            return reportedOn == null ? "undated" : "undated, reported " + format.format(reportedOn);
        }
        return saidOn == null ? "" : format.format(saidOn);
    }

    /** The first day of the period the date stands for: a month's or a year's first day. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            default -> date;
        };
    }
}
