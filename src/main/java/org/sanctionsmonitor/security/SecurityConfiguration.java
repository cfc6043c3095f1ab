package org.sanctionsmonitor.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.sanctionsmonitor.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Every view needs a login (Vaadin's navigation access control); only the health endpoint is open, and the metrics
 * are for admins or the management port ({@link MetricsAccess}). Signing in is
 * {@link SignInProvider}'s (lockout, throttling, audit); the browser-facing rules are {@link BrowserHardening}'s.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableScheduling
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, RequestUtil vaadinRequests,
            Environment environment) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(MetricsAccess.PATH).access(new MetricsAccess(environment))
                // Static browser code and styles, no data: our own components and the ECharts webjar. Only that webjar:
                // "/webjars/**" would also open Swagger UI's (springdoc), which is for signed-in users.
                .requestMatchers("/images/**", "/styles/**", "/components/**", "/webjars/echarts/**").permitAll()
                // A saved view's Atom feed: feed readers cannot sign in, so the secret in the address is the check
                // (FeedService). Only GET, only this one shape of address.
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/feeds/*/*")).permitAll());
        // Sessions are registered so that disabling, demoting or resetting a user ends their open sessions at once.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // BrowserHardening protects the login POST too; Vaadin's own CSRF setup would exempt it.
                .enableCsrfConfiguration(false)
                // A signed-in user's unknown path reaches Vaadin's router and its "not found" page, not a bare 403.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // After Vaadin's configurer, so that the form login it sets up gets the handler (and Vaadin's login page).
        // A failed sign-in says why (wrong password, locked, throttled, database unavailable), never with a 500.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        BrowserHardening.configure(http, vaadinRequests);
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not grow forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
