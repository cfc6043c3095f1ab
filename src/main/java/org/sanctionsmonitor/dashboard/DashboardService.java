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

    /** The overview ranks this many of the most cited provisions. */
    public static final int PROVISIONS = 10;

    private final JdbcClient jdbc;

    DashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Overview.Data overview() {
        return new Overview.Data(keyFigures(), violationsPerMonth(), flows(FLOWS), mostCitedProvisions(PROVISIONS), stancesPerMonth(),
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

    /**
     * When the published record last changed: the latest time a published version of an incident, statement, source or
     * resolution went live (a draft or a pending revision does not count). Null when nothing is published.
     */
    public Instant lastPublishedChange() {
        return jdbc.sql("""
                SELECT greatest((SELECT max(published_at) FROM published_incidents()),
                                (SELECT max(published_at) FROM published_statements()),
                                (SELECT max(published_at) FROM published_sources()),
                                (SELECT max(published_at) FROM published_resolutions())) AS last_change
                """).query((rs, n) -> instant(rs.getTimestamp("last_change"))).single();
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

    /**
     * The {@link #FLOWS} largest flows narrowed by the overview's filter (dates overlapping, category), counted as
     * {@link #flows(int)} counts them: the Sankey diagram and the map both draw these, so they always agree. Unfiltered,
     * from the read model; filtered, counted live (the read model holds no dates or categories per flow).
     */
    public List<Overview.Flow> flows(FlowFilter filter) {
        if (filter.isEmpty()) {
            return flows(FLOWS);
        }
        return jdbc.sql("""
                SELECT s.country_code AS supplier_code, cs.name AS supplier_name,
                       r.country_code AS recipient_code, cr.name AS recipient_name, count(*) AS incidents
                FROM published_incidents() i
                JOIN incident_party s ON s.incident_id = i.id AND s.role = 'SUPPLIER'
                JOIN incident_party r ON r.incident_id = i.id AND r.role = 'RECIPIENT'
                JOIN country cs ON cs.code = s.country_code
                JOIN country cr ON cr.code = r.country_code
                WHERE i.kind = 'VIOLATION' AND %s
                GROUP BY s.country_code, cs.name, r.country_code, cr.name
                ORDER BY incidents DESC, cs.name, cr.name
                LIMIT %d
                """.formatted(flowConditions(filter), FLOWS)).params(flowParams(filter)).query(Overview.Flow.class).list();
    }

    /**
     * The countries of these flows with where the world map draws them, and how many published incidents (matching the
     * filter) have each as supplier and as recipient: what the incident list shows for that country in that role.
     */
    public List<Overview.FlowCountry> flowCountries(FlowFilter filter, List<Overview.Flow> flows) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        flows.forEach(f -> {
            codes.add(f.supplierCode());
            codes.add(f.recipientCode());
        });
        if (codes.isEmpty()) {
            return List.of();
        }
        if (filter.isEmpty()) {
            return jdbc.sql("""
                    SELECT c.code, c.name, c.map_name, c.map_longitude::float8 AS longitude, c.map_latitude::float8 AS latitude,
                           coalesce(rm.supplier, 0) AS as_supplier, coalesce(rm.recipient, 0) AS as_recipient
                    FROM country c LEFT JOIN rm_country rm ON rm.country = c.code
                    WHERE c.code IN (:codes) ORDER BY c.name
                    """).param("codes", codes).query(Overview.FlowCountry.class).list();
        }
        Map<String, Object> params = new java.util.HashMap<>(flowParams(filter));
        params.put("codes", codes);
        return jdbc.sql("""
                SELECT c.code, c.name, c.map_name, c.map_longitude::float8 AS longitude, c.map_latitude::float8 AS latitude,
                       (SELECT count(*) FROM published_incidents() i WHERE %1$s AND EXISTS (SELECT 1 FROM incident_party p
                          WHERE p.incident_id = i.id AND p.country_code = c.code AND p.role = 'SUPPLIER')) AS as_supplier,
                       (SELECT count(*) FROM published_incidents() i WHERE %1$s AND EXISTS (SELECT 1 FROM incident_party p
                          WHERE p.incident_id = i.id AND p.country_code = c.code AND p.role = 'RECIPIENT')) AS as_recipient
                FROM country c WHERE c.code IN (:codes) ORDER BY c.name
                """.formatted(flowConditions(filter))).params(params).query(Overview.FlowCountry.class).list();
    }

    /** The filter's conditions on incidents {@code i}, as the incident list applies them (dates overlap). */
    private static String flowConditions(FlowFilter filter) {
        List<String> conditions = new java.util.ArrayList<>(List.of("TRUE"));
        if (filter.from() != null) {
            conditions.add("i.date_to >= :from");
        }
        if (filter.to() != null) {
            conditions.add("i.date_from <= :to");
        }
        if (filter.category() != null) {
            conditions.add("i.category = :category");
        }
        return String.join(" AND ", conditions);
    }

    private static Map<String, Object> flowParams(FlowFilter filter) {
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.from() != null) {
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            params.put("to", filter.to());
        }
        if (filter.category() != null) {
            params.put("category", filter.category());
        }
        return params;
    }

    /** The most recently published incidents and events, with when their published version went live. */
    public List<Overview.Change> latestPublished(int limit) {
        return jdbc.sql("""
                SELECT id, kind, title, published_at FROM published_incidents()
                WHERE published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT :limit
                """).param("limit", limit)
                .query((rs, n) -> new Overview.Change(rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), instant(rs.getTimestamp("published_at"))))
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
