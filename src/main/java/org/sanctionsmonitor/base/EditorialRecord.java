package org.sanctionsmonitor.base;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An entity editors write and publish: workflow state and who changed it when. */
@MappedSuperclass
@Audited
public abstract class EditorialRecord extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkflowState workflowState = WorkflowState.DRAFT;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    /** The reviewer's reason when the item was last sent back to draft; shown to its author. */
    private String reviewComment;

    /** Records who made this change; the first call also records the creator. */
    public void touch(String username, Instant when) {
        if (createdBy == null) {
            createdBy = username;
            createdAt = when;
        }
        updatedBy = username;
        updatedAt = when;
    }

    public WorkflowState getWorkflowState() {
        return workflowState;
    }

    public void setWorkflowState(WorkflowState workflowState) {
        this.workflowState = workflowState;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
