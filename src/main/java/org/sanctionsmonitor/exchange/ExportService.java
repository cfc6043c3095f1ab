package org.sanctionsmonitor.exchange;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.Keyset;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.source.SourceRow;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.search.SearchHit;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.SearchService;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of the filtered lists (incidents, sources, the timeline) as CSV or JSON, with exactly the filters of the list
 * the user sees, and of the full dataset for admins. Readers get the published version only; editors also drafts and
 * the workflow state. Rows are read a page at a time in keyset order and written as they come, so an export of
 * 100,000 incidents never holds them all. Each export reads one snapshot of the database.
 * <p>
 * To export another list: give its records (a read-model query by ids, like {@link ExportQueries#incidents}), its CSV
 * columns ({@link CsvColumns}) and a page loop ({@link ExportFiles#pages}), and call {@link #write}.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
@PreAuthorize(Role.IS_VIEWER)
public class ExportService {

    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"), JSON("json", "application/json");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    static final int PAGE = 500;

    private final ExportQueries queries;
    private final IncidentService incidents;
    private final SourceService sources;
    private final StatementService statements;
    private final ResolutionService resolutions;
    private final TimelineService timeline;
    private final JsonMapper json;
    private final SearchService search;

    ExportService(ExportQueries queries, IncidentService incidents, SourceService sources, StatementService statements,
            ResolutionService resolutions, TimelineService timeline, JsonMapper json, SearchService search) {
        this.search = search;
        this.queries = queries;
        this.incidents = incidents;
        this.sources = sources;
        this.statements = statements;
        this.resolutions = resolutions;
        this.timeline = timeline;
        this.json = json;
    }

    public void incidents(IncidentFilter filter, Format format, OutputStream out) {
        ExportQueries.Detail detail = detail();
        write("incidents", filter.toQuery(), format, CsvColumns.incidents(detail != ExportQueries.Detail.READER), incidentRows(filter, detail), out);
    }

    /** The filtered incidents, newest first as the list shows them, a page at a time. */
    TableWriter.Rows<IncidentRecord> incidentRows(IncidentFilter filter, ExportQueries.Detail detail) {
        return sink -> ExportFiles.pages((Keyset.Cursor after) -> incidents.page(filter, new Keyset.Order("date", false), after, PAGE),
                (List<IncidentRow> rows) -> queries.incidents(rows.stream().map(IncidentRow::id).toList(), detail).forEach(sink));
    }

    public void sources(SourceFilter filter, Format format, OutputStream out) {
        ExportQueries.Detail detail = detail();
        write("sources", filter.toQuery(), format, CsvColumns.sources(detail != ExportQueries.Detail.READER),
                sink -> ExportFiles.pages((Keyset.Cursor after) -> sources.page(filter, after, PAGE),
                        (List<SourceRow> rows) -> queries.sources(rows.stream().map(SourceRow::id).toList(), detail).forEach(sink)),
                out);
    }

    /** The filtered statements, newest first as the list shows them, a keyset page at a time. */
    public void statements(StatementFilter filter, Format format, OutputStream out) {
        ExportQueries.Detail detail = detail();
        write("statements", filter.toQuery(), format, CsvColumns.statements(detail != ExportQueries.Detail.READER), sink -> {
            StatementService.Cursor after = null;
            while (true) {
                StatementService.Page page = statements.page(filter, after, 0, StatementService.PAGE_LIMIT);
                queries.statements(page.items().stream().map(StatementView::id).toList(), detail).forEach(sink);
                if (page.last() == null || page.items().size() < StatementService.PAGE_LIMIT) {
                    return;
                }
                after = page.last();
            }
        }, out);
    }

    /**
     * The matches of a search, kind by kind in the order of the search page's groups, best first within a kind: all of
     * them up to {@value SearchService#COUNT_LIMIT} per kind (the page counts no further either).
     */
    public void search(SearchQuery query, Format format, OutputStream out) {
        boolean editor = detail() != ExportQueries.Detail.READER;
        write("search", query.toQuery(), format, CsvColumns.search(editor), sink -> {
            if (query.text().isBlank()) {
                return; // nothing was searched for: the page shows no matches either
            }
            for (SearchKind kind : SearchKind.values()) {
                for (int offset = 0; offset < SearchService.COUNT_LIMIT; offset += SearchService.PAGE_LIMIT) {
                    List<SearchHit> hits = search.hits(query, kind, offset, SearchService.PAGE_LIMIT);
                    hits.forEach(hit -> sink.accept(SearchRecord.of(hit, editor)));
                    if (hits.size() < SearchService.PAGE_LIMIT) {
                        break;
                    }
                }
            }
        }, out);
    }

    /** The timeline's items in the filter's window (all of them without one), newest first as its list shows them. */
    public void timeline(TimelineFilter filter, Format format, OutputStream out) {
        write("timeline", filter.toQuery(), format, CsvColumns.timeline(), sink -> {
            TimelineService.Cursor after = null;
            while (true) {
                TimelineService.Page page = timeline.page(filter, true, after, 0, TimelineService.PAGE_LIMIT);
                page.items().forEach(item -> sink.accept(TimelineRecord.of(item)));
                if (page.last() == null || page.items().size() < TimelineService.PAGE_LIMIT) {
                    return;
                }
                after = page.last();
            }
        }, out);
    }

    /** Writes any list: CSV by its columns, or the JSON export format with the records under {@code kind}. */
    public <T> void write(String kind, Map<String, String> filter, Format format, List<Column<T>> columns, TableWriter.Rows<T> rows,
            OutputStream out) {
        if (format == Format.CSV) {
            TableWriter.csv(out, columns, rows);
        } else {
            TableWriter.json(json, out, kind, CurrentUser.username().orElse(null), filter, kind, rows);
        }
    }

    /**
     * Everything, for an admin: categories, regimes, resolutions with their provisions and periods, actors, sources,
     * incidents and statements in every workflow state, with who made and changed each when, the reviewers' words and
     * the changes waiting for review. Imported into an empty database, it gives back the same data. (User accounts,
     * API tokens, the sign-in audit and the history of earlier versions are not part of it.)
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void dataset(OutputStream out) {
        Map<String, Map<Long, PendingRecord<Void>>> pending = queries.pending();
        Map<Long, ExchangeDocument.ActorRecord> actors = queries.actors();
        Map<Long, String> sourceUrls = queries.sourceUrls();
        Map<Long, IncidentRecord.Provision> provisionKeys = queries.provisionKeys();
        Map<Integer, Long> resolutionIds = queries.resolutionIds();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            TableWriter.header(generator, "dataset", CurrentUser.username().orElse(null), null);
            generator.writePOJOProperty("categories", queries.categories());
            generator.writePOJOProperty("regimes", queries.regimes());
            generator.writeName("resolutions");
            generator.writeStartArray();
            for (ResolutionRecord resolution : queries.resolutions(ExportQueries.Detail.DATASET)) {
                long id = resolutionIds.get(resolution.number());
                PendingRecord<Void> change = pendingOf(pending, Resolution.TYPE.key(), id);
                generator.writePOJO(resolution.withPending(resolution.recorded(), change == null ? null : withContent(change,
                        change.withdrawal() ? null : RecordMapping.fromData(resolutions.edit(id).orElseThrow()))));
            }
            generator.writeEndArray();
            generator.writePOJOProperty("actors", new ArrayList<>(actors.values()));
            list(generator, "sources", ids -> queries.sources(ids, ExportQueries.Detail.DATASET).stream().map(source -> {
                PendingRecord<Void> change = pendingOf(pending, Source.TYPE.key(), source.id());
                return change == null ? source : source.withPending(source.recorded(), withContent(change,
                        change.withdrawal() ? null : RecordMapping.fromData(sources.edit(source.id()).orElseThrow())));
            }).toList());
            list(generator, "incidents", ids -> queries.incidents(ids, ExportQueries.Detail.DATASET).stream().map(incident -> {
                PendingRecord<Void> change = pendingOf(pending, Incident.TYPE.key(), incident.id());
                return change == null ? incident : incident.withPending(incident.recorded(), withContent(change, change.withdrawal() ? null
                        : RecordMapping.fromData(incidents.edit(incident.id()).orElseThrow(), sourceUrls, provisionKeys)));
            }).toList());
            list(generator, "statements", ids -> queries.statements(ids, ExportQueries.Detail.DATASET).stream().map(statement -> {
                PendingRecord<Void> change = pendingOf(pending, Statement.TYPE.key(), statement.id());
                return change == null ? statement : statement.withPending(statement.recorded(), withContent(change, change.withdrawal() ? null
                        : RecordMapping.fromData(statements.edit(statement.id()).orElseThrow(), actors, sourceUrls)));
            }).toList());
            generator.writeEndObject();
        }
    }

    private <T> void list(JsonGenerator generator, String kind, java.util.function.Function<List<Long>, List<T>> records) {
        generator.writeName(kind);
        generator.writeStartArray();
        long after = 0;
        List<Long> ids;
        do {
            ids = queries.ids(kind, after, PAGE);
            records.apply(ids).forEach(generator::writePOJO);
            after = ids.isEmpty() ? after : ids.getLast();
        } while (ids.size() == PAGE);
        generator.writeEndArray();
    }

    private static PendingRecord<Void> pendingOf(Map<String, Map<Long, PendingRecord<Void>>> pending, String type, long id) {
        return pending.getOrDefault(type, Map.of()).get(id);
    }

    private static <T> PendingRecord<T> withContent(PendingRecord<Void> change, T content) {
        return new PendingRecord<>(change.change(), change.reason(), change.state(), change.reviewComment(), change.createdBy(),
                change.createdAt(), change.updatedBy(), change.updatedAt(), content);
    }

    private static ExportQueries.Detail detail() {
        return CurrentUser.canSeeUnpublished() ? ExportQueries.Detail.EDITOR : ExportQueries.Detail.READER;
    }
}
