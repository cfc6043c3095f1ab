package org.sanctionsmonitor.exchange;

/**
 * The state imported items get. Editors import drafts; admins may also send them to review, publish them at once, or
 * (for a full dataset export) give each item the state, authors and dates it had in the export.
 */
public enum ImportTarget {
    DRAFT("Drafts", false), IN_REVIEW("In review", false), PUBLISHED("Published at once", true),
    AS_EXPORTED("As in the export (state, authors, dates, pending changes)", true);

    private final String label;
    private final boolean adminOnly;

    ImportTarget(String label, boolean adminOnly) {
        this.label = label;
        this.adminOnly = adminOnly;
    }

    public String label() {
        return label;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
