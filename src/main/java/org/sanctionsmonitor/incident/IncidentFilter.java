package org.sanctionsmonitor.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsmonitor.base.UrlQuery;

/**
 * What the incident list is narrowed to. It round-trips through URL query parameters
 * ({@code ?country=KP&role=SUPPLIER&from=2023-01-01&q=shells}) so that a filtered list can be bookmarked and shared.
 * Unknown or malformed parameters are ignored rather than failing the page.
 * <p>
 * Two parameters exist for the dashboards' click-through and have no field in the list's filter bar:
 * {@code provision} (the id of a provision the incident is linked to as allegedly breached) and {@code recipient}
 * (a country that is a recipient party of the incident, besides the {@code country}/{@code role} condition), so that
 * a Sankey link "KP → RU" opens {@code ?country=KP&role=SUPPLIER&recipient=RU}.
 * <p>
 * {@code origins} keeps incidents by how well they are corroborated, e.g. {@code ?origins=TWO_OR_MORE}: two or more
 * independent origins among their published sources.
 */
public record IncidentFilter(
        String country, PartyRole role, String category, IncidentStatus status, IncidentKind kind,
        LocalDate from, LocalDate to, String text, Long provision, String recipient, OriginsFilter origins) {

    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null, null, null);

    /** The query parameters the filter reads. */
    public static final List<String> PARAMETERS = List.of("country", "role", "category", "status", "kind", "from", "to", "q",
            "provision", "recipient");

    public IncidentFilter {
        country = countryCode(country);
        recipient = countryCode(recipient);
        category = category == null || category.isBlank() ? null : category.trim().toUpperCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    /** A filter without the dashboard-only parameters and any corroboration. */
    public IncidentFilter(String country, PartyRole role, String category, IncidentStatus status,
            IncidentKind kind, LocalDate from, LocalDate to, String text) {
        this(country, role, category, status, kind, from, to, text, null, null, null);
    }

    /** A filter with the dashboard-only parameters, of any corroboration. */
    public IncidentFilter(String country, PartyRole role, String category, IncidentStatus status,
            IncidentKind kind, LocalDate from, LocalDate to, String text, Long provision, String recipient) {
        this(country, role, category, status, kind, from, to, text, provision, recipient, null);
    }

    private static String countryCode(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public static IncidentFilter fromQuery(Map<String, List<String>> parameters) {
        return new IncidentFilter(
                UrlQuery.first(parameters, "country"),
                UrlQuery.enumValue(PartyRole.class, UrlQuery.first(parameters, "role")),
                UrlQuery.first(parameters, "category"),
                UrlQuery.enumValue(IncidentStatus.class, UrlQuery.first(parameters, "status")),
                UrlQuery.enumValue(IncidentKind.class, UrlQuery.first(parameters, "kind")),
                UrlQuery.date(UrlQuery.first(parameters, "from")),
                UrlQuery.date(UrlQuery.first(parameters, "to")),
                UrlQuery.first(parameters, "q"),
                UrlQuery.number(UrlQuery.first(parameters, "provision")),
                UrlQuery.first(parameters, "recipient"),
                UrlQuery.enumValue(OriginsFilter.class, UrlQuery.first(parameters, "origins")));
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
        put(query, "provision", provision);
        put(query, "recipient", recipient);
        put(query, "origins", origins);
        return query;
    }

    public IncidentFilter withCategory(String category) {
        return new IncidentFilter(country, role, category, status, kind, from, to, text, provision, recipient, origins);
    }

    public IncidentFilter withCountry(String country) {
        return new IncidentFilter(country, role, category, status, kind, from, to, text, provision, recipient);
    }

    public IncidentFilter withoutProvision() {
        return new IncidentFilter(country, role, category, status, kind, from, to, text, null, recipient, origins);
    }

    public IncidentFilter withoutRecipient() {
        return new IncidentFilter(country, role, category, status, kind, from, to, text, provision, null, origins);
    }

    private static void put(Map<String, String> query, String key, Object value) {
        if (value != null) {
            query.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
