package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsmonitor.base.UrlQuery;

/**
 * What the statement list is narrowed to: a speaker (actor id), a country the statement counts for (its speakers'
 * or a signatory), a side (claims, denials, neutral reports) or one stance, a date range the statement's date overlaps,
 * and words (in the statement, its quote in any language, or its speakers' names). It round-trips through the URL
 * ({@code /statements?country=KP&side=DENIAL}); unknown or malformed parameters are ignored.
 */
public record StatementFilter(Long speaker, String country, StanceSide side, Stance stance, LocalDate from, LocalDate to, String text) {

    public static final StatementFilter NONE = new StatementFilter(null, null, null, null, null, null, null);

    public StatementFilter {
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static StatementFilter fromQuery(Map<String, List<String>> parameters) {
        return new StatementFilter(
                UrlQuery.number(UrlQuery.first(parameters, "speaker")),
                UrlQuery.first(parameters, "country"),
                UrlQuery.enumValue(StanceSide.class, UrlQuery.first(parameters, "side")),
                UrlQuery.enumValue(Stance.class, UrlQuery.first(parameters, "stance")),
                UrlQuery.date(UrlQuery.first(parameters, "from")),
                UrlQuery.date(UrlQuery.first(parameters, "to")),
                UrlQuery.first(parameters, "q"));
    }

    /** The filter as query parameters, in a stable order, leaving out what is not set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "speaker", speaker);
        put(query, "country", country);
        put(query, "side", side);
        put(query, "stance", stance);
        put(query, "from", from);
        put(query, "to", to);
        put(query, "q", text);
        return query;
    }

    public StatementFilter withSpeaker(Long speaker) {
        return new StatementFilter(speaker, country, side, stance, from, to, text);
    }

    public StatementFilter withSide(StanceSide side) {
        return new StatementFilter(speaker, country, side, stance, from, to, text);
    }

    private static void put(Map<String, String> query, String key, Object value) {
        if (value != null) {
            query.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
