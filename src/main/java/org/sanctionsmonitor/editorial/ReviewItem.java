package org.sanctionsmonitor.editorial;

import java.time.Instant;

/**
 * An item in the review queue, or one sent back to its author: a new record, or a change (an edit or a withdrawal)
 * to a published one. {@code page} is where editors open it; {@code version} is the record's, for the step.
 */
public record ReviewItem(ItemType type, long id, String title, String page, Change change, WorkflowState workflowState,
        String updatedBy, Instant updatedAt, String reviewComment, String reason, long version) {

    /** Where the item stands, as its page's workflow steps need it. */
    public EditorialStatus status() {
        return change == Change.NEW
                ? new EditorialStatus(workflowState, updatedBy, reviewComment, version)
                : new EditorialStatus(WorkflowState.PUBLISHED, null, null, version, null, new EditorialStatus.Pending(
                        change == Change.WITHDRAWAL, workflowState, updatedBy, updatedAt, reviewComment, reason));
    }

    public enum Change {
        NEW("New"), EDIT("Revision"), WITHDRAWAL("Withdrawal");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
