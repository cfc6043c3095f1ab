package org.sanctionsmonitor.editorial;

/** Where an item stands in the workflow, for its editor page. */
public record EditorialStatus(WorkflowState state, String lastAuthor, String reviewComment, long version) {

    public static EditorialStatus of(EditorialRecord record) {
        return new EditorialStatus(record.getWorkflowState(), record.getUpdatedBy(), record.getReviewComment(), record.getVersion());
    }
}
