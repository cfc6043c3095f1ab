package org.sanctionsmonitor.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.UrlQuery;

/**
 * A search: the words, the kinds of item to find (every kind when empty), a date range the items' dates overlap and a
 * country they concern. It lives in the URL ({@code /search?q=Alabuga&kind=INCIDENT,STATEMENT&from=2023-01-01});
 * unknown or malformed parameters are ignored.
 */
public record SearchQuery(String text, Set<SearchKind> kinds, LocalDate from, LocalDate to, String country) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    /** Words alone, every kind, no date or country. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, null);
    }

    public static SearchQuery fromQuery(Map<String, List<String>> parameters) {
        String kinds = UrlQuery.first(parameters, "kind");
        Set<SearchKind> chosen = kinds == null ? Set.of() : Arrays.stream(kinds.split(","))
                .map(kind -> UrlQuery.enumValue(SearchKind.class, kind)).filter(Objects::nonNull).collect(Collectors.toSet());
        return new SearchQuery(UrlQuery.first(parameters, "q"), chosen, UrlQuery.date(UrlQuery.first(parameters, "from")),
                UrlQuery.date(UrlQuery.first(parameters, "to")), UrlQuery.first(parameters, "country"));
    }

    /** The search as query parameters, in a stable order, leaving out what is not set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            query.put("q", text);
        }
        if (!kinds.isEmpty()) {
            query.put("kind", EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (from != null) {
            query.put("from", from.toString());
        }
        if (to != null) {
            query.put("to", to.toString());
        }
        if (country != null) {
            query.put("country", country);
        }
        return query;
    }

    /** Whether items of this kind are searched. */
    public boolean includes(SearchKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public SearchQuery withKinds(Set<SearchKind> kinds) {
        return new SearchQuery(text, kinds, from, to, country);
    }
}
