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
import org.springframework.data.domain.Sort;
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

    /**
     * One page of the list in the sort's order: {@code limit} rows (at most 500) after {@code skip} rows that follow
     * {@code after} (from the start when null). Reading on from the previous page's {@link IncidentPage#last()} costs
     * the same at any depth; keep {@code skip} small.
     */
    public IncidentPage page(IncidentFilter filter, Sort sort, IncidentPage.Cursor after, int skip, int limit) {
        if (limit < 1 || limit > 500 || skip < 0) {
            throw new IllegalArgumentException("A page holds 1 to 500 rows; asked for " + limit + " after " + skip);
        }
        return queries.page(filter, CurrentUser.canSeeUnpublished(), sort, after, skip, limit);
    }

    /** The exact number of matching incidents; on a large archive with selective filters this reads every match. */
    public int count(IncidentFilter filter) {
        return queries.count(filter, CurrentUser.canSeeUnpublished());
    }

    /** The number of matching incidents, exact where that is cheap, else "more than 10,000" (see {@link IncidentCount}). */
    public IncidentCount countUpTo(IncidentFilter filter) {
        return queries.countUpTo(filter, CurrentUser.canSeeUnpublished());
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

    /**
     * How many published incidents the filter matches whose published version went live after {@code since}: what a
     * saved incident list counts as new. Published ones only, for every role.
     */
    public int countPublishedSince(IncidentFilter filter, java.time.Instant since) {
        return queries.countPublishedSince(filter, since);
    }

    /** Those incidents, the most recently published first (with {@code since} null, the latest ones). */
    public List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(IncidentFilter filter, java.time.Instant since, int limit) {
        return queries.publishedSince(filter, since, limit);
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

    /**
     * A page of the filtered list in keyset order ({@code date}, {@code title} or {@code updated}), for the read API and
     * exports: the rows after {@code after}, at most {@code limit}. Readers get published incidents only.
     */
    public org.sanctionsmonitor.base.Keyset.Page<IncidentRow> page(IncidentFilter filter, org.sanctionsmonitor.base.Keyset.Order order,
            org.sanctionsmonitor.base.Keyset.Cursor after, int limit) {
        return queries.keyset(filter, CurrentUser.canSeeUnpublished(), order, after, limit);
    }

    /** Whether the list can be paged in this order ({@link #page}). */
    public boolean canOrderBy(String key) {
        return IncidentQueries.isKeysetKey(key);
    }

    /** Every reason a save of this data would be refused, without saving: for an import's dry run. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<org.sanctionsmonitor.editorial.FieldProblem> problems(IncidentData data) {
        return editorial.problems(type, data);
    }

    /** Existing incidents an editor may be entering again: same countries with overlapping dates, or a similar title. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<SimilarIncident> similar(IncidentData data) {
        return queries.similar(data);
    }
}
