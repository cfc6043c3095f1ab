package org.sanctionsmonitor.source;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.Validator;
import org.sanctionsmonitor.base.EditConflictException;
import org.sanctionsmonitor.base.EditorialSaves;
import org.sanctionsmonitor.base.EditorialStatus;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Sql;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.history.AuditHistory;
import org.sanctionsmonitor.history.HistoryEntry;
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
    private final SourceRepository sources;
    private final Validator validator;
    private final EditorialSaves saves;
    private final AuditHistory history;

    SourceService(JdbcClient jdbc, SourceRepository sources, Validator validator, EditorialSaves saves, AuditHistory history) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.validator = validator;
        this.saves = saves;
        this.history = history;
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<SourceData> edit(long id) {
        return sources.findById(id).map(Source::toData);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return sources.findById(id).map(EditorialStatus::of);
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
        Validation.check(validator, data);
        sources.findByUrl(data.getUrl().trim())
                .filter(other -> !other.getId().equals(data.getId()))
                .ifPresent(other -> {
                    throw new FieldException("url", "Another source already has this address: " + other.getOutlet() + ": "
                            + other.getTitleOriginal() + ".");
                });
        return saves.save(Source.class, data.getId(), data.getVersion(), Source::new, Source::toData, SourceData::describe,
                source -> source.apply(data), CurrentUser.username().orElseThrow());
    }

    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return history.entries(Source.class, id, snapshot -> snapshot.toData().describe());
    }

    /** Makes an earlier revision the current content again, as a new (draft) revision. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        Source earlier = history.snapshot(Source.class, id, revision);
        if (earlier == null) {
            throw new EntityNotFoundException("Revision " + revision + " of this source does not exist.");
        }
        SourceData restored = earlier.toData();
        restored.setId(id);
        restored.setVersion(seenVersion); // a save since the History tab was opened is a conflict, not overwritten
        save(restored);
    }


    public List<SourceRow> list(SourceFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("""
                SELECT s.id, s.type, s.outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       s.reliability, s.workflow_state,
                       (SELECT count(*) FROM incident_source l JOIN incident i ON i.id = l.incident_id
                         WHERE l.source_id = s.id AND (:all OR i.workflow_state = 'PUBLISHED'))
                       + (SELECT count(*) FROM statement st WHERE st.source_id = s.id AND (:all OR st.workflow_state = 'PUBLISHED'))
                         AS citation_count
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
                       archived_url, reliability, notes, workflow_state, review_comment, updated_by, updated_at, version
                FROM source WHERE id = :id AND (:all OR workflow_state = 'PUBLISHED')
                """).param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query(SourceDetails.class).optional();
    }

    /** Sources matching what an editor typed, for pickers; newest first, in every workflow state. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<SourceOption> options(String text, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, outlet || ': ' || title_original || coalesce(' (' || to_char(published_on, 'DD Mon YYYY') || ')', '') AS label
                FROM source
                WHERE :text = '' OR outlet ILIKE :like OR title_original ILIKE :like OR title_translation ILIKE :like OR url ILIKE :like
                ORDER BY published_on DESC NULLS LAST, id DESC LIMIT :limit OFFSET :offset
                """).param("text", text == null ? "" : text.trim()).param("like", Sql.containsPattern(text == null ? "" : text.trim()))
                .param("limit", limit).param("offset", offset).query(SourceOption.class).list();
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
