package org.sanctionsmonitor.editorial;

import java.util.Collection;
import java.util.Map;

/**
 * What a feature tells the editorial core about one kind of record it owns: how to make one, how its form data maps
 * onto it, and how to name and find it. Each feature registers its implementations as Spring beans; the core works
 * with them without knowing the features.
 *
 * @param <E> the entity
 * @param <D> what its form edits
 */
public interface EditorialType<E extends EditorialRecord, D extends EditableData> {

    ItemType itemType();

    Class<E> entityClass();

    /** What its form edits; a revision pending on a published record is kept as this, in JSON. */
    Class<D> dataClass();

    /** The table its records live in, for the review queue. */
    String table();

    E create();

    /** The record as its form shows it. */
    D toData(E entity);

    /** Copies validated input onto the record, resolving the records it refers to. */
    void apply(E entity, D data);

    /**
     * The data as it will read once saved (trimmed, blanks removed, labels filled in), without touching the stored
     * record: what a pending revision keeps.
     */
    default D normalized(D data) {
        E scratch = create();
        apply(scratch, data);
        D normalized = toData(scratch);
        normalized.setId(data.getId());
        normalized.setVersion(data.getVersion());
        return normalized;
    }

    /** Rules Bean Validation cannot see, e.g. a web address another record has; throws {@code FieldException}. */
    default void check(D data) {
    }

    /** The page where editors open a record of this kind, relative to the app root. */
    String page(long id);

    /** How the records with these ids are named in lists such as the review queue. */
    Map<Long, String> titles(Collection<Long> ids);

    /**
     * The records this type knows to belong to the case that {@code root} opens, reviewed together with it: the
     * incident type names the sources an incident cites, the statement type the statements about it. Only records not
     * yet published, or with a change pending, take part.
     */
    default java.util.List<ItemRef> caseMembers(ItemRef root) {
        return java.util.List.of();
    }
}
