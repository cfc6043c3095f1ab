package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Component;

/**
 * Reads Envers revisions of a record, and of the revisions pending on it, and turns them into field-level changes in
 * the words of the record's form (label → text, as its feature describes it).
 */
@Component
class AuditHistory {

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One saved state of a record or of a revision pending on it; {@code fields} is empty when it was deleted. */
    record Snapshot(long revision, Instant at, String username, String action, Map<String, String> fields, boolean restorable) {
    }

    /** Every revision of the record, oldest first, described with its workflow state. */
    <T extends EditorialRecord> List<Snapshot> record(Class<T> type, long id, Function<T, Map<String, String>> describe) {
        return revisions(type, AuditEntity.id().eq(id), (T snapshot, RevisionType kind) -> switch (kind) {
            case ADD -> "Created";
            case MOD -> "Changed";
            case DEL -> "Deleted";
        }, snapshot -> {
            Map<String, String> fields = new LinkedHashMap<>(describe.apply(snapshot));
            fields.put("State", title(snapshot.getWorkflowState()));
            fields.put("Reviewer's comment", text(snapshot.getReviewComment()));
            fields.put("Reason for withdrawal", text(snapshot.getWithdrawalReason()));
            return fields;
        });
    }

    /** Every saved state of the revisions pending on a record, oldest first. */
    List<Snapshot> pending(ItemType type, long id, Function<PendingRevision, Map<String, String>> describe) {
        return revisions(PendingRevision.class, AuditEntity.and(AuditEntity.property("itemType").eq(type.key()),
                AuditEntity.property("itemId").eq(id)), (PendingRevision revision, RevisionType kind) -> switch (kind) {
                    case ADD -> revision.getChange() == PendingRevision.Change.WITHDRAWAL ? "Withdrawal requested" : "Revision started";
                    case MOD -> "Revision changed";
                    case DEL -> "Revision closed";
                }, revision -> {
                    Map<String, String> fields = new LinkedHashMap<>(describe.apply(revision));
                    fields.put("State", "Published; " + (revision.getChange() == PendingRevision.Change.WITHDRAWAL ? "withdrawal " : "revision ")
                            + revision.getState().phrase());
                    fields.put("Reviewer's comment", text(revision.getReviewComment()));
                    fields.put("Reason for withdrawal", text(revision.getReason()));
                    return fields;
                });
    }

    /** The record as it was saved in a revision, or null if it did not exist then. */
    <T> T snapshot(Class<T> type, long id, long revision) {
        return AuditReaderFactory.get(entityManager).find(type, id, revision);
    }

    /** The revision pending on the record as it was saved in this revision, or null. */
    PendingRevision pendingSnapshot(ItemType type, long id, long revision) {
        List<?> found = AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(PendingRevision.class, true, false)
                .add(AuditEntity.property("itemType").eq(type.key())).add(AuditEntity.property("itemId").eq(id))
                .add(AuditEntity.revisionNumber().eq(revision)).getResultList();
        return found.isEmpty() ? null : (PendingRevision) found.getFirst();
    }

    /**
     * Snapshots of the record and of its pending revisions merged in the order they were saved, each with the fields
     * that differ from the snapshot before it. Saves that changed nothing a person can read are left out.
     */
    static List<HistoryEntry> changes(List<Snapshot> record, List<Snapshot> pending) {
        List<Snapshot> all = new ArrayList<>(record);
        all.addAll(pending);
        all.sort(Comparator.comparingLong(Snapshot::revision));
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Snapshot snapshot : all) {
            List<HistoryEntry.Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : snapshot.fields().entrySet()) {
                String old = before.getOrDefault(field.getKey(), "");
                if (!old.equals(field.getValue())) {
                    changes.add(new HistoryEntry.Change(field.getKey(), old, field.getValue()));
                }
            }
            boolean unchanged = changes.isEmpty() && snapshot.action().startsWith("Changed");
            if (!unchanged) {
                entries.add(new HistoryEntry(snapshot.revision(), snapshot.at(), snapshot.username(), snapshot.action(), changes,
                        snapshot.restorable()));
            }
            if (!snapshot.fields().isEmpty()) {
                before = snapshot.fields();
            }
        }
        return entries;
    }

    private interface Action<T> {
        String of(T snapshot, RevisionType kind);
    }

    private <T> List<Snapshot> revisions(Class<T> type, AuditCriterion criterion, Action<T> action,
            Function<T, Map<String, String>> describe) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Snapshot> snapshots = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            T snapshot = type.cast(columns[0]);
            AuditRevision revision = (AuditRevision) columns[1];
            RevisionType kind = (RevisionType) columns[2];
            boolean content = kind != RevisionType.DEL
                    && !(snapshot instanceof PendingRevision pending && pending.getChange() == PendingRevision.Change.WITHDRAWAL);
            // A change made by an import (or other named work) says so: "Created (Import 3: incidents.csv)".
            String done = action.of(snapshot, kind) + (revision.getNote() == null ? "" : " (" + revision.getNote() + ")");
            snapshots.add(new Snapshot(revision.getId(), revision.getTimestamp(), revision.getUsername(), done,
                    kind == RevisionType.DEL ? Map.of() : describe.apply(snapshot), content));
        }
        return snapshots;
    }

    private static String title(WorkflowState state) {
        return state == null ? "" : state.title();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
