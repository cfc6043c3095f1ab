package org.sanctionsmonitor.dashboard.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementFilter;

/** The lists behind dashboard figures, as locations built by {@link Pages}. */
final class Links {

    private Links() {
    }

    /** The incident list with this filter; parameters in the filter's own stable order. */
    static String incidents(IncidentFilter filter) {
        return Pages.withQuery(Pages.INCIDENTS, filter.toQuery());
    }

    /**
     * The timeline showing only statements of one kind ({@code ALLEGATION} or {@code DENIAL}), optionally within a date
     * range: the list behind the overview's statement figures (statements have no list page of their own).
     */
    static String statements(String kind, LocalDate from, LocalDate to) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("kinds", kind);
        if (from != null) {
            query.put("from", from.toString());
            query.put("to", to.toString());
        }
        return Pages.withQuery(Pages.TIMELINE, query);
    }

    /** The timeline showing the allegations and denials that count for a country. */
    static String statements(String countryCode) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("country", countryCode);
        query.put("kinds", "ALLEGATION,DENIAL");
        return Pages.withQuery(Pages.TIMELINE, query);
    }

    /** The statement list of one side (claims or denials) that counts for a country: the dossier's figures. */
    static String statementList(String countryCode, StanceSide side) {
        return Pages.withQuery(Pages.STATEMENTS, new StatementFilter(null, countryCode, side, null, null, null, null).toQuery());
    }

    static String country(String code) {
        return Pages.country(code);
    }
}
