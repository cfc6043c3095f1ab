package org.sanctionsmonitor.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.spring.security.RequestUtil;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What the browser is told to enforce: a Content-Security-Policy, {@code nosniff}, a referrer policy, no caching of
 * pages and no framing (Spring Security's defaults, written before the response starts so that Vaadin's pages get
 * them too), and CSRF protection on the login form's POST.
 * <p>
 * The policy allows scripts only from this origin. Vaadin's bootstrap page carries a few inline scripts, and its
 * client engine builds functions from the JavaScript the server sends ({@code executeJs}, event data), so the
 * bootstrap page's policy adds {@code 'unsafe-eval'} and the SHA-256 hash of each inline script that page holds
 * (computed as it is served) instead of {@code 'unsafe-inline'}: an injected inline script or event-handler attribute
 * does not run. Styles keep {@code 'unsafe-inline'}: Vaadin's components set inline styles.
 */
@Component
class BrowserHardening implements VaadinServiceInitListener {

    /** Every response. Nothing but Vaadin's bootstrap page needs more. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static void configure(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // Vaadin's own requests (UIDL, heartbeat, bootstrap) carry Vaadin's CSRF token; everything else, the login
        // form's POST included, needs Spring's. (Vaadin's default exempts POST /login.)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A login form left open until its session ended posts a token the server no longer knows: ask again, kindly.
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(loginPost, (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                new DefaultRedirectStrategy().sendRedirect(request, response, "/login?expired");
            } else {
                new AccessDeniedHandlerImpl().handle(request, response, denied);
            }
        });
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl())));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Vaadin's pages are written through a servlet forward, which commits the response before a
                        // lazy header writer runs: write the headers first.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener((IndexHtmlRequestListener) BrowserHardening::allowInlineScriptsOfThisPage);
    }

    /** The bootstrap page's policy: its own inline scripts by hash, and functions built from server-sent JavaScript. */
    static void allowInlineScriptsOfThisPage(IndexHtmlResponse page) {
        String hashes = page.getDocument().select("script:not([src])").stream()
                .map(Element::data)
                .map(BrowserHardening::sha256)
                .distinct()
                .map(hash -> "'sha256-" + hash + "'")
                .collect(Collectors.joining(" "));
        page.getVaadinResponse().setHeader("Content-Security-Policy",
                POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval' " + hashes));
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
