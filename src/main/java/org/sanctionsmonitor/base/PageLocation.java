package org.sanctionsmonitor.base;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page of the app as a reader can bookmark it: its path relative to the app root ({@code incidents},
 * {@code countries/KP}) and its query string, with the parameters in a canonical order (by name, each name's values
 * in their own order) and blank values left out, so that two addresses of the same view compare equal however their
 * parameters were ordered.
 */
public record PageLocation(String path, String query) {

    public PageLocation {
        path = trimSlashes(path == null ? "" : path);
        query = canonical(query == null ? "" : query);
    }

    /** A location as a browser or {@link Pages} spells it: {@code /incidents?country=KP}, {@code incidents}, … */
    public static PageLocation of(String location) {
        String value = location == null ? "" : location.strip();
        int hash = value.indexOf('#');
        if (hash >= 0) {
            value = value.substring(0, hash);
        }
        int question = value.indexOf('?');
        return question < 0 ? new PageLocation(value, "") : new PageLocation(value.substring(0, question), value.substring(question + 1));
    }

    /** The query parameters, as a view's {@code fromQuery} reads them. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String[] pair : pairs(query)) {
            parameters.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
        }
        return parameters;
    }

    /** The first segment of the path: {@code countries} for {@code countries/KP}; empty for the overview. */
    public String section() {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /** The location relative to the app root, as links and {@code Pages} spell it: {@code incidents?country=KP}. */
    @Override
    public String toString() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String trimSlashes(String path) {
        String p = path.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String canonical(String query) {
        return pairs(query).stream()
                .sorted(Comparator.comparing(pair -> pair[0])) // stable: a name's values keep their order
                .map(pair -> encode(pair[0]) + "=" + encode(pair[1]))
                .collect(Collectors.joining("&"));
    }

    private static List<String[]> pairs(String query) {
        List<String[]> pairs = new ArrayList<>();
        for (String part : query.split("&")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = decode(equals < 0 ? part : part.substring(0, equals));
            String value = equals < 0 ? "" : decode(part.substring(equals + 1));
            if (!name.isBlank() && !value.isBlank()) {
                pairs.add(new String[] {name, value});
            }
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static String encode(String text) {
        // As Pages.withQuery: spaces as %20, and the commas of list values (kinds=VIOLATION,DENIAL) kept readable.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }
}
