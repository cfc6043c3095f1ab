package org.sanctionsmonitor.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.sanctionsmonitor.base.AbstractEntity;

/**
 * A change to a published record that waits for review: an edit (the record as its form shows it, as JSON) or a
 * withdrawal (with its reason). Readers keep seeing the published record until the change is published. At most one
 * per record; Envers keeps every saved version of it.
 */
@Entity
@Table(name = "pending_revision")
@Audited
class PendingRevision extends AbstractEntity {

    enum Change {
        EDIT, WITHDRAWAL
    }

    private String itemType;
    private long itemId;

    @Enumerated(EnumType.STRING)
    private Change change;

    @JdbcTypeCode(SqlTypes.JSON)
    private String content;

    private String reason;

    @Enumerated(EnumType.STRING)
    private WorkflowState state = WorkflowState.DRAFT;

    private String reviewComment;

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private String updatedBy;
    private Instant updatedAt;

    protected PendingRevision() {
    }

    private PendingRevision(ItemType type, long itemId, Change change, String author, Instant when) {
        this.itemType = type.key();
        this.itemId = itemId;
        this.change = change;
        this.createdBy = author;
        this.createdAt = when;
        this.updatedBy = author;
        this.updatedAt = when;
    }

    static PendingRevision edit(ItemType type, long itemId, String content, String author, Instant when) {
        PendingRevision revision = new PendingRevision(type, itemId, Change.EDIT, author, when);
        revision.content = content;
        return revision;
    }

    /** A withdrawal goes to review at once: asking for it is the author's step. */
    static PendingRevision withdrawal(ItemType type, long itemId, String reason, String author, Instant when) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Say why it should be withdrawn; readers who open it will see the reason.");
        }
        PendingRevision revision = new PendingRevision(type, itemId, Change.WITHDRAWAL, author, when);
        revision.reason = reason.trim();
        revision.state = WorkflowState.IN_REVIEW;
        return revision;
    }

    /** New content from its author: back to draft, so that nothing reaches readers unreviewed. */
    void revise(String content, String author, Instant when) {
        this.content = content;
        this.state = WorkflowState.DRAFT;
        this.reviewComment = null;
        this.updatedBy = author;
        this.updatedAt = when;
    }

    void submit() {
        if (state != WorkflowState.DRAFT) {
            throw new WorkflowException("Only a draft revision can be submitted for review. This one is " + state.phrase() + ".");
        }
        state = WorkflowState.IN_REVIEW;
        reviewComment = null;
    }

    /** Checks that the reviewer may publish it; the caller then applies it and deletes it. */
    void requireApprovable(String reviewer, boolean fourEyes) {
        if (state != WorkflowState.IN_REVIEW) {
            throw new WorkflowException("Only a revision in review can be published. This one is " + state.phrase() + ".");
        }
        if (fourEyes && reviewer.equals(updatedBy)) {
            throw new WorkflowException("Someone other than its last author (" + updatedBy + ") must publish it.");
        }
    }

    void reject(String comment) {
        if (state != WorkflowState.IN_REVIEW) {
            throw new WorkflowException("Only a revision in review can be sent back. This one is " + state.phrase() + ".");
        }
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("Say what must change, so that the author can fix it.");
        }
        state = WorkflowState.DRAFT;
        reviewComment = comment.trim();
    }

    /** Gives a revision loaded from a full dataset export its state, reviewer's comment and last author again. */
    void restoreRecorded(RecordedState.Pending recorded) {
        if (recorded.state() == WorkflowState.IN_REVIEW && state == WorkflowState.DRAFT) {
            submit();
        }
        reviewComment = recorded.reviewComment();
        updatedBy = recorded.updatedBy();
        updatedAt = recorded.updatedAt();
    }

    String getItemType() {
        return itemType;
    }

    long getItemId() {
        return itemId;
    }

    Change getChange() {
        return change;
    }

    String getContent() {
        return content;
    }

    String getReason() {
        return reason;
    }

    WorkflowState getState() {
        return state;
    }

    String getReviewComment() {
        return reviewComment;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
