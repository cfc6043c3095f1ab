package org.sanctionsmonitor.search;

import java.util.List;

/**
 * The best matches of one kind, and how many items of that kind match in all: exactly up to
 * {@link SearchService#COUNT_LIMIT}, else {@code countIsLimit} says "at least".
 */
public record SearchGroup(SearchKind kind, int count, boolean countIsLimit, List<SearchHit> hits) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }

    /** "3 statements", "1,000 or more sources". */
    public String countText() {
        return countIsLimit ? String.format(java.util.Locale.ENGLISH, "%,d or more %s", count, kind.plural()) : kind.count(count);
    }

    public boolean hasMore() {
        return count > hits.size();
    }

    double bestScore() {
        return hits.isEmpty() ? 0 : hits.getFirst().score();
    }
}
