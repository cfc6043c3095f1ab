package org.sanctionsmonitor.editorial;

import java.time.Instant;
import java.util.List;

/** One saved revision of an item: who, when, and which fields changed from the revision before. */
public record HistoryEntry(long revision, Instant at, String username, String action, List<Change> changes, boolean restorable) {

    public record Change(String field, String before, String after) {
    }
}
