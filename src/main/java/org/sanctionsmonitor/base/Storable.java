package org.sanctionsmonitor.base;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the database can keep exactly as it was typed. PostgreSQL refuses text holding a NUL character (U+0000), the
 * JDBC driver silently turns half of a surrogate pair (a broken emoji) into "?", and dates outside PostgreSQL's range
 * fail the statement, while dates far outside the app's subject (the year 5000 BC, the year 9999) break every chart
 * and timeline that shows them. Each is refused with a message at its field instead (see {@link FieldRules}).
 */
public final class Storable {

    /** The earliest date the app takes: before the United Nations, well before any Security Council sanction. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date the app takes: far enough for any scheduled expiry. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Storable() {
    }

    /** Why this text cannot be stored exactly as typed, or {@code null} when it can. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "Remove the invisible NUL character (U+0000), which copied text sometimes carries: it cannot be stored.";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "Remove the broken character (half of an emoji or symbol, U+" + Integer.toHexString(c).toUpperCase()
                        + ") or type it again: it cannot be stored.";
            }
        }
        return null;
    }

    /** Why this date cannot be taken, or {@code null} when it can. */
    public static String problem(LocalDate date) {
        if (date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
            return null;
        }
        return "Give a date between " + EARLIEST.getYear() + " and " + LATEST.getYear() + ".";
    }

    /**
     * Calls {@code each} with every text and date in {@code data} and the name of the property that holds it: its own
     * fields (or record components), the elements of its lists, sets and maps, and the same inside nested objects of the
     * app (a cited source's quote is reported at "sources"). Nested objects that carry {@link FieldRules} are left to
     * their own check, which Bean Validation runs for them ({@code @Valid}).
     */
    public static void forEachValue(Object data, BiConsumer<String, Object> each) {
        for (Map.Entry<String, Object> property : properties(data).entrySet()) {
            visit(property.getValue(), value -> each.accept(property.getKey(), value), 0);
        }
    }

    private static void visit(Object value, java.util.function.Consumer<Object> each, int depth) {
        if (value == null || depth > 5) {
            return;
        }
        if (value instanceof String || value instanceof LocalDate) {
            each.accept(value);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> visit(v, each, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                visit(k, each, depth + 1);
                visit(v, each, depth + 1);
            });
        } else if (value.getClass().getName().startsWith("org.sanctionsmonitor.") && !value.getClass().isEnum()
                && !value.getClass().isAnnotationPresent(FieldRules.class)) {
            properties(value).values().forEach(v -> visit(v, each, depth + 1));
        }
    }

    /** The object's properties: a record's components, or a class's instance fields (its app superclasses' too). */
    private static Map<String, Object> properties(Object data) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        try {
            if (data.getClass().isRecord()) {
                for (RecordComponent component : data.getClass().getRecordComponents()) {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    properties.put(component.getName(), accessor.invoke(data));
                }
                return properties;
            }
            for (Class<?> type = data.getClass(); type != null && type.getName().startsWith("org.sanctionsmonitor."); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        field.setAccessible(true);
                        properties.putIfAbsent(field.getName(), field.get(data));
                    }
                }
            }
            return properties;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + data.getClass().getName(), e);
        }
    }
}
