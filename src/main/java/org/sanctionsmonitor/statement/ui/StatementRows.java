package org.sanctionsmonitor.statement.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;

/**
 * The rows of the statement list, read a page at a time as the reader scrolls. It remembers where each page it read
 * ended, so the next page starts right after it (keyset pagination); a jump to a row never reached starts at the
 * nearest known end before it and skips the rest. One instance per filter.
 */
final class StatementRows {

    private final StatementService statements;
    private final StatementFilter filter;
    private final NavigableMap<Integer, StatementService.Cursor> cursors = new TreeMap<>();

    StatementRows(StatementService statements, StatementFilter filter) {
        this.statements = statements;
        this.filter = filter;
    }

    /** The rows from {@code offset}, at most {@code limit}; fewer only where the list ends. */
    List<StatementView> fetch(int offset, int limit) {
        List<StatementView> rows = new ArrayList<>();
        int position = offset;
        while (rows.size() < limit) {
            Map.Entry<Integer, StatementService.Cursor> known = cursors.floorEntry(position);
            int wanted = Math.min(limit - rows.size(), StatementService.PAGE_LIMIT);
            StatementService.Page page = known == null
                    ? statements.page(filter, null, position, wanted)
                    : statements.page(filter, known.getValue(), position - known.getKey(), wanted);
            rows.addAll(page.items());
            position += page.items().size();
            if (page.last() != null) {
                cursors.put(position, page.last());
            }
            if (page.items().size() < wanted) {
                break;
            }
        }
        return rows;
    }
}
