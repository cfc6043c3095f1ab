package org.sanctionsmonitor.timeline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineService;

/**
 * The rows of the list under the timeline, read from the server a page at a time as the reader scrolls. It remembers
 * where each page it read ended, so the next page starts right after it (keyset pagination: as quick at row 90,000 as
 * at row 50); a jump to a row never reached starts at the nearest known end before it and skips the rest. One instance
 * per window and order; it holds one cursor per page read.
 */
final class TimelineRows {

    private final TimelineService timeline;
    private final TimelineFilter window;
    private final boolean newestFirst;
    private final NavigableMap<Integer, TimelineService.Cursor> cursors = new TreeMap<>();

    TimelineRows(TimelineService timeline, TimelineFilter window, boolean newestFirst) {
        this.timeline = timeline;
        this.window = window;
        this.newestFirst = newestFirst;
    }

    boolean newestFirst() {
        return newestFirst;
    }

    /** The rows from {@code offset}, at most {@code limit}; fewer only where the list ends. */
    List<TimelineItem> fetch(int offset, int limit) {
        List<TimelineItem> rows = new ArrayList<>();
        int position = offset;
        while (rows.size() < limit) {
            Map.Entry<Integer, TimelineService.Cursor> known = cursors.floorEntry(position);
            int wanted = Math.min(limit - rows.size(), TimelineService.PAGE_LIMIT);
            TimelineService.Page page = known == null
                    ? timeline.page(window, newestFirst, null, position, wanted)
                    : timeline.page(window, newestFirst, known.getValue(), position - known.getKey(), wanted);
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
