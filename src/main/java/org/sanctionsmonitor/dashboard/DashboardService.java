package org.sanctionsmonitor.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview dashboard's figures (rows mapped by hand: a reflective row mapper costs fifty times more per row), read from the read models that every write keeps right in its own transaction
 * (db-migrations/V70__read_models.sql and R__read_rules.sql), so a page view reads a few hundred rows whatever the
 * archive's size. Dashboards show <b>published</b> items only, for every role: an editor sees the same figures as a
 * reader, and finds drafts in the lists, not here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class DashboardService {

    /** The overview draws this many of the largest supplier → recipient flows; a Sankey of thousands is unreadable. */
    public static final int FLOWS = 40;

    private final JdbcClient jdbc;

    DashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Overview.Data overview() {
        return new Overview.Data(keyFigures(), violationsPerMonth(), flows(FLOWS), mostCitedProvisions(10), stancesPerMonth(),
                latestChanges(8));
    }

    /**
     * The key figures, from the read models (db-migrations/V70__read_models.sql, kept right by every write); the last
     * update from the ends of the "published, by update time" indexes.
     */
    public Overview.KeyFigures keyFigures() {
        Map<IncidentStatus, Integer> statuses = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            statuses.put(status, 0);
        }
        int[] kinds = new int[2];
        jdbc.sql("SELECT kind, status, incidents FROM rm_incident_count WHERE incidents > 0").query((rs, n) -> {
            boolean violation = IncidentKind.valueOf(rs.getString("kind")) == IncidentKind.VIOLATION;
            kinds[violation ? 0 : 1] += rs.getInt("incidents");
            if (violation) {
                statuses.merge(IncidentStatus.valueOf(rs.getString("status")), rs.getInt("incidents"), Integer::sum);
            }
            return null;
        }).list();
        return jdbc.sql("""
                SELECT (SELECT coalesce(sum(statements), 0) FROM rm_stance_month WHERE side = 'ALLEGATION') AS allegations,
                       (SELECT coalesce(sum(statements), 0) FROM rm_stance_month WHERE side = 'DENIAL') AS denials,
                       (SELECT coalesce(max(value), 0) FROM rm_figure WHERE name = 'published_sources') AS sources,
                       (SELECT count(*) FROM rm_country WHERE total > 0) AS countries,
                       greatest((SELECT max(updated_at) FROM published_incidents()),
                                (SELECT max(updated_at) FROM published_statements()),
                                (SELECT max(updated_at) FROM published_sources())) AS last_update
                """)
                .query((rs, n) -> new Overview.KeyFigures(statuses, kinds[0], kinds[1], rs.getInt("allegations"), rs.getInt("denials"),
                        rs.getInt("sources"), rs.getInt("countries"), instant(rs.getTimestamp("last_update"))))
                .single();
    }

    /** Published violations per month and category; an incident counts in every month its date range touches. */
    public List<Overview.MonthCount> violationsPerMonth() {
        return jdbc.sql("""
                SELECT m.month, c.code AS category, c.label AS category_label, c.sort_order, m.incidents
                FROM rm_violation_month m JOIN incident_category c ON c.code = m.category
                WHERE m.incidents > 0 ORDER BY m.month, c.sort_order, c.label
                """).query((rs, n) -> new Overview.MonthCount(rs.getObject("month", java.time.LocalDate.class), rs.getString("category"),
                        rs.getString("category_label"), rs.getInt("sort_order"), rs.getInt("incidents")))
                .list();
    }

    /** Every supplier → recipient flow, the largest first. */
    public List<Overview.Flow> flows() {
        return flows(Integer.MAX_VALUE);
    }

    /**
     * Who supplies whom, in alleged violations only (events have participants, not suppliers): published violations
     * with this supplier and this recipient, the largest {@code limit} flows.
     */
    public List<Overview.Flow> flows(int limit) {
        return jdbc.sql("""
                SELECT f.supplier AS supplier_code, cs.name AS supplier_name, f.recipient AS recipient_code, cr.name AS recipient_name,
                       f.incidents
                FROM rm_flow f JOIN country cs ON cs.code = f.supplier JOIN country cr ON cr.code = f.recipient
                WHERE f.incidents > 0
                ORDER BY f.incidents DESC, cs.name, cr.name
                LIMIT :limit
                """).param("limit", limit)
                .query((rs, n) -> new Overview.Flow(rs.getString("supplier_code"), rs.getString("supplier_name"),
                        rs.getString("recipient_code"), rs.getString("recipient_name"), rs.getInt("incidents")))
                .list();
    }

    /** The provisions most often cited by published incidents. */
    public List<Overview.ProvisionCount> mostCitedProvisions(int limit) {
        return jdbc.sql("""
                SELECT pr.id AS provision_id, r.number AS resolution_number, pr.label, c.incidents
                FROM rm_provision c
                JOIN provision pr ON pr.id = c.provision_id
                JOIN resolution r ON r.id = pr.resolution_id
                WHERE c.incidents > 0
                ORDER BY c.incidents DESC, r.number, pr.label
                LIMIT :limit
                """).param("limit", limit)
                .query((rs, n) -> new Overview.ProvisionCount(rs.getLong("provision_id"), rs.getInt("resolution_number"),
                        rs.getString("label"), rs.getInt("incidents")))
                .list();
    }

    public List<Overview.StanceMonth> stancesPerMonth() {
        return jdbc.sql("""
                SELECT month, coalesce(sum(statements) FILTER (WHERE side = 'ALLEGATION'), 0) AS allegations,
                       coalesce(sum(statements) FILTER (WHERE side = 'DENIAL'), 0) AS denials
                FROM rm_stance_month WHERE statements > 0
                GROUP BY 1 ORDER BY 1
                """).query((rs, n) -> new Overview.StanceMonth(rs.getObject("month", java.time.LocalDate.class), rs.getInt("allegations"),
                        rs.getInt("denials")))
                .list();
    }

    public List<Overview.Change> latestChanges(int limit) {
        return jdbc.sql("""
                SELECT id, kind, title, updated_at FROM published_incidents()
                ORDER BY updated_at DESC, id DESC LIMIT :limit
                """).param("limit", limit)
                .query((rs, n) -> new Overview.Change(rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), instant(rs.getTimestamp("updated_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
