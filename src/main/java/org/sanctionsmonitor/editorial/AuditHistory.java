package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.springframework.stereotype.Component;

/**
 * Reads Envers revisions of an entity and turns them into field-level changes. Features describe their own
 * entities (label → text), so the history reads in the words of their forms.
 */
@Component
public class AuditHistory {

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every revision of the entity, oldest first, each with what changed from the one before. */
    public <T> List<HistoryEntry> entries(Class<T> type, long id, Function<T, Map<String, String>> describe) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            AuditRevision revision = (AuditRevision) columns[1];
            RevisionType revisionType = (RevisionType) columns[2];
            Map<String, String> after = revisionType == RevisionType.DEL ? Map.of() : withWorkflow(type.cast(columns[0]), describe);
            List<HistoryEntry.Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : after.entrySet()) {
                String old = before.getOrDefault(field.getKey(), "");
                if (!old.equals(field.getValue())) {
                    changes.add(new HistoryEntry.Change(field.getKey(), old, field.getValue()));
                }
            }
            entries.add(new HistoryEntry(revision.getId(), revision.getTimestamp(), revision.getUsername(), switch (revisionType) {
                case ADD -> "Created";
                case MOD -> "Changed";
                case DEL -> "Deleted";
            }, changes));
            before = after;
        }
        return entries;
    }

    /** The entity as it was saved in a revision, or null if it did not exist then. */
    public <T> T snapshot(Class<T> type, long id, long revision) {
        return AuditReaderFactory.get(entityManager).find(type, id, revision);
    }

    private static <T> Map<String, String> withWorkflow(T snapshot, Function<T, Map<String, String>> describe) {
        Map<String, String> fields = new LinkedHashMap<>(describe.apply(snapshot));
        if (snapshot instanceof EditorialRecord record) {
            fields.put("State", record.getWorkflowState() == null ? "" : record.getWorkflowState().title());
            fields.put("Reviewer's comment", record.getReviewComment() == null ? "" : record.getReviewComment());
        }
        return fields;
    }
}
