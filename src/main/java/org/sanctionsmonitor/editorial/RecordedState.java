package org.sanctionsmonitor.editorial;

import java.time.Instant;

/**
 * Where a record stood in the workflow, and who made and changed it when, as a full dataset export keeps it, so that
 * an admin's import of that export gives back the same records ({@link ReviewService#restoreRecorded}).
 */
public record RecordedState(WorkflowState state, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        String reviewComment, String withdrawalReason) {

    /**
     * A change that waited for review on a published record: an edit (its content is saved through the record's
     * service first) or a withdrawal with its reason.
     */
    public record Pending(boolean withdrawal, String reason, WorkflowState state, String reviewComment, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt) {
    }
}
