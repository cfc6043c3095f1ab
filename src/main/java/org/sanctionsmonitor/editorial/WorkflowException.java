package org.sanctionsmonitor.editorial;

/** A workflow step that is not allowed now; its message is meant for the user. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
