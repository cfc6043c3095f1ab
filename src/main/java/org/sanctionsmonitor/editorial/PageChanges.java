package org.sanctionsmonitor.editorial;

import java.time.Instant;
import java.util.List;
import org.sanctionsmonitor.base.PageLocation;

/**
 * What counts as new on one kind of page: the published items a page location shows, by the time their published
 * version went live ({@code published_at}; a draft or a pending revision never moves it). A feature registers one
 * Spring bean per page it lets readers save as a view (the incident list, the timeline, a country dossier, …), as it
 * registers an {@link EditorialType} per record type; saved views, their "N new" counts and their Atom feeds work
 * with any page that has one, and only with those.
 * <p>
 * Implementations read published items only, for every role (an editor's saved view counts what readers see), and
 * answer for the reader whose request it is (services keep their {@code @PreAuthorize}).
 */
public interface PageChanges {

    /** Whether this bean answers for the page at {@code path} (relative to the app root, e.g. {@code countries/KP}). */
    boolean handles(String path);

    /** A name to offer when a reader saves the page, e.g. "Incidents: North Korea (DPRK) as supplier". */
    String suggestedName(PageLocation location);

    /** How many published items the page shows whose published version went live after {@code since}. */
    int countSince(PageLocation location, Instant since);

    /**
     * Those items, the most recently published first, at most {@code limit}; with {@code since} null, the most
     * recently published items the page shows (an Atom feed's entries).
     */
    List<PublishedChange> since(PageLocation location, Instant since, int limit);
}
