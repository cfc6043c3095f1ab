package org.sanctionsmonitor.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsmonitor.base.UrlQuery;

/** What the source library is narrowed to; round-trips through the URL query string like the incident filter. */
public record SourceFilter(String text, String language, SourceType type) {

    public static final SourceFilter NONE = new SourceFilter(null, null, null);

    /** The query parameters the filter reads. */
    public static final List<String> PARAMETERS = List.of("q", "language", "type");

    public SourceFilter {
        text = text == null || text.isBlank() ? null : text.trim();
        language = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
    }

    public static SourceFilter fromQuery(Map<String, List<String>> parameters) {
        return new SourceFilter(UrlQuery.first(parameters, "q"), UrlQuery.first(parameters, "language"),
                UrlQuery.enumValue(SourceType.class, UrlQuery.first(parameters, "type")));
    }

    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (text != null) {
            query.put("q", text);
        }
        if (language != null) {
            query.put("language", language);
        }
        if (type != null) {
            query.put("type", type.name());
        }
        return query;
    }
}
