package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
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
 * someone else saved since the editor opened it (checked before the change and again by the version column at flush),
 * skipped when nothing changed, and otherwise recorded as a new draft by its author.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_EDITOR)
public class EditorialService {

    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;
    private final AuditHistory history;

    EditorialService(EntityManager entityManager, Validator validator, Clock clock, AuditHistory history) {
        this.entityManager = entityManager;
        this.validator = validator;
        this.clock = clock;
        this.history = history;
    }

    /** The record as its form shows it. */
    public <E extends EditorialRecord, D extends EditableData> Optional<D> edit(EditorialType<E, D> type, long id) {
        return Optional.ofNullable(entityManager.find(type.entityClass(), id)).map(type::toData);
    }

    /** Where the record stands in the workflow, for its editor page. */
    public Optional<EditorialStatus> status(EditorialType<?, ?> type, long id) {
        return Optional.ofNullable(entityManager.find(type.entityClass(), id)).map(EditorialStatus::of);
    }

    /**
     * Validates and saves; a new record starts as a draft. Fails with a {@code ConstraintViolationException} or a
     * {@code FieldException} on bad input and with {@link EditConflictException} when someone else saved meanwhile.
     *
     * @return the record's id
     */
    @Transactional
    public <E extends EditorialRecord, D extends EditableData> long save(EditorialType<E, D> type, D data) {
        Validation.check(validator, data);
        type.check(data);
        Long id = data.getId();
        E entity;
        Map<String, String> before = Map.of();
        if (id == null) {
            entity = type.create();
        } else {
            entity = entityManager.find(type.entityClass(), id);
            if (entity == null) {
                throw new EntityNotFoundException("This " + type.itemType().phrase() + " no longer exists.");
            }
            if (entity.getVersion() != data.getVersion()) {
                throw conflict(type, entity);
            }
            before = type.toData(entity).describe();
        }
        type.apply(entity, data);
        if (id != null && before.equals(type.toData(entity).describe())) {
            return id; // nothing changed: the record keeps its state and its author
        }
        entity.touch(CurrentUser.username().orElseThrow(), clock.instant());
        if (id == null) {
            entityManager.persist(entity);
        }
        try {
            entityManager.flush();
        } catch (OptimisticLockException raced) {
            // Someone saved between the version check and the flush: forget our values and read theirs.
            entityManager.clear();
            throw conflict(type, entityManager.find(type.entityClass(), id));
        }
        return entity.getId();
    }

    /** Every saved revision, oldest first, with the fields that changed. */
    public <E extends EditorialRecord, D extends EditableData> List<HistoryEntry> history(EditorialType<E, D> type, long id) {
        return history.entries(type.entityClass(), id, snapshot -> type.toData(snapshot).describe());
    }

    /**
     * Makes an earlier revision the current content again, as a new (draft) revision. A save since the editor opened
     * the history ({@code seenVersion}) is a conflict, not overwritten.
     */
    @Transactional
    public <E extends EditorialRecord, D extends EditableData> void restore(EditorialType<E, D> type, long id, long revision,
            long seenVersion) {
        E earlier = history.snapshot(type.entityClass(), id, revision);
        if (earlier == null) {
            throw new EntityNotFoundException("Revision " + revision + " of this " + type.itemType().phrase() + " does not exist.");
        }
        D restored = type.toData(earlier);
        restored.setId(id);
        restored.setVersion(seenVersion);
        save(type, restored);
    }

    private static <E extends EditorialRecord, D extends EditableData> EditConflictException conflict(EditorialType<E, D> type,
            E current) {
        return new EditConflictException(type.toData(current), current.getUpdatedBy(), current.getUpdatedAt());
    }
}
