package org.sanctionsmonitor.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.PartyRole;
import java.util.EnumMap;
import java.util.Map;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures as they were computed before the read models (issue 12): straight from the live tables, every time.
 * {@code ReadModelTest} holds the read models against them.
 */
class LiveCountryDashboard {

    /** (incident, country, role) is unique, so per role counting rows counts incidents; in any role it needs DISTINCT. */
    private static final String COUNTS = """
            SELECT c.code, c.name,
                   count(*) FILTER (WHERE p.role = 'SUPPLIER' AND i.kind = 'VIOLATION') AS supplier,
                   count(*) FILTER (WHERE p.role = 'RECIPIENT' AND i.kind = 'VIOLATION') AS recipient,
                   count(*) FILTER (WHERE p.role = 'TRANSIT' AND i.kind = 'VIOLATION') AS transit,
                   count(DISTINCT i.id) AS total
            FROM incident_party p
            JOIN published_incidents() i ON i.id = p.incident_id
            JOIN country c ON c.code = p.country_code
            """;

    private final JdbcClient jdbc;

    LiveCountryDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every country that is a party to at least one published incident, the most involved first. */
    public List<Dossier.CountryCounts> countries() {
        return jdbc.sql(COUNTS + " GROUP BY c.code, c.name ORDER BY total DESC, c.name")
                .query(Dossier.CountryCounts.class).list();
    }

    /** The dossier of a country by its ISO code; empty if no such country exists. */
    public Optional<Dossier.Data> dossier(String code) {
        Optional<String> name = jdbc.sql("SELECT name FROM country WHERE code = :code").param("code", code)
                .query(String.class).optional();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Dossier.CountryCounts counts = jdbc.sql(COUNTS + " WHERE c.code = :code GROUP BY c.code, c.name")
                .param("code", code).query(Dossier.CountryCounts.class).optional()
                .orElse(new Dossier.CountryCounts(code, name.get(), 0, 0, 0, 0));
        Map<StanceSide, Integer> said = statementCounts(code);
        return Optional.of(new Dossier.Data(counts, years(code), counterparts(code), provisions(code),
                said.getOrDefault(StanceSide.ALLEGATION, 0), said.getOrDefault(StanceSide.DENIAL, 0), statements(code, 12),
                latest(code, 10)));
    }

    /** Per year and role, the published incidents whose date range touches that year (as the list's date filter). */
    List<Dossier.RoleYear> years(String code) {
        return jdbc.sql("""
                SELECT y.year::int AS year, p.role, count(DISTINCT i.id) AS incidents
                FROM incident_party p
                JOIN published_incidents() i ON i.id = p.incident_id
                CROSS JOIN LATERAL generate_series(extract(year FROM i.date_from)::int, extract(year FROM i.date_to)::int) AS y(year)
                WHERE p.country_code = :code
                GROUP BY y.year, p.role ORDER BY y.year, p.role
                """).param("code", code)
                .query((rs, n) -> new Dossier.RoleYear(rs.getInt("year"), PartyRole.valueOf(rs.getString("role")), rs.getInt("incidents")))
                .list();
    }

    List<Dossier.Counterpart> counterparts(String code) {
        return jdbc.sql("""
                SELECT o.country_code AS code, c.name, count(DISTINCT i.id) AS incidents
                FROM incident_party p
                JOIN published_incidents() i ON i.id = p.incident_id
                JOIN incident_party o ON o.incident_id = i.id AND o.country_code <> p.country_code
                JOIN country c ON c.code = o.country_code
                WHERE p.country_code = :code
                GROUP BY o.country_code, c.name ORDER BY incidents DESC, c.name
                """).param("code", code).query(Dossier.Counterpart.class).list();
    }

    List<Dossier.Provision> provisions(String code) {
        return jdbc.sql("""
                SELECT pr.id AS provision_id, r.number AS resolution_number, pr.label, count(DISTINCT i.id) AS incidents
                FROM published_incidents() i
                JOIN incident_provision ip ON ip.incident_id = i.id
                JOIN provision pr ON pr.id = ip.provision_id
                JOIN resolution r ON r.id = pr.resolution_id
                WHERE EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = :code)
                GROUP BY pr.id, r.number, pr.label ORDER BY incidents DESC, r.number, pr.label
                """).param("code", code).query(Dossier.Provision.class).list();
    }

    /** The published statements that count for the country, by side. */
    private Map<StanceSide, Integer> statementCounts(String code) {
        Map<StanceSide, Integer> counts = new EnumMap<>(StanceSide.class);
        jdbc.sql("""
                SELECT stance_side(st.stance) AS side, count(*) AS n FROM published_statements() st
                WHERE EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = :code)
                GROUP BY 1
                """).param("code", code)
                .query((rs, n) -> counts.put(StanceSide.valueOf(rs.getString("side")), rs.getInt("n"))).list();
        return counts;
    }

    List<Dossier.StatementLine> statements(String code, int limit) {
        return jdbc.sql("""
                SELECT st.id, st.said_precision, st.said_on, st.reported_on, st.stance, stance_side(st.stance) AS side,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                         WHERE sp.statement_id = st.id) AS speaker,
                       st.summary, i.id AS incident_id, i.title AS incident_title
                FROM published_statements() st
                LEFT JOIN published_incidents() i ON i.id = st.incident_id
                WHERE EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = :code)
                ORDER BY st.dated_on DESC, st.id DESC LIMIT :limit
                """).param("code", code).param("limit", limit)
                .query((rs, n) -> new Dossier.StatementLine(rs.getLong("id"), SaidPrecision.valueOf(rs.getString("said_precision")),
                        rs.getObject("said_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class), Stance.valueOf(rs.getString("stance")), StanceSide.valueOf(rs.getString("side")), rs.getString("speaker"), rs.getString("summary"),
                        (Long) rs.getObject("incident_id"), rs.getString("incident_title")))
                .list();
    }

    List<Dossier.Item> latest(String code, int limit) {
        return jdbc.sql("""
                SELECT i.id, i.kind, i.title, i.date_from, i.date_to, i.date_precision FROM published_incidents() i
                WHERE EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = :code)
                ORDER BY i.date_from DESC, i.id DESC LIMIT :limit
                """).param("code", code).param("limit", limit)
                .query((rs, n) -> new Dossier.Item(rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("date_precision"))))
                .list();
    }
}
