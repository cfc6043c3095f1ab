package org.sanctionsmonitor.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsmonitor.base.UrlQuery;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.PartyRole;

/**
 * What the overview's flows (the Sankey diagram and the map) are narrowed to: incidents whose date range overlaps
 * [from, to] and of one category. It lives in the overview's URL ({@code /?from=2024-01-01&category=MISSILES}) and
 * turns into the incident list's filter for every figure, so a click opens a list with the same count.
 */
public record FlowFilter(LocalDate from, LocalDate to, String category) {

    public static final FlowFilter NONE = new FlowFilter(null, null, null);

    public FlowFilter {
        category = category == null || category.isBlank() ? null : category.trim().toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return from == null && to == null && category == null;
    }

    public static FlowFilter fromQuery(Map<String, List<String>> parameters) {
        return new FlowFilter(UrlQuery.date(UrlQuery.first(parameters, "from")), UrlQuery.date(UrlQuery.first(parameters, "to")),
                UrlQuery.first(parameters, "category"));
    }

    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (from != null) {
            query.put("from", from.toString());
        }
        if (to != null) {
            query.put("to", to.toString());
        }
        if (category != null) {
            query.put("category", category);
        }
        return query;
    }

    /** The incident list behind a country in a role (recipient null) or behind a flow from it to {@code recipient}. */
    public IncidentFilter incidents(String country, PartyRole role, String recipient) {
        return new IncidentFilter(country, role, category, null, null, from, to, null, null, recipient);
    }

    /** The incident list behind a flow: incidents with this supplier and this recipient. */
    public IncidentFilter flow(String supplier, String recipient) {
        return incidents(supplier, PartyRole.SUPPLIER, recipient);
    }
}
