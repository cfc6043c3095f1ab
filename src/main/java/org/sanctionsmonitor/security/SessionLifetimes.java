package org.sanctionsmonitor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live briefly until someone signs in: anyone can open one (every visit to the login page, every bootstrap
 * request of a script does), and each holds a Vaadin UI in memory. An open login page keeps its session alive with
 * Vaadin's heartbeat (every minute, {@code vaadin.heartbeatInterval}); an abandoned one is gone within
 * {@link #ANONYMOUS} (plus Tomcat's minute-long expiry sweep). After sign-in the session gets the normal timeout
 * ({@code server.servlet.session.timeout}).
 * <p>
 * Runs after Spring Security (the default filter order), so the signed-in user is known.
 */
@Component
class SessionLifetimes extends OncePerRequestFilter implements HttpSessionListener {

    static final Duration ANONYMOUS = Duration.ofMinutes(3);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) ANONYMOUS.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            int normal = (int) Duration.ofMinutes(request.getServletContext().getSessionTimeout()).toSeconds();
            if (session.getMaxInactiveInterval() != normal) {
                session.setMaxInactiveInterval(normal);
            }
        }
        chain.doFilter(request, response);
    }
}
