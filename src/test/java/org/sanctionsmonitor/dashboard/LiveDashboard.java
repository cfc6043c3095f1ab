package org.sanctionsmonitor.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures as they were computed before the read models (issue 12): straight from the live tables, every time.
 * {@code ReadModelTest} holds the read models against them.
 */
class LiveDashboard {

    private final JdbcClient jdbc;

    LiveDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Overview.Data overview() {
        return new Overview.Data(keyFigures(), violationsPerMonth(), flows().stream().limit(DashboardService.FLOWS).toList(),
                mostCitedProvisions(10), stancesPerMonth(),
                latestChanges(8));
    }

    /** The key figures in three scans: incidents, statements, and the rest. */
    public Overview.KeyFigures keyFigures() {
        String byStatus = Arrays.stream(IncidentStatus.values())
                .map(s -> "count(*) FILTER (WHERE kind = 'VIOLATION' AND status = '" + s.name() + "') AS " + s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(",\n"));
        return jdbc.sql("""
                SELECT i.*, st.*,
                       (SELECT count(*) FROM published_sources()) AS sources,
                       (SELECT count(*) FROM country c WHERE EXISTS (SELECT 1 FROM incident_party p
                          JOIN published_incidents() pi ON pi.id = p.incident_id
                          WHERE p.country_code = c.code)) AS countries,
                       greatest((SELECT max(updated_at) FROM published_incidents()),
                                (SELECT max(updated_at) FROM published_statements()),
                                (SELECT max(updated_at) FROM published_sources())) AS last_update
                FROM (SELECT count(*) FILTER (WHERE kind = 'VIOLATION') AS violations,
                             count(*) FILTER (WHERE kind = 'EVENT') AS events,
                             %s
                      FROM published_incidents()) i,
                     (SELECT count(*) FILTER (WHERE stance_side(stance) = 'ALLEGATION') AS allegations,
                             count(*) FILTER (WHERE stance_side(stance) = 'DENIAL') AS denials
                      FROM published_statements()) st
                """.formatted(byStatus))
                .query((rs, n) -> {
                    Map<IncidentStatus, Integer> statuses = new EnumMap<>(IncidentStatus.class);
                    for (IncidentStatus status : IncidentStatus.values()) {
                        statuses.put(status, rs.getInt(status.name().toLowerCase(Locale.ROOT)));
                    }
                    return new Overview.KeyFigures(statuses, rs.getInt("violations"), rs.getInt("events"),
                            rs.getInt("allegations"), rs.getInt("denials"), rs.getInt("sources"), rs.getInt("countries"),
                            instant(rs.getTimestamp("last_update")));
                })
                .single();
    }

    /** Published violations per month and category; an incident counts in every month its date range touches. */
    public List<Overview.MonthCount> violationsPerMonth() {
        return jdbc.sql("""
                SELECT m.month::date AS month, c.code AS category, c.label AS category_label, c.sort_order, count(*) AS incidents
                FROM published_incidents() i
                JOIN incident_category c ON c.code = i.category
                CROSS JOIN LATERAL generate_series(date_trunc('month', i.date_from), date_trunc('month', i.date_to),
                                                   interval '1 month') AS m(month)
                WHERE i.kind = 'VIOLATION'
                GROUP BY m.month, c.code, c.label, c.sort_order ORDER BY m.month, c.sort_order, c.label
                """).query(Overview.MonthCount.class).list();
    }

    /**
     * Who supplies whom, in alleged violations only (events have participants, not suppliers). Counting rows is counting
     * incidents: (incident, country, role) is unique, so each pair occurs once per incident.
     */
    public List<Overview.Flow> flows() {
        return jdbc.sql("""
                SELECT s.country_code AS supplier_code, cs.name AS supplier_name,
                       r.country_code AS recipient_code, cr.name AS recipient_name, count(*) AS incidents
                FROM published_incidents() i
                JOIN incident_party s ON s.incident_id = i.id AND s.role = 'SUPPLIER'
                JOIN incident_party r ON r.incident_id = i.id AND r.role = 'RECIPIENT'
                JOIN country cs ON cs.code = s.country_code
                JOIN country cr ON cr.code = r.country_code
                WHERE i.kind = 'VIOLATION'
                GROUP BY s.country_code, cs.name, r.country_code, cr.name
                ORDER BY incidents DESC, cs.name, cr.name
                """).query(Overview.Flow.class).list();
    }

    /** (incident, provision) is unique, so counting rows counts incidents. */
    public List<Overview.ProvisionCount> mostCitedProvisions(int limit) {
        return jdbc.sql("""
                SELECT pr.id AS provision_id, r.number AS resolution_number, pr.label, count(*) AS incidents
                FROM incident_provision ip
                JOIN published_incidents() i ON i.id = ip.incident_id
                JOIN provision pr ON pr.id = ip.provision_id
                JOIN resolution r ON r.id = pr.resolution_id
                GROUP BY pr.id, r.number, pr.label
                ORDER BY incidents DESC, r.number, pr.label
                LIMIT :limit
                """).param("limit", limit).query(Overview.ProvisionCount.class).list();
    }

    public List<Overview.StanceMonth> stancesPerMonth() {
        return jdbc.sql("""
                SELECT date_trunc('month', dated_on)::date AS month,
                       count(*) FILTER (WHERE stance_side(stance) = 'ALLEGATION') AS allegations,
                       count(*) FILTER (WHERE stance_side(stance) = 'DENIAL') AS denials
                FROM published_statements()
                GROUP BY 1 ORDER BY 1
                """).query(Overview.StanceMonth.class).list();
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
