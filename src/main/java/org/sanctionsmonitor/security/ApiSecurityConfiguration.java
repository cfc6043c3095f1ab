package org.sanctionsmonitor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.sanctionsmonitor.ExchangeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The read API's own security, apart from the pages': {@code /api/**} is stateless (no session is read or made, no
 * CSRF token, since a request carries its credential in its {@code Authorization: Bearer} header, which a browser never
 * adds on its own), authenticated by per-user tokens ({@link ApiTokens}) and limited per token ({@link ApiRateLimit}).
 * Its errors are problem details (RFC 9457). The pages' chain ({@link SecurityConfiguration}) is untouched: it only sees
 * requests outside {@code /api/**}.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String REALM = "Bearer realm=\"sanctions-monitor\"";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ExchangeProperties properties, Clock clock) throws Exception {
        ApiRateLimit rateLimit = new ApiRateLimit(properties.apiRequestsPerMinute(), Duration.ofMinutes(1));
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, rateLimit, clock), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, denied) -> {
                            response.setHeader("WWW-Authenticate", REALM);
                            ApiProblems.write(response, 401, "Unauthorized",
                                    "Send an API token in the header \"Authorization: Bearer <token>\". Make one on your profile page.",
                                    request.getRequestURI());
                        })
                        .accessDeniedHandler((request, response, denied) -> ApiProblems.write(response, 403, "Forbidden",
                                "Your role may not read this.", request.getRequestURI())))
                // JSON only: nothing here is ever a page. Responses may be revalidated with their ETag, never shared.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * Reads {@code Authorization: Bearer <token>}: a valid token signs the request in as its owner for this request only;
     * a revoked, expired or unknown one is refused with 401 and why; a token past its budget gets 429 with
     * {@code Retry-After}. Without the header the request goes on unauthenticated and the chain answers 401.
     */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final ApiRateLimit rateLimit;
        private final Clock clock;

        BearerTokenFilter(ApiTokens tokens, ApiRateLimit rateLimit, Clock clock) {
            this.tokens = tokens;
            this.rateLimit = rateLimit;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            String token = header.substring(7).trim();
            Optional<ApiTokens.Holder> holder = token.isEmpty() || token.length() > 200 ? Optional.empty() : tokens.find(token);
            String refusal = holder.isEmpty() ? "This API token is not known. Check that it was copied whole." : refusal(holder.get());
            if (refusal != null) {
                response.setHeader("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
                ApiProblems.write(response, 401, "Unauthorized", refusal, request.getRequestURI());
                return;
            }
            ApiTokens.Holder caller = holder.orElseThrow();
            OptionalLong wait = rateLimit.acquire(caller.tokenId());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
                ApiProblems.write(response, 429, "Too Many Requests", "This token may make " + rateLimit.limit()
                        + " requests a minute. Try again in " + wait.getAsLong() + " seconds.", request.getRequestURI());
                return;
            }
            tokens.markUsed(caller.tokenId());
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(caller.username(), caller.role(), caller.tokenId()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        /** Why a known token is refused, or null when it may be used. */
        private String refusal(ApiTokens.Holder holder) {
            if (holder.revokedAt() != null) {
                return "This API token was revoked. Make a new one on your profile page.";
            }
            if (holder.expiresAt() != null && !holder.expiresAt().isAfter(clock.instant())) {
                return "This API token expired. Make a new one on your profile page.";
            }
            if (!holder.enabled()) {
                return "The account this API token belongs to is disabled.";
            }
            return null;
        }
    }
}
