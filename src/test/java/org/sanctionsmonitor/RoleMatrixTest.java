package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AccessExpectations.Access;
import org.sanctionsmonitor.AccessExpectations.RouteExpectation;
import org.sanctionsmonitor.base.ui.AccessDeniedView;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.ui.LoginView;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every route and every public service method, found by the test itself, tried for real as an anonymous client, a
 * viewer, an editor and an admin, against the hand-written table in {@link AccessExpectations}: zero escapes.
 * <ul>
 * <li>Services: every public method of every {@code @Service} bean of the app is called through its Spring proxy with
 * harmless arguments (ids that do not exist, empty text, empty filters), in a transaction that is rolled back. A call
 * refused by Spring Security counts as "denied"; anything else, including a failure on its arguments after the
 * authorization check let it through, counts as "allowed".</li>
 * <li>Routes: every {@code @Route} and {@code @RouteAlias} template is opened in a browserless UI at a location filled
 * from the demo data. "Allowed" means its own view opened; a signed-in role without access must get the worded
 * "no access" page, an anonymous client the login page.</li>
 * </ul>
 * Plain HTTP paths for anonymous clients are {@link AnonymousHttpMatrixTest}'s.
 */
@AppTest
class RoleMatrixTest extends SpringBrowserlessTest {

    static final List<String> ROLES = List.of("anonymous", "viewer", "editor", "admin");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private SecurityContext before;

    @AfterEach
    void restoreTheSecurityContext() {
        if (before != null) {
            SecurityContextHolder.setContext(before);
        }
    }

    // ---- services ----

    @Test
    void every_public_service_method_has_an_expectation_and_no_expectation_is_stale() {
        Map<String, Method> found = serviceMethods();
        List<String> missing = found.keySet().stream().filter(key -> expectation(key, found.get(key)) == null)
                .map(key -> "    method(\"" + key + "\", VIEWER|EDITOR|ADMIN);").toList();
        assertThat(missing).as("Public service methods without an expectation. Add a line for each to AccessExpectations "
                + "(the least role that may call it):").isEmpty();
        Set<String> names = found.keySet().stream().map(key -> key.replaceAll("\\(.*", "")).collect(Collectors.toSet());
        List<String> stale = AccessExpectations.METHODS.keySet().stream()
                .filter(key -> !names.contains(key.replaceAll("\\(.*", "")) && !found.containsKey(key)).toList();
        assertThat(stale).as("Expectations for service methods that no longer exist: remove them from AccessExpectations").isEmpty();
    }

    @Test
    void no_service_has_a_public_static_method_which_method_security_could_not_guard() {
        List<String> statics = services().values().stream().flatMap(bean -> Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertThat(statics).isEmpty();
    }

    @Test
    void every_public_service_method_answers_each_role_as_the_table_says() {
        Map<String, Object> beans = services();
        Map<String, Method> methods = serviceMethods();
        List<String> escapes = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        int calls = 0;
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            Access expected = expectation(entry.getKey(), entry.getValue());
            if (expected == null) {
                continue; // reported by the test above
            }
            Object bean = beans.get(entry.getValue().getDeclaringClass().getName());
            if (bean == null) {
                bean = beans.values().stream().filter(b -> entry.getValue().getDeclaringClass().isAssignableFrom(AopUtils.getTargetClass(b)))
                        .findFirst().orElseThrow();
            }
            StringBuilder row = new StringBuilder();
            for (int role = 0; role < ROLES.size(); role++) {
                boolean allowed = call(bean, entry.getValue(), role);
                calls++;
                row.append(allowed ? " yes" : "  - ");
                if (allowed != expected.allows(role)) {
                    escapes.add(entry.getKey() + " as " + ROLES.get(role) + ": " + (allowed ? "ALLOWED" : "denied")
                            + ", expected " + (expected.allows(role) ? "allowed" : "denied"));
                }
            }
            matrix.append(String.format("%-45s%s%n", entry.getKey(), row));
        }
        System.out.printf("Role matrix, services: %d public methods x %d roles = %d calls%n%s", methods.size(), ROLES.size(),
                calls, matrix);
        assertThat(calls).isGreaterThanOrEqualTo(4 * 90);
        assertThat(escapes).as("service calls whose answer differs from AccessExpectations").isEmpty();
    }

    /** Calls the method through the bean's proxy as the role, in a transaction that is rolled back; true unless refused. */
    private boolean call(Object bean, Method method, int role) {
        signInAs(role);
        Object[] arguments = Arrays.stream(method.getParameters()).map(RoleMatrixTest::harmless).toArray();
        Boolean allowed = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return true;
            } catch (InvocationTargetException e) {
                return !refused(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return Boolean.TRUE.equals(allowed);
    }

    private static boolean refused(Throwable failure) {
        return failure instanceof AccessDeniedException || failure instanceof AuthenticationException;
    }

    /** An argument that passes any type check and does no harm: ids that do not exist, empty text, no filter. */
    private static Object harmless(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class) {
            return -1L;
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 1, 1);
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        try {
            return type.getField("NONE").get(null); // filters: IncidentFilter.NONE, …
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // no such constant
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return null;
        }
    }

    /** The app's {@code @Service} beans (their proxies), by target class name. */
    private Map<String, Object> services() {
        Map<String, Object> services = new TreeMap<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("org.sanctionsmonitor"))
                .forEach(bean -> services.put(AopUtils.getTargetClass(bean).getName(), bean));
        return services;
    }

    /** "Service.method(Param,Param)" of every public instance method the app's services declare or inherit from the app. */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : services().values()) {
            Class<?> service = AopUtils.getTargetClass(bean);
            for (Method method : service.getMethods()) {
                if (method.isSynthetic() || method.isBridge() || Modifier.isStatic(method.getModifiers())
                        || !method.getDeclaringClass().getName().startsWith("org.sanctionsmonitor")) {
                    continue;
                }
                String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
                methods.put(service.getSimpleName() + "." + method.getName() + "(" + parameters + ")", method);
            }
        }
        assertThat(methods).as("services found").hasSizeGreaterThan(50);
        return methods;
    }

    private static Access expectation(String key, Method method) {
        Access exact = AccessExpectations.METHODS.get(key);
        return exact != null ? exact : AccessExpectations.METHODS.get(key.replaceAll("\\(.*", ""));
    }

    // ---- routes ----

    @Test
    void every_route_has_an_expectation_and_no_expectation_is_stale() {
        Set<String> templates = routeTemplates().keySet();
        List<String> missing = templates.stream().filter(t -> !AccessExpectations.ROUTES.containsKey(t))
                .map(t -> "    route(\"" + t.replace("\\", "\\\\") + "\", VIEWER|EDITOR|ADMIN, \"<a location to open, e.g. "
                        + t.replaceAll(":id[^/]*", "{incident}") + ">\");")
                .toList();
        assertThat(missing).as("Routes without an expectation. Add a line for each to AccessExpectations:").isEmpty();
        assertThat(AccessExpectations.ROUTES.keySet().stream().filter(t -> !templates.contains(t)).toList())
                .as("Expectations for routes that no longer exist: remove them from AccessExpectations").isEmpty();
    }

    @Test
    void the_router_knows_every_route_the_classes_declare() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        assertThat(registered).containsExactlyInAnyOrderElementsOf(routeTemplates().keySet());
    }

    @Test
    void every_route_opens_for_each_role_as_the_table_says() {
        Map<String, Class<?>> routes = routeTemplates();
        Map<String, String> samples = demoSamples(jdbc);
        List<String> escapes = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        int opened = 0;
        for (Map.Entry<String, Class<?>> route : routes.entrySet()) {
            RouteExpectation expected = AccessExpectations.ROUTES.get(route.getKey());
            if (expected == null) {
                continue; // reported by the test above
            }
            String location = fill(expected.sample(), samples);
            StringBuilder row = new StringBuilder();
            for (int role = 0; role < ROLES.size(); role++) {
                signInAs(role);
                Navigation.open("login", Object.class); // from a neutral page, so nothing of the last role's page lingers
                Navigation.open(location, Object.class);
                Class<?> shown = Navigation.currentView().getClass();
                opened++;
                boolean allowed = shown == route.getValue();
                row.append(allowed ? " yes" : "  - ");
                Class<?> refusal = role == 0 ? LoginView.class : AccessDeniedView.class;
                if (expected.access().allows(role) ? !allowed : shown != refusal) {
                    escapes.add("/" + location + " as " + ROLES.get(role) + " shows " + shown.getSimpleName() + ", expected "
                            + (expected.access().allows(role) ? route.getValue().getSimpleName() : refusal.getSimpleName()));
                }
            }
            matrix.append(String.format("%-45s%s%n", "/" + route.getKey(), row));
        }
        System.out.printf("Role matrix, routes: %d routes x %d roles = %d pages opened%n%s", routes.size(), ROLES.size(), opened, matrix);
        assertThat(escapes).as("routes whose answer differs from AccessExpectations").isEmpty();
    }

    /** Every {@code @Route} and {@code @RouteAlias} template the app's classes declare, with its view. */
    static Map<String, Class<?>> routeTemplates() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        Map<String, Class<?>> templates = new TreeMap<>();
        scanner.findCandidateComponents("org.sanctionsmonitor").forEach(candidate -> {
            Class<?> view;
            try {
                view = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                templates.put(route.value(), view);
            }
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                templates.put(alias.value(), view);
            }
        });
        assertThat(templates).as("routes found").hasSizeGreaterThan(20);
        return templates;
    }

    /** Values for the placeholders of sample locations, from the demo data. */
    static Map<String, String> demoSamples(JdbcClient jdbc) {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("{incident}", first(jdbc, "SELECT min(id) FROM incident WHERE workflow_state = 'PUBLISHED'"));
        samples.put("{source}", first(jdbc, "SELECT min(id) FROM source WHERE workflow_state = 'PUBLISHED'"));
        samples.put("{statement}", first(jdbc, "SELECT min(id) FROM statement WHERE workflow_state = 'PUBLISHED'"));
        samples.put("{actor}", first(jdbc, """
                SELECT min(sp.actor_id) FROM statement_speaker sp JOIN statement s ON s.id = sp.statement_id
                WHERE s.workflow_state = 'PUBLISHED'"""));
        samples.put("{resolution}", first(jdbc, "SELECT min(number) FROM resolution WHERE workflow_state = 'PUBLISHED'"));
        samples.put("{country}", "KP");
        return samples;
    }

    private static String first(JdbcClient jdbc, String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    static String fill(String sample, Map<String, String> samples) {
        String location = sample;
        for (Map.Entry<String, String> value : samples.entrySet()) {
            location = location.replace(value.getKey(), value.getValue());
        }
        assertThat(location).as("an unknown placeholder in " + sample).doesNotContain("{");
        return location;
    }

    // ---- roles ----

    /** 0 anonymous (as Spring Security sees a client without sign-in), 1 viewer, 2 editor, 3 admin. */
    private void signInAs(int role) {
        if (before == null) {
            before = SecurityContextHolder.getContext();
        }
        Authentication authentication = role == 0
                ? new AnonymousAuthenticationToken("matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : UsernamePasswordAuthenticationToken.authenticated(ROLES.get(role), null, // the demo account of that role
                        Role.values()[role - 1].authorities().stream().map(SimpleGrantedAuthority::new).toList());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
    }
}
