package org.sanctionsmonitor.follow;

/**
 * The address of a saved view's Atom feed. Kept out of {@link FeedService} so that every public method of the service
 * stays guarded by method security.
 */
public final class FeedAddress {

    private FeedAddress() {
    }

    /** A saved view's feed address, relative to the app root, with the secret in it. */
    public static String of(long viewId, String secret) {
        return "feeds/" + viewId + "/" + secret;
    }
}
