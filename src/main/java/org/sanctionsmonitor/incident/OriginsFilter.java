package org.sanctionsmonitor.incident;

/**
 * The incident list's corroboration filter: how many independent origins its published sources have (see
 * {@link Corroboration}). Counted ahead in {@code incident_evidence}, so the filter is a look-up by primary key.
 */
public enum OriginsFilter {
    NONE("No published source", "NOT EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id AND e.sources > 0)"),
    ONE("A single origin", "EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id AND e.origins = 1)"),
    TWO_OR_MORE("Two or more independent origins", "EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id AND e.origins >= 2)"),
    THREE_OR_MORE("Three or more independent origins", "EXISTS (SELECT 1 FROM incident_evidence e WHERE e.incident_id = i.id AND e.origins >= 3)");

    private final String label;
    private final String condition;

    OriginsFilter(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    /** The condition on the incident aliased {@code i}. */
    String condition() {
        return condition;
    }
}
