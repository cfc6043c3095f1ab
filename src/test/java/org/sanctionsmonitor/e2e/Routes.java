package org.sanctionsmonitor.e2e;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of the running app, read from Vaadin's route registry (routes and their aliases), with route parameters
 * filled from the demo data: a page added tomorrow is checked tomorrow, without anyone updating a list. A parameter
 * this class has no sample for fails the test that asks, so that it is added here rather than silently skipped.
 */
final class Routes {

    /** A page to open: its path (parameters filled), the template it came from, and the least role that opens it. */
    record Page(String path, String template, Role role) {
    }

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)(\\([^/]*\\))?\\??");

    private Routes() {
    }

    static List<Page> all(ServletContext servletContext, JdbcClient jdbc) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        Map<String, Page> pages = new LinkedHashMap<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            Role role = role(route.getNavigationTarget());
            Stream.concat(Stream.of(route.getTemplate()), route.getRouteAliases().stream().map(a -> a.getTemplate()))
                    .forEach(template -> pages.putIfAbsent(template, new Page(fill(template, jdbc), template, role)));
        }
        List<Page> sorted = new ArrayList<>(pages.values());
        sorted.sort(java.util.Comparator.comparing(Page::path));
        return sorted;
    }

    /** The least role that opens the view; null for pages open without signing in. */
    private static Role role(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return null;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Role.VIEWER;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            throw new AssertionError(view.getName() + " has no access annotation");
        }
        return java.util.Arrays.stream(allowed.value()).map(Role::valueOf).min(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    private static String fill(String template, JdbcClient jdbc) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder("/");
        int end = 0;
        String first = template.contains("/") ? template.substring(0, template.indexOf('/')) : template;
        while (m.find()) {
            path.append(template, end, m.start());
            path.append(sample(first, m.group(1), jdbc));
            end = m.end();
        }
        path.append(template.substring(end));
        return path.toString();
    }

    private static final Map<String, Function<JdbcClient, Object>> SAMPLES = Map.of(
            "incidents:id", jdbc -> one(jdbc, "SELECT min(id) FROM incident WHERE workflow_state = 'PUBLISHED'"),
            "sources:id", jdbc -> one(jdbc, "SELECT min(id) FROM source WHERE workflow_state = 'PUBLISHED'"),
            "statements:id", jdbc -> one(jdbc, "SELECT min(id) FROM statement WHERE workflow_state = 'PUBLISHED'"),
            "actors:id", jdbc -> one(jdbc, "SELECT min(id) FROM actor"),
            "resolutions:number", jdbc -> 1718,
            "countries:code", jdbc -> "KP");

    private static Object sample(String section, String parameter, JdbcClient jdbc) {
        Function<JdbcClient, Object> sample = SAMPLES.get(section + ":" + parameter);
        if (sample == null) {
            throw new AssertionError("No sample value for the route parameter :" + parameter + " of " + section
                    + "/…: add one to Routes.SAMPLES");
        }
        return sample.apply(jdbc);
    }

    private static Object one(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
