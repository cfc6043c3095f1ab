package org.sanctionsmonitor.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the incident list is narrowed to. It round-trips through URL query parameters
 * ({@code ?country=KP&role=SUPPLIER&from=2023-01-01&q=shells}) so that a filtered list can be bookmarked and shared.
 * Unknown or malformed parameters are ignored rather than failing the page.
 */
public record IncidentFilter(
        String country, PartyRole role, IncidentCategory category, IncidentStatus status, IncidentKind kind,
        LocalDate from, LocalDate to, String text) {

    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null, null, null);

    public IncidentFilter {
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static IncidentFilter fromQuery(Map<String, List<String>> parameters) {
        return new IncidentFilter(
                first(parameters, "country"),
                parseEnum(PartyRole.class, first(parameters, "role")),
                parseEnum(IncidentCategory.class, first(parameters, "category")),
                parseEnum(IncidentStatus.class, first(parameters, "status")),
                parseEnum(IncidentKind.class, first(parameters, "kind")),
                parseDate(first(parameters, "from")),
                parseDate(first(parameters, "to")),
                first(parameters, "q"));
    }

    /** The filter as query parameters, in a stable order, leaving out what is not set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "country", country);
        put(query, "role", role);
        put(query, "category", category);
        put(query, "status", status);
        put(query, "kind", kind);
        put(query, "from", from);
        put(query, "to", to);
        put(query, "q", text);
        return query;
    }

    public IncidentFilter withCountry(String value) {
        return new IncidentFilter(value, role, category, status, kind, from, to, text);
    }

    private static void put(Map<String, String> query, String key, Object value) {
        if (value != null) {
            query.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
