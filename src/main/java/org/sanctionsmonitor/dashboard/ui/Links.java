package org.sanctionsmonitor.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.sanctionsmonitor.incident.IncidentFilter;

/** Locations behind dashboard figures, relative to the app root, e.g. {@code incidents?country=KP&role=SUPPLIER}. */
final class Links {

    private Links() {
    }

    /** The incident list with this filter; parameters in the filter's own stable order. */
    static String incidents(IncidentFilter filter) {
        String query = filter.toQuery().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "incidents" : "incidents?" + query;
    }

    /**
     * The timeline showing only statements of one kind ({@code ALLEGATION} or {@code DENIAL}), optionally within a date
     * range: the list behind the overview's statement figures (statements have no list page of their own).
     */
    static String statements(String kind, java.time.LocalDate from, java.time.LocalDate to) {
        return "timeline?kinds=" + kind + (from == null ? "" : "&from=" + from + "&to=" + to);
    }

    static String country(String code) {
        return "countries/" + code;
    }

    /** Navigates to a location as built above (what a chart item carries in its {@code filter}). */
    static void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
