package org.sanctionsmonitor;

import org.sanctionsmonitor.security.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given user, for journeys where several people act in turn. */
public final class SignedIn implements AutoCloseable {

    private final SecurityContext previous;

    private SignedIn(String username, Role role) {
        previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TestingAuthenticationToken token = new TestingAuthenticationToken(username, "n/a", role.authorities().toArray(String[]::new));
        token.setAuthenticated(true);
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    public static SignedIn as(String username, Role role) {
        return new SignedIn(username, role);
    }

    @Override
    public void close() {
        SecurityContextHolder.setContext(previous);
    }
}
