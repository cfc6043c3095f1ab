package org.sanctionsmonitor.follow;

import java.time.Instant;

/**
 * A reader's saved view as the header and the saved-views page show it: its name, the page location it opens (relative
 * to the app root), when the reader last opened it, and how many published items are new or changed since then.
 */
public record SavedView(long id, String name, String location, Instant lastOpenedAt, int newItems) {
}
