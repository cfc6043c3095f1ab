package org.sanctionsmonitor.security;

import java.util.List;

/**
 * Roles, each including the ones below it: an editor can do what a viewer can, an admin what an editor can.
 * Users get the authorities of every role they include, so checks name the least role they need.
 */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** Role names for {@code @RolesAllowed}. */
    public static final String VIEWER_ROLE = "VIEWER";
    public static final String EDITOR_ROLE = "EDITOR";
    public static final String ADMIN_ROLE = "ADMIN";

    /**
     * Expressions for {@code @PreAuthorize} on services. Services use Spring's annotation rather than
     * {@code @RolesAllowed} so that method security never proxies the views, which carry {@code @RolesAllowed}
     * for Vaadin's navigation access control.
     */
    public static final String IS_VIEWER = "hasRole('VIEWER')";
    public static final String IS_EDITOR = "hasRole('EDITOR')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";

    public List<String> authorities() {
        return java.util.Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .map(role -> "ROLE_" + role.name())
                .toList();
    }
}
