package org.sanctionsmonitor.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the metrics ({@code /actuator/prometheus}): every request that reaches the separate management port
 * (the production profile has one, {@code MANAGEMENT_SERVER_PORT}, which the proxy never forwards, so only the
 * monitoring network reaches it); on the app's own port, admins only. The metrics hold no content, but route names,
 * counts and pool sizes are still nobody else's business.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String PATH = "/actuator/prometheus";

    private final Environment environment;
    private final AuthorizationManager<RequestAuthorizationContext> admins = AuthorityAuthorizationManager.hasRole(Role.ADMIN_ROLE);

    MetricsAccess(Environment environment) {
        this.environment = environment;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return onManagementPort(context.getRequest()) ? new AuthorizationDecision(true) : admins.authorize(authentication, context);
    }

    /** The port the request came in on is the management server's, and that is not the app's own port. */
    private boolean onManagementPort(HttpServletRequest request) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer server = environment.getProperty("local.server.port", Integer.class);
        return management != null && !management.equals(server) && request.getLocalPort() == management;
    }
}
