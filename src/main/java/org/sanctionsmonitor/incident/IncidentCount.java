package org.sanctionsmonitor.incident;

/**
 * How many incidents a list holds: exact, or (when counting them would cost a scan of a large part of the archive)
 * only that there are more than {@code count}.
 */
public record IncidentCount(long count, boolean exact) {

    /** "1 incident", "12,345 incidents", "more than 10,000 incidents". */
    public String text() {
        String number = String.format(java.util.Locale.ROOT, "%,d", count);
        if (!exact) {
            return "more than " + number + " incidents";
        }
        return count == 1 ? "1 incident" : number + " incidents";
    }
}
