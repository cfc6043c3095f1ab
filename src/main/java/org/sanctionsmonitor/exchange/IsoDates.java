package org.sanctionsmonitor.exchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.sanctionsmonitor.base.DatePrecision;

/**
 * Dates as ISO 8601 writes them with their precision: a day {@code 2022-09-05}, a month {@code 2023-10}, a year
 * {@code 2024}, and a range of them as an interval {@code 2022-09-05/2022-09-06}. An item known to the month is never
 * written as a day.
 */
public final class IsoDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /** The range as precisely as it is known, e.g. "2023-10" or "2022-09-05/2022-09-06". */
    public static String format(LocalDate from, LocalDate to, DatePrecision precision) {
        if (from == null) {
            return null;
        }
        String start = format(from, precision);
        String end = to == null ? start : format(to, precision);
        return start.equals(end) ? start : start + "/" + end;
    }

    public static String format(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** The precision a written date shows: {@code 2024} a year, {@code 2024-03} a month, anything else a day; null when blank. */
    public static DatePrecision precisionOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.matches("\\d{4}")) {
            return DatePrecision.YEAR;
        }
        return value.matches("\\d{4}-\\d{1,2}") ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    /**
     * Reads a date written as a day, a month or a year: the period's first day ({@code end} false) or last day
     * ({@code end} true). Fails with a message an editor understands: the expected form, or why the date cannot exist.
     */
    public static LocalDate parse(String text, boolean end) {
        String value = text.trim();
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value, DAY);
            }
        } catch (java.time.DateTimeException impossible) {
            throw new IllegalArgumentException(impossibleDate(value));
        }
        if (value.matches("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}")) {
            throw new IllegalArgumentException("Write dates as YYYY-MM-DD, e.g. 2023-09-05: \"" + value
                    + "\" could be read as day/month or month/day (a spreadsheet may have changed it).");
        }
        throw new IllegalArgumentException("\"" + shorten(value) + "\" is not a date. Write it as YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year).");
    }

    private static String impossibleDate(String value) {
        String[] parts = value.split("-");
        if (parts.length >= 2 && (Integer.parseInt(parts[1]) < 1 || Integer.parseInt(parts[1]) > 12)) {
            return "\"" + value + "\" has no month " + Integer.parseInt(parts[1]) + ": months run from 01 to 12.";
        }
        if (parts.length == 3) {
            YearMonth month = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            return "\"" + value + "\" does not exist: " + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + month.getYear() + " has " + month.lengthOfMonth() + " days.";
        }
        return "\"" + value + "\" is not a date.";
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "…";
    }
}
