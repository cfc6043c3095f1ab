package org.sanctionsmonitor.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where every page is, relative to the app root: the one place locations are spelled, so that a feature links to
 * another's pages without importing its views, and SQL never builds a route. Each view's {@code @Route} matches the
 * location built here ({@code PagesTest} checks every one resolves).
 */
public final class Pages {

    public static final String OVERVIEW = "";
    public static final String TIMELINE = "timeline";
    public static final String COUNTRIES = "countries";
    public static final String INCIDENTS = "incidents";
    public static final String NEW_INCIDENT = "incidents/new";
    public static final String SOURCES = "sources";
    public static final String NEW_SOURCE = "sources/new";
    public static final String NEW_STATEMENT = "statements/new";
    public static final String RESOLUTIONS = "resolutions";
    public static final String NEW_RESOLUTION = "resolutions/new";
    public static final String ACTORS = "actors";
    public static final String REVIEW = "review";
    public static final String WHATS_NEW = "whats-new";
    public static final String SAVED_VIEWS = "saved-views";
    // Data exchange (issue 11): each user's profile with their API tokens, and the import.
    public static final String PROFILE = "profile";
    public static final String IMPORT = "import";
    public static final String SEARCH = "search";
    public static final String STATEMENTS = "statements";
    /** What the source types and reliability grades mean, and how corroboration is counted. */
    public static final String SOURCE_GUIDE = "sources/guide";

    private Pages() {
    }

    public static String incident(long id) {
        return "incidents/" + id;
    }

    public static String incidentEditor(long id) {
        return "incidents/" + id + "/edit";
    }

    public static String source(long id) {
        return "sources/" + id;
    }

    public static String sourceEditor(long id) {
        return "sources/" + id + "/edit";
    }

    public static String statement(long id) {
        return "statements/" + id;
    }

    /** A speaker's page for readers: who they are and everything they said. */
    public static String actor(long id) {
        return "actors/" + id;
    }

    /** The search page for these words, e.g. {@code search?q=Alabuga}. */
    public static String search(String text) {
        return withQuery(SEARCH, java.util.Map.of("q", text == null ? "" : text));
    }

    public static String statementEditor(long id) {
        return "statements/" + id + "/edit";
    }

    public static String resolution(int number) {
        return "resolutions/" + number;
    }

    public static String resolutionEditor(int number) {
        return "resolutions/" + number + "/edit";
    }

    public static String country(String code) {
        return "countries/" + code;
    }

    /** A location with query parameters, in the map's order, leaving out blank values: {@code incidents?country=KP}. */
    public static String withQuery(String location, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? location : location + "?" + parameters;
    }
}
