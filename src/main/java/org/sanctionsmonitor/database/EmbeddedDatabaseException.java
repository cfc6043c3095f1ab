package org.sanctionsmonitor.database;

/** The embedded database could not start; {@link #action()} tells the operator what to do. */
class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
