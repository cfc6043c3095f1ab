package org.sanctionsmonitor.incident.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentPage;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.springframework.data.domain.Sort;

/**
 * The rows of the incident list, read a page at a time as the reader scrolls. It remembers where each page ended, so
 * the next starts right after it (keyset pagination); a request further on starts at the nearest known end before it
 * and skips only the rows in between. One instance per filter and order; one cursor per page read.
 */
final class IncidentRows {

    private final IncidentService incidents;
    private final IncidentFilter filter;
    private final Sort sort;
    private final NavigableMap<Integer, IncidentPage.Cursor> cursors = new TreeMap<>();

    IncidentRows(IncidentService incidents, IncidentFilter filter, Sort sort) {
        this.incidents = incidents;
        this.filter = filter;
        this.sort = sort;
    }

    boolean matches(IncidentFilter filter, Sort sort) {
        return this.filter.equals(filter) && this.sort.equals(sort);
    }

    /** The rows from {@code offset}, at most {@code limit}; fewer only where the list ends. */
    List<IncidentRow> fetch(int offset, int limit) {
        List<IncidentRow> rows = new ArrayList<>();
        int position = offset;
        while (rows.size() < limit) {
            Map.Entry<Integer, IncidentPage.Cursor> known = cursors.floorEntry(position);
            int wanted = Math.min(limit - rows.size(), 500);
            IncidentPage page = known == null
                    ? incidents.page(filter, sort, null, position, wanted)
                    : incidents.page(filter, sort, known.getValue(), position - known.getKey(), wanted);
            rows.addAll(page.rows());
            position += page.rows().size();
            if (page.last() != null) {
                cursors.put(position, page.last());
            }
            if (page.rows().size() < wanted) {
                break;
            }
        }
        return rows;
    }
}
