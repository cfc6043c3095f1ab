package org.sanctionsmonitor.demo;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sanctionsmonitor.DemoMode;
import org.sanctionsmonitor.base.EditorialRecord;
import org.sanctionsmonitor.base.WorkflowState;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.DatePrecision;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentCategory;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.Provision;
import org.sanctionsmonitor.resolution.Resolution;
import org.sanctionsmonitor.resolution.SanctionsRegime;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.Actor;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
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
 * It runs only while no resolution exists, so a restart adds nothing, and under an advisory lock, so that instances
 * starting together load it once. Everything it loads is published and
 * attributed to the user "demo-data".
 */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    static final String DATASET = "demo/demo-dataset.json";
    static final String AUTHOR = "demo-data";
    /** An arbitrary key for PostgreSQL's advisory lock that serialises the demo load across instances. */
    private static final long LOAD_LOCK = 7_180_001L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final DemoMode demoMode;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DemoDataLoader(EntityManager entityManager, JdbcClient jdbc, DemoMode demoMode, JsonMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.demoMode = demoMode;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
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
        boolean loaded = Boolean.TRUE.equals(transactions.execute(status -> {
            // Several instances may start at once against one database: only one of them loads.
            jdbc.sql("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")").query().singleRow();
            if (isLoaded()) {
                return false;
            }
            log.info("Loading the demo dataset into the empty database (one transaction: all of it or nothing).");
            load(dataset);
            return true;
        }));
        // Logged after the commit, so the line means the data is there.
        if (loaded) {
            log.info("Loaded the demo dataset: {} resolutions, {} incidents and events, {} sources, {} statements.",
                    dataset.resolutions().size(), dataset.incidents().size(), dataset.sources().size(), dataset.statements().size());
        } else {
            log.info("Demo dataset already present; nothing loaded.");
        }
    }

    boolean isLoaded() {
        return entityManager.createQuery("select count(r) from Resolution r", Long.class).getSingleResult() > 0;
    }

    void load(DemoDataset dataset) {
        Instant now = clock.instant();
        Map<String, SanctionsRegime> regimes = new HashMap<>();
        for (DemoDataset.Regime r : dataset.regimes()) {
            regimes.put(r.code(), persist(new SanctionsRegime(r.code(), r.name(), r.description())));
        }

        Map<String, Provision> provisions = new HashMap<>();
        for (DemoDataset.Resolution r : dataset.resolutions()) {
            Resolution resolution = new Resolution(r.number(), required(regimes, r.regime(), "regime"), r.adoptedOn(), r.title());
            resolution.setVote(r.votesFor(), r.votesAgainst(), r.votesAbstain(), r.voteText());
            resolution.setDetails(r.meeting(), r.summary(), r.url(), r.notes());
            for (DemoDataset.Provision p : r.provisions()) {
                Provision provision = resolution.addProvision(p.label(), MeasureType.valueOf(p.measureType()), p.summary(),
                        p.binding(), Verification.valueOf(p.verification()), p.verificationNote());
                p.periods().forEach(period -> provision.addPeriod(period.from(), period.until(), period.note()));
                provisions.put(r.number() + " " + p.label(), provision);
            }
            persist(resolution);
        }

        Map<String, Actor> actors = new HashMap<>();
        for (DemoDataset.Actor a : dataset.actors()) {
            actors.put(a.key(), persist(new Actor(ActorKind.valueOf(a.kind()), a.name(), country(a.country()), a.title())));
        }

        Map<String, Source> sources = new HashMap<>();
        for (DemoDataset.Source s : dataset.sources()) {
            Source source = new Source(SourceType.valueOf(s.type()), s.outlet(), s.url(), s.language(), s.titleOriginal());
            source.setDetails(s.originatingOutlet(), s.publishedOn(), null, s.excerptOriginal(), s.archivedUrl(),
                    Reliability.valueOf(s.reliability()), s.notes());
            if (s.titleTranslation() != null || s.excerptTranslation() != null) {
                source.setTranslation(s.titleTranslation(), s.excerptTranslation(), s.translatedBy(),
                        TranslationMethod.valueOf(s.translationMethod()));
            }
            sources.put(s.key(), persist(published(source, now)));
        }

        Map<String, Incident> incidents = new HashMap<>();
        for (DemoDataset.Incident i : dataset.incidents()) {
            Incident incident = new Incident(IncidentKind.valueOf(i.kind()), i.title(), IncidentCategory.valueOf(i.category()),
                    i.dateFrom(), i.dateTo(), DatePrecision.valueOf(i.precision()), IncidentStatus.valueOf(i.status()),
                    Confidence.valueOf(i.confidence()));
            incident.setDescription(i.summary(), i.place(), i.notes());
            i.parties().forEach(p -> incident.addParty(country(p.country()), PartyRole.valueOf(p.role())));
            i.sources().forEach(s -> incident.addSource(required(sources, s.source(), "source"), s.quote(), s.note()));
            i.provisions().forEach(p -> incident.addProvision(
                    required(provisions, p.resolution() + " " + p.label(), "provision"), p.rationale()));
            incidents.put(i.key(), persist(published(incident, now)));
        }

        for (DemoDataset.Statement s : dataset.statements()) {
            Statement statement = new Statement(required(actors, s.speaker(), "actor"), country(s.country()), s.saidOn(),
                    Stance.valueOf(s.stance()), s.summary());
            if (s.quoteOriginal() != null) {
                statement.setQuote(s.quoteOriginal(), s.quoteLanguage(), s.quoteTranslation());
            }
            statement.setContext(s.source() == null ? null : required(sources, s.source(), "source"),
                    s.incident() == null ? null : required(incidents, s.incident(), "incident"), s.attributionNote());
            persist(published(statement, now));
        }
    }

    private <T extends EditorialRecord> T published(T record, Instant now) {
        record.touch(AUTHOR, now);
        record.setWorkflowState(WorkflowState.PUBLISHED);
        return record;
    }

    private Country country(String code) {
        return code == null ? null : entityManager.getReference(Country.class, code);
    }

    private <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }

    private static <T> T required(Map<String, T> byKey, String key, String what) {
        T value = byKey.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo dataset refers to an unknown " + what + ": " + key);
        }
        return value;
    }
}
