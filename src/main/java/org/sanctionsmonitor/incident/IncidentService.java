package org.sanctionsmonitor.incident;

import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.HistoryEntry;
import org.sanctionsmonitor.editorial.Withdrawal;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
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
    private final IncidentEditorialType type;
    private final EditorialService editorial;

    IncidentService(IncidentQueries queries, IncidentEditorialType type, EditorialService editorial) {
        this.queries = queries;
        this.type = type;
        this.editorial = editorial;
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

    /**
     * How well the incident is sourced: its published sources, outlets and independent origins, their types and
     * grades, and warnings; empty when the user may not see the incident.
     */
    public Optional<Corroboration> corroboration(long id) {
        return queries.visible(id, CurrentUser.canSeeUnpublished()) ? Optional.of(queries.corroboration(id)) : Optional.empty();
    }

    /** What readers are told at the address of an incident that was published and then withdrawn. */
    public Optional<Withdrawal> withdrawal(long id) {
        return queries.withdrawal(id);
    }

    public List<IncidentRow> citingSource(long sourceId) {
        return queries.citingSource(sourceId, CurrentUser.canSeeUnpublished());
    }

    /** The incident as its editor's form shows it. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<IncidentData> edit(long id) {
        return editorial.edit(type, id);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return editorial.status(type, id);
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
        return editorial.save(type, data);
    }

    /** Incidents matching what an editor typed, for pickers; newest first. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<IncidentOption> options(String text, int offset, int limit) {
        return queries.options(text, offset, limit);
    }

    /** What the revision pending on the published record changes, field by field; empty when none is pending. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<Difference> pendingChanges(long id) {
        return editorial.pendingChanges(type, id);
    }

    /** Every saved revision, and every revision pending on it, with the fields that changed. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return editorial.history(type, id);
    }

    /** Makes an earlier revision the current content again, as a new (draft) revision. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        editorial.restore(type, id, revision, seenVersion);
    }

    /** Existing incidents an editor may be entering again: same countries with overlapping dates, or a similar title. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<SimilarIncident> similar(IncidentData data) {
        return queries.similar(data);
    }
}
