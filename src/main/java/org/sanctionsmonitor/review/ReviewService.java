package org.sanctionsmonitor.review;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.base.EditorialRecord;
import org.sanctionsmonitor.base.WorkflowException;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: draft → in review → published → archived, for incidents, sources and statements alike.
 * Only editors and admins take these steps; publishing needs someone other than the last author unless
 * {@code SANCTIONS_FOUR_EYES=false}.
 */
@Service
@Transactional
@PreAuthorize(Role.IS_EDITOR)
public class ReviewService {

    private static final String ITEMS = """
            SELECT 'INCIDENT' AS type, id, title, workflow_state, updated_by, updated_at, review_comment, version FROM incident WHERE %1$s
            UNION ALL
            SELECT 'SOURCE', id, outlet || ': ' || title_original, workflow_state, updated_by, updated_at, review_comment, version
              FROM source WHERE %1$s
            UNION ALL
            SELECT 'STATEMENT', st.id, a.name || ' ' || lower(replace(st.stance, '_', ' ')) || ': ' || left(st.summary, 120),
                   st.workflow_state, st.updated_by, st.updated_at, st.review_comment, st.version
              FROM statement st JOIN actor a ON a.id = st.speaker_id WHERE %2$s
            ORDER BY updated_at
            """;

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final boolean fourEyes;

    ReviewService(EntityManager entityManager, JdbcClient jdbc, AppProperties properties) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.fourEyes = properties.fourEyes();
    }

    /** What waits for review, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue() {
        return jdbc.sql(ITEMS.formatted("workflow_state = 'IN_REVIEW'", "st.workflow_state = 'IN_REVIEW'"))
                .query(ReviewItem.class).list();
    }

    /** Drafts a reviewer sent back, with the reason, so their authors find them. */
    @Transactional(readOnly = true)
    public List<ReviewItem> sentBack() {
        return jdbc.sql(ITEMS.formatted("workflow_state = 'DRAFT' AND review_comment IS NOT NULL",
                        "st.workflow_state = 'DRAFT' AND st.review_comment IS NOT NULL"))
                .query(ReviewItem.class).list();
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

    /** The item, provided it is still the version the editor saw when choosing this step. */
    private EditorialRecord load(ItemType type, long id, long seenVersion) {
        EditorialRecord record = entityManager.find(type.entity(), id);
        if (record == null) {
            throw new WorkflowException("This " + type.label().toLowerCase() + " no longer exists.");
        }
        record.requireVersion(seenVersion);
        return record;
    }
}
