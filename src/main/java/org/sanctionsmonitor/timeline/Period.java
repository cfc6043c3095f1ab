package org.sanctionsmonitor.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The periods a wide timeline window is counted in: the wider the window, the longer the period, so the chart always
 * has a readable number of bars (about 6 to 40). Each period starts where PostgreSQL's {@code date_trunc} starts it
 * (weeks on Mondays).
 */
public enum Period {
    DAY("day", "1 day"), WEEK("week", "1 week"), MONTH("month", "1 month"), QUARTER("quarter", "3 months"),
    YEAR("year", "1 year");

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final String unit;
    private final String step;

    Period(String unit, String step) {
        this.unit = unit;
        this.step = step;
    }

    /** The unit's name for {@code date_trunc}, and for people ("per month"). */
    public String unit() {
        return unit;
    }

    /** The period's length as a PostgreSQL interval. */
    public String step() {
        return step;
    }

    /** The period that keeps a window of this length between about 6 and 40 bars. */
    public static Period forWindow(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > 8 * 365) {
            return YEAR;
        }
        if (days > 3 * 365) {
            return QUARTER;
        }
        if (days > 183) {
            return MONTH;
        }
        return days > 42 ? WEEK : DAY;
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** The period starting on {@code start} as people name it: "2024", "Q3 2024", "Oct 2024", "week of 7 Oct 2024". */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> DAY_FORMAT.format(start);
            case WEEK -> "week of " + DAY_FORMAT.format(start);
            case MONTH -> MONTH_FORMAT.format(start);
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
