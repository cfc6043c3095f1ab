package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.base.Storable;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow for every registered {@link EditorialType}: a new record goes draft → in review → published;
 * a change to a published record (a revision, or its withdrawal) goes draft → in review → published while readers
 * keep seeing the published record. A case — an incident with the new sources it cites and the statements about it —
 * is submitted and published in one step, all of it or nothing. Only editors and admins take these steps; publishing
 * needs someone other than the last author unless {@code SANCTIONS_FOUR_EYES=false}. Every step names the version of
 * the record the editor saw, and is refused if it changed since.
 */
@Service
@Transactional
@PreAuthorize(Role.IS_EDITOR)
public class ReviewService {

    /** The longest reason for sending back or withdrawing that is taken. */
    static final int MAX_REASON = 4000;

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final EditorialTypes types;
    private final PendingRevisions pending;
    private final Clock clock;
    private final boolean fourEyes;
    private final EditorialActivity activity;

    ReviewService(EntityManager entityManager, JdbcClient jdbc, EditorialTypes types, PendingRevisions pending, Clock clock,
            AppProperties properties, EditorialActivity activity) {
        this.entityManager = entityManager;
        this.activity = activity;
        this.jdbc = jdbc;
        this.types = types;
        this.pending = pending;
        this.clock = clock;
        this.fourEyes = properties.fourEyes();
    }

    /** What waits for review, oldest first: new records and changes to published ones. */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue() {
        return items("IN_REVIEW", false);
    }

    /** Drafts a reviewer sent back, with the reason, so their authors find them. */
    @Transactional(readOnly = true)
    public List<ReviewItem> sentBack() {
        return items("DRAFT", true);
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    /** Sends a draft, or the draft revision of a published record, to review. */
    public void submit(ItemType type, long id, long seenVersion) {
        EditorialRecord record = load(type, id, seenVersion);
        Optional<PendingRevision> revision = pending.find(type, id);
        if (revision.isPresent()) {
            revision.get().submit();
            bump(record);
        } else {
            record.submit();
        }
        entityManager.flush();
    }

    /** Publishes a record in review, or the change in review on a published one. */
    public void approve(ItemType type, long id, long seenVersion) {
        approve(type, load(type, id, seenVersion));
        entityManager.flush();
    }

    /** Returns an item in review to draft, with the reviewer's reason for its author. */
    public void reject(ItemType type, long id, long seenVersion, String comment) {
        requireReason(comment);
        EditorialRecord record = load(type, id, seenVersion);
        Optional<PendingRevision> revision = pending.find(type, id);
        if (revision.isEmpty()) {
            record.reject(comment);
        } else if (revision.get().getChange() == PendingRevision.Change.WITHDRAWAL) {
            // A withdrawal that is sent back is not withdrawn: the record simply stays published.
            requireReason(comment);
            pending.delete(revision.get());
            bump(record);
        } else {
            revision.get().reject(comment);
            bump(record);
        }
        entityManager.flush();
    }

    /** Asks for a published record to be withdrawn, for the reason readers will see; a reviewer decides. */
    public void requestWithdrawal(ItemType type, long id, long seenVersion, String reason) {
        requireText(reason, "Say why it should be withdrawn; readers who open it will see the reason.");
        EditorialRecord record = load(type, id, seenVersion);
        if (record.getWorkflowState() != WorkflowState.PUBLISHED) {
            throw new WorkflowException("Only a published " + type.phrase() + " can be withdrawn. This one is "
                    + record.getWorkflowState().phrase() + ".");
        }
        if (pending.find(type, id).isPresent()) {
            throw new WorkflowException("A revision of it is pending: publish or discard it first.");
        }
        pending.save(PendingRevision.withdrawal(type, id, reason, CurrentUser.username().orElseThrow(), clock.instant()));
        bump(record);
        entityManager.flush();
    }

    /** Drops the revision pending on a published record; the published record stays as it is, history keeps the revision. */
    public void discardRevision(ItemType type, long id, long seenVersion) {
        EditorialRecord record = load(type, id, seenVersion);
        PendingRevision revision = pending.find(type, id)
                .orElseThrow(() -> new WorkflowException("No revision of this " + type.phrase() + " is pending."));
        pending.delete(revision);
        bump(record);
        entityManager.flush();
    }

    /**
     * Publishes a record without review, as loaded in bulk by an admin (the demo dataset, an import whose admin chose
     * to publish at once). Its history names who did it.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void publishWithoutReview(ItemType type, long id) {
        publishWithoutReview(type, id, clock.instant());
    }

    /**
     * Publishes a record without review as of {@code publishedAt}, for a bulk load of records that were public before
     * they reached this database (the demo dataset: the day its sources appeared); never later than now.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void publishWithoutReview(ItemType type, long id, Instant publishedAt) {
        EditorialRecord record = entityManager.find(types.get(type).entityClass(), id);
        Instant now = clock.instant();
        record.publishWithoutReview(publishedAt.isAfter(now) ? now : publishedAt);
        entityManager.flush();
        activity.published(type);
    }

    /**
     * Brings a record that an admin's import of a full dataset export has just saved (a draft) to the state it had in
     * that export, through the usual steps (submit, publish without review, withdraw), and gives it back its authors,
     * dates and reviewers' words. Its history names the import and the admin who ran it.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void restoreRecorded(ItemType type, long id, RecordedState recorded) {
        EditorialRecord record = entityManager.find(types.get(type).entityClass(), id);
        switch (recorded.state()) {
            case DRAFT -> {
            }
            case IN_REVIEW -> record.submit();
            case PUBLISHED -> publishWithoutReview(type, id);
            case ARCHIVED -> {
                publishWithoutReview(type, id);
                record.withdraw(recorded.withdrawalReason());
            }
        }
        record.restoreRecorded(recorded);
        entityManager.flush();
        // The creator's columns are not updatable through the entity: nothing else may ever change them.
        jdbc.sql("UPDATE " + types.get(type).table() + " SET created_by = :by, created_at = :at WHERE id = :id")
                .param("by", recorded.createdBy()).param("at", java.sql.Timestamp.from(recorded.createdAt())).param("id", id).update();
    }

    /**
     * Gives a published record the change that waited on it in a full dataset export: a withdrawal request, or the
     * state and authors of the revision the import has just saved through the record's service.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void restoreRecordedPending(ItemType type, long id, RecordedState.Pending recorded) {
        EditorialRecord record = entityManager.find(types.get(type).entityClass(), id);
        PendingRevision revision;
        if (recorded.withdrawal()) {
            revision = pending.save(PendingRevision.withdrawal(type, id, recorded.reason(), recorded.createdBy(), recorded.createdAt()));
        } else {
            revision = pending.find(type, id).orElseThrow(() -> new WorkflowException("No revision of this " + type.phrase() + " was saved."));
        }
        revision.restoreRecorded(recorded);
        bump(record);
        entityManager.flush();
        jdbc.sql("UPDATE pending_revision SET created_by = :by, created_at = :at WHERE id = :id")
                .param("by", recorded.createdBy()).param("at", java.sql.Timestamp.from(recorded.createdAt()))
                .param("id", revision.getId()).update();
    }

    /**
     * The case a record opens: itself and, for an incident, the sources it cites and the statements about it that are
     * not published yet or carry a pending change — each with where it stands, for the author to submit and the
     * reviewer to publish together.
     */
    @Transactional(readOnly = true)
    public List<CaseItem> caseOf(ItemType type, long id) {
        Set<ItemRef> members = new LinkedHashSet<>();
        members.add(new ItemRef(type, id));
        types.all().forEach(candidate -> members.addAll(candidate.caseMembers(new ItemRef(type, id))));
        List<CaseItem> items = new ArrayList<>();
        for (ItemRef member : members) {
            EditorialType<?, ?> memberType = types.get(member.type());
            EditorialRecord record = entityManager.find(memberType.entityClass(), member.id());
            if (record == null) {
                continue;
            }
            EditorialStatus status = pending.status(member.type(), record);
            boolean open = status.hasPending() || status.state() == WorkflowState.DRAFT || status.state() == WorkflowState.IN_REVIEW;
            if (open || member.id() == id && member.type().equals(type)) {
                items.add(new CaseItem(member, memberType.titles(List.of(member.id())).getOrDefault(member.id(), "#" + member.id()),
                        memberType.page(member.id()), status));
            }
        }
        return items;
    }

    /**
     * Submits every draft of a case in one step. {@code seen} holds the version of each record as the author's page
     * showed it; nothing is submitted if one of them changed since.
     */
    public int submitCase(Map<ItemRef, Long> seen) {
        int submitted = 0;
        for (Map.Entry<ItemRef, Long> item : seen.entrySet()) {
            EditorialRecord record = load(item.getKey().type(), item.getKey().id(), item.getValue());
            EditorialStatus status = pending.status(item.getKey().type(), record);
            boolean draft = status.hasPending() ? status.pending().state() == WorkflowState.DRAFT : status.state() == WorkflowState.DRAFT;
            if (draft) {
                submit(item.getKey().type(), item.getKey().id(), item.getValue());
                submitted++;
            }
        }
        if (submitted == 0) {
            throw new WorkflowException("Nothing in this case is a draft: there is nothing to submit.");
        }
        return submitted;
    }

    /**
     * Publishes every item of a case that is in review, in one step and one transaction: if one of them cannot be
     * published (four eyes, a change since the reviewer's page showed it), nothing is, and the message says which and
     * why.
     */
    public int approveCase(Map<ItemRef, Long> seen) {
        int published = 0;
        for (Map.Entry<ItemRef, Long> item : seen.entrySet()) {
            ItemType type = item.getKey().type();
            try {
                EditorialRecord record = load(type, item.getKey().id(), item.getValue());
                EditorialStatus status = pending.status(type, record);
                boolean inReview = status.hasPending() ? status.pending().state() == WorkflowState.IN_REVIEW
                        : status.state() == WorkflowState.IN_REVIEW;
                if (inReview) {
                    approve(type, record);
                    published++;
                }
            } catch (WorkflowException refused) {
                throw new WorkflowException("Nothing in the case was published. " + title(item.getKey()) + ": " + refused.getMessage());
            }
        }
        if (published == 0) {
            throw new WorkflowException("Nothing in this case waits for review.");
        }
        entityManager.flush();
        return published;
    }

    /** Sends every item of a case that is in review back to its author with the same reason. */
    public int rejectCase(Map<ItemRef, Long> seen, String comment) {
        requireReason(comment);
        int sentBack = 0;
        for (Map.Entry<ItemRef, Long> item : seen.entrySet()) {
            ItemType type = item.getKey().type();
            EditorialRecord record = load(type, item.getKey().id(), item.getValue());
            EditorialStatus status = pending.status(type, record);
            boolean inReview = status.hasPending() ? status.pending().state() == WorkflowState.IN_REVIEW
                    : status.state() == WorkflowState.IN_REVIEW;
            if (inReview) {
                reject(type, item.getKey().id(), item.getValue(), comment);
                sentBack++;
            }
        }
        return sentBack;
    }

    private void approve(ItemType type, EditorialRecord record) {
        String reviewer = CurrentUser.username().orElseThrow();
        Optional<PendingRevision> revision = pending.find(type, record.getId());
        if (revision.isEmpty()) {
            record.approve(reviewer, fourEyes, clock.instant());
            activity.published(type);
            return;
        }
        revision.get().requireApprovable(reviewer, fourEyes);
        if (revision.get().getChange() == PendingRevision.Change.WITHDRAWAL) {
            record.withdraw(revision.get().getReason());
        } else {
            publishRevision(types.get(type), record, revision.get());
        }
        pending.delete(revision.get());
        activity.published(type);
    }

    /** The reviewed revision becomes the published record, in one step; its author is the revision's author. */
    private <E extends EditorialRecord, D extends EditableData> void publishRevision(EditorialType<E, D> type, EditorialRecord record,
            PendingRevision revision) {
        E entity = type.entityClass().cast(record);
        type.apply(entity, pending.read(type, revision));
        entity.revisionPublished(revision.getUpdatedBy(), clock.instant());
        bump(entity);
    }

    /** The item, provided it is still the version the editor saw when choosing this step. */
    private EditorialRecord load(ItemType type, long id, long seenVersion) {
        EditorialRecord record = entityManager.find(types.get(type).entityClass(), id);
        if (record == null) {
            throw new WorkflowException("This " + type.phrase() + " no longer exists.");
        }
        record.requireVersion(seenVersion);
        return record;
    }

    /** A step on the change pending on a record moves the record's version on, so that pages showing the old state are stale. */
    private void bump(EditorialRecord record) {
        entityManager.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private String title(ItemRef ref) {
        EditorialType<?, ?> type = types.get(ref.type());
        return ref.type().label() + " " + type.titles(List.of(ref.id())).getOrDefault(ref.id(), "#" + ref.id());
    }

    private static void requireReason(String comment) {
        requireText(comment, "Say what must change, so that the author can fix it.");
    }

    /** A reason someone typed: given, of a length people read, and storable as typed. */
    private static void requireText(String text, String whenBlank) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(whenBlank);
        }
        if (text.length() > MAX_REASON) {
            throw new WorkflowException("Keep the reason to " + String.format("%,d", MAX_REASON) + " characters or fewer.");
        }
        if (Storable.problem(text) != null) {
            throw new WorkflowException(Storable.problem(text));
        }
    }

    /**
     * New records and pending changes in the given state (drafts only with a reviewer's comment, when
     * {@code sentBack}), of every registered type, oldest change first, named by their own feature.
     */
    private List<ReviewItem> items(String state, boolean sentBack) {
        String comment = sentBack ? " AND %s.review_comment IS NOT NULL" : "";
        String sql = types.all().stream()
                .map(type -> """
                        SELECT '%1$s' AS type, e.id, 'NEW' AS change, e.workflow_state AS state, e.updated_by, e.updated_at,
                               e.review_comment, NULL AS reason, e.version FROM %2$s e WHERE e.workflow_state = :state%3$s
                        UNION ALL
                        SELECT '%1$s', e.id, p.change, p.state, p.updated_by, p.updated_at, p.review_comment, p.reason, e.version
                        FROM pending_revision p JOIN %2$s e ON e.id = p.item_id WHERE p.item_type = '%1$s' AND p.state = :state%4$s
                        """.formatted(type.itemType().key(), type.table(), comment.formatted("e"), comment.formatted("p")))
                .collect(Collectors.joining("UNION ALL\n"));
        List<Row> rows = jdbc.sql(sql).param("state", state).query(ReviewService::row).list();
        Map<String, Map<Long, String>> titles = rows.stream()
                .collect(Collectors.groupingBy(Row::type, Collectors.mapping(Row::id, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> types.get(e.getKey()).titles(e.getValue())));
        return rows.stream().map(row -> {
            EditorialType<?, ?> type = types.get(row.type());
            return new ReviewItem(type.itemType(), row.id(), titles.get(row.type()).getOrDefault(row.id(), "#" + row.id()),
                    type.page(row.id()), ReviewItem.Change.valueOf(row.change()), row.state(), row.updatedBy(), row.updatedAt(),
                    row.reviewComment(), row.reason(), row.version());
        }).sorted(Comparator.comparing(ReviewItem::updatedAt)).toList();
    }

    private record Row(String type, long id, String change, WorkflowState state, String updatedBy, Instant updatedAt,
            String reviewComment, String reason, long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("type"), rs.getLong("id"), rs.getString("change"), WorkflowState.valueOf(rs.getString("state")),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("review_comment"),
                rs.getString("reason"), rs.getLong("version"));
    }
}
