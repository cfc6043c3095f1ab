package org.sanctionsmonitor.editorial;

import org.sanctionsmonitor.base.AbstractEntity;
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

    /** Why a published record was withdrawn; shown to readers who open it. */
    private String withdrawalReason;

    /**
     * When the version readers see went live: the record's publication, or the publication of a reviewed revision.
     * Drafts and pending revisions never move it, so "new or changed since" follows published versions only.
     */
    private Instant publishedAt;

    /** When the record was first published; with {@link #publishedAt} it tells a new item from a changed one. */
    private Instant firstPublishedAt;

    /** Sends a draft to review. */
    void submit() {
        requireState(WorkflowState.DRAFT, "Only a draft can be submitted for review.");
        workflowState = WorkflowState.IN_REVIEW;
        reviewComment = null;
    }

    /**
     * Publishes an item in review. With the four-eyes rule on, the reviewer must not be its last author.
     * Workflow steps do not count as authorship: only {@link #touch} (a content change) does.
     */
    void approve(String reviewer, boolean fourEyes, Instant when) {
        requireState(WorkflowState.IN_REVIEW, "Only an item in review can be published.");
        if (fourEyes && reviewer.equals(updatedBy)) {
            throw new WorkflowException("Someone other than its last author (" + updatedBy + ") must publish it.");
        }
        published(when);
    }

    /** Returns an item in review to draft, with the reviewer's reason for its author. */
    void reject(String comment) {
        requireState(WorkflowState.IN_REVIEW, "Only an item in review can be sent back.");
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("Say what must change, so that the author can fix it.");
        }
        workflowState = WorkflowState.DRAFT;
        reviewComment = comment.trim();
    }

    /** Takes a published record out of public view, with the reason readers will see; history keeps it. */
    void withdraw(String reason) {
        requireState(WorkflowState.PUBLISHED, "Only a published item can be withdrawn.");
        workflowState = WorkflowState.ARCHIVED;
        withdrawalReason = reason;
    }

    /** Publishes a draft that was loaded in bulk by an admin; see {@code ReviewService#publishWithoutReview}. */
    void publishWithoutReview(Instant when) {
        requireState(WorkflowState.DRAFT, "Only a draft can be published without review.");
        published(when);
    }

    /** A reviewed revision replaced the published content: it stays published, and its author is the revision's. */
    void revisionPublished(String author, Instant when) {
        updatedBy = author;
        updatedAt = when;
        publishedAt = when;
    }

    private void published(Instant when) {
        workflowState = WorkflowState.PUBLISHED;
        publishedAt = when;
        if (firstPublishedAt == null) {
            firstPublishedAt = when;
        }
    }

    /**
     * Gives a record loaded from a full dataset export the authors, dates and reviewers' words it had there; its state is
     * reached by the usual steps first. The creator is written by {@code ReviewService} (the column is not updatable).
     */
    void restoreRecorded(RecordedState recorded) {
        updatedBy = recorded.updatedBy();
        updatedAt = recorded.updatedAt();
        reviewComment = recorded.reviewComment();
        withdrawalReason = recorded.withdrawalReason();
    }

    private void requireState(WorkflowState expected, String message) {
        if (workflowState != expected) {
            throw new WorkflowException(message + " This one is " + workflowState.phrase() + ".");
        }
    }

    /**
     * Refuses a workflow step taken on a version the reviewer has not seen (someone saved since the page was loaded).
     */
    void requireVersion(long seenVersion) {
        if (getVersion() != seenVersion) {
            throw new WorkflowException("It was changed since you opened it: reload the page and read the new version first.");
        }
    }

    /**
     * Records a content change by {@code username}; the first call also records the creator. Changed content goes
     * back through review: an item in review, published or archived returns to draft, so that nothing reaches
     * readers unreviewed.
     */
    void touch(String username, Instant when) {
        workflowState = WorkflowState.DRAFT;
        withdrawalReason = null;
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

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }
}
