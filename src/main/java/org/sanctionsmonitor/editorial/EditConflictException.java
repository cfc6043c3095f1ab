package org.sanctionsmonitor.editorial;

import java.time.Instant;

/**
 * Someone else saved the item after the editor opened it. Carries what is saved now, so the form can show what
 * changed and let the editor keep their own text.
 */
public class EditConflictException extends RuntimeException {

    private final transient Object current;
    private final String changedBy;
    private final Instant changedAt;

    public EditConflictException(Object current, String changedBy, Instant changedAt) {
        super("Changed by " + changedBy + " since you opened it.");
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The item as it is saved now, in the same form the editor edits. */
    public Object current() {
        return current;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
