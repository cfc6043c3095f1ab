package org.sanctionsmonitor.base;

/** Editorial state of an incident, source or statement. Readers see {@link #PUBLISHED} items only. */
public enum WorkflowState {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
