package org.sanctionsmonitor.base;

/** Editorial state of an incident, source or statement. Readers see {@link #PUBLISHED} items only. */
public enum WorkflowState {
    DRAFT("a draft"), IN_REVIEW("in review"), PUBLISHED("published"), ARCHIVED("archived");

    private final String label;

    WorkflowState(String label) {
        this.label = label;
    }

    /** Lower-case phrase for sentences, e.g. "in review". */
    public String label() {
        return label;
    }
}
