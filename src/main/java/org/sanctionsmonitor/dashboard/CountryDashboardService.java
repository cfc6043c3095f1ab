package org.sanctionsmonitor.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.security.Role;
import java.util.EnumMap;
import java.util.Map;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The country list and the per-country dossier, their figures read from the read models that every write keeps right
 * (db-migrations/V70__read_models.sql), the latest items along the date indexes. Like every dashboard, they count
 * <b>published</b> items only, for readers and editors alike.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class CountryDashboardService {

    private static final String COUNTS = """
            SELECT c.code, c.name, r.supplier, r.recipient, r.transit, r.total
            FROM rm_country r JOIN country c ON c.code = r.country
            """;

    private static final org.springframework.jdbc.core.RowMapper<Dossier.CountryCounts> COUNTS_ROW = (rs, n) -> new Dossier.CountryCounts(
            rs.getString("code"), rs.getString("name"), rs.getInt("supplier"), rs.getInt("recipient"), rs.getInt("transit"), rs.getInt("total"));

    private final JdbcClient jdbc;

    CountryDashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every country that is a party to at least one published incident, the most involved first. */
    public List<Dossier.CountryCounts> countries() {
        return jdbc.sql(COUNTS + " WHERE r.total > 0 ORDER BY r.total DESC, c.name")
                .query(COUNTS_ROW).list();
    }

    /** The dossier of a country by its ISO code; empty if no such country exists. */
    public Optional<Dossier.Data> dossier(String code) {
        Optional<String> name = jdbc.sql("SELECT name FROM country WHERE code = :code").param("code", code)
                .query(String.class).optional();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Dossier.CountryCounts counts = jdbc.sql(COUNTS + " WHERE c.code = :code")
                .param("code", code).query(COUNTS_ROW).optional()
                .orElse(new Dossier.CountryCounts(code, name.get(), 0, 0, 0, 0));
        Map<StanceSide, Integer> said = statementCounts(code);
        // The latest lists read along the date indexes until they have enough rows: skipped where there is nothing to find.
        boolean anySaid = said.values().stream().anyMatch(n -> n > 0);
        return Optional.of(new Dossier.Data(counts, years(code), counterparts(code), provisions(code),
                said.getOrDefault(StanceSide.ALLEGATION, 0), said.getOrDefault(StanceSide.DENIAL, 0),
                anySaid ? statements(code, 12) : List.of(), counts.total() > 0 ? latest(code, 10) : List.of()));
    }

    /**
     * The published items a country's dossier shows (incidents and events it is a party to, statements that count for
     * it) whose published version went live after {@code since}: what a saved dossier counts as new.
     */
    public int countPublishedSince(String code, java.time.Instant since) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM published_incidents() i WHERE i.published_at > :since
                          AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = :code))
                     + (SELECT count(*) FROM published_statements() st WHERE st.published_at > :since
                          AND EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = :code))
                """).param("code", code).param("since", java.sql.Timestamp.from(since == null ? java.time.Instant.EPOCH : since))
                .query(Integer.class).single();
    }

    /** Those items, the most recently published first; with {@code since} null, the latest ones. */
    public List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(String code, java.time.Instant since, int limit) {
        return jdbc.sql("""
                (SELECT 'INCIDENT' AS type, i.id, i.kind AS detail, i.title, i.summary, NULL AS speaker, NULL::bigint AS incident_id,
                        i.published_at, i.first_published_at
                 FROM published_incidents() i WHERE i.published_at > :since
                   AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = :code)
                 ORDER BY i.published_at DESC, i.id DESC LIMIT :limit)
                UNION ALL
                (SELECT 'STATEMENT', st.id, st.stance, NULL, st.summary,
                        (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                          WHERE sp.statement_id = st.id), li.id, st.published_at, st.first_published_at
                 FROM published_statements() st LEFT JOIN published_incidents() li ON li.id = st.incident_id WHERE st.published_at > :since
                   AND EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = :code)
                 ORDER BY st.published_at DESC, st.id DESC LIMIT :limit)
                ORDER BY published_at DESC, id DESC LIMIT :limit
                """).param("code", code).param("limit", limit)
                .param("since", java.sql.Timestamp.from(since == null ? java.time.Instant.EPOCH : since))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    java.time.Instant first = rs.getTimestamp("first_published_at") == null ? null
                            : rs.getTimestamp("first_published_at").toInstant();
                    if (rs.getString("type").equals("INCIDENT")) {
                        return new org.sanctionsmonitor.editorial.PublishedChange(IncidentKind.valueOf(rs.getString("detail")).label(), id,
                                rs.getString("title"), org.sanctionsmonitor.base.Pages.incident(id), rs.getString("summary"),
                                rs.getTimestamp("published_at").toInstant(), first);
                    }
                    Stance stance = Stance.valueOf(rs.getString("detail"));
                    return new org.sanctionsmonitor.editorial.PublishedChange("Statement", id,
                            org.sanctionsmonitor.base.Labels.statement(rs.getString("speaker"), stance.label(), rs.getString("summary")),
                            // Statements have no page of their own yet: the incident they address, else the country's statements.
                            rs.getObject("incident_id") != null ? org.sanctionsmonitor.base.Pages.incident(rs.getLong("incident_id"))
                                    : org.sanctionsmonitor.base.Pages.withQuery(org.sanctionsmonitor.base.Pages.TIMELINE,
                                            new java.util.TreeMap<>(java.util.Map.of("country", code, "kinds", "ALLEGATION,DENIAL"))),
                            rs.getString("summary"), rs.getTimestamp("published_at").toInstant(), first);
                })
                .list();
    }

    /** Per year and role, the published incidents whose date range touches that year (as the list's date filter). */
    List<Dossier.RoleYear> years(String code) {
        return jdbc.sql("""
                SELECT year, role, incidents FROM rm_country_year WHERE country = :code AND incidents > 0 ORDER BY year, role
                """).param("code", code)
                .query((rs, n) -> new Dossier.RoleYear(rs.getInt("year"), PartyRole.valueOf(rs.getString("role")), rs.getInt("incidents")))
                .list();
    }

    List<Dossier.Counterpart> counterparts(String code) {
        return jdbc.sql("""
                SELECT o.other AS code, c.name, o.incidents FROM rm_counterpart o JOIN country c ON c.code = o.other
                WHERE o.country = :code AND o.incidents > 0 ORDER BY o.incidents DESC, c.name
                """).param("code", code)
                .query((rs, n) -> new Dossier.Counterpart(rs.getString("code"), rs.getString("name"), rs.getInt("incidents"))).list();
    }

    List<Dossier.Provision> provisions(String code) {
        return jdbc.sql("""
                SELECT pr.id AS provision_id, r.number AS resolution_number, pr.label, cp.incidents
                FROM rm_country_provision cp
                JOIN provision pr ON pr.id = cp.provision_id
                JOIN resolution r ON r.id = pr.resolution_id
                WHERE cp.country = :code AND cp.incidents > 0
                ORDER BY cp.incidents DESC, r.number, pr.label
                """).param("code", code)
                .query((rs, n) -> new Dossier.Provision(rs.getLong("provision_id"), rs.getInt("resolution_number"), rs.getString("label"),
                        rs.getInt("incidents")))
                .list();
    }

    /** The published statements that count for the country, by side. */
    private Map<StanceSide, Integer> statementCounts(String code) {
        Map<StanceSide, Integer> counts = new EnumMap<>(StanceSide.class);
        jdbc.sql("SELECT side, statements AS n FROM rm_country_stance WHERE country = :code").param("code", code)
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
                WHERE statement_counts_for(st.id, :code)
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
