package org.sanctionsmonitor.security;

/**
 * A user-management request that breaks a rule. {@link #field()} names the input at fault so a form can show the
 * message next to it; it is {@code null} when the problem concerns the request as a whole (a stale version, the last admin).
 */
public class UserAdminException extends RuntimeException {

    /** The inputs of the user-management forms. */
    public enum Field { USERNAME, DISPLAY_NAME, ROLE, PASSWORD }

    private final transient Field field;

    UserAdminException(Field field, String message) {
        super(message);
        this.field = field;
    }

    /** The input at fault, or {@code null} for the request as a whole. */
    public Field field() {
        return field;
    }
}
