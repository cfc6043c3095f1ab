package org.sanctionsmonitor.exchange;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.sanctionsmonitor.ExchangeProperties;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.FieldProblem;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.RevisionNote;
import org.sanctionsmonitor.incident.CategoryData;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.CategoryService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.SimilarIncident;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.ProvisionSearch;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of CSV files (incidents, sources, statements; see {@link CsvColumns}) and of JSON files in the export format
 * (any of its lists, up to a full dataset). It works in two steps:
 * <ol>
 * <li>{@link #check}, the dry run, reads every file and checks every item as the forms would (the services' own
 * validation, the same reference checks), writes nothing, and reports every problem by file, row and column, and every
 * item that may exist already (a source or resolution with the same key, an incident the duplicate guard finds);</li>
 * <li>{@link #commit} saves everything through the services in one transaction, in the order the links need (categories,
 * regimes, resolutions, speakers, sources, incidents, statements): all of it or, if anything is refused, nothing.</li>
 * </ol>
 * Imported items are drafts unless an admin chooses otherwise; every item's history names the import and who ran it.
 */
@Service
@PreAuthorize(Role.IS_EDITOR)
public class ImportService {

    /** The persistence context is emptied every so many saves, so that a large import does not slow down as it grows. */
    private static final int CLEAR_EVERY = 200;

    private final ExchangeProperties properties;
    private final JsonMapper json;
    private final IncidentService incidents;
    private final SourceService sources;
    private final StatementService statements;
    private final ActorService actors;
    private final ResolutionService resolutions;
    private final CategoryService categories;
    private final CountryService countries;
    private final ReviewService review;
    private final Validator validator;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ImportService(ExchangeProperties properties, JsonMapper json, IncidentService incidents, SourceService sources,
            StatementService statements, ActorService actors, ResolutionService resolutions, CategoryService categories,
            CountryService countries, ReviewService review, Validator validator, EntityManager entityManager, JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.json = json;
        this.incidents = incidents;
        this.sources = sources;
        this.statements = statements;
        this.actors = actors;
        this.resolutions = resolutions;
        this.categories = categories;
        this.countries = countries;
        this.review = review;
        this.validator = validator;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Files larger than this are refused before they are read. */
    public long maxBytes() {
        return properties.importMaxBytes();
    }

    /** The states the signed-in user may give imported items. */
    public List<ImportTarget> targets() {
        return java.util.Arrays.stream(ImportTarget.values()).filter(t -> !t.adminOnly() || CurrentUser.hasRole(Role.ADMIN)).toList();
    }

    /** A CSV template for incidents, sources or statements, with an example row of each kind. */
    public byte[] template(String kind) {
        return ImportTemplates.csv(kind);
    }

    /** The dry run: reads and checks everything, writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(List<ImportFile> files, ImportTarget target, ImportProgress progress) {
        requireAllowed(target);
        ImportBatch batch = read(files);
        Run run = new Run(batch, target, Map.of(), Map.of(), progress, false);
        if (batch.problems.isEmpty() || batch.items() > 0) {
            run.all();
        }
        List<ImportProblem> problems = new ArrayList<>(batch.problems);
        problems.addAll(run.problems);
        return new ImportReport(List.copyOf(batch.files), batch.items(), problems, run.duplicates, run.counts,
                List.copyOf(run.newSpeakers), new ImportReport.ImportBatchHolder(batch));
    }

    /**
     * Saves what the dry run checked, in one transaction, with the editor's decision for each possible duplicate (skip
     * when none is given). If any item is refused now (someone changed the data since the dry run), nothing is written
     * and the result says why.
     */
    public ImportResult commit(ImportReport report, Map<String, ImportDuplicate.Decision> decisions, ImportTarget target,
            ImportProgress progress) {
        requireAllowed(target);
        if (!report.canCommit()) {
            throw new IllegalStateException("The dry run found problems: fix them and check again before importing.");
        }
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        String username = CurrentUser.username().orElseThrow();
        ImportBatch batch = report.batch().batch;
        Map<String, Long> existing = report.duplicates().stream().collect(Collectors.toMap(ImportDuplicate::key, ImportDuplicate::existingId));
        AtomicReference<String> note = new AtomicReference<>();
        AtomicReference<Run> running = new AtomicReference<>();
        try {
            return RevisionNote.during(note::get, () -> transactions.execute(status -> {
                long importId = jdbc.sql("""
                        INSERT INTO import_run (username, files, started_at, finished_at, counts, target)
                        VALUES (:username, :files, :started, now(), '{}'::jsonb, :target) RETURNING id
                        """).param("username", username).param("files", String.join(", ", batch.files))
                        .param("started", java.sql.Timestamp.from(startedAt)).param("target", target.name()).query(Long.class).single();
                note.set("Import " + importId + ": " + String.join(", ", batch.files));
                Run run = new Run(batch, target, decisions, existing, progress, true);
                running.set(run);
                run.all();
                entityManager.flush();
                jdbc.sql("UPDATE import_run SET finished_at = now(), counts = CAST(:counts AS jsonb) WHERE id = :id")
                        .param("counts", json.writeValueAsString(run.counts)).param("id", importId).update();
                return new ImportResult(importId, Map.copyOf(run.counts), List.of(), millisSince(started));
            }));
        } catch (Abort abort) {
            return new ImportResult(null, Map.of(), abort.problems, millisSince(started));
        } catch (RuntimeException failed) {
            Run run = running.get();
            Located<?> at = run == null ? null : run.current;
            String message = "Nothing was imported: " + failed.getClass().getSimpleName() + " " + String.valueOf(failed.getMessage());
            return new ImportResult(null, Map.of(), List.of(at == null ? new ImportProblem(String.join(", ", batch.files), "", "", message)
                    : at.problem("", message)), millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void requireAllowed(ImportTarget target) {
        if (target.adminOnly() && !CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins may import items as " + target.label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    /** Reads every file into records, refusing files over the size limit without reading them. */
    ImportBatch read(List<ImportFile> files) {
        ImportBatch batch = new ImportBatch();
        for (ImportFile file : files) {
            batch.files.add(file.name());
            if (file.bytes().length > properties.importMaxBytes()) {
                batch.problems.add(new ImportProblem(file.name(), "", "", tooLarge(file.bytes().length)));
                continue;
            }
            if (file.isJson()) {
                new JsonRecords(json, file.name(), batch).read(file.bytes());
                continue;
            }
            CsvFile csv = CsvFile.read(file);
            batch.problems.addAll(csv.problems);
            if (!csv.problems.isEmpty() && csv.header.isEmpty()) {
                continue;
            }
            CsvRecords.Kind kind = CsvRecords.kind(csv, batch.problems);
            if (kind == null) {
                continue;
            }
            if (csv.rows.isEmpty()) {
                batch.problems.add(new ImportProblem(file.name(), "", "", "The file has a header row but no rows of " + kind.list + "."));
            }
            for (CsvFile.Row row : csv.rows) {
                switch (kind) {
                    case INCIDENTS -> batch.incidents.add(CsvRecords.incident(file.name(), row, batch.problems));
                    case SOURCES -> batch.sources.add(CsvRecords.source(file.name(), row, batch.problems));
                    case STATEMENTS -> batch.statements.add(CsvRecords.statement(file.name(), row, batch.problems));
                }
            }
        }
        return batch;
    }

    /** "The file is 61.2 MB; files up to 50 MB are imported." */
    public String tooLarge(long bytes) {
        return String.format(Locale.ENGLISH, "The file is %.1f MB; files up to %d MB are imported. Split it into smaller files.",
                bytes / 1024.0 / 1024.0, properties.importMaxMegabytes());
    }

    /** Thrown inside the commit's transaction to roll it back with the problems that stopped it. */
    private static final class Abort extends RuntimeException {
        final List<ImportProblem> problems;

        Abort(List<ImportProblem> problems) {
            super(problems.isEmpty() ? "aborted" : problems.getFirst().text(), null, false, false);
            this.problems = problems;
        }
    }

    /**
     * One pass over the batch: a dry run (nothing saved; what the import would make gets placeholder ids so that links
     * to it can be checked) or the commit (each item saved through its service, links resolved to the ids just made).
     */
    private final class Run {

        final ImportBatch batch;
        final ImportTarget target;
        final Map<String, ImportDuplicate.Decision> decisions;
        final Map<String, Long> existingOfDuplicate;
        final ImportProgress progress;
        final boolean commit;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportDuplicate> duplicates = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Set<String> newSpeakers = new LinkedHashSet<>();
        final Map<String, Long> sourceIds = new HashMap<>();
        final Map<Long, Long> incidentIds = new HashMap<>();
        final Map<String, Long> provisionIds = new HashMap<>();
        final Map<String, Long> actorIds = new HashMap<>();
        final Set<String> plannedRegimes = new HashSet<>();
        final Set<String> plannedCategories = new HashSet<>();
        final Map<String, String> categoryCodes = new HashMap<>();
        final Set<String> countryCodes;
        final List<ProvisionOption> provisionOptions;
        final boolean admin = CurrentUser.hasRole(Role.ADMIN);
        Located<?> current;
        long placeholder = -1;
        int done;
        int total;
        int saved;

        Run(ImportBatch batch, ImportTarget target, Map<String, ImportDuplicate.Decision> decisions, Map<String, Long> existingOfDuplicate,
                ImportProgress progress, boolean commit) {
            this.batch = batch;
            this.target = target;
            this.decisions = decisions;
            this.existingOfDuplicate = existingOfDuplicate;
            this.progress = progress;
            this.commit = commit;
            this.countryCodes = countries.all().stream().map(CountryOption::code).collect(Collectors.toSet());
            this.provisionOptions = resolutions.provisionOptions();
            provisionOptions.forEach(option -> provisionIds.put(provisionKey(option.resolutionNumber(), option.label()), option.id()));
            categories.all().forEach(category -> {
                categoryCodes.put(category.code(), category.code());
                categoryCodes.put(category.label().toLowerCase(Locale.ROOT), category.code());
            });
        }

        void all() {
            total = batch.items();
            categoriesAndRegimes();
            batch.resolutions.forEach(item -> step(item, this::resolution));
            batch.actors.forEach(item -> step(item, this::actor));
            Set<String> urls = new HashSet<>();
            for (Located<SourceRecord> item : batch.sources) {
                String url = item.record().url() == null ? null : item.record().url().trim();
                if (url != null && !urls.add(url)) {
                    problems.add(item.problem("url", "Another row of the import has the same web address: each source is imported once."));
                    continue;
                }
                step(item, this::source);
            }
            Map<String, String> seenIncidents = new HashMap<>();
            for (Located<IncidentRecord> item : batch.incidents) {
                String same = seenIncidents.putIfAbsent(sameIncident(item.record()), item.where());
                if (same != null) {
                    problems.add(item.problem("", "This repeats " + same + " (same title, dates and countries): remove one of them."));
                    continue;
                }
                step(item, this::incident);
            }
            Map<String, String> seenStatements = new HashMap<>();
            for (Located<StatementRecord> item : batch.statements) {
                String same = seenStatements.putIfAbsent(sameStatement(item.record()), item.where());
                if (same != null) {
                    problems.add(item.problem("", "This repeats " + same + " (same speakers, date, stance and summary): remove one of them."));
                    continue;
                }
                step(item, this::statement);
            }
            if (commit && !problems.isEmpty()) {
                throw new Abort(problems);
            }
        }

        private <T> void step(Located<T> item, java.util.function.Consumer<Located<T>> work) {
            current = item;
            try {
                work.accept(item);
            } catch (ConstraintViolationException refused) {
                refused.getConstraintViolations().forEach(v -> problems.add(item.problem(v.getPropertyPath().toString(), v.getMessage())));
            } catch (FieldException refused) {
                problems.add(item.problem(refused.field(), refused.getMessage()));
            } catch (org.sanctionsmonitor.editorial.WorkflowException | org.sanctionsmonitor.editorial.EditConflictException
                    | jakarta.persistence.EntityNotFoundException refused) {
                problems.add(item.problem("", refused.getMessage()));
            }
            if (commit && !problems.isEmpty()) {
                throw new Abort(problems);
            }
            done++;
            progress.step(commit ? "Saving" : "Checking", done, total);
            if (commit && ++saved % CLEAR_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }

        private void count(String kind) {
            counts.merge(kind, 1, Integer::sum);
        }

        // Categories and regimes --------------------------------------------------------------------------------

        private void categoriesAndRegimes() {
            for (Located<ExchangeDocument.CategoryRecord> item : batch.categories) {
                current = item;
                ExchangeDocument.CategoryRecord record = item.record();
                Optional<CategoryOption> known = record.code() == null ? Optional.empty() : categories.find(record.code());
                if (known.isPresent()) {
                    CategoryOption category = known.get();
                    boolean differs = !(category.label().equals(record.label()) && java.util.Objects.equals(category.description(), record.description())
                            && category.sortOrder() == record.sortOrder() && category.retired() == record.retired());
                    if (differs && target == ImportTarget.AS_EXPORTED) {
                        CategoryData data = CategoryData.of(category);
                        copy(record, data);
                        apply(item, data, () -> categories.save(data));
                        count("categories");
                    }
                    done++;
                    continue;
                }
                if (!admin) {
                    problems.add(item.problem("code", "There is no category " + record.code() + ", and only an admin can add one."));
                    continue;
                }
                CategoryData data = new CategoryData();
                data.setCode(record.code());
                copy(record, data);
                apply(item, data, () -> categories.save(data));
                plannedCategories.add(record.code());
                categoryCodes.put(record.code(), record.code());
                if (record.label() != null) {
                    categoryCodes.put(record.label().toLowerCase(Locale.ROOT), record.code());
                }
                count("categories");
                done++;
            }
            Set<String> knownRegimes = resolutions.regimes().stream().map(ResolutionData.RegimeData::code).collect(Collectors.toSet());
            for (Located<ExchangeDocument.RegimeRecord> item : batch.regimes) {
                current = item;
                ExchangeDocument.RegimeRecord record = item.record();
                if (!knownRegimes.contains(record.code())) {
                    ResolutionData.RegimeData data = new ResolutionData.RegimeData(record.code(), record.name(), record.description());
                    apply(item, data, () -> resolutions.createRegime(data));
                    plannedRegimes.add(record.code());
                    count("regimes");
                }
                done++;
            }
        }

        private static void copy(ExchangeDocument.CategoryRecord record, CategoryData data) {
            data.setLabel(record.label());
            data.setDescription(record.description());
            data.setSortOrder(record.sortOrder());
            data.setRetired(record.retired());
        }

        /** Validates (dry run) or saves (commit) data that has no editorial type of its own. */
        private void apply(Located<?> item, Object data, Runnable save) {
            var violations = validator.validate(data);
            violations.forEach(v -> problems.add(item.problem(v.getPropertyPath().toString(), v.getMessage())));
            if (commit && violations.isEmpty()) {
                try {
                    save.run();
                } catch (FieldException refused) {
                    problems.add(item.problem(refused.field(), refused.getMessage()));
                }
            }
            if (commit && !problems.isEmpty()) {
                throw new Abort(problems);
            }
        }

        // Resolutions -----------------------------------------------------------------------------------------

        private void resolution(Located<ResolutionRecord> item) {
            ResolutionRecord record = item.record();
            ResolutionData data = RecordMapping.toData(record);
            Optional<Long> known = resolutions.idOf(record.number());
            String key = "resolution:" + record.number();
            if (known.isPresent()) {
                if (!commit) {
                    duplicates.add(new ImportDuplicate(key, item.file(), item.where(), "resolution", record.symbol() == null
                            ? "S/RES/" + record.number() : record.symbol(), known.get(), "S/RES/" + record.number(),
                            org.sanctionsmonitor.base.Pages.resolution(record.number()), "A resolution with this number is recorded", false));
                } else if (decisions.get(key) == ImportDuplicate.Decision.MERGE) {
                    ResolutionData before = resolutions.edit(known.get()).orElseThrow();
                    Map<String, Long> ids = before.getProvisions().stream().collect(Collectors.toMap(ResolutionData.ProvisionData::label,
                            ResolutionData.ProvisionData::id, (a, b) -> a));
                    data.setProvisions(data.getProvisions().stream().map(p -> new ResolutionData.ProvisionData(ids.get(p.label()), p.label(),
                            p.measureType(), p.summary(), p.binding(), p.verification(), p.verificationNote(), p.periods())).toList());
                    data.setId(known.get());
                    data.setVersion(before.getVersion());
                    resolutions.save(data);
                    count("resolutions merged");
                }
                resolutions.provisionIds(record.number()).forEach((label, id) -> provisionIds.put(provisionKey(record.number(), label), id));
                return;
            }
            if (!commit) {
                report(item, resolutions.problems(data).stream()
                        .filter(p -> !(p.property().equals("regimeCode") && plannedRegimes.contains(data.getRegimeCode()))).toList());
                data.getProvisions().forEach(p -> provisionIds.put(provisionKey(record.number(), p.label()), placeholder--));
            } else {
                long id = resolutions.save(data);
                resolutions.provisionIds(record.number()).forEach((label, provision) -> provisionIds.put(provisionKey(record.number(), label), provision));
                applyTarget(Resolution.TYPE, id, record.recorded(), record.pending(), pending -> {
                    ResolutionData content = RecordMapping.toData(pending);
                    ResolutionData before = resolutions.edit(id).orElseThrow();
                    Map<String, Long> ids = before.getProvisions().stream().collect(Collectors.toMap(ResolutionData.ProvisionData::label,
                            ResolutionData.ProvisionData::id, (a, b) -> a));
                    content.setProvisions(content.getProvisions().stream().map(p -> new ResolutionData.ProvisionData(ids.get(p.label()), p.label(),
                            p.measureType(), p.summary(), p.binding(), p.verification(), p.verificationNote(), p.periods())).toList());
                    content.setId(id);
                    content.setVersion(before.getVersion());
                    resolutions.save(content);
                }, resolutionId -> resolutions.status(resolutionId).orElseThrow());
            }
            count("resolutions");
        }

        // Actors ----------------------------------------------------------------------------------------------

        private void actor(Located<ExchangeDocument.ActorRecord> item) {
            ExchangeDocument.ActorRecord record = item.record();
            if (record.country() != null && !countryCodes.contains(record.country())) {
                problems.add(item.problem("country", "There is no country with the code " + IsoDates.shorten(record.country()) + "."));
                return;
            }
            String key = actorKey(record.name(), record.country());
            if (actorIds.containsKey(key)) {
                return;
            }
            Optional<Long> known = record.name() == null ? Optional.empty() : actors.idOf(record.name(), record.country());
            if (known.isPresent()) {
                actorIds.put(key, known.get());
                return;
            }
            ActorData data = new ActorData();
            data.setKind(record.kind() == null ? org.sanctionsmonitor.statement.ActorKind.PERSON : record.kind());
            data.setName(record.name());
            data.setCountryCode(record.country());
            data.setTitle(record.title());
            data.setOtherNames(record.otherNames());
            data.setNotes(record.notes());
            var violations = validator.validate(data);
            violations.forEach(v -> problems.add(item.problem(v.getPropertyPath().toString(), v.getMessage())));
            if (violations.isEmpty()) {
                actorIds.put(key, commit ? actors.save(data) : placeholder--);
                count("speakers");
            }
        }

        // Sources ---------------------------------------------------------------------------------------------

        private void source(Located<SourceRecord> item) {
            SourceRecord record = item.record();
            SourceData data = RecordMapping.toData(record);
            if (record.stateMediaOf() != null && !countryCodes.contains(record.stateMediaOf())) {
                problems.add(item.problem("stateMediaOf", "There is no country with the code " + IsoDates.shorten(record.stateMediaOf()) + "."));
                return;
            }
            if (record.stateMediaOf() != null && record.type() != org.sanctionsmonitor.source.SourceType.STATE_MEDIA) {
                problems.add(item.problem("stateMediaOf", "Only state media belong to a state: give the type STATE_MEDIA or leave this empty."));
                return;
            }
            String url = record.url() == null ? null : record.url().trim();
            Optional<Long> known = url == null ? Optional.empty() : sources.idByUrl(url);
            String key = "source:" + url;
            if (known.isPresent()) {
                sourceIds.put(url, known.get());
                if (!commit) {
                    duplicates.add(new ImportDuplicate(key, item.file(), item.where(), "source", record.titleOriginal(), known.get(),
                            sources.details(known.get()).map(s -> s.outlet() + ": " + s.titleOriginal()).orElse("#" + known.get()),
                            org.sanctionsmonitor.base.Pages.source(known.get()), "A source with this web address exists", false));
                } else if (decisions.get(key) == ImportDuplicate.Decision.MERGE) {
                    data.setId(known.get());
                    data.setVersion(sources.status(known.get()).orElseThrow().version());
                    sources.save(data);
                    count("sources merged");
                }
                return;
            }
            if (!commit) {
                report(item, sources.problems(data));
                sourceIds.put(url, placeholder--);
            } else {
                long id = sources.save(data);
                sourceIds.put(url, id);
                applyTarget(Source.TYPE, id, record.recorded(), record.pending(), pending -> {
                    SourceData content = RecordMapping.toData(pending);
                    content.setId(id);
                    content.setVersion(sources.status(id).orElseThrow().version());
                    sources.save(content);
                }, sourceId -> sources.status(sourceId).orElseThrow());
            }
            count("sources");
        }

        // Incidents -------------------------------------------------------------------------------------------

        private void incident(Located<IncidentRecord> item) {
            IncidentRecord record = item.record();
            IncidentData data = incidentData(item, record);
            if (data == null) {
                return;
            }
            String key = "incident:" + item.file() + ":" + item.where();
            if (!commit) {
                List<FieldProblem> found = incidents.problems(data).stream()
                        .filter(p -> !(p.property().equals("category") && plannedCategories.contains(data.getCategory()))).toList();
                report(item, found);
                if (found.isEmpty()) {
                    List<SimilarIncident> similar = incidents.similar(data);
                    if (!similar.isEmpty()) {
                        SimilarIncident best = similar.getFirst();
                        duplicates.add(new ImportDuplicate(key, item.file(), item.where(), "incident", record.title(), best.id(),
                                best.title() + " (" + best.dateText() + ")", org.sanctionsmonitor.base.Pages.incident(best.id()),
                                best.reason() + (similar.size() > 1 ? "; " + (similar.size() - 1) + " more similar" : ""), true));
                    }
                }
                if (record.id() != null) {
                    incidentIds.put(record.id(), placeholder--);
                }
                count("incidents");
                return;
            }
            ImportDuplicate.Decision decision = decisions.get(key);
            Long existing = existingOfDuplicate.get(key);
            if (existing != null && decision != ImportDuplicate.Decision.NEW) {
                if (record.id() != null) {
                    incidentIds.put(record.id(), existing);
                }
                if (decision == ImportDuplicate.Decision.MERGE) {
                    data.setId(existing);
                    data.setVersion(incidents.status(existing).orElseThrow().version());
                    incidents.save(data);
                    count("incidents merged");
                }
                return;
            }
            long id = incidents.save(data);
            if (record.id() != null) {
                incidentIds.put(record.id(), id);
            }
            applyTarget(Incident.TYPE, id, record.recorded(), record.pending(), pending -> {
                IncidentData content = incidentData(item, pending);
                if (content == null) {
                    throw new Abort(problems);
                }
                content.setId(id);
                content.setVersion(incidents.status(id).orElseThrow().version());
                incidents.save(content);
            }, incidentId -> incidents.status(incidentId).orElseThrow());
            count("incidents");
        }

        /** The form data of an incident record with its links resolved, or null (with problems) when a link is unknown. */
        private IncidentData incidentData(Located<IncidentRecord> item, IncidentRecord record) {
            int before = problems.size();
            IncidentData data = new IncidentData();
            data.setKind(record.kind());
            data.setTitle(record.title());
            data.setSummary(record.summary());
            String category = record.category() == null ? null : categoryCodes.getOrDefault(record.category().trim().toUpperCase(Locale.ROOT),
                    categoryCodes.get(record.category().trim().toLowerCase(Locale.ROOT)));
            if (record.category() != null && category == null) {
                problems.add(item.problem("category", "There is no category \"" + IsoDates.shorten(record.category()) + "\". Use one of: "
                        + categories.active().stream().map(CategoryOption::code).collect(Collectors.joining(", ")) + "."));
            }
            data.setCategory(category);
            data.setDateFrom(record.dateFrom());
            data.setDateTo(record.dateTo());
            data.setDatePrecision(record.datePrecision());
            data.setPlace(record.place());
            data.setLatitude(record.latitude());
            data.setLongitude(record.longitude());
            data.setStatus(record.status());
            data.setConfidence(record.confidence());
            data.setNotes(record.notes());
            List<IncidentData.PartyData> parties = new ArrayList<>();
            for (IncidentRecord.Party party : record.parties() == null ? List.<IncidentRecord.Party>of() : record.parties()) {
                if (party.country() == null || !countryCodes.contains(party.country())) {
                    problems.add(item.problem("parties", "There is no country with the code \"" + IsoDates.shorten(String.valueOf(party.country()))
                            + "\": use ISO 3166-1 codes such as KP, RU or IR."));
                } else {
                    parties.add(new IncidentData.PartyData(party.country(), party.role()));
                }
            }
            data.setParties(parties);
            List<IncidentData.ProvisionData> provisions = new ArrayList<>();
            for (IncidentRecord.Provision provision : record.provisions() == null ? List.<IncidentRecord.Provision>of() : record.provisions()) {
                Long id = provision.resolution() == null || provision.label() == null ? null
                        : provisionIds.get(provisionKey(provision.resolution(), provision.label()));
                if (id == null) {
                    String written = provision.citation() != null ? provision.citation()
                            : (provision.resolution() == null ? "" : provision.resolution() + " ") + (provision.label() == null ? "" : provision.label());
                    List<ProvisionOption> ranked = ProvisionSearch.rank(provisionOptions, written);
                    problems.add(item.problem("provisions", "No provision \"" + IsoDates.shorten(written) + "\" is recorded"
                            + (ranked.isEmpty() || written.isBlank() ? "." : "; did you mean " + ranked.getFirst().citation() + "?")));
                } else {
                    provisions.add(new IncidentData.ProvisionData(id, null, provision.rationale()));
                }
            }
            data.setProvisions(provisions);
            List<IncidentData.SourceData> cited = new ArrayList<>();
            for (IncidentRecord.CitedSource source : record.sources() == null ? List.<IncidentRecord.CitedSource>of() : record.sources()) {
                Long id = source.url() == null ? null : sourceIds.computeIfAbsent(source.url().trim(), url -> sources.idByUrl(url).orElse(null));
                if (id == null) {
                    problems.add(item.problem("sources", "No source has the address " + IsoDates.shorten(String.valueOf(source.url()))
                            + ": import it in a sources file with this one, or first."));
                } else {
                    cited.add(new IncidentData.SourceData(id, null, source.supportingQuote(), source.note()));
                }
            }
            data.setSources(cited);
            return problems.size() == before ? data : null;
        }

        // Statements ------------------------------------------------------------------------------------------

        private void statement(Located<StatementRecord> item) {
            StatementRecord record = item.record();
            StatementData data = statementData(item, record);
            if (data == null) {
                return;
            }
            if (!commit) {
                report(item, statements.problems(data));
            } else {
                long id = statements.save(data);
                applyTarget(Statement.TYPE, id, record.recorded(), record.pending(), pending -> {
                    StatementData content = statementData(item, pending);
                    if (content == null) {
                        throw new Abort(problems);
                    }
                    content.setId(id);
                    content.setVersion(statements.status(id).orElseThrow().version());
                    statements.save(content);
                }, statementId -> statements.status(statementId).orElseThrow());
            }
            count("statements");
        }

        private StatementData statementData(Located<StatementRecord> item, StatementRecord record) {
            int before = problems.size();
            StatementData data = new StatementData();
            List<ActorOption> speakers = new ArrayList<>();
            String firstNew = null;
            for (StatementRecord.Speaker speaker : record.speakers() == null ? List.<StatementRecord.Speaker>of() : record.speakers()) {
                if (speaker.name() == null || speaker.name().isBlank()) {
                    problems.add(item.problem("speakers", "A speaker has no name."));
                    continue;
                }
                if (speaker.country() != null && !countryCodes.contains(speaker.country())) {
                    problems.add(item.problem("speakers", "There is no country with the code \"" + IsoDates.shorten(speaker.country())
                            + "\" (speaker " + IsoDates.shorten(speaker.name()) + ")."));
                    continue;
                }
                String key = actorKey(speaker.name(), speaker.country());
                Long id = actorIds.computeIfAbsent(key, k -> actors.idOf(speaker.name(), speaker.country()).orElse(null));
                if (id == null) {
                    newSpeakers.add(CsvColumns.speaker(speaker));
                    if (commit) {
                        ActorData actor = new ActorData();
                        actor.setKind(speaker.kind() == null ? org.sanctionsmonitor.statement.ActorKind.PERSON : speaker.kind());
                        actor.setName(speaker.name().strip());
                        actor.setCountryCode(speaker.country());
                        actor.setTitle(speaker.title());
                        actor.setOtherNames(speaker.otherNames());
                        id = actors.save(actor);
                        actorIds.put(key, id);
                        count("speakers");
                    } else {
                        firstNew = firstNew == null ? speaker.name() : firstNew;
                        continue;
                    }
                }
                speakers.add(new ActorOption(id, speaker.name()));
            }
            data.setSpeakers(speakers);
            if (speakers.isEmpty() && firstNew != null) {
                data.setNewSpeakerName(firstNew); // the dry run checks the rest of the statement as if the speaker existed
            }
            List<String> signatories = record.signatories() == null ? List.of() : record.signatories();
            signatories.stream().filter(code -> !countryCodes.contains(code)).forEach(code -> problems.add(item.problem("signatories",
                    "There is no country with the code \"" + IsoDates.shorten(code) + "\".")));
            data.setSignatories(signatories.stream().filter(countryCodes::contains).distinct().toList());
            if (record.saidPrecision() != null) {
                data.setSaidPrecision(record.saidPrecision());
            }
            data.setSaidOn(record.saidOn());
            data.setReportedOn(record.reportedOn());
            data.setStance(record.stance());
            data.setSummary(record.summary());
            data.setQuoteOriginal(record.quoteOriginal());
            data.setQuoteLanguage(record.quoteLanguage());
            data.setQuoteTranslation(record.quoteTranslation());
            data.setTranslatedBy(record.translatedBy());
            data.setTranslationMethod(record.translationMethod());
            data.setTranslatedOn(record.translatedOn());
            data.setTranslationReviewedBy(record.translationReviewedBy());
            data.setTranslationReviewedOn(record.translationReviewedOn());
            data.setAttributionNote(record.attributionNote());
            if (record.sourceUrl() != null) {
                String url = record.sourceUrl().trim();
                Long id = sourceIds.computeIfAbsent(url, u -> sources.idByUrl(u).orElse(null));
                if (id == null) {
                    problems.add(item.problem("sourceUrl", "No source has the address " + IsoDates.shorten(url)
                            + ": import it in a sources file with this one, or first."));
                }
                data.setSourceId(id);
            }
            if (record.incidentId() != null) {
                Long id = incidentIds.get(record.incidentId());
                if (id == null && incidents.details(record.incidentId()).isPresent()) {
                    id = record.incidentId();
                }
                if (id == null) {
                    problems.add(item.problem("incidentId", "There is no incident " + record.incidentId() + " in this import or in the database."));
                }
                data.setIncidentId(id != null && id < 0 ? null : id);
            }
            return problems.size() == before ? data : null;
        }

        // The state imported items get ----------------------------------------------------------------------------

        private <P> void applyTarget(ItemType type, long id, RecordedState recorded, PendingRecord<P> pending,
                java.util.function.Consumer<P> savePending, LongFunction<EditorialStatus> status) {
            switch (target) {
                case DRAFT -> {
                }
                case IN_REVIEW -> review.submit(type, id, status.apply(id).version());
                case PUBLISHED -> review.publishWithoutReview(type, id);
                case AS_EXPORTED -> {
                    if (recorded == null) {
                        return;
                    }
                    review.restoreRecorded(type, id, recorded);
                    if (pending != null && recorded.state() == org.sanctionsmonitor.editorial.WorkflowState.PUBLISHED) {
                        if (!pending.withdrawal()) {
                            savePending.accept(pending.content());
                        }
                        review.restoreRecordedPending(type, id, new RecordedState.Pending(pending.withdrawal(), pending.reason(),
                                pending.state(), pending.reviewComment(), pending.createdBy(), pending.createdAt(), pending.updatedBy(),
                                pending.updatedAt()));
                    }
                }
            }
        }

        /** The form's verdicts, less those at a cell that could not even be read (that problem is reported already). */
        private void report(Located<?> item, List<FieldProblem> found) {
            found.stream().map(p -> item.problem(p.property(), p.message()))
                    .filter(problem -> batch.problems.stream().noneMatch(read -> read.file().equals(problem.file())
                            && read.where().equals(problem.where()) && read.column().equals(problem.column())))
                    .forEach(problems::add);
        }
    }

    static String provisionKey(int resolution, String label) {
        return resolution + "|" + label.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    static String actorKey(String name, String country) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|" + (country == null ? "" : country);
    }

    private static String sameIncident(IncidentRecord record) {
        return String.valueOf(record.title()).strip().toLowerCase(Locale.ROOT) + "|" + record.dateFrom() + "|" + record.dateTo() + "|"
                + (record.parties() == null ? "" : record.parties().stream().map(p -> p.country() + ":" + p.role()).sorted().collect(Collectors.joining(",")));
    }

    private static String sameStatement(StatementRecord record) {
        return (record.speakers() == null ? "" : record.speakers().stream().map(s -> actorKey(s.name(), s.country())).sorted()
                .collect(Collectors.joining(","))) + "|" + record.saidPrecision() + "|" + record.saidOn() + "|" + record.reportedOn() + "|"
                + record.stance() + "|" + String.valueOf(record.summary()).strip();
    }
}
