package org.sanctionsmonitor.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.EditorialSaves;
import org.sanctionsmonitor.base.EditorialStatus;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.history.AuditHistory;
import org.sanctionsmonitor.history.HistoryEntry;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims and denials. Readers see published statements only; editors enter and change them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class StatementService {

    private static final String SELECT = """
            SELECT st.id, a.name AS speaker_name, a.title AS speaker_title, c.name AS country_name, st.said_on, st.stance,
                   st.summary, st.quote_original, st.quote_language, st.quote_translation, st.attribution_note,
                   s.id AS source_id, s.outlet AS source_outlet, i.id AS incident_id, i.title AS incident_title, st.workflow_state
            FROM statement st
            JOIN actor a ON a.id = st.speaker_id
            LEFT JOIN country c ON c.code = st.speaker_country_code
            LEFT JOIN source s ON s.id = st.source_id AND (:all OR s.workflow_state = 'PUBLISHED')
            LEFT JOIN incident i ON i.id = st.incident_id AND (:all OR i.workflow_state = 'PUBLISHED')
            WHERE (:all OR st.workflow_state = 'PUBLISHED')
            """;

    private final JdbcClient jdbc;
    private final StatementRepository statements;
    private final ActorRepository actors;
    private final EntityManager entityManager;
    private final Validator validator;
    private final EditorialSaves saves;
    private final AuditHistory history;

    StatementService(JdbcClient jdbc, StatementRepository statements, ActorRepository actors, EntityManager entityManager,
            Validator validator, EditorialSaves saves, AuditHistory history) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.actors = actors;
        this.entityManager = entityManager;
        this.validator = validator;
        this.saves = saves;
        this.history = history;
    }

    public List<StatementView> forIncident(long incidentId) {
        return jdbc.sql(SELECT + " AND st.incident_id = :id ORDER BY st.said_on, st.id")
                .param("id", incidentId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementView.class).list();
    }

    public List<StatementView> forSource(long sourceId) {
        return jdbc.sql(SELECT + " AND st.source_id = :id ORDER BY st.said_on, st.id")
                .param("id", sourceId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementView.class).list();
    }

    @PreAuthorize(Role.IS_EDITOR)
    public List<ActorOption> actors() {
        return actors.findAllByOrderByName().stream().map(a -> new ActorOption(a.getId(), a.label())).toList();
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<StatementData> edit(long id) {
        return statements.findById(id).map(Statement::toData);
    }

    /** The statement's workflow state, last author and reviewer's comment, for its editor page. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return statements.findById(id).map(EditorialStatus::of);
    }

    /**
     * Validates and saves; a new statement starts as a draft, and a new speaker is created as an actor.
     *
     * @return the statement's id
     */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long save(StatementData data) {
        Validation.check(validator, data);
        Country country = data.getSpeakerCountry() == null ? null : entityManager.getReference(Country.class, data.getSpeakerCountry());
        return saves.save(Statement.class, data.getId(), data.getVersion(), Statement::new, Statement::toData, StatementData::describe,
                statement -> statement.apply(data, speaker(data, country), country,
                        data.getSourceId() == null ? null : entityManager.getReference(Source.class, data.getSourceId()),
                        data.getIncidentId() == null ? null : entityManager.getReference(Incident.class, data.getIncidentId())),
                CurrentUser.username().orElseThrow());
    }

    private Actor speaker(StatementData data, Country country) {
        return data.getSpeakerId() != null
                ? actors.findById(data.getSpeakerId()).orElseThrow(() -> new EntityNotFoundException("That speaker no longer exists."))
                : newOrKnownSpeaker(data, country);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return history.entries(Statement.class, id, snapshot -> snapshot.toData().describe());
    }

    /** Makes an earlier revision the current content again, as a new (draft) revision. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        Statement earlier = history.snapshot(Statement.class, id, revision);
        if (earlier == null) {
            throw new EntityNotFoundException("Revision " + revision + " of this statement does not exist.");
        }
        StatementData restored = earlier.toData();
        restored.setId(id);
        restored.setVersion(seenVersion); // a save since the History tab was opened is a conflict, not overwritten
        save(restored);
    }


    /** A "new" speaker who is already known (same name and country) is the known actor, not a duplicate. */
    private Actor newOrKnownSpeaker(StatementData data, Country country) {
        String name = data.getNewSpeakerName().trim();
        return (country == null ? actors.findFirstByNameIgnoreCaseAndCountryIsNull(name)
                        : actors.findFirstByNameIgnoreCaseAndCountry_Code(name, data.getSpeakerCountry()))
                .orElseGet(() -> actors.save(new Actor(data.getNewSpeakerKind() == null ? ActorKind.PERSON : data.getNewSpeakerKind(),
                        name, country, blankToNull(data.getNewSpeakerTitle()))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
