package org.sanctionsmonitor.base;

/** Input the service refuses for a reason Bean Validation cannot see (e.g. a duplicate); names the field. */
public class FieldException extends RuntimeException {

    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
