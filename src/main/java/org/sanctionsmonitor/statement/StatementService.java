package org.sanctionsmonitor.statement;

import java.util.List;
import java.util.Optional;
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

    /** Mapped by hand: a reflective row mapper costs some fifty times more per row. */
    private static final org.springframework.jdbc.core.RowMapper<StatementView> VIEW = (rs, n) -> new StatementView(rs.getLong("id"),
            rs.getString("speakers"), rs.getString("countries"), SaidPrecision.valueOf(rs.getString("said_precision")),
            rs.getObject("said_on", java.time.LocalDate.class), rs.getObject("reported_on", java.time.LocalDate.class),
            Stance.valueOf(rs.getString("stance")), StanceSide.valueOf(rs.getString("side")), rs.getString("summary"),
            rs.getString("quote_original"), rs.getString("quote_language"), rs.getString("quote_translation"), rs.getString("attribution_note"),
            (Long) rs.getObject("source_id"), rs.getString("source_outlet"), rs.getString("source_originating_outlet"),
            (Long) rs.getObject("incident_id"), rs.getString("incident_title"),
            org.sanctionsmonitor.editorial.WorkflowState.valueOf(rs.getString("workflow_state")));

    private static final String SELECT = """
            SELECT st.id,
                   (SELECT string_agg(a.name || coalesce(', ' || a.title, ''), '; ' ORDER BY a.name)
                      FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = st.id) AS speakers,
                   (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM statement_country sc JOIN country c ON c.code = sc.country_code
                     WHERE sc.statement_id = st.id) AS countries,
                   st.said_precision, st.said_on, st.reported_on, st.stance, stance_side(st.stance) AS side, st.summary,
                   st.quote_original, st.quote_language, st.quote_translation, st.attribution_note,
                   s.id AS source_id, s.outlet AS source_outlet, s.originating_outlet AS source_originating_outlet, i.id AS incident_id, i.title AS incident_title, st.workflow_state
            FROM visible_statements(:all) st
            LEFT JOIN visible_sources(:all) s ON s.id = st.source_id
            LEFT JOIN visible_incidents(:all) i ON i.id = st.incident_id
            """;

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
                .query(VIEW).list();
    }

    public List<StatementView> forSource(long sourceId) {
        return jdbc.sql(SELECT + " WHERE st.source_id = :id ORDER BY st.dated_on, st.id")
                .param("id", sourceId).param("all", CurrentUser.canSeeUnpublished())
                .query(VIEW).list();
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
