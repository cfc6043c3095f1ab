package org.sanctionsmonitor.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

    /**
     * Runs start-up work (the demo load) as a named user with a role, so that it goes through the same checked
     * services as everyone's work and its history names who did it.
     */
    public static <T> T runAs(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).filter(Authentication::isAuthenticated);
    }
}
