package org.sanctionsmonitor.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chronology of published incidents and events, published statements (allegations and denials), resolution
 * adoptions and provision lapses, narrowed by a {@link TimelineFilter}; one SQL query. Published items only, for
 * every role, as on every dashboard.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class TimelineService {

    /** At most this many items are returned; the page says when a narrower filter is needed. */
    public static final int LIMIT = 2000;

    private final JdbcClient jdbc;

    TimelineService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Result(List<TimelineItem> items, boolean truncated) {
    }

    public record Regime(String code, String name) {
    }

    public List<Regime> regimes() {
        return jdbc.sql("SELECT code, name FROM sanctions_regime ORDER BY name").query(Regime.class).list();
    }

    public Result items(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        String law = lawCondition(filter, params);
        if (filter.shows(TimelineKind.VIOLATION) || filter.shows(TimelineKind.EVENT)) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            if (!filter.shows(TimelineKind.VIOLATION)) {
                where.add("i.kind = 'EVENT'");
            } else if (!filter.shows(TimelineKind.EVENT)) {
                where.add("i.kind = 'VIOLATION'");
            }
            incidentConditions(filter, "i", law, where, params);
            dateConditions(filter, "i.date_from", "i.date_to", where, params);
            parts.add(COLUMNS.formatted("i.kind", "i.date_from", "i.date_to", "i.date_precision", "i.title",
                    "(SELECT c.label FROM incident_category c WHERE c.code = i.category)",
                    "NULL", "NULL", "NULL", "i.id", "NULL", "NULL")
                    + "FROM published_incidents() i WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.ALLEGATION) || filter.shows(TimelineKind.DENIAL)) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            if (!filter.shows(TimelineKind.DENIAL)) {
                where.add("stance_side(st.stance) = 'ALLEGATION'");
            } else if (!filter.shows(TimelineKind.ALLEGATION)) {
                where.add("stance_side(st.stance) = 'DENIAL'");
            }
            if (filter.country() != null) {
                // A statement counts for a country its speaker speaks for, or a party to the published incident it addresses.
                where.add("(EXISTS (SELECT 1 FROM statement_country sc WHERE sc.statement_id = st.id AND sc.country_code = :country)"
                        + " OR EXISTS (SELECT 1 FROM published_incidents() si"
                        + " JOIN incident_party sp ON sp.incident_id = si.id WHERE si.id = st.incident_id AND sp.country_code = :country))");
                params.put("country", filter.country());
            }
            if (filter.category() != null || law != null) {
                List<String> about = new ArrayList<>();
                incidentConditions(new TimelineFilter(null, filter.regime(), filter.resolution(), filter.category(),
                        filter.kinds(), null, null), "si", law == null ? null : law.replace("i.id", "si.id"), about, params);
                where.add("EXISTS (SELECT 1 FROM published_incidents() si WHERE si.id = st.incident_id AND " + String.join(" AND ", about) + ")");
            }
            dateConditions(filter, "st.dated_on", "st.dated_to", where, params);
            parts.add(COLUMNS.formatted("stance_side(st.stance)", "st.dated_on", "st.dated_to",
                    "CASE st.said_precision WHEN 'UNDATED' THEN 'DAY' ELSE st.said_precision END", "NULL", "st.summary",
                    "(SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id"
                            + " WHERE sp.statement_id = st.id)",
                    "(SELECT string_agg(sc.country_code, ', ' ORDER BY sc.country_code) FROM statement_country sc"
                            + " WHERE sc.statement_id = st.id)",
                    "st.stance", "li.id", "NULL", "NULL")
                    + "FROM published_statements() st"
                    + " LEFT JOIN published_incidents() li ON li.id = st.incident_id WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.ADOPTION)) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            resolutionConditions(filter, where, params);
            dateConditions(filter, "r.adopted_on", "r.adopted_on", where, params);
            parts.add(COLUMNS.formatted("'ADOPTION'", "r.adopted_on", "r.adopted_on", "'DAY'", "NULL", "r.title",
                    "NULL", "NULL", "NULL", "NULL", "r.number", "NULL")
                    + "FROM published_resolutions() r JOIN sanctions_regime g ON g.id = r.regime_id WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.EXPIRY)) {
            List<String> where = new ArrayList<>(List.of("pp.in_force_until IS NOT NULL"));
            resolutionConditions(filter, where, params);
            dateConditions(filter, "pp.in_force_until", "pp.in_force_until", where, params);
            parts.add(COLUMNS.formatted("'EXPIRY'", "pp.in_force_until", "pp.in_force_until", "'DAY'", "NULL", "pr.summary",
                    "NULL", "NULL", "NULL", "NULL", "r.number", "pr.label")
                    + """
                    FROM provision_period pp JOIN provision pr ON pr.id = pp.provision_id
                    JOIN published_resolutions() r ON r.id = pr.resolution_id JOIN sanctions_regime g ON g.id = r.regime_id
                    WHERE\s""" + String.join(" AND ", where));
        }
        if (parts.isEmpty()) {
            return new Result(List.of(), false);
        }
        String sql = "SELECT * FROM (" + String.join("\nUNION ALL\n", parts) + ") t ORDER BY date_from, kind, sort_title LIMIT "
                + (LIMIT + 1);
        List<TimelineItem> items = jdbc.sql(sql).params(params).query((rs, n) -> item(rs)).list();
        return items.size() > LIMIT ? new Result(items.subList(0, LIMIT), true) : new Result(items, false);
    }

    /** Every kind of item in the same typed columns; its title and the page it opens are made in Java ({@link #item}). */
    private static final String COLUMNS = """
            SELECT %s::text AS kind, %s::date AS date_from, %s::date AS date_to, %s::text AS date_precision, %s::text AS title,
                   %s::text AS detail, %s::text AS speaker, %s::text AS speaker_country, %s::text AS stance,
                   %s::bigint AS incident_id, %s::int AS resolution_number, %s::text AS provision_label,
                   coalesce(%5$s, %7$s, lpad(%11$s::text, 6, '0') || coalesce(%12$s, ''), '') AS sort_title
            """;

    private static TimelineItem item(ResultSet rs) throws SQLException {
        TimelineKind kind = TimelineKind.valueOf(rs.getString("kind"));
        Long incident = (Long) rs.getObject("incident_id");
        Integer resolution = (Integer) rs.getObject("resolution_number");
        String title = switch (kind) {
            case VIOLATION, EVENT -> rs.getString("title");
            case ALLEGATION, DENIAL -> rs.getString("speaker")
                    + (rs.getString("speaker_country") == null ? "" : " (" + rs.getString("speaker_country") + ")")
                    + ": " + Stance.valueOf(rs.getString("stance")).label();
            case ADOPTION -> Labels.resolution(resolution) + " adopted";
            case EXPIRY -> Labels.resolution(resolution) + " " + rs.getString("provision_label") + " lapses";
        };
        String location = resolution != null ? Pages.resolution(resolution) : incident != null ? Pages.incident(incident) : null;
        return new TimelineItem(kind, rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), title, rs.getString("detail"), location);
    }

    /** Incidents citing a provision of the chosen regime or resolution; null when neither is chosen. */
    private static String lawCondition(TimelineFilter filter, Map<String, Object> params) {
        if (filter.regime() == null && filter.resolution() == null) {
            return null;
        }
        StringBuilder sql = new StringBuilder("""
                EXISTS (SELECT 1 FROM incident_provision lp JOIN provision lpr ON lpr.id = lp.provision_id
                JOIN resolution lr ON lr.id = lpr.resolution_id JOIN sanctions_regime lg ON lg.id = lr.regime_id
                WHERE lp.incident_id = i.id""");
        if (filter.regime() != null) {
            sql.append(" AND lg.code = :regime");
            params.put("regime", filter.regime());
        }
        if (filter.resolution() != null) {
            sql.append(" AND lr.number = :resolution");
            params.put("resolution", filter.resolution());
        }
        return sql.append(')').toString();
    }

    private static void incidentConditions(TimelineFilter filter, String alias, String law, List<String> where,
            Map<String, Object> params) {
        if (filter.country() != null) {
            where.add("EXISTS (SELECT 1 FROM incident_party ip WHERE ip.incident_id = " + alias + ".id AND ip.country_code = :country)");
            params.put("country", filter.country());
        }
        if (filter.category() != null) {
            where.add(alias + ".category = :category");
            params.put("category", filter.category());
        }
        if (law != null) {
            where.add(law);
        }
    }

    private static void resolutionConditions(TimelineFilter filter, List<String> where, Map<String, Object> params) {
        if (filter.regime() != null) {
            where.add("g.code = :regime");
            params.put("regime", filter.regime());
        }
        if (filter.resolution() != null) {
            where.add("r.number = :resolution");
            params.put("resolution", filter.resolution());
        }
    }

    /** Items whose date range overlaps [from, to], as the incident list's date filter. */
    private static void dateConditions(TimelineFilter filter, String fromColumn, String toColumn, List<String> where,
            Map<String, Object> params) {
        if (filter.from() != null) {
            where.add(toColumn + " >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add(fromColumn + " <= :to");
            params.put("to", filter.to());
        }
    }
}
