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
 * <li>{@code http(path pattern, sample path, answer)}: a path pattern as a servlet, Spring MVC or actuator mapping
 * declares it, and what an anonymous client gets there: {@link Answer#OPEN} the content (200); {@link Answer#SIGN_IN}
 * a redirect to the login page; {@link Answer#TOKEN} (the read API, which has no sessions) 401 with a
 * {@code WWW-Authenticate: Bearer} challenge, while a demo token gets past it; {@link Answer#KEY} (a saved view's feed)
 * 404 with a key that is not its owner's, while the owner's current key gets the feed.</li>
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

    /** What an anonymous client gets at an HTTP path. */
    enum Answer {
        OPEN, SIGN_IN, TOKEN, KEY
    }

    record HttpExpectation(String sample, Answer answer) {
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

    private static void http(String pattern, String sample, Answer answer) {
        HTTP.put(pattern, new HttpExpectation(sample, answer));
    }

    private static final Access ANYONE = Access.ANYONE;
    private static final Access VIEWER = Access.VIEWER;
    private static final Access EDITOR = Access.EDITOR;
    private static final Access ADMIN = Access.ADMIN;
    private static final Answer OPEN = Answer.OPEN;
    private static final Answer SIGN_IN = Answer.SIGN_IN;
    private static final Answer TOKEN = Answer.TOKEN;
    private static final Answer KEY = Answer.KEY;

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
        // Data exchange and readers' experience: import is an editor's; profile and API tokens, saved views and what
        // is new are every signed-in reader's.
        route("import", EDITOR, "import");
        route("profile", VIEWER, "profile");
        route("saved-views", VIEWER, "saved-views");
        route("whats-new", VIEWER, "whats-new?since=2024-01-01");

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
        method("ResolutionService.citationCounts", VIEWER);
        method("ResolutionService.problems", EDITOR);

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
        method("SourceService.page", VIEWER);
        method("SourceService.idByUrl", EDITOR);
        method("SourceService.problems", EDITOR);

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
        method("IncidentService.page", VIEWER);
        method("IncidentService.canOrderBy", VIEWER);
        method("IncidentService.countUpTo", VIEWER);
        method("IncidentService.countPublishedSince", VIEWER);
        method("IncidentService.publishedSince", VIEWER);
        method("IncidentService.problems", EDITOR);

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
        method("StatementService.problems", EDITOR);

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
        method("ActorService.idOf", EDITOR);

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
        method("DashboardService.flowCountries", VIEWER);
        method("DashboardService.lastPublishedChange", VIEWER);
        method("DashboardService.latestPublished", VIEWER);
        method("CountryDashboardService.countries", VIEWER);
        method("CountryDashboardService.dossier", VIEWER);
        method("CountryDashboardService.countPublishedSince", VIEWER);
        method("CountryDashboardService.publishedSince", VIEWER);

        method("TimelineService.regimes", VIEWER);
        method("TimelineService.window", VIEWER);
        method("TimelineService.span", VIEWER);
        method("TimelineService.counts", VIEWER);
        method("TimelineService.page", VIEWER);
        method("TimelineService.countPublishedSince", VIEWER);
        method("TimelineService.publishedSince", VIEWER);

        method("EditorialService.edit", EDITOR);
        method("EditorialService.status", EDITOR);
        method("EditorialService.pendingChanges", EDITOR);
        method("EditorialService.save", EDITOR);
        method("EditorialService.history", EDITOR);
        method("EditorialService.restore", EDITOR);
        method("EditorialService.problems", EDITOR);

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
        // Importing a full dataset with each record's state as exported: admins only, like publishing without review.
        method("ReviewService.restoreRecorded", ADMIN);
        method("ReviewService.restoreRecordedPending", ADMIN);

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

        // Data exchange: the read API and exports give what the caller may read, citations too; import is an editor's;
        // the full dataset (every state, pending changes, reviewers' words) is an admin's. Tokens: every signed-in user's own.
        method("ApiReadService.incidents", VIEWER);
        method("ApiReadService.canOrderIncidentsBy", VIEWER);
        method("ApiReadService.incident", VIEWER);
        method("ApiReadService.sources", VIEWER);
        method("ApiReadService.source", VIEWER);
        method("ApiReadService.countries", VIEWER);
        method("ApiReadService.country", VIEWER);
        method("ApiReadService.countrySummary", VIEWER);
        method("ApiReadService.resolutions", VIEWER);
        method("ApiReadService.resolution", VIEWER);
        method("ApiReadService.provisions", VIEWER);
        method("ApiReadService.provision", VIEWER);
        method("ApiReadService.timeline", VIEWER);
        method("ApiTokenService.mine", VIEWER);
        method("ApiTokenService.create", VIEWER);
        method("ApiTokenService.revoke", VIEWER);
        method("CitationService.cite", VIEWER);
        method("ExportService.incidents", VIEWER);
        method("ExportService.sources", VIEWER);
        method("ExportService.timeline", VIEWER);
        method("ExportService.write", VIEWER);
        method("ExportService.dataset", ADMIN);
        method("ImportService.maxBytes", EDITOR);
        method("ImportService.targets", EDITOR);
        method("ImportService.template", EDITOR);
        method("ImportService.tooLarge", EDITOR);
        method("ImportService.check", EDITOR);
        method("ImportService.commit", EDITOR);

        // Readers' experience: saved views, what is new and feed keys are every signed-in reader's own. A feed is read
        // without a session (feed readers cannot sign in): the key in its address is the check, made inside atom().
        method("SavedViewService.list", VIEWER);
        method("SavedViewService.find", VIEWER);
        method("SavedViewService.changes", VIEWER);
        method("SavedViewService.suggestedName", VIEWER);
        method("SavedViewService.save", VIEWER);
        method("SavedViewService.rename", VIEWER);
        method("SavedViewService.delete", VIEWER);
        method("SavedViewService.opened", VIEWER);
        method("WhatsNewService.lastVisit", VIEWER);
        method("WhatsNewService.count", VIEWER);
        method("WhatsNewService.changes", VIEWER);
        method("FeedService.createKey", VIEWER);
        method("FeedService.revokeKey", VIEWER);
        method("FeedService.keyCreatedAt", VIEWER);
        method("FeedService.atom", ANYONE);

        // HTTP paths an anonymous client can ask for (servlet, Spring MVC and actuator mappings).
        http("/actuator/health", "/actuator/health", OPEN);
        http("/actuator/health/**", "/actuator/health/readiness", OPEN);
        http("/actuator", "/actuator", SIGN_IN);
        http("/actuator/prometheus", "/actuator/prometheus", SIGN_IN); // admins, or the management port
        http("/webjars/**", "/webjars/echarts/5.3.1/dist/echarts.min.js", OPEN);
        http("/**", "/styles/app.css", OPEN);
        http("/", "/incidents", SIGN_IN);
        http("/vaadinServlet/*", "/vaadinServlet/admin/users", SIGN_IN);
        http("/error", "/error", SIGN_IN);
        // The read API answers 401 without a token (statements, speakers, search).
        http("/api/v1/statements", "/api/v1/statements", TOKEN);
        http("/api/v1/statements/{id}", "/api/v1/statements/1", TOKEN);
        http("/api/v1/actors", "/api/v1/actors", TOKEN);
        http("/api/v1/actors/{id}", "/api/v1/actors/1", TOKEN);
        http("/api/v1/search", "/api/v1/search?q=Shahed", TOKEN);
        // The read API: a bearer token, never a session; the full dataset is an admin's (403 for other tokens).
        http("/api/**", "/api/v1/no-such-resource", TOKEN);
        http("/api/v1/countries", "/api/v1/countries", TOKEN);
        http("/api/v1/countries/{iso2}", "/api/v1/countries/KP", TOKEN);
        http("/api/v1/countries/{iso2}/summary", "/api/v1/countries/KP/summary", TOKEN);
        http("/api/v1/dataset", "/api/v1/dataset", TOKEN);
        http("/api/v1/incidents", "/api/v1/incidents?country=KP", TOKEN);
        http("/api/v1/incidents/{id}", "/api/v1/incidents/1", TOKEN);
        http("/api/v1/provisions", "/api/v1/provisions?resolution=1718", TOKEN);
        http("/api/v1/provisions/{id}", "/api/v1/provisions/1", TOKEN);
        http("/api/v1/resolutions", "/api/v1/resolutions", TOKEN);
        http("/api/v1/resolutions/{number}", "/api/v1/resolutions/1718", TOKEN);
        http("/api/v1/sources", "/api/v1/sources", TOKEN);
        http("/api/v1/sources/{id}", "/api/v1/sources/1", TOKEN);
        http("/api/v1/timeline", "/api/v1/timeline?country=IR", TOKEN);
        // The OpenAPI document and Swagger UI: for signed-in users (a person reading about the API).
        http("/v3/api-docs", "/v3/api-docs", SIGN_IN);
        http("/v3/api-docs.yaml", "/v3/api-docs.yaml", SIGN_IN);
        http("/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", SIGN_IN);
        http("/swagger-ui.html", "/swagger-ui.html", SIGN_IN);
        http("/swagger-ui/**", "/swagger-ui/index.html", SIGN_IN);
        http("/swagger-ui/*index.html", "/swagger-ui/index.html", SIGN_IN);
        http("/swagger-ui/*swagger-initializer.js", "/swagger-ui/swagger-initializer.js", SIGN_IN);
        http("/webjars/*swagger-ui/**", "/webjars/swagger-ui/index.css", SIGN_IN);
        http("/webjars/*swagger-ui/*index.html", "/webjars/swagger-ui/index.html", SIGN_IN);
        http("/webjars/*swagger-ui/*swagger-initializer.js", "/webjars/swagger-ui/swagger-initializer.js", SIGN_IN);
        http("/webjars/*swagger-ui/5.32.14/*index.html", "/webjars/swagger-ui/5.32.14/index.html", SIGN_IN);
        http("/webjars/*swagger-ui/5.32.14/*swagger-initializer.js", "/webjars/swagger-ui/5.32.14/swagger-initializer.js", SIGN_IN);
        // A saved view's Atom feed: no session, only its owner's current key.
        http("/feeds/{view}/{secret}", "/feeds/1/not-the-owners-key-0123456789abcdefghij", KEY);
    }
}
