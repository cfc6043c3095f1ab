package org.sanctionsmonitor.editorial;

/**
 * Editorial state of an incident, source or statement. Readers see {@link #PUBLISHED} items only; a withdrawn item
 * ({@link #ARCHIVED}) shows readers only that it was withdrawn, and why.
 */
public enum WorkflowState {
    DRAFT("Draft", "a draft"), IN_REVIEW("In review", "in review"), PUBLISHED("Published", "published"), ARCHIVED("Withdrawn", "withdrawn");

    private final String title;
    private final String phrase;

    WorkflowState(String title, String phrase) {
        this.title = title;
        this.phrase = phrase;
    }

    /** For badges and lists, e.g. "In review". */
    public String title() {
        return title;
    }

    /** For sentences, e.g. "This one is in review." */
    public String phrase() {
        return phrase;
    }
}
