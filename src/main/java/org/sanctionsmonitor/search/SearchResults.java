package org.sanctionsmonitor.search;

import java.util.List;

/** What a search found: a group per kind with matches, the group with the best match first. */
public record SearchResults(SearchQuery query, List<SearchGroup> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
