package org.sanctionsmonitor.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.UrlQuery;

/**
 * What the timeline shows. It round-trips through the URL ({@code ?country=KP&regime=DPRK_1718&kinds=VIOLATION,DENIAL
 * &from=2023-01-01&to=2024-12-31}) so a timeline can be shared. {@code kinds} empty means every kind; {@code from} and
 * {@code to} are the window the chart is zoomed to (without them it shows the whole span of the matching items).
 * Country and category narrow incidents, events and statements; resolutions and lapsing provisions are narrowed by
 * regime or resolution and by date only, as context.
 */
public record TimelineFilter(String country, String regime, Integer resolution, String category,
        Set<TimelineKind> kinds, LocalDate from, LocalDate to) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, Set.of(), null, null);

    /** The query parameters the filter reads. */
    public static final List<String> PARAMETERS = List.of("country", "regime", "resolution", "category", "kinds", "from", "to");

    public TimelineFilter {
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        regime = regime == null || regime.isBlank() ? null : regime.trim().toUpperCase(Locale.ROOT);
        category = category == null || category.isBlank() ? null : category.trim().toUpperCase(Locale.ROOT);
        // Every kind chosen is the same as none chosen, so one view has one URL.
        kinds = kinds == null || kinds.isEmpty() || kinds.containsAll(EnumSet.allOf(TimelineKind.class)) ? Set.of()
                : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean shows(TimelineKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public TimelineFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new TimelineFilter(country, regime, resolution, category, kinds, newFrom, newTo);
    }

    public static TimelineFilter fromQuery(Map<String, List<String>> parameters) {
        String kindList = UrlQuery.first(parameters, "kinds");
        Set<TimelineKind> kinds = kindList == null ? Set.of() : Arrays.stream(kindList.split(","))
                .map(k -> UrlQuery.enumValue(TimelineKind.class, k)).filter(k -> k != null).collect(Collectors.toSet());
        Integer resolution = null;
        try {
            String r = UrlQuery.first(parameters, "resolution");
            resolution = r == null ? null : Integer.valueOf(r.trim());
        } catch (NumberFormatException e) {
            // ignored like every malformed parameter
        }
        return new TimelineFilter(UrlQuery.first(parameters, "country"), UrlQuery.first(parameters, "regime"), resolution,
                UrlQuery.first(parameters, "category"), kinds,
                UrlQuery.date(UrlQuery.first(parameters, "from")), UrlQuery.date(UrlQuery.first(parameters, "to")));
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
            query.put("category", category);
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
}
