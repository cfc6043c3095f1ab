package org.sanctionsmonitor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may do what: the expectation table of {@link RoleMatrixTest} and {@link AnonymousHttpMatrixTest}, written by
 * hand on purpose. It is never read from the {@code @RolesAllowed}/{@code @PreAuthorize} annotations it checks (that
 * would prove nothing): it says what the product means, and the tests prove the code does it.
 * <p>
 * <b>Adding a route, a service method or a servlet path is one line here.</b> The tests find every route, every public
 * method of every {@code @Service} bean and every HTTP path by themselves, and fail with the line to add when one has
 * no expectation yet (and when a line names something that no longer exists).
 * <ul>
 * <li>{@code route(template, least role, sample location)}: the {@code @Route}/{@code @RouteAlias} template exactly as
 * declared, the least role that opens it, and a location to open, whose placeholders are filled from the demo data:
 * {@code {incident}}, {@code {source}}, {@code {statement}} (ids of published items), {@code {actor}} (a speaker of a
 * published statement), {@code {resolution}} (a
 * resolution number), {@code {country}} (a country code).</li>
 * <li>{@code method("Service.method", least role)}: every overload of that public method; the least role that may call
 * it. Key one overload as {@code "Service.method(ParamType,ParamType)"} (simple type names) if overloads differ.</li>
 * <li>{@code http(path pattern, sample path, open)}: a path pattern as a servlet, Spring MVC or actuator mapping
 * declares it; {@code open} means an anonymous client may get it, otherwise it must be sent to sign in.</li>
 * </ul>
 * Roles include the ones below them: {@link Access#VIEWER} means viewer, editor and admin; {@link Access#ANYONE}
 * includes anonymous clients.
 */
final class AccessExpectations {

    enum Access {
        ANYONE, VIEWER, EDITOR, ADMIN;

        /** Whether {@code role} (0 anonymous, 1 viewer, 2 editor, 3 admin) has this access. */
        boolean allows(int role) {
            return role >= ordinal();
        }
    }

    record RouteExpectation(Access access, String sample) {
    }

    record HttpExpectation(String sample, boolean open) {
    }

    static final Map<String, RouteExpectation> ROUTES = new LinkedHashMap<>();
    static final Map<String, Access> METHODS = new LinkedHashMap<>();
    static final Map<String, HttpExpectation> HTTP = new LinkedHashMap<>();

    private static void route(String template, Access access, String sample) {
        ROUTES.put(template, new RouteExpectation(access, sample));
    }

    private static void method(String name, Access access) {
        METHODS.put(name, access);
    }

    private static void http(String pattern, String sample, boolean open) {
        HTTP.put(pattern, new HttpExpectation(sample, open));
    }

    private static final Access ANYONE = Access.ANYONE;
    private static final Access VIEWER = Access.VIEWER;
    private static final Access EDITOR = Access.EDITOR;
    private static final Access ADMIN = Access.ADMIN;
    private static final boolean OPEN = true;
    private static final boolean SIGN_IN = false;

    private AccessExpectations() {
    }

    static {
        // Routes: readers read, editors edit, admins manage accounts and vocabularies; only the login page is open.
        route("login", ANYONE, "login");
        route("", VIEWER, "");
        route("timeline", VIEWER, "timeline?country={country}");
        route("countries", VIEWER, "countries");
        route("countries/:code", VIEWER, "countries/{country}");
        route("incidents", VIEWER, "incidents?country={country}");
        route("incidents/:id(\\d+)", VIEWER, "incidents/{incident}");
        route("incidents/:id(\\d+)/edit", EDITOR, "incidents/{incident}/edit");
        route("incidents/new", EDITOR, "incidents/new");
        route("sources", VIEWER, "sources");
        route("sources/:id(\\d+)", VIEWER, "sources/{source}");
        route("sources/:id(\\d+)/edit", EDITOR, "sources/{source}/edit");
        route("sources/new", EDITOR, "sources/new");
        route("statements/:id(\\d+)/edit", EDITOR, "statements/{statement}/edit");
        route("statements/new", EDITOR, "statements/new");
        route("resolutions", VIEWER, "resolutions");
        route("resolutions/:number", VIEWER, "resolutions/{resolution}");
        route("resolutions/:number(\\d{1,9})/edit", EDITOR, "resolutions/{resolution}/edit");
        route("resolutions/new", EDITOR, "resolutions/new");
        route("actors", EDITOR, "actors");
        // Search (issue 10): finding things and reading statements and speakers is for readers.
        route("search", VIEWER, "search?q=Alabuga");
        route("statements", VIEWER, "statements?country={country}&side=DENIAL");
        route("statements/:id(\\d+)", VIEWER, "statements/{statement}");
        route("actors/:id(\\d+)", VIEWER, "actors/{actor}");
        route("sources/guide", VIEWER, "sources/guide");
        route("review", EDITOR, "review");
        route("admin/users", ADMIN, "admin/users");
        route("admin/categories", ADMIN, "admin/categories");
        route("admin/sign-ins", ADMIN, "admin/sign-ins");

        // Services: reads of published items for viewers; drafts, history and every write for editors; accounts,
        // categories, the sign-in audit and publishing without review for admins.
        method("CountryService.all", VIEWER);
        method("CountryService.find", VIEWER);

        method("ResolutionService.list", VIEWER);
        method("ResolutionService.details", VIEWER);
        method("ResolutionService.citations", VIEWER);
        method("ResolutionService.regimes", VIEWER);
        method("ResolutionService.idOf", VIEWER);
        method("ResolutionService.provisionIds", VIEWER);
        method("ResolutionService.provisionOptions", VIEWER);
        method("ResolutionService.createRegime", EDITOR);
        method("ResolutionService.save", EDITOR);
        method("ResolutionService.edit", EDITOR);
        method("ResolutionService.status", EDITOR);
        method("ResolutionService.pendingChanges", EDITOR);
        method("ResolutionService.history", EDITOR);
        method("ResolutionService.restore", EDITOR);

        method("SourceService.list", VIEWER);
        method("SourceService.count", VIEWER);
        method("SourceService.details", VIEWER);
        method("SourceService.languages", VIEWER);
        method("SourceService.options", EDITOR);
        method("SourceService.save", EDITOR);
        method("SourceService.edit", EDITOR);
        method("SourceService.status", EDITOR);
        method("SourceService.pendingChanges", EDITOR);
        method("SourceService.history", EDITOR);
        method("SourceService.restore", EDITOR);

        method("IncidentService.list", VIEWER);
        method("IncidentService.count", VIEWER);
        method("IncidentService.details", VIEWER);
        method("IncidentService.withdrawal", VIEWER);
        method("IncidentService.citingSource", VIEWER);
        method("IncidentService.corroboration", VIEWER);
        method("IncidentService.options", EDITOR);
        method("IncidentService.similar", EDITOR);
        method("IncidentService.save", EDITOR);
        method("IncidentService.edit", EDITOR);
        method("IncidentService.status", EDITOR);
        method("IncidentService.pendingChanges", EDITOR);
        method("IncidentService.history", EDITOR);
        method("IncidentService.restore", EDITOR);

        method("CategoryService.all", VIEWER);
        method("CategoryService.active", VIEWER);
        method("CategoryService.find", VIEWER);
        method("CategoryService.save", ADMIN);

        method("StatementService.forIncident", VIEWER);
        method("StatementService.forSource", VIEWER);
        method("StatementService.actors", EDITOR);
        method("StatementService.save", EDITOR);
        method("StatementService.edit", EDITOR);
        method("StatementService.status", EDITOR);
        method("StatementService.pendingChanges", EDITOR);
        method("StatementService.history", EDITOR);
        method("StatementService.restore", EDITOR);

        method("StatementService.count", VIEWER);
        method("StatementService.page", VIEWER);
        method("StatementService.details", VIEWER);
        method("StatementService.withdrawal", VIEWER);
        method("StatementService.countPublishedSince", VIEWER);
        method("StatementService.publishedSince", VIEWER);

        method("ActorService.find", VIEWER);
        method("ActorService.option", VIEWER);
        method("ActorService.profile", VIEWER);
        method("ActorService.changes", EDITOR);
        method("ActorService.list", EDITOR);
        method("ActorService.count", EDITOR);
        method("ActorService.edit", EDITOR);
        method("ActorService.save", EDITOR);

        method("SearchService.search", VIEWER);
        method("SearchService.hits", VIEWER);
        method("SearchService.count", VIEWER);
        method("SearchService.countPublishedSince", VIEWER);
        method("SearchService.publishedSince", VIEWER);

        method("DashboardService.overview", VIEWER);
        method("DashboardService.keyFigures", VIEWER);
        method("DashboardService.violationsPerMonth", VIEWER);
        method("DashboardService.flows", VIEWER);
        method("DashboardService.mostCitedProvisions", VIEWER);
        method("DashboardService.stancesPerMonth", VIEWER);
        method("DashboardService.latestChanges", VIEWER);
        method("CountryDashboardService.countries", VIEWER);
        method("CountryDashboardService.dossier", VIEWER);

        method("TimelineService.regimes", VIEWER);
        method("TimelineService.window", VIEWER);
        method("TimelineService.span", VIEWER);
        method("TimelineService.counts", VIEWER);
        method("TimelineService.page", VIEWER);

        method("EditorialService.edit", EDITOR);
        method("EditorialService.status", EDITOR);
        method("EditorialService.pendingChanges", EDITOR);
        method("EditorialService.save", EDITOR);
        method("EditorialService.history", EDITOR);
        method("EditorialService.restore", EDITOR);

        method("ReviewService.queue", EDITOR);
        method("ReviewService.sentBack", EDITOR);
        method("ReviewService.fourEyes", EDITOR);
        method("ReviewService.submit", EDITOR);
        method("ReviewService.approve", EDITOR);
        method("ReviewService.reject", EDITOR);
        method("ReviewService.requestWithdrawal", EDITOR);
        method("ReviewService.discardRevision", EDITOR);
        method("ReviewService.caseOf", EDITOR);
        method("ReviewService.submitCase", EDITOR);
        method("ReviewService.approveCase", EDITOR);
        method("ReviewService.rejectCase", EDITOR);
        method("ReviewService.publishWithoutReview", ADMIN);

        method("UserService.list", ADMIN);
        method("UserService.create", ADMIN);
        method("UserService.changeRole", ADMIN);
        method("UserService.setEnabled", ADMIN);
        method("UserService.resetPassword", ADMIN);
        method("UserService.unlock", ADMIN);
        method("SignInAudit.list", ADMIN);
        method("SignInAudit.retentionDays", ADMIN);

        // Statements, speakers and search in the read API and the exports (readers see published items only).
        method("ActorService.page", VIEWER);
        method("ApiReadService.statements", VIEWER);
        method("ApiReadService.statement", VIEWER);
        method("ApiReadService.actors", VIEWER);
        method("ApiReadService.actor", VIEWER);
        method("ApiReadService.search", VIEWER);
        method("ExportService.statements", VIEWER);
        method("ExportService.search", VIEWER);

        // HTTP paths an anonymous client can ask for (servlet, Spring MVC and actuator mappings).
        http("/actuator/health", "/actuator/health", OPEN);
        http("/actuator/health/**", "/actuator/health/readiness", OPEN);
        http("/actuator", "/actuator", SIGN_IN);
        http("/webjars/**", "/webjars/echarts/5.3.1/dist/echarts.min.js", OPEN);
        http("/**", "/styles/app.css", OPEN);
        http("/", "/incidents", SIGN_IN);
        http("/vaadinServlet/*", "/vaadinServlet/admin/users", SIGN_IN);
        http("/error", "/error", SIGN_IN);
        // The read API answers 401 without a token.
        http("/api/v1/statements", "/api/v1/statements", SIGN_IN);
        http("/api/v1/statements/{id}", "/api/v1/statements/1", SIGN_IN);
        http("/api/v1/actors", "/api/v1/actors", SIGN_IN);
        http("/api/v1/actors/{id}", "/api/v1/actors/1", SIGN_IN);
        http("/api/v1/search", "/api/v1/search?q=Shahed", SIGN_IN);
    }
}
