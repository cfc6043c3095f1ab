package org.sanctionsmonitor.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Sql;
import org.sanctionsmonitor.base.TextQuery;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.editorial.Withdrawal;
import org.sanctionsmonitor.source.Translation;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.HistoryEntry;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims and denials. Readers see published statements only; editors enter and change them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class StatementService {

    private static final String SELECT = """
            SELECT st.id,
                   ARRAY(SELECT a.id FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                          WHERE sp.statement_id = st.id ORDER BY a.name, a.id) AS speaker_ids,
                   ARRAY(SELECT a.name FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                          WHERE sp.statement_id = st.id ORDER BY a.name, a.id) AS speaker_names,
                   ARRAY(SELECT coalesce(a.title, '') FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                          WHERE sp.statement_id = st.id ORDER BY a.name, a.id) AS speaker_titles,
                   (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM statement_country sc JOIN country c ON c.code = sc.country_code
                     WHERE sc.statement_id = st.id) AS countries,
                   st.said_precision, st.said_on, st.reported_on, st.stance, stance_side(st.stance) AS side, st.summary,
                   st.quote_original, st.quote_language, st.quote_translation, st.translated_by, st.translation_method,
                   st.translated_on, st.translation_reviewed_by, st.translation_reviewed_on, st.attribution_note,
                   s.id AS source_id, s.outlet AS source_outlet, s.originating_outlet AS source_originating_outlet,
                   s.title_original AS source_title, i.id AS incident_id, i.title AS incident_title, st.workflow_state, st.dated_on
            FROM visible_statements(:all) st
            LEFT JOIN visible_sources(:all) s ON s.id = st.source_id
            LEFT JOIN visible_incidents(:all) i ON i.id = st.incident_id
            """;

    /** Most rows one page of the list holds. */
    public static final int PAGE_LIMIT = 200;

    private final JdbcClient jdbc;
    private final ActorRepository actors;
    private final StatementEditorialType type;
    private final EditorialService editorial;

    StatementService(JdbcClient jdbc, ActorRepository actors, StatementEditorialType type, EditorialService editorial) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.type = type;
        this.editorial = editorial;
    }

    public List<StatementView> forIncident(long incidentId) {
        return jdbc.sql(SELECT + " WHERE st.incident_id = :id ORDER BY st.dated_on, st.id")
                .param("id", incidentId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementService::row).list();
    }

    public List<StatementView> forSource(long sourceId) {
        return jdbc.sql(SELECT + " WHERE st.source_id = :id ORDER BY st.dated_on, st.id")
                .param("id", sourceId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementService::row).list();
    }

    /** One statement as its page shows it; published ones only for readers. */
    public Optional<StatementView> details(long id) {
        return jdbc.sql(SELECT + " WHERE st.id = :id").param("id", id).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementService::row).optional();
    }

    /** What readers are told at the address of a statement that was published and then withdrawn. */
    public Optional<Withdrawal> withdrawal(long id) {
        return jdbc.sql("SELECT summary, withdrawal_reason FROM visible_statements(true) WHERE id = :id AND workflow_state = 'ARCHIVED'")
                .param("id", id).query((rs, n) -> new Withdrawal(rs.getString("summary"), rs.getString("withdrawal_reason"))).optional();
    }

    /** Where a page of the list ends (newest first, by date, then id): the next page starts after it. */
    public record Cursor(LocalDate datedOn, long id) {
    }

    /** One page of the list, and the cursor after its last row (null when the page is empty). */
    public record Page(List<StatementView> items, Cursor last) {
    }

    /**
     * A page of the statements matching the filter, newest first: {@code limit} rows (at most {@value #PAGE_LIMIT})
     * after skipping {@code skip} rows after {@code after} (from the start when null). Reading on from the previous
     * page's cursor costs the same at row 100,000 as at row 50 (keyset pagination).
     */
    public Page page(StatementFilter filter, Cursor after, int skip, int limit) {
        if (limit < 1 || limit > PAGE_LIMIT || skip < 0) {
            throw new IllegalArgumentException("A page holds 1 to " + PAGE_LIMIT + " rows; asked for " + limit + " after " + skip);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (after != null) {
            where += " AND (st.dated_on, st.id) < (:afterDate, :afterId)";
            params.put("afterDate", after.datedOn());
            params.put("afterId", after.id());
        }
        List<Object[]> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY st.dated_on DESC, st.id DESC LIMIT :limit OFFSET :skip")
                .params(params).param("limit", limit).param("skip", skip)
                .query((rs, n) -> new Object[] {row(rs, n), rs.getObject("dated_on", LocalDate.class)}).list();
        List<StatementView> items = rows.stream().map(r -> (StatementView) r[0]).toList();
        Cursor last = rows.isEmpty() ? null : new Cursor((LocalDate) rows.getLast()[1], items.getLast().id());
        return new Page(items, last);
    }

    /** How many statements match the filter: the count the list shows (and the dossier's figures open). */
    public int count(StatementFilter filter) {
        if (!CurrentUser.canSeeUnpublished() && filter.speaker() == null && filter.stance() == null && filter.from() == null
                && filter.to() == null && filter.text() == null) {
            // By country and side only: the dossiers' read models hold the count (a scan of every statement, seconds at a
            // million, otherwise).
            return jdbc.sql(filter.country() == null
                            ? "SELECT coalesce(sum(statements), 0) FROM rm_stance_month WHERE CAST(:side AS text) IS NULL OR side = :side"
                            : "SELECT coalesce(sum(statements), 0) FROM rm_country_stance WHERE country = :country"
                              + " AND (CAST(:side AS text) IS NULL OR side = :side)")
                    .param("country", filter.country()).param("side", filter.side() == null ? null : filter.side().name())
                    .query(Integer.class).single();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM visible_statements(:all) st WHERE " + where).params(params).query(Integer.class).single();
    }

    /**
     * How many published statements the filter matches whose published version went live after {@code since} (all
     * of them when null): what a saved statement list counts as new. Published ones only, for every role.
     */
    public int countPublishedSince(StatementFilter filter, java.time.Instant since) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM published_statements() st WHERE " + where + " AND st.published_at > :since")
                .params(params).param("since", java.sql.Timestamp.from(since == null ? java.time.Instant.EPOCH : since))
                .query(Integer.class).single();
    }

    /** Those statements, the most recently published first (with {@code since} null, the latest ones). */
    public List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(StatementFilter filter, java.time.Instant since, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("""
                SELECT st.id, st.stance, st.summary, st.published_at, st.first_published_at,
                       (SELECT string_agg(a.name, '; ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                         WHERE sp.statement_id = st.id) AS speakers
                FROM published_statements() st WHERE %s AND st.published_at > :since
                ORDER BY st.published_at DESC, st.id DESC LIMIT :limit
                """.formatted(where)).params(params).param("limit", limit)
                .param("since", java.sql.Timestamp.from(since == null ? java.time.Instant.EPOCH : since))
                .query((rs, n) -> {
                    Stance stance = Stance.valueOf(rs.getString("stance"));
                    String speakers = rs.getString("speakers");
                    return new org.sanctionsmonitor.editorial.PublishedChange("Statement", rs.getLong("id"),
                            org.sanctionsmonitor.base.Labels.statement(speakers == null ? "Unattributed" : speakers, stance.label(),
                                    rs.getString("summary")),
                            org.sanctionsmonitor.base.Pages.statement(rs.getLong("id")), rs.getString("summary"),
                            rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("first_published_at") == null ? null
                                    : rs.getTimestamp("first_published_at").toInstant());
                }).list();
    }

    private static String where(StatementFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("all", CurrentUser.canSeeUnpublished());
        conditions.add("TRUE");
        if (filter.speaker() != null) {
            conditions.add("EXISTS (SELECT 1 FROM statement_speaker fsp WHERE fsp.statement_id = st.id AND fsp.actor_id = :speaker)");
            params.put("speaker", filter.speaker());
        }
        if (filter.country() != null) {
            conditions.add("statement_counts_for(st.id, :country)"); // statement_country, looked up for this statement only
            params.put("country", filter.country());
        }
        if (filter.side() != null) {
            conditions.add("stance_side(st.stance) = :side");
            params.put("side", filter.side().name());
        }
        if (filter.stance() != null) {
            conditions.add("st.stance = :stance");
            params.put("stance", filter.stance().name());
        }
        // A statement known to a month or a year counts where that period overlaps the range.
        if (filter.from() != null) {
            conditions.add("st.dated_to >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("st.dated_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.text() != null) {
            TextQuery words = TextQuery.tryParse(filter.text()).orElse(null);
            if (words == null) {
                conditions.add("st.summary ILIKE :like");
                params.put("like", Sql.containsPattern(filter.text()));
            } else {
                // Its words in any language and spelling, or a speaker known by these names.
                SpeakerNames names = SpeakerNames.matching(words, "ta", "speakerNames", true);
                conditions.add("(st.search @@ " + words.sql("words") + " OR EXISTS (SELECT 1 FROM statement_speaker tsp"
                        + " JOIN actor ta ON ta.id = tsp.actor_id WHERE tsp.statement_id = st.id AND " + names.sql() + "))");
                params.put("words", words.tsquery());
                params.putAll(names.params());
            }
        }
        return String.join(" AND ", conditions);
    }

    /** Mapped by hand: a reflective row mapper costs some fifty times more per row. */
    static StatementView row(ResultSet rs, int rowNum) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("speaker_ids").getArray();
        String[] names = (String[]) rs.getArray("speaker_names").getArray();
        String[] titles = (String[]) rs.getArray("speaker_titles").getArray();
        List<StatementView.Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            speakers.add(new StatementView.Speaker(ids[i], names[i], titles[i].isEmpty() ? null : titles[i]));
        }
        String method = rs.getString("translation_method");
        Translation translation = rs.getString("quote_translation") == null ? null : new Translation(rs.getString("translated_by"),
                method == null ? null : TranslationMethod.valueOf(method), rs.getObject("translated_on", LocalDate.class),
                rs.getString("translation_reviewed_by"), rs.getObject("translation_reviewed_on", LocalDate.class));
        return new StatementView(rs.getLong("id"), speakers,
                speakers.stream().map(StatementView.Speaker::label).collect(Collectors.joining("; ")),
                rs.getString("countries"), SaidPrecision.valueOf(rs.getString("said_precision")),
                rs.getObject("said_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class),
                Stance.valueOf(rs.getString("stance")), StanceSide.valueOf(rs.getString("side")), rs.getString("summary"),
                rs.getString("quote_original"), rs.getString("quote_language"), rs.getString("quote_translation"), translation,
                rs.getString("attribution_note"), (Long) rs.getObject("source_id"), rs.getString("source_outlet"),
                rs.getString("source_originating_outlet"), rs.getString("source_title"), (Long) rs.getObject("incident_id"),
                rs.getString("incident_title"), WorkflowState.valueOf(rs.getString("workflow_state")));
    }

    @PreAuthorize(Role.IS_EDITOR)
    public List<ActorOption> actors() {
        return actors.findAllByOrderByName().stream().map(a -> new ActorOption(a.getId(), a.label())).toList();
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<StatementData> edit(long id) {
        return editorial.edit(type, id);
    }

    /** The statement's workflow state, last author and reviewer's comment, for its editor page. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return editorial.status(type, id);
    }

    /**
     * Validates and saves; a new statement starts as a draft, and a new speaker is created as an actor.
     *
     * @return the statement's id
     */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long save(StatementData data) {
        return editorial.save(type, data);
    }

    /** Every reason a save of this data would be refused, without saving: for an import's dry run. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<org.sanctionsmonitor.editorial.FieldProblem> problems(StatementData data) {
        return editorial.problems(type, data);
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
}
