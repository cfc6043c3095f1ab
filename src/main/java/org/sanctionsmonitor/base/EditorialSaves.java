package org.sanctionsmonitor.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one way an editor's change to an incident, source or statement is saved: refused with
 * {@link EditConflictException} if someone else saved since the editor opened it (checked before the change and again
 * by the version column at flush), skipped when nothing changed, and otherwise recorded as a new draft by its author.
 * Callers validate first and run inside their own transaction.
 */
@Component
public class EditorialSaves {

    private final EntityManager entityManager;
    private final Clock clock;

    EditorialSaves(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param id          the item, or null for a new one made by {@code create}
     * @param seenVersion the version the editor started from
     * @param form        the item as its form shows it: compared to detect a change, and handed over in a conflict
     * @param content     the form's content as label → text
     * @param apply       copies the editor's input onto the entity
     * @return the item's id
     */
    public <E extends EditorialRecord, D> long save(Class<E> type, Long id, long seenVersion, Supplier<E> create,
            Function<E, D> form, Function<D, Map<String, String>> content, Consumer<E> apply, String author) {
        E entity;
        Map<String, String> before = Map.of();
        if (id == null) {
            entity = create.get();
        } else {
            entity = entityManager.find(type, id);
            if (entity == null) {
                throw new EntityNotFoundException("This item no longer exists.");
            }
            if (entity.getVersion() != seenVersion) {
                throw conflict(entity, form);
            }
            before = content.apply(form.apply(entity));
        }
        apply.accept(entity);
        if (id != null && before.equals(content.apply(form.apply(entity)))) {
            return id; // nothing changed: the item keeps its state and its author
        }
        entity.touch(author, clock.instant());
        if (id == null) {
            entityManager.persist(entity);
        }
        try {
            entityManager.flush();
        } catch (OptimisticLockException raced) {
            // Someone saved between the version check and the flush: forget our values and read theirs.
            entityManager.clear();
            throw conflict(entityManager.find(type, id), form);
        }
        return entity.getId();
    }

    private static <E extends EditorialRecord, D> EditConflictException conflict(E current, Function<E, D> form) {
        return new EditConflictException(form.apply(current), current.getUpdatedBy(), current.getUpdatedAt());
    }
}
