package org.sanctionsmonitor.editorial;

import java.time.Instant;

/**
 * A published item as "what's new" lists it: what it is ("Incident", "Allegation", …), its title, the page it opens
 * (relative to the app root, built by {@code Pages}), a short summary, when its published version went live and when it
 * was first published. Only published versions ever become one: drafts and pending revisions have no publish time.
 */
public record PublishedChange(String kind, long id, String title, String location, String summary, Instant publishedAt,
        Instant firstPublishedAt) {

    /** Published for the first time after {@code since} (rather than a published item whose change was published then). */
    public boolean isNewSince(Instant since) {
        return since == null || firstPublishedAt == null || firstPublishedAt.isAfter(since);
    }

    /** Whether this version replaced an earlier published one. */
    public boolean isChange() {
        return firstPublishedAt != null && publishedAt.isAfter(firstPublishedAt);
    }
}
