package org.sanctionsmonitor.exchange.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the API's query parameters strictly: unlike a shared page link, which ignores what it cannot read, the API
 * answers 400 with what is wrong, so that a script's mistake does not pass for "no filter".
 */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ApiParameters() {
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("\"limit\" is a number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DAY);
        } catch (DateTimeParseException bad) {
            throw ApiException.badRequest("\"" + name + "\" is a date written as YYYY-MM-DD, e.g. 2023-09-05.");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("\"" + name + "\" is one of: " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    /** Free text: at most {@value #MAX_TEXT} characters, without control characters (a NUL cannot even be searched for). */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest("\"" + name + "\" is at most " + MAX_TEXT + " characters long.");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw ApiException.badRequest("\"" + name + "\" holds a control character.");
        }
        return value.trim();
    }

    static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("\"" + name + "\" is a country code of two letters (ISO 3166-1), e.g. KP.");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }

    static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException bad) {
            throw ApiException.badRequest("\"" + name + "\" is a whole number.");
        }
    }

    /** A cursor is the values of the last row of a page and the order they were read in, as base64url of text parts. */
    static String cursor(List<String> parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> cursor(String cursor, int parts, String order) {
        try {
            List<String> values = List.of(new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8).split("\u001f", -1));
            if (values.size() != parts || !values.getFirst().equals(order)) {
                throw ApiException.badRequest("This cursor does not belong to this list and order: take \"next\" from the previous page as it is.");
            }
            return values;
        } catch (IllegalArgumentException bad) {
            throw ApiException.badRequest("This is not a cursor this API gave out: take \"next\" from the previous page as it is.");
        }
    }
}
