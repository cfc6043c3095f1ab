package org.sanctionsmonitor.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.springframework.stereotype.Component;

/**
 * What is new on a saved timeline: the published items its filter (and its date window, when it has one) matches, by
 * when they were published; a provision's lapse counts with its resolution.
 */
@Component
class TimelineChanges implements PageChanges {

    private final TimelineService timeline;

    TimelineChanges(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public boolean handles(String path) {
        return Pages.TIMELINE.equals(path);
    }

    @Override
    public String suggestedName(PageLocation location) {
        TimelineFilter f = TimelineFilter.fromQuery(location.parameters());
        List<String> parts = new ArrayList<>();
        if (f.country() != null) {
            parts.add(f.country());
        }
        if (f.regime() != null) {
            parts.add(f.regime());
        }
        if (f.resolution() != null) {
            parts.add(org.sanctionsmonitor.base.Labels.resolution(f.resolution()));
        }
        if (f.category() != null) {
            parts.add(f.category());
        }
        if (!f.kinds().isEmpty()) {
            parts.add(f.kinds().stream().sorted().map(TimelineKind::label).reduce((a, b) -> a + " and " + b).orElse(""));
        }
        if (f.from() != null || f.to() != null) {
            parts.add((f.from() == null ? "…" : f.from().toString()) + " – " + (f.to() == null ? "…" : f.to().toString()));
        }
        return parts.isEmpty() ? "The whole timeline" : "Timeline: " + String.join(", ", parts);
    }

    @Override
    public int countSince(PageLocation location, Instant since) {
        return timeline.countPublishedSince(TimelineFilter.fromQuery(location.parameters()), since);
    }

    @Override
    public List<PublishedChange> since(PageLocation location, Instant since, int limit) {
        return timeline.publishedSince(TimelineFilter.fromQuery(location.parameters()), since, limit);
    }
}
