package org.sanctionsmonitor.editorial;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: draft → in review → published → archived, for every registered {@link EditorialType}.
 * Only editors and admins take these steps; publishing needs someone other than the last author unless
 * {@code SANCTIONS_FOUR_EYES=false}.
 */
@Service
@Transactional
@PreAuthorize(Role.IS_EDITOR)
public class ReviewService {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final EditorialTypes types;
    private final boolean fourEyes;

    ReviewService(EntityManager entityManager, JdbcClient jdbc, EditorialTypes types, AppProperties properties) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.types = types;
        this.fourEyes = properties.fourEyes();
    }

    /** What waits for review, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue() {
        return items("workflow_state = 'IN_REVIEW'");
    }

    /** Drafts a reviewer sent back, with the reason, so their authors find them. */
    @Transactional(readOnly = true)
    public List<ReviewItem> sentBack() {
        return items("workflow_state = 'DRAFT' AND review_comment IS NOT NULL");
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    public void submit(ItemType type, long id, long seenVersion) {
        load(type, id, seenVersion).submit();
        entityManager.flush();
    }

    public void approve(ItemType type, long id, long seenVersion) {
        load(type, id, seenVersion).approve(CurrentUser.username().orElseThrow(), fourEyes);
        entityManager.flush();
    }

    public void reject(ItemType type, long id, long seenVersion, String comment) {
        load(type, id, seenVersion).reject(comment);
        entityManager.flush();
    }

    public void archive(ItemType type, long id, long seenVersion) {
        load(type, id, seenVersion).archive();
        entityManager.flush();
    }

    /**
     * Publishes a record without review, as loaded in bulk by an admin (the demo dataset, an import whose admin chose
     * to publish at once). Its history names who did it.
     */
    @PreAuthorize(Role.IS_ADMIN)
    public void publishWithoutReview(ItemType type, long id) {
        EditorialRecord record = entityManager.find(types.get(type).entityClass(), id);
        record.publishWithoutReview();
        entityManager.flush();
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

    /** The matching records of every registered type, oldest change first, named by their own feature. */
    private List<ReviewItem> items(String condition) {
        String sql = types.all().stream()
                .map(type -> "SELECT '" + type.itemType().key() + "' AS type, id, workflow_state, updated_by, updated_at,"
                        + " review_comment, version FROM " + type.table() + " WHERE " + condition)
                .collect(Collectors.joining("\nUNION ALL\n", "", "\nORDER BY updated_at"));
        List<Row> rows = jdbc.sql(sql).query(ReviewService::row).list();
        Map<String, Map<Long, String>> titles = rows.stream()
                .collect(Collectors.groupingBy(Row::type, Collectors.mapping(Row::id, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> types.get(e.getKey()).titles(e.getValue())));
        return rows.stream().map(row -> {
            EditorialType<?, ?> type = types.get(row.type());
            return new ReviewItem(type.itemType(), row.id(), titles.get(row.type()).getOrDefault(row.id(), "#" + row.id()),
                    type.page(row.id()), row.state(), row.updatedBy(), row.updatedAt(), row.reviewComment(), row.version());
        }).sorted(Comparator.comparing(ReviewItem::updatedAt)).toList();
    }

    private record Row(String type, long id, WorkflowState state, String updatedBy, java.time.Instant updatedAt,
            String reviewComment, long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("type"), rs.getLong("id"), WorkflowState.valueOf(rs.getString("workflow_state")),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("review_comment"),
                rs.getLong("version"));
    }
}
