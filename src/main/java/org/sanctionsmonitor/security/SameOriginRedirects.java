package org.sanctionsmonitor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within the app say only the path: {@code Location: /login}, never {@code http://<Host header>/login}.
 * Spring Security builds absolute redirect URLs from the request's Host header, which the client chooses; a forged
 * Host would otherwise come back in the redirect (and could poison a cache in front of the app). Redirects to other
 * hosts are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SameOriginRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(request, location));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(request, location), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
            }
        });
    }

    /** The path, query and fragment of {@code location} when it points at the host the request was sent to. */
    static String relative(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }
}
