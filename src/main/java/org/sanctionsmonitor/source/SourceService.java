package org.sanctionsmonitor.source;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Sql;
import org.sanctionsmonitor.base.TextQuery;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.HistoryEntry;
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
    private final SourceEditorialType type;
    private final EditorialService editorial;

    SourceService(JdbcClient jdbc, SourceEditorialType type, EditorialService editorial) {
        this.jdbc = jdbc;
        this.type = type;
        this.editorial = editorial;
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<SourceData> edit(long id) {
        return editorial.edit(type, id);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return editorial.status(type, id);
    }

    /**
     * Validates and saves; a new source starts as a draft. Fails with {@link FieldException} on a URL another source
     * has, {@link EditConflictException} when someone else saved it meanwhile.
     *
     * @return the source's id
     */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long save(SourceData data) {
        return editorial.save(type, data);
    }

    /** What the revision pending on the published record changes, field by field; empty when none is pending. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<Difference> pendingChanges(long id) {
        return editorial.pendingChanges(type, id);
    }

    /** Every saved revision, and every revision pending on it, with the fields that changed. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return editorial.history(type, id);
    }

    /** Makes an earlier revision the current content again, as a new (draft) revision. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        editorial.restore(type, id, revision, seenVersion);
    }

    public List<SourceRow> list(SourceFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("""
                SELECT s.id, s.type, s.outlet, s.originating_outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       s.reliability, s.workflow_state,
                       (SELECT count(*) FROM incident_source l JOIN visible_incidents(:all) i ON i.id = l.incident_id
                         WHERE l.source_id = s.id)
                       + (SELECT count(*) FROM visible_statements(:all) st WHERE st.source_id = s.id) AS citation_count
                FROM visible_sources(:all) s WHERE\s""" + where + """
                 ORDER BY s.published_on DESC NULLS LAST, s.id DESC LIMIT :limit OFFSET :offset
                """).params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(SourceRow.class).list();
    }

    public int count(SourceFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM visible_sources(:all) s WHERE " + where).params(params).query(Integer.class).single();
    }

    public Optional<SourceDetails> details(long id) {
        return jdbc.sql("""
                SELECT s.id, s.type, s.outlet, s.originating_outlet, s.url, s.language, s.published_on, s.retrieved_on, s.title_original,
                       s.title_translation, s.excerpt_original, s.excerpt_translation, s.translated_by, s.translation_method,
                       s.archived_url, s.reliability, s.notes, s.workflow_state, s.review_comment, s.updated_by, s.updated_at, s.version,
                       s.state_media_of, c.name AS state_media_of_name, s.origin, s.translated_on, s.translation_reviewed_by,
                       s.translation_reviewed_on
                FROM visible_sources(:all) s LEFT JOIN country c ON c.code = s.state_media_of WHERE s.id = :id
                """).param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query(SourceDetails.class).optional();
    }

    /** Sources matching what an editor typed, for pickers; newest first, in every workflow state. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<SourceOption> options(String text, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, outlet, originating_outlet, title_original, published_on FROM visible_sources(true)
                WHERE :text = '' OR outlet ILIKE :like OR title_original ILIKE :like OR title_translation ILIKE :like OR url ILIKE :like
                ORDER BY published_on DESC NULLS LAST, id DESC LIMIT :limit OFFSET :offset
                """).param("text", text == null ? "" : text.trim()).param("like", Sql.containsPattern(text == null ? "" : text.trim()))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SourceOption(rs.getLong("id"), Labels.sourceOption(rs.getString("outlet"), rs.getString("originating_outlet"),
                        rs.getString("title_original"), rs.getObject("published_on", java.time.LocalDate.class))))
                .list();
    }

    /** The languages present in the library, for the language filter. */
    public List<String> languages() {
        return jdbc.sql("SELECT DISTINCT language FROM visible_sources(:all) ORDER BY language")
                .param("all", CurrentUser.canSeeUnpublished()).query(String.class).list();
    }

    /**
     * A page of the filtered library for the read API and exports, newest publication first (undated last), then by id:
     * the rows after {@code after}, at most {@code limit}.
     */
    public org.sanctionsmonitor.base.Keyset.Page<SourceRow> page(SourceFilter filter, org.sanctionsmonitor.base.Keyset.Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        // Undated sources sort as the oldest, so the key never is null.
        String key = "coalesce(s.published_on, DATE '0001-01-01')";
        String seek = after == null ? "" : " AND (" + key + ", s.id) < (CAST(:afterValue AS date), :afterId)";
        var rowMapper = new org.springframework.jdbc.core.DataClassRowMapper<>(SourceRow.class);
        List<Map.Entry<SourceRow, String>> rows = jdbc.sql("""
                SELECT s.id, s.type, s.outlet, s.originating_outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       s.reliability, s.workflow_state,
                       (SELECT count(*) FROM incident_source l JOIN visible_incidents(:all) i ON i.id = l.incident_id
                         WHERE l.source_id = s.id)
                       + (SELECT count(*) FROM visible_statements(:all) st WHERE st.source_id = s.id) AS citation_count,
                       CAST(%1$s AS text) AS sort_value
                FROM visible_sources(:all) s WHERE %2$s%3$s ORDER BY %1$s DESC, s.id DESC LIMIT :limit
                """.formatted(key, where, seek)).params(params)
                .param("afterValue", after == null ? null : after.value()).param("afterId", after == null ? 0L : after.id())
                .param("limit", limit + 1)
                .query((rs, n) -> Map.entry(rowMapper.mapRow(rs, n), rs.getString("sort_value"))).list();
        List<SourceRow> page = rows.stream().limit(limit).map(Map.Entry::getKey).toList();
        return new org.sanctionsmonitor.base.Keyset.Page<>(page, rows.size() > limit
                ? new org.sanctionsmonitor.base.Keyset.Cursor(rows.get(limit - 1).getValue(), page.getLast().id()) : null);
    }

    /** The source with this web address, in any state, for an import that cites it. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<Long> idByUrl(String url) {
        return jdbc.sql("SELECT id FROM visible_sources(true) WHERE url = :url").param("url", url == null ? "" : url.trim())
                .query(Long.class).optional();
    }

    /** Every reason a save of this data would be refused, without saving: for an import's dry run. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<org.sanctionsmonitor.editorial.FieldProblem> problems(SourceData data) {
        return editorial.problems(type, data);
    }

    private static String where(SourceFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("all", CurrentUser.canSeeUnpublished());
        conditions.add("TRUE");
        if (filter.text() != null) {
            // Words in any language and spelling, as the search everywhere finds them; a text without a word (e.g. "…")
            // is looked for as it is.
            java.util.Optional<TextQuery> words = TextQuery.tryParse(filter.text());
            conditions.add("(s.outlet ILIKE :like OR s.title_original ILIKE :like OR s.title_translation ILIKE :like"
                    + words.map(q -> " OR s.search @@ " + q.sql("words")).orElse("") + ")");
            words.ifPresent(q -> params.put("words", q.tsquery()));
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
