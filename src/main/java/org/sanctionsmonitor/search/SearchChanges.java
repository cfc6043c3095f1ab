package org.sanctionsmonitor.search;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.springframework.stereotype.Component;

/** What is new on a saved search: the published items it finds, by when they were published. */
@Component
class SearchChanges implements PageChanges {

    private final SearchService search;

    SearchChanges(SearchService search) {
        this.search = search;
    }

    @Override
    public boolean handles(String path) {
        return Pages.SEARCH.equals(path);
    }

    @Override
    public String suggestedName(PageLocation location) {
        SearchQuery query = SearchQuery.fromQuery(location.parameters());
        String name = "Search: “" + query.text() + "”";
        if (!query.kinds().isEmpty()) {
            name += " in " + query.kinds().stream().sorted().map(SearchKind::plural).collect(Collectors.joining(", "));
        }
        if (query.country() != null) {
            name += ", " + query.country();
        }
        if (query.from() != null || query.to() != null) {
            name += ", " + (query.from() == null ? "…" : query.from().toString()) + " – " + (query.to() == null ? "…" : query.to().toString());
        }
        return name;
    }

    @Override
    public int countSince(PageLocation location, Instant since) {
        return search.countPublishedSince(SearchQuery.fromQuery(location.parameters()), since);
    }

    @Override
    public List<PublishedChange> since(PageLocation location, Instant since, int limit) {
        return search.publishedSince(SearchQuery.fromQuery(location.parameters()), since, limit);
    }
}
