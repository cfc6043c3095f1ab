package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one implementation of what editors do to incidents, sources, statements and every other registered
 * {@link EditorialType}: open a record for editing, save it, read its history and restore an earlier revision.
 * <p>
 * A save is validated (Bean Validation, then the type's own rules), refused with {@link EditConflictException} if
 * someone else saved since the editor opened it (the record's version, checked before the change and again at
 * flush), and skipped when nothing changed. A record that was never published is changed in place and becomes a
 * draft. A published record stays as readers see it: the change is kept as a pending revision until a reviewer
 * publishes it (see {@link ReviewService}). Either way the record's version moves on, so that every page that showed
 * the old state is stale.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_EDITOR)
public class EditorialService {

    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;
    private final AuditHistory history;
    private final PendingRevisions pending;
    private final EditorialActivity activity;

    EditorialService(EntityManager entityManager, Validator validator, Clock clock, AuditHistory history, PendingRevisions pending,
            EditorialActivity activity) {
        this.entityManager = entityManager;
        this.activity = activity;
        this.validator = validator;
        this.clock = clock;
        this.history = history;
        this.pending = pending;
    }

    /** The record as its form shows it: the pending revision when there is one, else the record itself. */
    public <E extends EditorialRecord, D extends EditableData> Optional<D> edit(EditorialType<E, D> type, long id) {
        return Optional.ofNullable(entityManager.find(type.entityClass(), id)).map(entity -> current(type, entity));
    }

    /** Where the record stands in the workflow, with the change pending on it, for its editor page. */
    public Optional<EditorialStatus> status(EditorialType<?, ?> type, long id) {
        return Optional.ofNullable(entityManager.find(type.entityClass(), id)).map(entity -> pending.status(type.itemType(), entity));
    }

    /**
     * What a pending revision changes, field by field (the published text beside the revision's), or nothing when no
     * revision is pending.
     */
    public <E extends EditorialRecord, D extends EditableData> List<Difference> pendingChanges(EditorialType<E, D> type, long id) {
        E entity = entityManager.find(type.entityClass(), id);
        return entity == null ? List.of() : pending.find(type.itemType(), id)
                .filter(revision -> revision.getChange() == PendingRevision.Change.EDIT)
                .map(revision -> Difference.between(type.toData(entity).describe(), pending.read(type, revision).describe()))
                .orElse(List.of());
    }

    /**
     * Every reason {@link #save} would refuse this data, without saving anything: the same Bean Validation and the
     * type's own rules (e.g. a web address another record has), for an import's dry run.
     */
    public <E extends EditorialRecord, D extends EditableData> List<FieldProblem> problems(EditorialType<E, D> type, D data) {
        List<FieldProblem> problems = new java.util.ArrayList<>(validator.validate(data).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::property).thenComparing(FieldProblem::message))
                .toList());
        if (problems.isEmpty()) {
            try {
                type.check(data);
            } catch (org.sanctionsmonitor.base.FieldException refused) {
                problems.add(new FieldProblem(refused.field(), refused.getMessage()));
            }
        }
        return problems;
    }

    /**
     * Validates and saves. Fails with a {@code ConstraintViolationException} or a {@code FieldException} on bad input
     * and with {@link EditConflictException} when someone else saved meanwhile.
     *
     * @return the record's id
     */
    @Transactional
    public <E extends EditorialRecord, D extends EditableData> long save(EditorialType<E, D> type, D data) {
        long id = saveChecked(type, data);
        activity.saved(type.itemType());
        return id;
    }

    private <E extends EditorialRecord, D extends EditableData> long saveChecked(EditorialType<E, D> type, D data) {
        Validation.check(validator, data);
        type.check(data);
        if (data.getId() == null) {
            E entity = type.create();
            type.apply(entity, data);
            entity.touch(author(), clock.instant());
            entityManager.persist(entity);
            entityManager.flush();
            return entity.getId();
        }
        long id = data.getId();
        E entity = entityManager.find(type.entityClass(), id);
        if (entity == null) {
            throw new EntityNotFoundException("This " + type.itemType().phrase() + " no longer exists.");
        }
        if (entity.getVersion() != data.getVersion()) {
            throw conflict(type, entity);
        }
        if (entity.getWorkflowState() == WorkflowState.PUBLISHED) {
            saveRevision(type, entity, data);
        } else {
            Map<String, String> before = type.toData(entity).describe();
            type.apply(entity, data);
            if (before.equals(type.toData(entity).describe())) {
                return id; // nothing changed: the record keeps its state and its author
            }
            entity.touch(author(), clock.instant());
        }
        flush(type, entity);
        return id;
    }

    /** A change to a published record becomes (or revises) its pending revision; the record itself stays as it is. */
    private <E extends EditorialRecord, D extends EditableData> void saveRevision(EditorialType<E, D> type, E entity, D data) {
        Optional<PendingRevision> revision = pending.find(type.itemType(), entity.getId());
        if (revision.isPresent() && revision.get().getChange() == PendingRevision.Change.WITHDRAWAL) {
            throw new WorkflowException("Its withdrawal waits for review: it cannot be changed until a reviewer decides.");
        }
        D normalized = type.normalized(data);
        Map<String, String> published = type.toData(entity).describe();
        Map<String, String> before = revision.map(r -> pending.read(type, r).describe()).orElse(published);
        Map<String, String> after = normalized.describe();
        if (after.equals(before)) {
            return; // nothing changed
        }
        if (after.equals(published)) {
            revision.ifPresent(pending::delete); // back to what readers see: nothing is pending any more
        } else if (revision.isPresent()) {
            revision.get().revise(pending.write(normalized), author(), clock.instant());
        } else {
            pending.save(PendingRevision.edit(type.itemType(), entity.getId(), pending.write(normalized), author(), clock.instant()));
        }
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Every saved revision of the record and of the revisions pending on it, oldest first, with the fields that changed. */
    public <E extends EditorialRecord, D extends EditableData> List<HistoryEntry> history(EditorialType<E, D> type, long id) {
        return AuditHistory.changes(history.record(type.entityClass(), id, snapshot -> type.toData(snapshot).describe()),
                history.pending(type.itemType(), id, revision -> pending.describe(type, revision)));
    }

    /**
     * Makes an earlier revision (of the record or of a revision pending on it) the current content again, saved like
     * an editor's change. A save since the editor opened the history ({@code seenVersion}) is a conflict, not
     * overwritten.
     */
    @Transactional
    public <E extends EditorialRecord, D extends EditableData> void restore(EditorialType<E, D> type, long id, long revision,
            long seenVersion) {
        PendingRevision pendingThen = history.pendingSnapshot(type.itemType(), id, revision);
        D restored;
        if (pendingThen != null && pendingThen.getChange() == PendingRevision.Change.EDIT) {
            restored = pending.read(type, pendingThen);
        } else {
            E earlier = history.snapshot(type.entityClass(), id, revision);
            if (earlier == null) {
                throw new EntityNotFoundException("Revision " + revision + " of this " + type.itemType().phrase() + " does not exist.");
            }
            restored = type.toData(earlier);
        }
        restored.setId(id);
        restored.setVersion(seenVersion);
        save(type, restored);
    }

    private <E extends EditorialRecord, D extends EditableData> D current(EditorialType<E, D> type, E entity) {
        D data = pending.find(type.itemType(), entity.getId())
                .filter(revision -> revision.getChange() == PendingRevision.Change.EDIT)
                .map(revision -> pending.read(type, revision))
                .orElseGet(() -> type.toData(entity));
        data.setId(entity.getId());
        data.setVersion(entity.getVersion());
        return data;
    }

    private <E extends EditorialRecord, D extends EditableData> void flush(EditorialType<E, D> type, E entity) {
        long id = entity.getId();
        try {
            entityManager.flush();
        } catch (OptimisticLockException raced) {
            // Someone saved between the version check and the flush: forget our values and read theirs.
            entityManager.clear();
            throw conflict(type, entityManager.find(type.entityClass(), id));
        }
    }

    private <E extends EditorialRecord, D extends EditableData> EditConflictException conflict(EditorialType<E, D> type, E current) {
        EditorialStatus status = pending.status(type.itemType(), current);
        return status.hasPending() && !status.pending().withdrawal()
                ? new EditConflictException(current(type, current), status.pending().author(), status.pending().updatedAt())
                : new EditConflictException(current(type, current), current.getUpdatedBy(), current.getUpdatedAt());
    }

    private static String author() {
        return CurrentUser.username().orElseThrow();
    }
}
