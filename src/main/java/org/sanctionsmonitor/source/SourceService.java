package org.sanctionsmonitor.source;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Sql;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The source library. Readers see published sources only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class SourceService {

    private final JdbcClient jdbc;

    SourceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SourceRow> list(SourceFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("""
                SELECT s.id, s.type, s.outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       s.reliability, s.workflow_state,
                       (SELECT count(*) FROM incident_source l WHERE l.source_id = s.id)
                       + (SELECT count(*) FROM statement st WHERE st.source_id = s.id) AS citation_count
                FROM source s WHERE """ + where + """
                 ORDER BY s.published_on DESC NULLS LAST, s.id DESC LIMIT :limit OFFSET :offset
                """).params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(SourceRow.class).list();
    }

    public int count(SourceFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM source s WHERE " + where).params(params).query(Integer.class).single();
    }

    public Optional<SourceDetails> details(long id) {
        return jdbc.sql("""
                SELECT id, type, outlet, originating_outlet, url, language, published_on, retrieved_on, title_original,
                       title_translation, excerpt_original, excerpt_translation, translated_by, translation_method,
                       archived_url, reliability, notes, workflow_state, updated_by, updated_at
                FROM source WHERE id = :id AND (:all OR workflow_state = 'PUBLISHED')
                """).param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query(SourceDetails.class).optional();
    }

    /** The languages present in the library, for the language filter. */
    public List<String> languages() {
        return jdbc.sql("SELECT DISTINCT language FROM source WHERE (:all OR workflow_state = 'PUBLISHED') ORDER BY language")
                .param("all", CurrentUser.canSeeUnpublished()).query(String.class).list();
    }

    private static String where(SourceFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("all", CurrentUser.canSeeUnpublished());
        conditions.add("(:all OR s.workflow_state = 'PUBLISHED')");
        if (filter.text() != null) {
            conditions.add("(s.search @@ websearch_to_tsquery('simple', :text) OR s.outlet ILIKE :like OR s.title_original ILIKE :like"
                    + " OR s.title_translation ILIKE :like)");
            params.put("text", filter.text());
            params.put("like", Sql.containsPattern(filter.text()));
        }
        if (filter.language() != null) {
            conditions.add("s.language = :language");
            params.put("language", filter.language());
        }
        if (filter.type() != null) {
            conditions.add("s.type = :type");
            params.put("type", filter.type().name());
        }
        return String.join(" AND ", conditions);
    }
}
