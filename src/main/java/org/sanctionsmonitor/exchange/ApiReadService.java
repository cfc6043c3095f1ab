package org.sanctionsmonitor.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Keyset;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.dashboard.CountryDashboardService;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.source.SourceRow;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.search.Highlighted;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.SearchResults;
import org.sanctionsmonitor.search.SearchService;
import org.sanctionsmonitor.statement.ActorProfile;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the read API shows, built from the features' services and the export's records, so that the API sees exactly
 * what the caller's role sees in the app: readers the published versions only (never drafts, never pending revisions),
 * editors every state.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class ApiReadService {

    public static final String BASE = "/api/v1";

    private final ExportQueries queries;
    private final IncidentService incidents;
    private final SourceService sources;
    private final StatementService statements;
    private final ResolutionService resolutions;
    private final CountryService countries;
    private final CountryDashboardService dossiers;
    private final TimelineService timeline;
    private final ActorService actors;
    private final SearchService search;

    ApiReadService(ExportQueries queries, IncidentService incidents, SourceService sources, StatementService statements,
            ResolutionService resolutions, CountryService countries, CountryDashboardService dossiers, TimelineService timeline,
            ActorService actors, SearchService search) {
        this.actors = actors;
        this.search = search;
        this.queries = queries;
        this.incidents = incidents;
        this.sources = sources;
        this.statements = statements;
        this.resolutions = resolutions;
        this.countries = countries;
        this.dossiers = dossiers;
        this.timeline = timeline;
    }

    /** A page of the filtered incidents in the given order, as export records. */
    public Keyset.Page<IncidentRecord> incidents(IncidentFilter filter, Keyset.Order order, Keyset.Cursor after, int limit) {
        Keyset.Page<IncidentRow> page = incidents.page(filter, order, after, limit);
        return new Keyset.Page<>(queries.incidents(page.items().stream().map(IncidentRow::id).toList(), detail()), page.next());
    }

    public boolean canOrderIncidentsBy(String key) {
        return incidents.canOrderBy(key);
    }

    public Optional<ApiRecords.Incident> incident(long id) {
        return incidents.details(id).map(this::incident);
    }

    private ApiRecords.Incident incident(IncidentDetails incident) {
        Map<Long, String> citations = resolutions.provisionOptions().stream()
                .collect(Collectors.toMap(ProvisionOption::id, ProvisionOption::citation, (a, b) -> a));
        boolean editor = CurrentUser.canSeeUnpublished();
        return new ApiRecords.Incident(incident.id(), incident.kind(), incident.title(), incident.summary(), incident.category(),
                incident.categoryLabel(), IsoDates.format(incident.dateFrom(), incident.dateTo(), incident.datePrecision()), incident.dateFrom(),
                incident.dateTo(), incident.datePrecision(), incident.place(), incident.latitude(), incident.longitude(), incident.status(),
                incident.confidence(), incident.notes(),
                incident.parties().stream().map(p -> new ApiRecords.Party(p.countryCode(), p.countryName(), p.role(),
                        BASE + "/countries/" + p.countryCode())).toList(),
                incident.provisions().stream().map(p -> new ApiRecords.BreachedProvision(p.provisionId(), p.resolutionNumber(), p.label(),
                        citations.getOrDefault(p.provisionId(), "S/RES/" + p.resolutionNumber() + " " + p.label()), p.summary(), p.verification(),
                        p.rationale(), p.inForceOnIncidentDate(), BASE + "/provisions/" + p.provisionId())).toList(),
                incident.sources().stream().map(s -> new ApiRecords.CitedSource(s.sourceId(), s.outlet(), s.originatingOutlet(), s.titleOriginal(),
                        s.titleTranslation(), s.language(), s.publishedOn(), s.supportingQuote(), s.note(), BASE + "/sources/" + s.sourceId())).toList(),
                statements.forIncident(incident.id()).stream().map(ApiReadService::statement).toList(),
                editor ? incident.workflowState() : null, incident.updatedAt(), BASE + "/incidents/" + incident.id(), "/" + Pages.incident(incident.id()));
    }

    static ApiRecords.StatementLine statement(StatementView s) {
        return new ApiRecords.StatementLine(s.id(), s.speakers(), s.countries(), s.saidPrecision(), ExportQueries.said(s.saidPrecision(), s.saidOn()),
                s.reportedOn(), s.stance(), s.side(), s.summary(), s.quoteOriginal(), s.quoteLanguage(), s.quoteTranslation(), s.sourceId(),
                s.incidentId());
    }

    public Keyset.Page<SourceRecord> sources(SourceFilter filter, Keyset.Cursor after, int limit) {
        Keyset.Page<SourceRow> page = sources.page(filter, after, limit);
        return new Keyset.Page<>(queries.sources(page.items().stream().map(SourceRow::id).toList(), detail()), page.next());
    }

    public Optional<ApiRecords.Source> source(long id) {
        List<SourceRecord> found = queries.sources(List.of(id), detail());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApiRecords.Source(found.getFirst(),
                incidents.citingSource(id).stream().map(i -> new ApiRecords.IncidentLine(i.id(), i.title(),
                        IsoDates.format(i.dateFrom(), i.dateTo(), i.datePrecision()), BASE + "/incidents/" + i.id())).toList(),
                statements.forSource(id).stream().map(ApiReadService::statement).toList(), BASE + "/sources/" + id, "/" + Pages.source(id)));
    }

    /** A page of the filtered statements, newest first (by their date, then id), as export records. */
    public Keyset.Page<StatementRecord> statements(StatementFilter filter, Keyset.Cursor after, int limit) {
        StatementService.Page page = statements.page(filter,
                after == null ? null : new StatementService.Cursor(LocalDate.parse(after.value()), after.id()), 0, limit);
        Keyset.Cursor next = page.items().size() < limit || page.last() == null ? null
                : new Keyset.Cursor(page.last().datedOn().toString(), page.last().id());
        return new Keyset.Page<>(queries.statements(page.items().stream().map(StatementView::id).toList(), detail()), next);
    }

    public Optional<ApiRecords.Statement> statement(long id) {
        Optional<StatementView> view = statements.details(id);
        List<StatementRecord> found = view.isEmpty() ? List.of() : queries.statements(List.of(id), detail());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StatementView s = view.get();
        return Optional.of(new ApiRecords.Statement(found.getFirst(), s.side(), s.countries(),
                s.speakerList().stream().map(sp -> new ApiRecords.SpeakerLine(sp.id(), sp.name(), sp.title(), BASE + "/actors/" + sp.id())).toList(),
                found.getFirst().sourceUrl() == null || s.sourceId() == null ? null : BASE + "/sources/" + s.sourceId(),
                found.getFirst().incidentId() == null ? null : BASE + "/incidents/" + found.getFirst().incidentId(),
                BASE + "/statements/" + id, "/" + Pages.statement(id)));
    }

    /** A page of the speakers the caller may see (readers: speakers of published statements), by name. */
    public Keyset.Page<ApiRecords.Speaker> actors(String text, Keyset.Cursor after, int limit) {
        Keyset.Page<ActorProfile> page = actors.page(text, after, limit);
        return new Keyset.Page<>(page.items().stream().map(ApiReadService::speaker).toList(), page.next());
    }

    public Optional<ApiRecords.Speaker> actor(long id) {
        return actors.profile(id).map(ApiReadService::speaker);
    }

    private static ApiRecords.Speaker speaker(ActorProfile a) {
        return new ApiRecords.Speaker(a.id(), a.kind(), a.name(), a.otherNames(), a.countryCode(), a.countryName(), a.title(), a.allegations(),
                a.denials(), a.reports(), a.firstSaid(), a.lastSaid(), BASE + "/actors/" + a.id(), BASE + "/statements?speaker=" + a.id(),
                "/" + Pages.actor(a.id()));
    }

    /** Search across every kind, grouped as the search page shows it; {@code perKind} best matches per group. */
    public ApiRecords.Search search(SearchQuery query, int perKind) {
        SearchResults results = search.search(query, perKind);
        boolean editor = CurrentUser.canSeeUnpublished();
        return new ApiRecords.Search(query.text(), results.groups().stream().map(g -> new ApiRecords.SearchGroup(g.kind(), g.count(),
                g.countIsLimit(), g.hits().stream().map(h -> new ApiRecords.SearchHit(h.kind(), h.id(), text(h.title()), h.title().parts(),
                        h.titleLanguage(), h.snippet() == null ? List.of() : h.snippet().parts(), h.snippetLanguage(), h.detail(), h.date(),
                        editor ? h.workflowState() : null, h.machineTranslation(), self(h.kind(), h.id()), "/" + h.location())).toList()))
                .toList());
    }

    private static String text(Highlighted highlighted) {
        return highlighted == null ? null : highlighted.parts().stream().map(Highlighted.Part::text).collect(Collectors.joining());
    }

    /** The hit's address in the API; resolutions by number are not searchable by id here, so their hits have none. */
    private static String self(SearchKind kind, long id) {
        return switch (kind) {
            case INCIDENT -> BASE + "/incidents/" + id;
            case STATEMENT -> BASE + "/statements/" + id;
            case SPEAKER -> BASE + "/actors/" + id;
            case SOURCE -> BASE + "/sources/" + id;
            case RESOLUTION -> null;
        };
    }

    public List<ApiRecords.Country> countries() {
        return countries.all().stream().map(c -> new ApiRecords.Country(c.code(), c.name(), BASE + "/countries/" + c.code(),
                BASE + "/countries/" + c.code() + "/summary")).toList();
    }

    public Optional<ApiRecords.Country> country(String code) {
        return countries.find(code).map(c -> new ApiRecords.Country(c.code(), c.name(), BASE + "/countries/" + c.code(),
                BASE + "/countries/" + c.code() + "/summary"));
    }

    /** Published items only, for every role, like the dossier page. */
    public Optional<ApiRecords.CountrySummary> countrySummary(String code) {
        return dossiers.dossier(code).map(d -> new ApiRecords.CountrySummary(code, countries.find(code).map(c -> c.name()).orElse(code),
                d.counts(), d.years(), d.counterparts(), d.provisions(), d.allegations(), d.denials(), d.statements(), d.latest(),
                "/" + Pages.country(code)));
    }

    public List<ApiRecords.ResolutionLine> resolutions() {
        return resolutions.list().stream().map(r -> new ApiRecords.ResolutionLine(r.number(),
                org.sanctionsmonitor.base.Labels.resolution(r.number(), r.adoptedOn()), r.title(), r.adoptedOn(), r.regimeName(), r.voteText(),
                r.provisionCount(), r.unverifiedCount(), r.citingIncidentCount(), BASE + "/resolutions/" + r.number())).toList();
    }

    public Optional<ResolutionRecord> resolution(int number) {
        return queries.resolutions(detail()).stream().filter(r -> r.number() == number).findFirst();
    }

    /** Provisions (of one resolution, or all), each with whether it was in force on {@code day}. */
    public List<ApiRecords.Provision> provisions(Integer resolution, LocalDate day) {
        return queries.resolutions(detail()).stream().filter(r -> resolution == null || r.number() == resolution)
                .flatMap(r -> r.provisions().stream().map(p -> provision(r, p, day))).toList();
    }

    public Optional<ApiRecords.ProvisionWithCitations> provision(long id, LocalDate day) {
        for (ResolutionRecord r : queries.resolutions(detail())) {
            for (ResolutionRecord.ProvisionRecord p : r.provisions()) {
                if (p.id() == id) {
                    List<ApiRecords.Citation> citedBy = resolutions.citations(r.number()).stream().filter(c -> c.provisionId() == id)
                            .map(c -> new ApiRecords.Citation(c.incidentId(), c.title(), IsoDates.format(c.dateFrom(), c.dateTo(), c.datePrecision()),
                                    c.rationale(), c.inForceOnIncidentDate(), BASE + "/incidents/" + c.incidentId())).toList();
                    return Optional.of(new ApiRecords.ProvisionWithCitations(provision(r, p, day), citedBy));
                }
            }
        }
        return Optional.empty();
    }

    private static ApiRecords.Provision provision(ResolutionRecord r, ResolutionRecord.ProvisionRecord p, LocalDate day) {
        boolean inForce = p.periods().stream().anyMatch(period -> !period.from().isAfter(day) && (period.until() == null || period.until().isAfter(day)));
        return new ApiRecords.Provision(p.id(), r.number(), p.label(), p.citation(), p.measureType(), p.summary(), p.binding(), p.verification(),
                p.verificationNote(), p.periods(), day, inForce, BASE + "/provisions/" + p.id(), BASE + "/resolutions/" + r.number());
    }

    /** A page of the timeline, newest first (or oldest first), after the cursor. Published items only, for every role. */
    public TimelinePage timeline(TimelineFilter filter, boolean newestFirst, TimelineService.Cursor after, int limit) {
        TimelineService.Page page = timeline.page(filter, newestFirst, after, 0, limit);
        return new TimelinePage(page.items().stream().map(TimelineRecord::of).toList(),
                page.items().size() < limit ? null : page.last());
    }

    public record TimelinePage(List<TimelineRecord> items, TimelineService.Cursor next) {
    }

    private static ExportQueries.Detail detail() {
        return CurrentUser.canSeeUnpublished() ? ExportQueries.Detail.EDITOR : ExportQueries.Detail.READER;
    }
}
