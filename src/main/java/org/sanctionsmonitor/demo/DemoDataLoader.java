package org.sanctionsmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.DemoMode;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped demo dataset into an empty database in demo mode, in one transaction: all of it or nothing.
 * It goes through the same services, validation and history as every editor's work, as the admin user "demo-data",
 * and publishes what it loaded. It runs only while no resolution exists, so a restart adds nothing, and under an
 * advisory lock, so that instances starting together load it once.
 */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    static final String DATASET = "demo/demo-dataset.json";
    static final String AUTHOR = "demo-data";
    /** An arbitrary key for PostgreSQL's advisory lock that serialises the demo load across instances. */
    private static final long LOAD_LOCK = 7_180_001L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final DemoMode demoMode;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ResolutionService resolutions;
    private final ActorService actors;
    private final SourceService sources;
    private final IncidentService incidents;
    private final StatementService statements;
    private final ReviewService review;

    DemoDataLoader(JdbcClient jdbc, DemoMode demoMode, JsonMapper json, PlatformTransactionManager transactions,
            ResolutionService resolutions, ActorService actors, SourceService sources, IncidentService incidents,
            StatementService statements, ReviewService review) {
        this.jdbc = jdbc;
        this.demoMode = demoMode;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
        this.resolutions = resolutions;
        this.actors = actors;
        this.sources = sources;
        this.incidents = incidents;
        this.statements = statements;
        this.review = review;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demoMode.enabled()) {
            return;
        }
        DemoDataset dataset;
        try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
            dataset = json.readValue(in, DemoDataset.class);
        }
        boolean loaded = CurrentUser.runAs(AUTHOR, Role.ADMIN, () -> Boolean.TRUE.equals(transactions.execute(status -> {
            // Several instances may start at once against one database: only one of them loads.
            jdbc.sql("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")").query().singleRow();
            if (isLoaded()) {
                return false;
            }
            log.info("Loading the demo dataset into the empty database (one transaction: all of it or nothing).");
            load(dataset);
            return true;
        })));
        // Logged after the commit, so the line means the data is there.
        if (loaded) {
            log.info("Loaded the demo dataset: {} resolutions, {} incidents and events, {} sources, {} statements.",
                    dataset.resolutions().size(), dataset.incidents().size(), dataset.sources().size(), dataset.statements().size());
        } else {
            log.info("Demo dataset already present; nothing loaded.");
        }
    }

    boolean isLoaded() {
        return jdbc.sql("SELECT count(*) FROM resolution").query(Integer.class).single() > 0;
    }

    /** Saves every item through its service, then publishes the editorial ones. Runs as the admin {@value #AUTHOR}. */
    void load(DemoDataset dataset) {
        Map<Map.Entry<ItemType, Long>, LocalDate> publishedOn = new HashMap<>();
        dataset.regimes().forEach(r -> resolutions.createRegime(new ResolutionData.RegimeData(r.code(), r.name(), r.description())));
        List<Map.Entry<ItemType, Long>> saved = new ArrayList<>();
        Map<String, Long> provisions = new HashMap<>();
        for (DemoDataset.Resolution r : dataset.resolutions()) {
            Map.Entry<ItemType, Long> resolution = Map.entry(Resolution.TYPE, resolutions.save(resolution(r)));
            saved.add(resolution);
            publishedOn.put(resolution, r.adoptedOn());
            resolutions.provisionIds(r.number()).forEach((label, id) -> provisions.put(r.number() + " " + label, id));
        }
        Map<String, Long> actorIds = new HashMap<>();
        Map<String, String> actorCountries = new HashMap<>();
        for (DemoDataset.Actor a : dataset.actors()) {
            actorIds.put(a.key(), actors.save(actor(a)));
            actorCountries.put(a.key(), a.country());
        }

        Map<String, Long> sourceIds = new HashMap<>();
        Map<String, LocalDate> sourceDates = new HashMap<>();
        for (DemoDataset.Source s : dataset.sources()) {
            sourceIds.put(s.key(), sources.save(source(s)));
            saved.add(Map.entry(Source.TYPE, sourceIds.get(s.key())));
            sourceDates.put(s.key(), s.publishedOn());
            publishedOn.put(Map.entry(Source.TYPE, sourceIds.get(s.key())), s.publishedOn());
        }
        Map<String, Long> incidentIds = new HashMap<>();
        for (DemoDataset.Incident i : dataset.incidents()) {
            incidentIds.put(i.key(), incidents.save(incident(i, sourceIds, provisions)));
            saved.add(Map.entry(Incident.TYPE, incidentIds.get(i.key())));
            // An incident's record took its present form with its newest source (without sources: its last day).
            LocalDate newestSource = latest(null, i.sources().stream().map(ref -> sourceDates.get(ref.source())).toArray(LocalDate[]::new));
            publishedOn.put(Map.entry(Incident.TYPE, incidentIds.get(i.key())), newestSource == null ? i.dateTo() : newestSource);
        }
        for (DemoDataset.Statement s : dataset.statements()) {
            Map.Entry<ItemType, Long> statement = Map.entry(Statement.TYPE, statements.save(statement(s, actorIds, actorCountries, sourceIds, incidentIds)));
            saved.add(statement);
            publishedOn.put(statement, latest(s.saidOn(), s.source() == null ? null : sourceDates.get(s.source())));
        }
        // Each item counts as published on the day it became public (its source's date), not on the day of this load:
        // the overview's "Last update" and "What's new" then tell the dataset's own story.
        // An item without a date of its own (a source whose publication date is unknown) came with the dataset as of its
        // newest date.
        LocalDate asOf = publishedOn.values().stream().filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        saved.forEach(item -> {
            LocalDate day = publishedOn.get(item) == null ? asOf : publishedOn.get(item);
            if (day == null) {
                review.publishWithoutReview(item.getKey(), item.getValue());
            } else {
                review.publishWithoutReview(item.getKey(), item.getValue(), day.atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
        });
    }

    /** The latest of the dates that are known, or null. */
    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate other : others) {
            if (other != null && (latest == null || other.isAfter(latest))) {
                latest = other;
            }
        }
        return latest;
    }

    private static ResolutionData resolution(DemoDataset.Resolution r) {
        ResolutionData data = new ResolutionData();
        data.setNumber(r.number());
        data.setRegimeCode(r.regime());
        data.setAdoptedOn(r.adoptedOn());
        data.setMeeting(r.meeting());
        data.setVotesFor(r.votesFor());
        data.setVotesAgainst(r.votesAgainst());
        data.setVotesAbstain(r.votesAbstain());
        data.setVoteText(r.voteText());
        data.setTitle(r.title());
        data.setSummary(r.summary());
        data.setUrl(r.url());
        data.setNotes(r.notes());
        data.setProvisions(r.provisions().stream().map(p -> new ResolutionData.ProvisionData(null, p.label(),
                MeasureType.valueOf(p.measureType()), p.summary(), p.binding(), Verification.valueOf(p.verification()),
                p.verificationNote(), p.periods().stream().map(period -> new ResolutionData.PeriodData(period.from(), period.until(),
                        period.note())).toList())).toList());
        return data;
    }

    private static ActorData actor(DemoDataset.Actor a) {
        ActorData data = new ActorData();
        data.setKind(ActorKind.valueOf(a.kind()));
        data.setName(a.name());
        data.setCountryCode(a.country());
        data.setTitle(a.title());
        data.setNotes(a.notes());
        data.setOtherNames(a.otherNames() == null ? List.of() : a.otherNames());
        return data;
    }

    private static SourceData source(DemoDataset.Source s) {
        SourceData data = new SourceData();
        data.setType(SourceType.valueOf(s.type()));
        data.setOutlet(s.outlet());
        data.setOriginatingOutlet(s.originatingOutlet());
        data.setStateMediaOf(s.stateMediaOf());
        data.setOrigin(s.origin());
        data.setUrl(s.url());
        data.setLanguage(s.language());
        data.setPublishedOn(s.publishedOn());
        data.setTitleOriginal(s.titleOriginal());
        data.setTitleTranslation(s.titleTranslation());
        data.setExcerptOriginal(s.excerptOriginal());
        data.setExcerptTranslation(s.excerptTranslation());
        data.setTranslatedBy(s.translatedBy());
        data.setTranslationMethod(s.translationMethod() == null ? null : TranslationMethod.valueOf(s.translationMethod()));
        data.setArchivedUrl(s.archivedUrl());
        data.setReliability(Reliability.valueOf(s.reliability()));
        data.setNotes(s.notes());
        return data;
    }

    private static IncidentData incident(DemoDataset.Incident i, Map<String, Long> sources, Map<String, Long> provisions) {
        IncidentData data = new IncidentData();
        data.setKind(IncidentKind.valueOf(i.kind()));
        data.setTitle(i.title());
        data.setSummary(i.summary());
        data.setCategory(i.category());
        data.setDateFrom(i.dateFrom());
        data.setDateTo(i.dateTo());
        data.setDatePrecision(DatePrecision.valueOf(i.precision()));
        data.setPlace(i.place());
        data.setStatus(IncidentStatus.valueOf(i.status()));
        data.setConfidence(Confidence.valueOf(i.confidence()));
        data.setNotes(i.notes());
        data.setParties(i.parties().stream().map(p -> new IncidentData.PartyData(p.country(), PartyRole.valueOf(p.role()))).toList());
        data.setSources(i.sources().stream().map(s -> new IncidentData.SourceData(required(sources, s.source(), "source"), null,
                s.quote(), s.note())).toList());
        data.setProvisions(i.provisions().stream().map(p -> new IncidentData.ProvisionData(
                required(provisions, p.resolution() + " " + p.label(), "provision"), null, p.rationale())).toList());
        return data;
    }

    /** A statement by one speaker; a country the dataset gives it other than the speaker's own signed it. */
    private static StatementData statement(DemoDataset.Statement s, Map<String, Long> actors, Map<String, String> actorCountries,
            Map<String, Long> sources, Map<String, Long> incidents) {
        StatementData data = new StatementData();
        data.setSpeakers(List.of(new ActorOption(required(actors, s.speaker(), "actor"), s.speaker())));
        if (s.country() != null && !s.country().equals(actorCountries.get(s.speaker()))) {
            data.setSignatories(List.of(s.country()));
        }
        data.setSaidOn(s.saidOn());
        data.setStance(Stance.valueOf(s.stance()));
        data.setSummary(s.summary());
        data.setQuoteOriginal(s.quoteOriginal());
        data.setQuoteLanguage(s.quoteLanguage());
        data.setQuoteTranslation(s.quoteTranslation());
        data.setTranslatedBy(s.translatedBy());
        data.setTranslationMethod(s.translationMethod() == null ? null : TranslationMethod.valueOf(s.translationMethod()));
        data.setAttributionNote(s.attributionNote());
        data.setSourceId(s.source() == null ? null : required(sources, s.source(), "source"));
        data.setIncidentId(s.incident() == null ? null : required(incidents, s.incident(), "incident"));
        return data;
    }

    private static Long required(Map<String, Long> byKey, String key, String what) {
        Long id = byKey.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo dataset refers to an unknown " + what + ": " + key);
        }
        return id;
    }
}
