package org.sanctionsmonitor.incident;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.EditConflictException;
import org.sanctionsmonitor.base.EditorialSaves;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.history.AuditHistory;
import org.sanctionsmonitor.history.HistoryEntry;
import org.sanctionsmonitor.resolution.Provision;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incident feature's public API. Readers see published incidents only, editors see and change every state. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class IncidentService {

    private final IncidentQueries queries;
    private final IncidentRepository incidents;
    private final EntityManager entityManager;
    private final Validator validator;
    private final EditorialSaves saves;
    private final AuditHistory history;

    IncidentService(IncidentQueries queries, IncidentRepository incidents, EntityManager entityManager, Validator validator,
            EditorialSaves saves, AuditHistory history) {
        this.queries = queries;
        this.incidents = incidents;
        this.entityManager = entityManager;
        this.validator = validator;
        this.saves = saves;
        this.history = history;
    }

    public List<IncidentRow> list(IncidentFilter filter, Pageable page) {
        return queries.list(filter, CurrentUser.canSeeUnpublished(), page);
    }

    public int count(IncidentFilter filter) {
        return queries.count(filter, CurrentUser.canSeeUnpublished());
    }

    public Optional<IncidentDetails> details(long id) {
        return queries.details(id, CurrentUser.canSeeUnpublished());
    }

    public List<IncidentRow> citingSource(long sourceId) {
        return queries.citingSource(sourceId, CurrentUser.canSeeUnpublished());
    }

    public List<ProvisionCitation> citingResolution(int resolutionNumber) {
        return queries.citingResolution(resolutionNumber, CurrentUser.canSeeUnpublished());
    }

    /** The incident as its editor's form shows it. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<IncidentData> edit(long id) {
        return incidents.findById(id).map(Incident::toData);
    }

    /**
     * Validates and saves; a new incident starts as a draft. Fails with {@link EditConflictException} when someone
     * else saved the incident after the editor opened it, and with a {@code ConstraintViolationException} on bad input.
     *
     * @return the incident's id
     */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long save(IncidentData data) {
        Validation.check(validator, data);
        return saves.save(Incident.class, data.getId(), data.getVersion(), Incident::new, Incident::toData, IncidentData::describe,
                incident -> incident.apply(data,
                        code -> entityManager.getReference(Country.class, code),
                        id -> entityManager.getReference(Source.class, id),
                        id -> entityManager.getReference(Provision.class, id)),
                CurrentUser.username().orElseThrow());
    }

    /** Incidents matching what an editor typed, for pickers; newest first. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<IncidentOption> options(String text, int offset, int limit) {
        return queries.options(text, offset, limit);
    }

    /** Every saved revision, with the fields that changed. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return history.entries(Incident.class, id, snapshot -> snapshot.toData().describe());
    }

    /** Makes an earlier revision the current content again, as a new (draft) revision. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        Incident earlier = history.snapshot(Incident.class, id, revision);
        if (earlier == null) {
            throw new EntityNotFoundException("Revision " + revision + " of this incident does not exist.");
        }
        IncidentData restored = earlier.toData();
        restored.setId(id);
        restored.setVersion(seenVersion); // a save since the History tab was opened is a conflict, not overwritten
        save(restored);
    }


    /** Existing incidents an editor may be entering again: same countries with overlapping dates, or a similar title. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<SimilarIncident> similar(IncidentData data) {
        return queries.similar(data);
    }
}
