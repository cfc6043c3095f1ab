package org.sanctionsmonitor.base;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads filter values from a URL's query parameters. A shared link may be hand-edited or old: a value that does not
 * parse is read as "not set" rather than failing the page (pages say what they left out: {@code IgnoredParameters}).
 * So is a value no filter could use: longer than {@value #MAX_LENGTH} characters, text the database cannot hold
 * (a NUL character), or a date outside the app's range ({@link Storable}).
 */
public final class UrlQuery {

    /** The longest value read; a search text longer than this is no search anyone typed. */
    public static final int MAX_LENGTH = 1000;

    private UrlQuery() {
    }

    /** The first non-blank value of the parameter, or null (also when it is too long or cannot be stored). */
    public static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        if (values == null || values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()) {
            return null;
        }
        String value = values.getFirst();
        return value.length() > MAX_LENGTH || Storable.problem(value) != null ? null : value;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            return Storable.problem(date) == null ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
