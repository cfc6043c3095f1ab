package org.sanctionsmonitor.security.ui;

import org.sanctionsmonitor.security.Role;

/** How roles read in the user admin screens. */
final class RoleLabels {

    private RoleLabels() {
    }

    static String label(Role role) {
        return switch (role) {
            case VIEWER -> "Viewer";
            case EDITOR -> "Editor";
            case ADMIN -> "Admin";
        };
    }

    static String helper(Role role) {
        return switch (role) {
            case VIEWER -> "Reads published items.";
            case EDITOR -> "Enters, reviews and publishes items.";
            case ADMIN -> "Editor rights plus user management.";
        };
    }
}
