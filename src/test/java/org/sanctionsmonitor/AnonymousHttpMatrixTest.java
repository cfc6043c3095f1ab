package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AccessExpectations.HttpExpectation;
import org.sanctionsmonitor.follow.FeedAddress;
import org.sanctionsmonitor.follow.FeedService;
import org.sanctionsmonitor.follow.SavedViewService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP path the app maps (servlets, Spring MVC handlers, actuator endpoints, static resources), found by the test
 * itself and requested by an anonymous client over real HTTP: only what {@link AccessExpectations} calls open answers,
 * the read API asks for a bearer token, a feed answers only its owner's key, and everything else sends the client to
 * sign in. Every route of the app is requested the same way, and so are paths
 * commonly probed by attackers.
 */
@WebAppTest
class AnonymousHttpMatrixTest {

    /** Paths attackers try; the app maps none of them to anything an anonymous client may read. */
    static final List<String> PROBES = List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/info",
            "/actuator/metrics", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump", "/actuator/configprops",
            "/h2-console", "/v3/api-docs", "/swagger-ui.html", "/VAADIN/config", "/.git/config", "/WEB-INF/web.xml",
            "/META-INF/MANIFEST.MF", "/application.properties", "/db/migration/V1__baseline.sql",
            "/demo/demo-dataset.json", "/?v-r=uidl&v-uiId=0", "/?v-r=heartbeat&v-uiId=0", "/incidents/1/../../admin/users", "/%2e%2e/admin/users",
            "/admin/users;x=y", "/admin/users/", "/ADMIN/USERS");

    /** Vaadin's answer to a message for a UI that does not exist (no session, no UI): nothing but "start again". */
    static final String VAADIN_SESSION_EXPIRED = "{\"meta\":{\"sessionExpired\":true}}";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SavedViewService savedViews;

    @Autowired
    FeedService feeds;

    @Test
    void every_mapped_http_path_has_an_expectation_and_no_expectation_is_stale() {
        Set<String> mapped = mappedPaths();
        List<String> missing = mapped.stream().filter(path -> !AccessExpectations.HTTP.containsKey(path))
                .map(path -> "    http(\"" + path + "\", \"<a path to request>\", OPEN|SIGN_IN|TOKEN|KEY);").toList();
        assertThat(missing).as("HTTP paths without an expectation. Add a line for each to AccessExpectations:").isEmpty();
        assertThat(AccessExpectations.HTTP.keySet().stream().filter(path -> !mapped.contains(path)).toList())
                .as("Expectations for HTTP paths that are no longer mapped: remove them from AccessExpectations").isEmpty();
    }

    @Test
    void an_anonymous_client_gets_only_the_open_paths_and_is_sent_to_sign_in_for_everything_else() throws Exception {
        WebClient anonymous = WebClient.from(freshAddress(), port);
        List<String> escapes = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        for (Map.Entry<String, HttpExpectation> entry : AccessExpectations.HTTP.entrySet()) {
            String sample = entry.getValue().sample();
            HttpResponse<String> response = anonymous.get(sample);
            String answer = describe(response);
            matrix.append(String.format("%-20s %-50s %s%n", entry.getKey(), sample, answer));
            boolean right = switch (entry.getValue().answer()) {
                case OPEN -> response.statusCode() == 200;
                case SIGN_IN -> sentToSignIn(response);
                case TOKEN -> askedForAToken(response) && tokenGetsPast(sample);
                case KEY -> response.statusCode() == 404 && ownersKeyGetsTheFeed();
            };
            if (!right) {
                escapes.add(sample + " (" + entry.getKey() + "): " + answer + ", expected " + switch (entry.getValue().answer()) {
                    case OPEN -> "200";
                    case SIGN_IN -> "to be sent to sign in";
                    case TOKEN -> "401 with a Bearer challenge, and a demo token let past it";
                    case KEY -> "404 with a wrong key, and the feed with its owner's key";
                });
            }
        }
        for (String template : RoleMatrixTest.routeTemplates().keySet()) {
            String path = "/" + template.replaceAll(":[a-z]+(\\([^/]*\\))?", "1");
            boolean open = AccessExpectations.ROUTES.get(template) != null
                    && AccessExpectations.ROUTES.get(template).access() == AccessExpectations.Access.ANYONE;
            HttpResponse<String> response = anonymous.get(path);
            matrix.append(String.format("%-20s %-50s %s%n", "route", path, describe(response)));
            if (open ? response.statusCode() != 200 : !sentToSignIn(response)) {
                escapes.add(path + " (route " + template + "): " + describe(response) + ", expected "
                        + (open ? "200" : "to be sent to sign in"));
            }
            if (!open) {
                // The way a browser tab reaches a page: Vaadin's bootstrap, then the client-side router's navigation.
                String view = RoleMatrixTest.routeTemplates().get(template).getName();
                HttpResponse<String> navigation = WebClient.from(freshAddress(), port).openUi("").navigate(path.substring(1));
                boolean login = navigation.body().contains("\"" + LoginView.class.getName() + "\"");
                boolean shown = navigation.body().contains("\"" + view + "\"");
                matrix.append(String.format("%-20s %-50s %s%n", "route (UIDL)", path, login ? "login view" : shown ? "THE VIEW" : "?"));
                if (!login || shown) {
                    escapes.add(path + " (route " + template + ", navigated in a UI): " + (shown ? "showed " + view : "no login view"));
                }
            }
        }
        for (String probe : PROBES) {
            HttpResponse<String> response = anonymous.get(probe);
            matrix.append(String.format("%-20s %-50s %s %s%n", "probe", probe, describe(response),
                    response.statusCode() == 200 ? response.body().substring(0, Math.min(200, response.body().length())) : ""));
            boolean noData = response.statusCode() >= 300 && response.statusCode() < 500
                    || response.statusCode() == 200 && (response.body().isEmpty() || response.body().equals(VAADIN_SESSION_EXPIRED));
            if (!noData) {
                escapes.add(probe + " (probe): " + describe(response) + ", expected a redirect to sign in or a 4xx: "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        System.out.print("Anonymous HTTP matrix:\n" + matrix);
        assertThat(escapes).as("HTTP answers to an anonymous client that differ from AccessExpectations").isEmpty();
    }

    @Test
    void the_navigation_check_does_see_a_view_when_the_client_may_open_it() throws Exception {
        WebClient viewer = WebClient.from(InetAddress.getByName("127.0.8.2"), port).logIn("viewer", "viewer");
        String view = RoleMatrixTest.routeTemplates().get("incidents").getName();

        HttpResponse<String> navigation = viewer.openUi("").navigate("incidents");

        assertThat(navigation.body()).contains("\"" + view + "\"").doesNotContain(LoginView.class.getName());
    }

    /** The read API's refusal: 401 with a bearer challenge, no redirect to a login page (the API has no sessions). */
    private static boolean askedForAToken(HttpResponse<String> response) {
        return response.statusCode() == 401 && response.headers().firstValue("Location").isEmpty()
                && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer ");
    }

    /** The same path with the demo viewer's token is not refused for want of a token (so the 401 was about the token). */
    private boolean tokenGetsPast(String sample) throws Exception {
        return WebClient.from(freshAddress(), port).get(sample, "Authorization", "Bearer viewer-demo-token").statusCode() != 401;
    }

    /** A reader's saved view's feed, requested without a session with the reader's current key, answers with the feed. */
    private boolean ownersKeyGetsTheFeed() throws Exception {
        long view;
        String key;
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            view = savedViews.save("Matrix feed " + System.nanoTime(), "incidents?country=KP");
            key = feeds.createKey();
        }
        try {
            HttpResponse<String> response = WebClient.from(freshAddress(), port).get("/" + FeedAddress.of(view, key));
            return response.statusCode() == 200 && response.body().contains("<feed");
        } finally {
            try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
                savedViews.delete(view);
                feeds.revokeKey();
            }
        }
    }

    /** Sent to the login page: a redirect there (a 401 is the read API's answer, {@link #askedForAToken}). */
    private static boolean sentToSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").matches("(https?://[^/]+)?/login");
    }

    private static String describe(HttpResponse<String> response) {
        return response.statusCode() + response.headers().firstValue("Location").map(location -> " → " + location).orElse("");
    }

    /** Every path pattern of the servlet container and of Spring MVC's handler mappings (actuator and static resources included). */
    private Set<String> mappedPaths() {
        Set<String> paths = new TreeSet<>();
        ServletContext servlets = context.getServletContext();
        servlets.getServletRegistrations().values().forEach(servlet -> paths.addAll(servlet.getMappings()));
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            if (mapping instanceof RequestMappingInfoHandlerMapping requests) {
                for (RequestMappingInfo info : requests.getHandlerMethods().keySet()) {
                    paths.addAll(info.getPatternValues());
                }
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                paths.addAll(urls.getHandlerMap().keySet());
            }
        }
        System.out.println("Mapped HTTP paths: " + paths);
        return paths;
    }

    private static InetAddress freshAddress() throws UnknownHostException {
        return InetAddress.getByName("127.0.8.1");
    }
}
