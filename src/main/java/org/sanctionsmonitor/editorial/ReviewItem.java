package org.sanctionsmonitor.editorial;

import java.time.Instant;

/** An item in the review queue, or one sent back to its author; {@code page} is where editors open it. */
public record ReviewItem(ItemType type, long id, String title, String page, WorkflowState workflowState, String updatedBy,
        Instant updatedAt, String reviewComment, long version) {
}
