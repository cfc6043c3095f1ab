package org.sanctionsmonitor.exchange;

import java.time.Instant;
import org.sanctionsmonitor.editorial.WorkflowState;

/**
 * A change that waits for review on a published record, as a full dataset export keeps it: an {@code EDIT} with the
 * record as it will read ({@code content}), or a {@code WITHDRAWAL} with its reason.
 */
public record PendingRecord<T>(String change, String reason, WorkflowState state, String reviewComment, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt, T content) {

    public boolean withdrawal() {
        return "WITHDRAWAL".equals(change);
    }
}
