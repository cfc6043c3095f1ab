package org.sanctionsmonitor.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as services see it, for visibility rules and for recording who changed what. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Editors and admins see drafts and items in review; everyone else sees published items only. */
    public static boolean canSeeUnpublished() {
        return hasRole(Role.EDITOR);
    }

    public static boolean hasRole(Role role) {
        return authentication()
                .map(auth -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + role.name())::equals))
                .orElse(false);
    }

    public static Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).filter(Authentication::isAuthenticated);
    }
}
