package org.sanctionsmonitor.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the source library is narrowed to; round-trips through the URL query string like the incident filter. */
public record SourceFilter(String text, String language, SourceType type) {

    public static final SourceFilter NONE = new SourceFilter(null, null, null);

    public SourceFilter {
        text = text == null || text.isBlank() ? null : text.trim();
        language = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
    }

    public static SourceFilter fromQuery(Map<String, List<String>> parameters) {
        String type = first(parameters, "type");
        SourceType sourceType = null;
        if (type != null) {
            try {
                sourceType = SourceType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // an unknown type in a hand-edited URL shows the unfiltered library
            }
        }
        return new SourceFilter(first(parameters, "q"), first(parameters, "language"), sourceType);
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

    private static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
