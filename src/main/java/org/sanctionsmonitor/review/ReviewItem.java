package org.sanctionsmonitor.review;

import java.time.Instant;
import org.sanctionsmonitor.base.WorkflowState;

/** An item in the review queue, or one sent back to its author. */
public record ReviewItem(ItemType type, long id, String title, WorkflowState workflowState, String updatedBy,
        Instant updatedAt, String reviewComment, long version) {
}
