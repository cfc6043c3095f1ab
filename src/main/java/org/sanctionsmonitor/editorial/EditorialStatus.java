package org.sanctionsmonitor.editorial;

import java.time.Instant;

/**
 * Where an item stands in the workflow, for its editor page: its own state, and the change pending on it when it is
 * published and someone is correcting or withdrawing it. {@code version} is the token every step is checked against.
 */
public record EditorialStatus(WorkflowState state, String lastAuthor, String reviewComment, long version, String withdrawalReason,
        Pending pending) {

    /** A status without pending change, as lists read it. */
    public EditorialStatus(WorkflowState state, String lastAuthor, String reviewComment, long version) {
        this(state, lastAuthor, reviewComment, version, null, null);
    }

    /** A change waiting on a published item: an edit (a revision) or a withdrawal with its reason. */
    public record Pending(boolean withdrawal, WorkflowState state, String author, Instant updatedAt, String reviewComment,
            String reason) {
    }

    public boolean hasPending() {
        return pending != null;
    }
}
