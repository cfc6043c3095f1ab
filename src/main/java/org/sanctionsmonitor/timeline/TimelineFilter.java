package org.sanctionsmonitor.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.incident.IncidentCategory;

/**
 * What the timeline shows. It round-trips through the URL ({@code ?country=KP&regime=DPRK_1718&kinds=VIOLATION,DENIAL
 * &from=2023-01-01&to=2024-12-31}) so a timeline can be shared. {@code kinds} empty means every kind.
 * Country and category narrow incidents, events and statements; resolutions and lapsing provisions are narrowed by
 * regime or resolution and by date only, as context.
 */
public record TimelineFilter(String country, String regime, Integer resolution, IncidentCategory category,
        Set<TimelineKind> kinds, LocalDate from, LocalDate to) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, Set.of(), null, null);

    public TimelineFilter {
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        regime = regime == null || regime.isBlank() ? null : regime.trim().toUpperCase(Locale.ROOT);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean shows(TimelineKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public TimelineFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new TimelineFilter(country, regime, resolution, category, kinds, newFrom, newTo);
    }

    public static TimelineFilter fromQuery(Map<String, List<String>> parameters) {
        String kindList = first(parameters, "kinds");
        Set<TimelineKind> kinds = kindList == null ? Set.of() : Arrays.stream(kindList.split(","))
                .map(k -> parseEnum(TimelineKind.class, k)).filter(k -> k != null).collect(Collectors.toSet());
        Integer resolution = null;
        try {
            String r = first(parameters, "resolution");
            resolution = r == null ? null : Integer.valueOf(r.trim());
        } catch (NumberFormatException e) {
            // ignored like every malformed parameter
        }
        return new TimelineFilter(first(parameters, "country"), first(parameters, "regime"), resolution,
                parseEnum(IncidentCategory.class, first(parameters, "category")), kinds,
                parseDate(first(parameters, "from")), parseDate(first(parameters, "to")));
    }

    /** The filter as query parameters in a stable order, leaving out what is not set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (country != null) {
            query.put("country", country);
        }
        if (regime != null) {
            query.put("regime", regime);
        }
        if (resolution != null) {
            query.put("resolution", resolution.toString());
        }
        if (category != null) {
            query.put("category", category.name());
        }
        if (!kinds.isEmpty()) {
            query.put("kinds", EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (from != null) {
            query.put("from", from.toString());
        }
        if (to != null) {
            query.put("to", to.toString());
        }
        return query;
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
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
