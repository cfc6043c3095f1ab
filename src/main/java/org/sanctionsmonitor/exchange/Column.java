package org.sanctionsmonitor.exchange;

import java.util.function.Function;

/**
 * One column of a CSV export: its name in the header row and how a row fills its cell. A cell may be any value;
 * {@link TableWriter} writes dates and instants in ISO 8601, enumerations by name, nothing for null.
 */
public record Column<T>(String name, Function<T, ?> value) {

    public static <T> Column<T> of(String name, Function<T, ?> value) {
        return new Column<>(name, value);
    }
}
