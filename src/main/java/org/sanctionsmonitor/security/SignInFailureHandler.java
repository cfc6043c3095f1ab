package org.sanctionsmonitor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page with the reason the page words for the user: {@code ?locked},
 * {@code ?throttled=<seconds>}, {@code ?unavailable} (the database cannot be reached; nothing was counted) or
 * {@code ?error} (wrong username or password, also for a disabled account, so the page never tells which).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = switch (failure) {
            // the database is unreachable (or, rarely, a bug, which Spring Security logs): nothing was decided
            case AuthenticationServiceException unavailable -> "unavailable";
            case SignInProvider.ThrottledException throttled -> "throttled=" + Math.max(1, throttled.getWait().toSeconds());
            case LockedException locked -> "locked";
            default -> "error";
        };
        redirects.sendRedirect(request, response, "/login?" + reason);
    }
}
