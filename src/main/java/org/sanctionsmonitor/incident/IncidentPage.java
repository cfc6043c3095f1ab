package org.sanctionsmonitor.incident;

import java.util.List;

/** One page of the incident list, and where it ends (null when it is empty): the next page starts after that row. */
public record IncidentPage(List<IncidentRow> rows, Cursor last) {

    /** A row's place in the list's order: its sort key (a date, or a text) and its id. */
    public record Cursor(Object key, long id) {
    }
}
