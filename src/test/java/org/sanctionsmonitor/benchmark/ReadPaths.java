package org.sanctionsmonitor.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanctionsmonitor.dashboard.CountryDashboardService;
import org.sanctionsmonitor.dashboard.DashboardService;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentPage;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.SearchService;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read path the benchmark measures, one entry each: the service call a page makes, as a reader makes it.
 * <b>To add a path</b>, take its service from the context in the constructor and add one line to {@link #all()}:
 * {@code paths.add(new ReadPath("search", "search 'drones', first page", () -> search.search("drones", 0, 50)));}
 * The benchmark records the SQL the call sends and times it again as bare SQL, so nothing else is needed.
 */
class ReadPaths {

    final DashboardService dashboard;
    final CountryDashboardService countries;
    final ResolutionService resolutions;
    final IncidentService incidents;
    final StatementService statements;
    final TimelineService timeline;
    final SearchService search;
    final org.sanctionsmonitor.exchange.ApiReadService api;
    final JdbcClient jdbc;

    ReadPaths(ApplicationContext app) {
        dashboard = app.getBean(DashboardService.class);
        countries = app.getBean(CountryDashboardService.class);
        resolutions = app.getBean(ResolutionService.class);
        incidents = app.getBean(IncidentService.class);
        statements = app.getBean(StatementService.class);
        timeline = app.getBean(TimelineService.class);
        search = app.getBean(SearchService.class);
        api = app.getBean(org.sanctionsmonitor.exchange.ApiReadService.class);
        jdbc = app.getBean(JdbcClient.class);
    }

    List<ReadPath> all() {
        List<ReadPath> paths = new ArrayList<>();
        long published = jdbc.sql("SELECT count(*) FROM published_incidents()").query(Long.class).single();
        int deep = (int) Math.min(500_000, published / 2) / 50 * 50;
        long detailId = jdbc.sql("""
                SELECT i.id FROM published_incidents() i ORDER BY (SELECT count(*) FROM incident_source l WHERE l.incident_id = i.id) DESC,
                       i.id LIMIT 1""").query(Long.class).single();

        paths.add(new ReadPath("dashboard", "overview `/`", () -> dashboard.overview()));
        paths.add(new ReadPath("dashboard", "countries `/countries`", () -> countries.countries()));
        paths.add(new ReadPath("dashboard", "dossier `/countries/KP`", () -> countries.dossier("KP")));
        paths.add(new ReadPath("dashboard", "dossier `/countries/VE` (a small one)", () -> countries.dossier("VE")));
        paths.add(new ReadPath("dashboard", "resolution chart `/resolutions/1718`", () -> {
            resolutions.details(1718);
            resolutions.citationCounts(1718);
            return resolutions.citations(1718);
        }));
        paths.add(new ReadPath("dashboard", "resolution list (timeline filter, `/resolutions`)", () -> resolutions.list()));

        Sort byDate = Sort.by(Sort.Direction.DESC, "date");
        IncidentFilter kpSupplier = new IncidentFilter("KP", PartyRole.SUPPLIER, null, null, null, null, null, null);
        IncidentFilter drones = new IncidentFilter(null, null, "DRONES", null, null, LocalDate.of(2020, 1, 1), null, null);
        IncidentFilter text = new IncidentFilter(null, null, null, null, null, null, null, "missiles");
        IncidentPage.Cursor deepByDate = incidents.page(IncidentFilter.NONE, byDate, null, deep - 1, 1).last();
        IncidentPage.Cursor kpAt20000 = incidents.page(kpSupplier, byDate, null, 19_999, 1).last();
        IncidentPage.Cursor deepByTitle = incidents.page(IncidentFilter.NONE, Sort.by("title"), null, deep - 1, 1).last();
        paths.add(new ReadPath("list", "`/incidents` first page (50, newest first)", () -> incidents.page(IncidentFilter.NONE, byDate, null, 0, 50)));
        paths.add(new ReadPath("list", String.format("`/incidents` page at row %,d (keyset)", deep), () -> incidents.page(IncidentFilter.NONE, byDate, deepByDate, 0, 50)));
        paths.add(new ReadPath("list", "`/incidents` count", () -> incidents.countUpTo(IncidentFilter.NONE)));
        paths.add(new ReadPath("list", "`/incidents?country=KP&role=SUPPLIER` first page", () -> incidents.page(kpSupplier, byDate, null, 0, 50)));
        paths.add(new ReadPath("list", "`/incidents?country=KP&role=SUPPLIER` page at row 20,000 (keyset)", () -> incidents.page(kpSupplier, byDate, kpAt20000, 0, 50)));
        paths.add(new ReadPath("list", "`/incidents?country=KP&role=SUPPLIER` count", () -> incidents.countUpTo(kpSupplier)));
        paths.add(new ReadPath("list", "`/incidents?category=DRONES&from=2020-01-01` first page", () -> incidents.page(drones, byDate, null, 0, 50)));
        paths.add(new ReadPath("list", "`/incidents?category=DRONES&from=2020-01-01` count", () -> incidents.countUpTo(drones)));
        paths.add(new ReadPath("list", "`/incidents?q=missiles` first page", () -> incidents.page(text, byDate, null, 0, 50)));
        paths.add(new ReadPath("list", "`/incidents?q=missiles` count", () -> incidents.countUpTo(text)));
        paths.add(new ReadPath("list", "`/incidents` by title, first page", () -> incidents.page(IncidentFilter.NONE, Sort.by("title"), null, 0, 50)));
        paths.add(new ReadPath("list", String.format("`/incidents` by title, page at row %,d (keyset)", deep), () -> incidents.page(IncidentFilter.NONE, Sort.by("title"), deepByTitle, 0, 50)));

        paths.add(new ReadPath("detail", "`/incidents/{id}` (" + detailId + ": the most sources)", () -> {
            incidents.details(detailId);
            return statements.forIncident(detailId);
        }));

        TimelineFilter all = TimelineFilter.NONE;
        TimelineFilter everything = timeline.window(all).filter();
        paths.add(new ReadPath("timeline", "`/timeline` whole span", () -> timeline.window(all)));
        paths.add(new ReadPath("timeline", "`/timeline` twelve months", () -> timeline.window(all.withRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 11, 30)))));
        paths.add(new ReadPath("timeline", "`/timeline` ten days", () -> timeline.window(all.withRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)))));
        paths.add(new ReadPath("timeline", "`/timeline?country=KP` 2024", () -> timeline.window(
                new TimelineFilter("KP", null, null, null, Set.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
        paths.add(new ReadPath("timeline", "`/timeline` list, first page", () -> timeline.page(everything, true, null, 0, 50)));
        TimelineService.Cursor cursor = timeline.page(everything, true, null, deep - 1, 1).last();
        paths.add(new ReadPath("timeline", String.format("`/timeline` list, page at row %,d (keyset)", deep), () -> timeline.page(everything, true, cursor, 0, 50)));

        // One /search page: the best five of every kind with their snippets, and each kind's count.
        for (String words : List.of("missiles", "Shahed", "беспилотники", "미사일", "طائرات مسيرة", "tanker port", "sanctions evasion")) {
            paths.add(new ReadPath("search", "`/search?q=" + words + "`", () -> search.search(new SearchQuery(words, Set.of(), null, null, null), 5)));
        }
        paths.add(new ReadPath("search", "`/search?q=missiles&country=KP`", () -> search.search(new SearchQuery("missiles", Set.of(), null, null, "KP"), 5)));

        StatementFilter kpDenials = new StatementFilter(null, "KP", StanceSide.DENIAL, null, null, null, null);
        paths.add(new ReadPath("statements", "`/statements` first page", () -> statements.page(StatementFilter.NONE, null, 0, 50)));
        paths.add(new ReadPath("statements", "`/statements?country=KP&side=DENIAL` first page", () -> statements.page(kpDenials, null, 0, 50)));
        paths.add(new ReadPath("statements", "`/statements?country=KP&side=DENIAL` count", () -> statements.count(kpDenials)));

        // The API's incident list, /api/v1/incidents: its first page and, following "next" 20 times, the 21st.
        org.sanctionsmonitor.base.Keyset.Order newest = new org.sanctionsmonitor.base.Keyset.Order("date", false);
        org.sanctionsmonitor.base.Keyset.Cursor next = null;
        for (int page = 0; page < 20; page++) {
            next = api.incidents(IncidentFilter.NONE, newest, next, 50).next();
        }
        org.sanctionsmonitor.base.Keyset.Cursor page21 = next;
        paths.add(new ReadPath("api", "`/api/v1/incidents` first page (50)", () -> api.incidents(IncidentFilter.NONE, newest, null, 50)));
        paths.add(new ReadPath("api", "`/api/v1/incidents` 21st page (from its cursor)", () -> api.incidents(IncidentFilter.NONE, newest, page21, 50)));
        return paths;
    }
}
