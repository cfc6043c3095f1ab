package org.sanctionsmonitor.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * adoptions and provision lapses, narrowed by a {@link TimelineFilter}. Published items only, for every role, as on
 * every dashboard. The chart gets a {@link TimelineWindow} (its items when they are few, else their count per kind and
 * period, counted in SQL), and the list below it reads the same items a page at a time ({@link #page}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class TimelineService {

    /** A window with at most this many items is drawn item by item; a fuller one as its count per kind and period. */
    public static final int DRAW_LIMIT = 500;

    /** The most rows one {@link #page} returns; Vaadin's lazy grid never asks for more in one go either. */
    public static final int PAGE_LIMIT = 500;

    private final JdbcClient jdbc;

    TimelineService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Regime(String code, String name) {
    }

    /** Where a page of the list ends, in the list's order: the next page starts after it (keyset pagination). */
    public record Cursor(LocalDate date, String kind, String sortKey, long uid) {
    }

    /** One page of the list, and the cursor after its last row (null when the page is empty). */
    public record Page(List<TimelineItem> items, Cursor last) {
    }

    public List<Regime> regimes() {
        return jdbc.sql("SELECT code, name FROM sanctions_regime ORDER BY name").query(Regime.class).list();
    }

    /**
     * The window the timeline shows for this filter: its dates, or the whole span of the matching items where it has
     * none; what the window holds per kind and period; and its items when there are at most {@link #DRAW_LIMIT}.
     */
    public TimelineWindow window(TimelineFilter filter) {
        return window(filter, span(filter).orElse(null));
    }

    /**
     * The same for a filter whose span is already known (it depends on every filter but the dates, so zooming keeps
     * it): saves reading it again.
     */
    public TimelineWindow window(TimelineFilter filter, TimelineWindow.Span span) {
        LocalDate from = filter.from() != null ? filter.from() : span == null ? null : span.first();
        LocalDate to = filter.to() != null ? filter.to() : span == null ? null : span.last();
        boolean chosen = filter.from() != null || filter.to() != null;
        if (from == null || to == null || from.isAfter(to)) {
            return new TimelineWindow(filter, span, chosen, Period.DAY, List.of(), 0, List.of());
        }
        TimelineFilter window = filter.withRange(from, to);
        Period period = Period.forWindow(from, to);
        List<TimelineWindow.Count> counts = counts(window, period);
        long total = counts.stream().mapToLong(TimelineWindow.Count::starting).sum();
        List<TimelineItem> items = total > DRAW_LIMIT ? List.of() : page(window, false, null, 0, DRAW_LIMIT).items();
        return new TimelineWindow(window, span, chosen, period, counts, total, items);
    }

    /** The first and last day of the items the filter matches, leaving out its own dates; empty when none matches. */
    public Optional<TimelineWindow.Span> span(TimelineFilter filter) {
        TimelineFilter all = filter.withRange(null, null);
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        TimelineFilter live = all;
        if (countedInReadModel(all)) {
            // The ends of what rm_timeline counts, and the adoptions and lapses from their tables.
            List<String> kinds = READ_MODEL_KINDS.stream().filter(all::shows).map(Enum::name).toList();
            if (!kinds.isEmpty()) {
                parts.add("""
                        SELECT min(date_from) AS first, max(date_to) AS last FROM rm_timeline
                        WHERE country = :rmCountry AND category = :rmCategory AND kind IN (:rmKinds) AND items > 0""");
                params.put("rmCountry", all.country() == null ? "" : all.country());
                params.put("rmCategory", all.category() == null ? "" : all.category());
                params.put("rmKinds", kinds);
            }
            live = withoutReadModelKinds(all);
        }
        Union union = live == null ? null : union(live, true);
        if (union != null) {
            // Each part's own min and max, so each can read them from the ends of its date indexes.
            union.parts().forEach(part -> parts.add("SELECT min(date_from) AS first, max(date_to) AS last FROM (" + part + ") b"));
            params.putAll(union.params());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT min(first) AS first, max(last) AS last FROM (" + String.join("\nUNION ALL\n", parts) + ") t")
                .params(params)
                .query((rs, n) -> rs.getObject("first") == null ? null
                        : new TimelineWindow.Span(rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                .optional();
    }

    /** The filter for the kinds rm_timeline does not count (adoptions, lapses); null when it shows none of them. */
    private static TimelineFilter withoutReadModelKinds(TimelineFilter filter) {
        java.util.Set<TimelineKind> rest = java.util.EnumSet.noneOf(TimelineKind.class);
        for (TimelineKind kind : TimelineKind.values()) {
            if (filter.shows(kind) && !READ_MODEL_KINDS.contains(kind)) {
                rest.add(kind);
            }
        }
        return rest.isEmpty() ? null : new TimelineFilter(filter.country(), filter.regime(), filter.resolution(), filter.category(),
                rest, filter.from(), filter.to());
    }

    /**
     * How many items of each kind the window holds per period, counted in SQL with one GROUP BY however many items
     * there are. An item counts in every period of the window its date range overlaps, so a period's count is what
     * the timeline zoomed to that period lists.
     */
    public List<TimelineWindow.Count> counts(TimelineFilter window, Period period) {
        if (window.from() == null || window.to() == null) {
            throw new IllegalArgumentException("Counting per period needs a window with both dates");
        }
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        TimelineFilter live = window;
        if (countedInReadModel(window)) {
            // Incidents, events, allegations and denials come pre-counted per kind and date range (rm_timeline, kept right by
            // every write); adoptions and lapses are few and counted from their tables.
            List<String> kinds = READ_MODEL_KINDS.stream().filter(window::shows).map(Enum::name).toList();
            if (!kinds.isEmpty()) {
                parts.add("""
                        SELECT kind, date_from, date_to, items FROM rm_timeline
                        WHERE country = :rmCountry AND category = :rmCategory AND kind IN (:rmKinds)
                          AND date_to >= :windowFrom AND date_from <= :windowTo AND items > 0""");
                params.put("rmCountry", window.country() == null ? "" : window.country());
                params.put("rmCategory", window.category() == null ? "" : window.category());
                params.put("rmKinds", kinds);
            }
            live = withoutReadModelKinds(window);
        }
        Union union = live == null ? null : union(live, true);
        if (union != null) {
            parts.add("SELECT kind, date_from, date_to, 1 AS items FROM (" + union.sql() + ") u");
            params.putAll(union.params());
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        params.put("unit", period.unit());
        params.put("step", period.step());
        params.put("windowFrom", window.from());
        params.put("windowTo", window.to());
        // First the items grouped by kind and by the first and last period they reach (few groups: most items lie
        // within one period), then each group spread over its periods.
        return jdbc.sql("""
                        WITH reach AS (
                            SELECT kind, date_trunc(:unit, greatest(date_from, :windowFrom)::timestamp) AS first,
                                   date_trunc(:unit, least(date_to, :windowTo)::timestamp) AS last, sum(items) AS items
                            FROM (%s) t GROUP BY 1, 2, 3)
                        SELECT kind, p.start::date AS start, sum(items) AS items,
                               coalesce(sum(items) FILTER (WHERE p.start = first), 0) AS starting
                        FROM reach CROSS JOIN LATERAL generate_series(first, last, :step::interval) AS p(start)
                        GROUP BY 1, 2 ORDER BY 2, 1""".formatted(String.join("\nUNION ALL\n", parts)))
                .params(params)
                .query((rs, n) -> new TimelineWindow.Count(TimelineKind.valueOf(rs.getString("kind")),
                        rs.getObject("start", LocalDate.class), rs.getLong("items"), rs.getLong("starting")))
                .list();
    }

    /** The kinds rm_timeline counts. */
    private static final java.util.Set<TimelineKind> READ_MODEL_KINDS = java.util.EnumSet.of(TimelineKind.VIOLATION, TimelineKind.EVENT,
            TimelineKind.ALLEGATION, TimelineKind.DENIAL);

    /** rm_timeline counts for everything, per country and per category; a regime, a resolution or both at once need the items. */
    private static boolean countedInReadModel(TimelineFilter filter) {
        return filter.regime() == null && filter.resolution() == null && (filter.country() == null || filter.category() == null);
    }

    /**
     * The first day of the items that overlap the window (from rm_timeline), so that reading the items newest first can
     * stop there instead of searching the whole past for long items that might reach into the window.
     */
    private Optional<LocalDate> earliestStart(TimelineFilter window) {
        if (window.from() == null || window.to() == null || !countedInReadModel(window)) {
            return Optional.empty();
        }
        List<String> kinds = READ_MODEL_KINDS.stream().filter(window::shows).map(Enum::name).toList();
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        LocalDate earliest = jdbc.sql("""
                SELECT min(date_from) FROM rm_timeline WHERE country = :country AND category = :category AND kind IN (:kinds)
                  AND date_to >= :from AND date_from <= :to AND items > 0""")
                .param("country", window.country() == null ? "" : window.country())
                .param("category", window.category() == null ? "" : window.category())
                .param("kinds", kinds).param("from", window.from()).param("to", window.to())
                .query(LocalDate.class).optional().orElse(null);
        return Optional.of(earliest == null ? window.from() : earliest);
    }

    /**
     * One page of the filter's items in date order (newest or oldest first): the {@code limit} rows that follow
     * {@code skip} rows after {@code after} (from the start when null). Reading on from the previous page's cursor costs
     * the same at any depth; {@code skip} serves a jump to a row no cursor is known for.
     */
    public Page page(TimelineFilter filter, boolean newestFirst, Cursor after, int skip, int limit) {
        if (limit < 1 || limit > PAGE_LIMIT || skip < 0) {
            throw new IllegalArgumentException("A page holds 1 to " + PAGE_LIMIT + " rows; asked for " + limit + " after " + skip);
        }
        Union union = union(filter, false, null, earliestStart(filter).orElse(null));
        if (union == null) {
            return new Page(List.of(), null);
        }
        Map<String, Object> params = new HashMap<>(union.params());
        String direction = newestFirst ? " DESC" : "";
        String order = " ORDER BY date_from" + direction + ", kind" + direction + ", sort_key" + direction + ", uid" + direction;
        // The date bound on its own reaches each part's date index; the row comparison then breaks ties exactly.
        String beyond = newestFirst ? "<" : ">";
        String seek = after == null ? "" : " WHERE date_from " + beyond + "= :afterDate AND (date_from, kind, sort_key, uid) "
                + beyond + " (:afterDate, :afterKind, :afterSortKey, :afterUid)";
        if (after != null) {
            params.put("afterDate", after.date());
            params.put("afterKind", after.kind());
            params.put("afterSortKey", after.sortKey());
            params.put("afterUid", after.uid());
        }
        // Each part takes its own first rows in the list's order (read along its date index), and the parts are merged:
        // a page costs the rows it shows, not a sort of every item in the window.
        String parts = union.parts().stream()
                .map(part -> "(SELECT * FROM (" + part + ") b" + seek + order + " LIMIT :partLimit)")
                .collect(Collectors.joining("\nUNION ALL\n"));
        params.put("partLimit", skip + limit);
        params.put("limit", limit);
        params.put("skip", skip);
        List<Row> rows = jdbc.sql("SELECT * FROM (" + parts + ") t" + order + " LIMIT :limit OFFSET :skip").params(params)
                .query((rs, n) -> new Row(item(rs), new Cursor(rs.getObject("date_from", LocalDate.class), rs.getString("kind"),
                        rs.getString("sort_key"), rs.getLong("uid"))))
                .list();
        return new Page(rows.stream().map(Row::item).toList(), rows.isEmpty() ? null : rows.getLast().cursor());
    }

    /**
     * How many items the filter matches (in its date window, when it has one) whose published version went live after
     * {@code since}: what a saved timeline counts as new. A provision's lapse counts with its resolution.
     */
    public int countPublishedSince(TimelineFilter filter, java.time.Instant since) {
        Union union = union(filter, true, since, null);
        if (union == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM (" + union.sql() + ") t").params(union.params()).query(Integer.class).single();
    }

    /** Those items, the most recently published first; with {@code since} null, the latest ones. */
    public List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(TimelineFilter filter, java.time.Instant since,
            int limit) {
        Union union = union(filter, false, since, null);
        if (union == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(union.params());
        params.put("limit", limit);
        // Each item with the publish times of the record it belongs to (a lapse: its resolution).
        return jdbc.sql("""
                SELECT t.*, p.published_at, p.first_published_at FROM (%s) t
                CROSS JOIN LATERAL (
                    SELECT x.published_at, x.first_published_at FROM published_incidents() x
                    WHERE t.kind IN ('VIOLATION', 'EVENT') AND x.id = t.uid
                    UNION ALL
                    SELECT x.published_at, x.first_published_at FROM published_statements() x
                    WHERE t.kind IN ('ALLEGATION', 'DENIAL') AND x.id = t.uid
                    UNION ALL
                    SELECT x.published_at, x.first_published_at FROM published_resolutions() x
                    WHERE t.kind = 'ADOPTION' AND x.id = t.uid
                    UNION ALL
                    SELECT x.published_at, x.first_published_at FROM provision_period pp JOIN provision pr ON pr.id = pp.provision_id
                    JOIN published_resolutions() x ON x.id = pr.resolution_id WHERE t.kind = 'EXPIRY' AND pp.id = t.uid) p
                WHERE p.published_at IS NOT NULL
                ORDER BY p.published_at DESC, t.kind, t.uid DESC LIMIT :limit
                """.formatted(union.sql())).params(params)
                .query((rs, n) -> {
                    TimelineItem item = item(rs);
                    return new org.sanctionsmonitor.editorial.PublishedChange(item.kind().singular(), rs.getLong("uid"), item.title(),
                            item.location() == null ? Pages.TIMELINE : item.location(),
                            item.dateText() + (item.detail() == null ? "" : " · " + item.detail()),
                            rs.getTimestamp("published_at").toInstant(),
                            rs.getTimestamp("first_published_at") == null ? null : rs.getTimestamp("first_published_at").toInstant());
                })
                .list();
    }

    private record Row(TimelineItem item, Cursor cursor) {
    }

    /** The parts of a UNION ALL of every kind of item, one part per source table, with their parameters. */
    private record Union(List<String> parts, Map<String, Object> params) {

        String sql() {
            return String.join("\nUNION ALL\n", parts);
        }
    }

    /**
     * Every item the filter matches, dates included, as a UNION ALL in the typed columns below; null for no kinds.
     * {@code lean} parts give only kind and dates, for counting, and leave out the joins that only name things.
     */
    private static Union union(TimelineFilter filter, boolean lean) {
        return union(filter, lean, null, null);
    }

    /**
     * {@code since}, when given: only items whose published version went live after it. {@code earliest}, when given:
     * no item of incidents or statements starts before it.
     */
    private static Union union(TimelineFilter filter, boolean lean, java.time.Instant since, LocalDate earliest) {
        Map<String, Object> params = new HashMap<>();
        if (since != null) {
            params.put("since", java.sql.Timestamp.from(since));
        }
        if (earliest != null) {
            params.put("earliest", earliest);
        }
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
            publishedSince(since, "i", where);
            if (earliest != null) {
                where.add("i.date_from >= :earliest");
            }
            parts.add(columns(lean, "i.kind", "i.date_from", "i.date_to", "i.date_precision", "i.title",
                    "(SELECT c.label FROM incident_category c WHERE c.code = i.category)",
                    "NULL", "NULL", "NULL", "i.id", "NULL", "NULL", "i.id")
                    + "FROM published_incidents() i WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.ALLEGATION) || filter.shows(TimelineKind.DENIAL)) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            if (!filter.shows(TimelineKind.DENIAL)) {
                where.add("stance_side(st.stance) = 'ALLEGATION'");
            } else if (!filter.shows(TimelineKind.ALLEGATION)) {
                where.add("stance_side(st.stance) = 'DENIAL'");
            } else {
                // A statement that only reports (stance REPORTS) is neither: it has no kind on the timeline.
                where.add("stance_side(st.stance) <> 'NEUTRAL'");
            }
            if (filter.country() != null) {
                // A statement counts for a country it counts for (its speakers' and signatories'), or for a party to the
                // published incident it addresses.
                where.add("(statement_counts_for(st.id, :country)"
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
            publishedSince(since, "st", where);
            if (earliest != null) {
                where.add("st.dated_on >= :earliest");
            }
            parts.add(columns(lean, "stance_side(st.stance)", "st.dated_on", "st.dated_to",
                    "CASE st.said_precision WHEN 'UNDATED' THEN 'DAY' ELSE st.said_precision END", "NULL", "st.summary",
                    "(SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id"
                            + " WHERE sp.statement_id = st.id)",
                    "(SELECT string_agg(sc.country_code, ', ' ORDER BY sc.country_code) FROM statement_country sc"
                            + " WHERE sc.statement_id = st.id)",
                    "st.stance", "li.id", "NULL", "NULL", "st.id")
                    + "FROM published_statements() st" + (lean ? "" : " LEFT JOIN published_incidents() li ON li.id = st.incident_id")
                    + " WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.ADOPTION)) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            resolutionConditions(filter, where, params);
            dateConditions(filter, "r.adopted_on", "r.adopted_on", where, params);
            publishedSince(since, "r", where);
            parts.add(columns(lean, "'ADOPTION'", "r.adopted_on", "r.adopted_on", "'DAY'", "NULL", "r.title",
                    "NULL", "NULL", "NULL", "NULL", "r.number", "NULL", "r.id")
                    + "FROM published_resolutions() r JOIN sanctions_regime g ON g.id = r.regime_id WHERE " + String.join(" AND ", where));
        }
        if (filter.shows(TimelineKind.EXPIRY)) {
            List<String> where = new ArrayList<>(List.of("pp.in_force_until IS NOT NULL"));
            resolutionConditions(filter, where, params);
            dateConditions(filter, "pp.in_force_until", "pp.in_force_until", where, params);
            publishedSince(since, "r", where);
            parts.add(columns(lean, "'EXPIRY'", "pp.in_force_until", "pp.in_force_until", "'DAY'", "NULL", "pr.summary",
                    "NULL", "NULL", "NULL", "NULL", "r.number", "pr.label", "pp.id")
                    + """
                    FROM provision_period pp JOIN provision pr ON pr.id = pp.provision_id
                    JOIN published_resolutions() r ON r.id = pr.resolution_id JOIN sanctions_regime g ON g.id = r.regime_id
                    WHERE\s""" + String.join(" AND ", where));
        }
        return parts.isEmpty() ? null : new Union(parts, params);
    }

    /**
     * Every kind of item in the same typed columns; its title and the page it opens are made in Java ({@link #item}).
     * The list's order is (date_from, kind, sort_key, uid): uid is the row's id in its own table, unique within a kind,
     * so the order is total and a page's last row is a cursor the next page can start after.
     */
    private static final String COLUMNS = """
            SELECT %s::text AS kind, %s::date AS date_from, %s::date AS date_to, %s::text AS date_precision, %s::text AS title,
                   %s::text AS detail, %s::text AS speaker, %s::text AS speaker_country, %s::text AS stance,
                   %s::bigint AS incident_id, %s::int AS resolution_number, %s::text AS provision_label,
                   coalesce(%5$s, %7$s, lpad(%11$s::text, 6, '0') || coalesce(%12$s, ''), '') AS sort_key, %13$s::bigint AS uid
            """;

    private static final String LEAN_COLUMNS = "SELECT %s::text AS kind, %s::date AS date_from, %s::date AS date_to\n";

    private static String columns(boolean lean, String... values) {
        return lean ? LEAN_COLUMNS.formatted(values[0], values[1], values[2]) : COLUMNS.formatted((Object[]) values);
    }

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

    /** A provision's lapse is part of its resolution: it is new when the resolution's published version is. */
    private static void publishedSince(java.time.Instant since, String alias, List<String> where) {
        if (since != null) {
            where.add(alias + ".published_at > :since");
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
