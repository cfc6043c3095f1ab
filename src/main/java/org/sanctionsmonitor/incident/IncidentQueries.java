package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.Storable;
import org.sanctionsmonitor.base.DatePrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.Withdrawal;
import org.sanctionsmonitor.base.Sql;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read models of incidents, computed in SQL: a page of the list costs one query (keyset: as quick at row 500,000 as at
 * row 50), a detail page four.
 */
@Repository
class IncidentQueries {

    /**
     * Sortable list columns, each with an index on (column, id) for keyset pagination; anything else falls back to the
     * default order. The id breaks ties in the same direction, so a page's last row is where the next one starts.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "date", "i.date_from", "title", "lower(i.title)", "category", "i.category", "status", "i.status");

    /** Above this many matches a list's count is exact only where the read models know it. */
    static final int COUNT_CAP = 10_000;

    private static final String ROW_COLUMNS = """
            i.id, i.kind, i.title, i.category, (SELECT c.label FROM incident_category c WHERE c.code = i.category) AS category_label,
            i.status, i.date_from, i.date_to, i.date_precision, i.workflow_state,
            (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM incident_party p CROSS JOIN LATERAL (%1$s) c
              WHERE p.incident_id = i.id AND p.role = 'SUPPLIER') AS suppliers,
            (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM incident_party p CROSS JOIN LATERAL (%1$s) c
              WHERE p.incident_id = i.id AND p.role = 'RECIPIENT') AS recipients,
            (SELECT count(*) FROM incident_source l JOIN visible_sources(:all) s ON s.id = l.source_id
              WHERE l.incident_id = i.id) AS source_count
            """.formatted(
            // Each party's country by its key: joined instead, PostgreSQL hashes the whole country table for every row
            // of the page (a third of a page's time at a million incidents); OFFSET 0 keeps it from doing so.
            "SELECT c.name FROM country c WHERE c.code = p.country_code OFFSET 0");

    /** Rows are mapped by hand: a reflective row mapper costs some fifty times more per row. */
    private static final RowMapper<IncidentRow> ROW = (rs, n) -> new IncidentRow(rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getString("category"), rs.getString("category_label"), IncidentStatus.valueOf(rs.getString("status")),
            rs.getObject("date_from", java.time.LocalDate.class), rs.getObject("date_to", java.time.LocalDate.class),
            DatePrecision.valueOf(rs.getString("date_precision")),
            org.sanctionsmonitor.editorial.WorkflowState.valueOf(rs.getString("workflow_state")), rs.getString("suppliers"),
            rs.getString("recipients"), rs.getInt("source_count"));

    private final JdbcClient jdbc;

    IncidentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncidentRow> list(IncidentFilter filter, boolean includeUnpublished, Pageable page) {
        return page(filter, includeUnpublished, page.getSort(), null, Math.toIntExact(page.getOffset()), page.getPageSize()).rows();
    }

    /**
     * The {@code limit} rows after {@code skip} rows that follow {@code after} (from the start when null), in the sort's
     * order. Reading on from the previous page's cursor reads along an index and costs the same at any depth.
     */
    IncidentPage page(IncidentFilter filter, boolean includeUnpublished, Sort sort, IncidentPage.Cursor after, int skip, int limit) {
        Where where = where(filter);
        Sort.Order order = sort.stream().filter(o -> SORT_COLUMNS.containsKey(o.getProperty())).findFirst()
                .orElse(Sort.Order.desc("date"));
        String key = SORT_COLUMNS.get(order.getProperty());
        String direction = order.isAscending() ? " ASC" : " DESC";
        Map<String, Object> params = new java.util.HashMap<>(where.params());
        String seek = "";
        if (after != null) {
            seek = " AND (" + key + ", i.id) " + (order.isAscending() ? ">" : "<") + " (:afterKey, :afterId)";
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        String sql = "SELECT " + ROW_COLUMNS + ", " + key + " AS sort_key FROM visible_incidents(:all) i WHERE " + where.sql() + seek
                + " ORDER BY " + key + direction + ", i.id" + direction + " LIMIT :limit OFFSET :skip";
        List<IncidentPage.Cursor> cursors = new ArrayList<>();
        List<IncidentRow> page = jdbc.sql(sql).params(params).param("all", includeUnpublished)
                .param("limit", limit).param("skip", skip)
                .query((rs, n) -> {
                    Object sortKey = order.getProperty().equals("date") ? rs.getObject("sort_key", java.time.LocalDate.class)
                            : rs.getString("sort_key");
                    cursors.add(new IncidentPage.Cursor(sortKey, rs.getLong("id")));
                    return ROW.mapRow(rs, n);
                })
                .list();
        return new IncidentPage(page, cursors.isEmpty() ? null : cursors.getLast());
    }

    int count(IncidentFilter filter, boolean includeUnpublished) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM visible_incidents(:all) i WHERE " + where.sql()).params(where.params())
                .param("all", includeUnpublished).query(Integer.class).single();
    }

    /**
     * How many incidents match, exactly where that is cheap: by counting up to {@link #COUNT_CAP} matches, and beyond
     * that from the read models where they hold the answer (for readers: no filter, or only kind, status and category,
     * or only a country with or without its role).
     */
    IncidentCount countUpTo(IncidentFilter filter, boolean includeUnpublished) {
        Where where = where(filter);
        long capped = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM visible_incidents(:all) i WHERE " + where.sql()
                        + " LIMIT :cap) t").params(where.params()).param("all", includeUnpublished).param("cap", COUNT_CAP + 1)
                .query(Long.class).single();
        if (capped <= COUNT_CAP) {
            return new IncidentCount(capped, true);
        }
        Long known = includeUnpublished ? null : fromReadModels(filter);
        return known != null ? new IncidentCount(known, true) : new IncidentCount(COUNT_CAP, false);
    }

    private Long fromReadModels(IncidentFilter f) {
        boolean noOther = f.from() == null && f.to() == null && f.text() == null && f.provision() == null && f.recipient() == null;
        if (noOther && f.country() == null && f.role() == null) {
            return jdbc.sql("""
                    SELECT coalesce(sum(incidents), 0) FROM rm_incident_count
                    WHERE (CAST(:kind AS text) IS NULL OR kind = :kind) AND (CAST(:status AS text) IS NULL OR status = :status)
                      AND (CAST(:category AS text) IS NULL OR category = :category)""")
                    .param("kind", f.kind() == null ? null : f.kind().name()).param("status", f.status() == null ? null : f.status().name())
                    .param("category", f.category()).query(Long.class).single();
        }
        if (noOther && f.country() != null && f.kind() == null && f.status() == null && f.category() == null) {
            String column = f.role() == null ? "total" : switch (f.role()) {
                case SUPPLIER -> "supplier";
                case RECIPIENT -> "recipient";
                case TRANSIT -> "transit";
                default -> null;
            };
            if (column != null) {
                return jdbc.sql("SELECT coalesce(max(" + column + "), 0) FROM rm_country WHERE country = :country")
                        .param("country", f.country()).query(Long.class).single();
            }
        }
        return null;
    }

    Optional<IncidentDetails> details(long id, boolean includeUnpublished) {
        return jdbc.sql("""
                SELECT i.id, i.kind, i.title, i.summary, i.category,
                       (SELECT c.label FROM incident_category c WHERE c.code = i.category) AS category_label, i.date_from, i.date_to, i.date_precision, i.place,
                       i.latitude, i.longitude, i.status, i.confidence, i.notes, i.workflow_state, i.review_comment, i.updated_by, i.updated_at, i.version,
                       (SELECT u.display_name FROM app_user u WHERE lower(u.username) = lower(i.updated_by)) AS updated_by_name
                FROM visible_incidents(:all) i WHERE i.id = :id
                """)
                .param("id", id).param("all", includeUnpublished)
                .query((rs, n) -> new IncidentDetails(
                        rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("summary"), rs.getString("category"), rs.getString("category_label"),
                        rs.getObject("date_from", java.time.LocalDate.class), rs.getObject("date_to", java.time.LocalDate.class),
                        DatePrecision.valueOf(rs.getString("date_precision")), rs.getString("place"),
                        rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                        IncidentStatus.valueOf(rs.getString("status")), Confidence.valueOf(rs.getString("confidence")),
                        rs.getString("notes"), org.sanctionsmonitor.editorial.WorkflowState.valueOf(rs.getString("workflow_state")),
                        rs.getString("review_comment"),
                        rs.getString("updated_by"), rs.getString("updated_by_name"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"),
                        parties(id), breachedProvisions(id), citedSources(id, includeUnpublished)))
                .optional();
    }

    private List<IncidentDetails.Party> parties(long incidentId) {
        return jdbc.sql("""
                SELECT p.country_code, c.name AS country_name, p.role FROM incident_party p JOIN country c ON c.code = p.country_code
                WHERE p.incident_id = :id ORDER BY array_position(ARRAY['SUPPLIER','RECIPIENT','TRANSIT','FLAG_STATE','PARTICIPANT'], p.role), c.name
                """).param("id", incidentId)
                .query((rs, n) -> new IncidentDetails.Party(rs.getString("country_code"), rs.getString("country_name"),
                        PartyRole.valueOf(rs.getString("role"))))
                .list();
    }

    private List<IncidentDetails.BreachedProvision> breachedProvisions(long incidentId) {
        return jdbc.sql("""
                SELECT pr.id AS provision_id, r.number AS resolution_number, pr.label, pr.summary, pr.verification, ip.rationale,
                       provision_in_force(pr.id, i.date_from) AS in_force_on_incident_date
                FROM incident_provision ip
                JOIN visible_incidents(true) i ON i.id = ip.incident_id
                JOIN provision pr ON pr.id = ip.provision_id
                JOIN resolution r ON r.id = pr.resolution_id
                WHERE ip.incident_id = :id ORDER BY r.number, pr.label
                """).param("id", incidentId)
                .query((rs, n) -> new IncidentDetails.BreachedProvision(rs.getLong("provision_id"), rs.getInt("resolution_number"),
                        rs.getString("label"), rs.getString("summary"),
                        org.sanctionsmonitor.resolution.Verification.valueOf(rs.getString("verification")), rs.getString("rationale"),
                        rs.getBoolean("in_force_on_incident_date")))
                .list();
    }

    private List<IncidentDetails.CitedSource> citedSources(long incidentId, boolean includeUnpublished) {
        return jdbc.sql("""
                SELECT s.id AS source_id, s.outlet, s.originating_outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       l.supporting_quote, l.note, s.translation_method
                FROM incident_source l JOIN visible_sources(:all) s ON s.id = l.source_id
                WHERE l.incident_id = :id
                ORDER BY s.published_on NULLS LAST, s.outlet
                """).param("id", incidentId).param("all", includeUnpublished)
                .query((rs, n) -> new IncidentDetails.CitedSource(rs.getLong("source_id"), rs.getString("outlet"),
                        rs.getString("originating_outlet"), rs.getString("title_original"), rs.getString("title_translation"),
                        rs.getString("language"), rs.getObject("published_on", java.time.LocalDate.class), rs.getString("supporting_quote"),
                        rs.getString("note"), rs.getString("translation_method")))
                .list();
    }

    /**
     * The incident's published sources as the corroboration panel counts them, whether a state whose state media one
     * is is a party to the incident, and how many cited sources are not published (yet).
     */
    Corroboration corroboration(long incidentId) {
        List<Corroboration.Evidence> sources = jdbc.sql("""
                SELECT s.type, s.outlet_key, s.origin_key,
                       regexp_replace(coalesce(nullif(btrim(s.origin), ''), nullif(btrim(s.originating_outlet), ''), s.outlet), '\\s*\\([^)]*\\)', '', 'g') AS origin_label,
                       s.reliability, c.name AS state_media_of,
                       EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = l.incident_id AND p.country_code = s.state_media_of) AS party
                FROM incident_source l JOIN published_sources() s ON s.id = l.source_id
                LEFT JOIN country c ON c.code = s.state_media_of
                WHERE l.incident_id = :id ORDER BY s.published_on NULLS LAST, s.id
                """).param("id", incidentId)
                .query((rs, n) -> new Corroboration.Evidence(org.sanctionsmonitor.source.SourceType.valueOf(rs.getString("type")),
                        rs.getString("outlet_key"), rs.getString("origin_key"), rs.getString("origin_label"),
                        org.sanctionsmonitor.source.Reliability.valueOf(rs.getString("reliability")), rs.getString("state_media_of"),
                        rs.getBoolean("party")))
                .list();
        int cited = jdbc.sql("SELECT count(*) FROM incident_source l JOIN visible_sources(true) s ON s.id = l.source_id WHERE l.incident_id = :id")
                .param("id", incidentId).query(Integer.class).single();
        return Corroboration.of(sources, cited - sources.size());
    }

    boolean visible(long id, boolean includeUnpublished) {
        return jdbc.sql("SELECT count(*) FROM visible_incidents(:all) WHERE id = :id").param("id", id).param("all", includeUnpublished)
                .query(Integer.class).single() > 0;
    }

    Optional<Withdrawal> withdrawal(long id) {
        return jdbc.sql("SELECT title, withdrawal_reason FROM visible_incidents(true) WHERE id = :id AND workflow_state = 'ARCHIVED'")
                .param("id", id).query((rs, n) -> new Withdrawal(rs.getString("title"), rs.getString("withdrawal_reason"))).optional();
    }

    List<IncidentRow> citingSource(long sourceId, boolean includeUnpublished) {
        return jdbc.sql("SELECT " + ROW_COLUMNS + """
                FROM visible_incidents(:all) i JOIN incident_source l ON l.incident_id = i.id
                WHERE l.source_id = :source
                ORDER BY i.date_from, i.id
                """).param("source", sourceId).param("all", includeUnpublished).query(ROW).list();
    }

    List<IncidentOption> options(String text, int offset, int limit) {
        String filter = text == null ? "" : text.trim();
        return jdbc.sql("""
                SELECT id, title, date_from FROM visible_incidents(true)
                WHERE :text = '' OR title ILIKE :like ORDER BY date_from DESC, id DESC LIMIT :limit OFFSET :offset
                """).param("text", filter).param("like", Sql.containsPattern(filter)).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new IncidentOption(rs.getLong("id"),
                        Labels.incidentOption(rs.getString("title"), rs.getObject("date_from", java.time.LocalDate.class))))
                .list();
    }

    List<SimilarIncident> similar(IncidentData data) {
        List<String> countries = data.getParties().stream().map(IncidentData.PartyData::countryCode)
                .filter(java.util.Objects::nonNull).distinct().toList();
        // Only what could be saved is compared: a title over its limit (a pasted megabyte would cost seconds of
        // trigram work on every keystroke), text that cannot be stored, or dates out of range find nothing.
        boolean byDates = !countries.isEmpty() && data.getDateFrom() != null && data.getDateTo() != null
                && Storable.problem(data.getDateFrom()) == null && Storable.problem(data.getDateTo()) == null;
        String title = data.getTitle() == null ? "" : data.getTitle().trim();
        boolean byTitle = title.length() >= 8 && title.length() <= IncidentData.MAX_TITLE && Storable.problem(title) == null;
        if (!byDates && !byTitle) {
            return List.of();
        }
        // Same countries: the incident involves every country the editor has named so far. The two ways to be similar
        // are looked up apart, each on its index (the title's trigrams; incident_span_idx for overlapping dates): as one
        // OR they could use neither, and every check read every incident (8.3 s at a million; apart 0.19 s for dates
        // and countries, 0.5–0.8 s with a title, more for a title like thousands of others: see BENCHMARKS.md).
        return jdbc.sql("""
                WITH candidate AS (
                    SELECT i.id FROM visible_incidents(true) i
                    WHERE :byTitle AND i.title % :title AND similarity(i.title, :title) >= 0.35
                    UNION
                    SELECT i.id FROM visible_incidents(true) i
                    WHERE :byDates AND daterange(i.date_from, i.date_to, '[]') && daterange(:from, :to, '[]')
                      AND (SELECT count(DISTINCT p.country_code) FROM incident_party p
                           WHERE p.incident_id = i.id AND p.country_code IN (:countries)) = :countryCount)
                SELECT i.id, i.title, i.date_from, i.date_to, i.date_precision,
                       CASE WHEN :byDates AND i.date_from <= :to AND i.date_to >= :from
                                 AND (SELECT count(DISTINCT p.country_code) FROM incident_party p
                                      WHERE p.incident_id = i.id AND p.country_code IN (:countries)) = :countryCount
                            THEN 'Same countries, overlapping dates' ELSE 'Similar title' END AS reason
                FROM candidate c JOIN visible_incidents(true) i ON i.id = c.id
                WHERE CAST(:exclude AS bigint) IS NULL OR i.id <> :exclude
                ORDER BY similarity(i.title, :title) DESC, i.date_from DESC
                LIMIT 5
                """)
                .param("byDates", byDates).param("byTitle", byTitle)
                .param("from", byDates ? data.getDateFrom() : java.time.LocalDate.EPOCH)
                .param("to", byDates ? data.getDateTo() : java.time.LocalDate.EPOCH)
                .param("countries", countries.isEmpty() ? List.of("--") : countries)
                .param("countryCount", countries.size())
                .param("title", byTitle ? title : "")
                .param("exclude", data.getId())
                .query(SimilarIncident.class).list();
    }

    /**
     * The published incidents the filter matches whose published version went live after {@code since} (any, when
     * null): how many, and the most recently published first. For saved views and their feeds.
     */
    int countPublishedSince(IncidentFilter filter, java.time.Instant since) {
        Where where = where(filter);
        if (since == null) {
            return jdbc.sql("SELECT count(*) FROM published_incidents() i WHERE " + where.sql()).params(where.params())
                    .query(Integer.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM published_incidents() i WHERE " + where.sql() + " AND i.published_at > :since")
                .params(where.params()).param("since", java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(IncidentFilter filter, java.time.Instant since, int limit) {
        Where where = where(filter);
        String sinceCondition = since == null ? "" : " AND i.published_at > :since";
        var query = jdbc.sql("""
                SELECT i.id, i.kind, i.title, i.summary, i.published_at, i.first_published_at FROM published_incidents() i
                WHERE %s%s AND i.published_at IS NOT NULL ORDER BY i.published_at DESC, i.id DESC LIMIT :limit
                """.formatted(where.sql(), sinceCondition)).params(where.params()).param("limit", limit);
        if (since != null) {
            query = query.param("since", java.sql.Timestamp.from(since));
        }
        return query.query((rs, n) -> new org.sanctionsmonitor.editorial.PublishedChange(
                IncidentKind.valueOf(rs.getString("kind")).label(), rs.getLong("id"), rs.getString("title"),
                org.sanctionsmonitor.base.Pages.incident(rs.getLong("id")), rs.getString("summary"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("first_published_at") == null ? null : rs.getTimestamp("first_published_at").toInstant()))
                .list();
    }

    /** Keys the read API and exports may order by, with the SQL type their cursor value is read back as. */
    private static final Map<String, String[]> KEYSET_KEYS = Map.of(
            "date", new String[] {"i.date_from", "date"}, "title", new String[] {"lower(i.title)", "text"},
            "updated", new String[] {"i.updated_at", "timestamptz"});

    static boolean isKeysetKey(String key) {
        return KEYSET_KEYS.containsKey(key);
    }

    /** A page of the filtered list in keyset order: the {@code limit} rows after {@code after} (from the start when null). */
    org.sanctionsmonitor.base.Keyset.Page<IncidentRow> keyset(IncidentFilter filter, boolean includeUnpublished,
            org.sanctionsmonitor.base.Keyset.Order order, org.sanctionsmonitor.base.Keyset.Cursor after, int limit) {
        String[] key = KEYSET_KEYS.get(order.key());
        if (key == null) {
            throw new IllegalArgumentException("Cannot order incidents by " + order.key());
        }
        Where where = where(filter);
        String direction = order.ascending() ? " ASC" : " DESC";
        String seek = after == null ? "" : " AND (" + key[0] + ", i.id) " + (order.ascending() ? ">" : "<")
                + " (CAST(:afterValue AS " + key[1] + "), :afterId)";
        String sql = "SELECT " + ROW_COLUMNS + ", CAST(" + key[0] + " AS text) AS sort_value FROM visible_incidents(:all) i WHERE "
                + where.sql() + seek + " ORDER BY " + key[0] + direction + ", i.id" + direction + " LIMIT :limit";
        List<Map.Entry<IncidentRow, String>> rows = jdbc.sql(sql).params(where.params()).param("all", includeUnpublished)
                .param("afterValue", after == null ? null : after.value()).param("afterId", after == null ? 0L : after.id())
                .param("limit", limit + 1)
                .query((rs, n) -> Map.entry(ROW.mapRow(rs, n), rs.getString("sort_value"))).list();
        List<IncidentRow> page = rows.stream().limit(limit).map(Map.Entry::getKey).toList();
        org.sanctionsmonitor.base.Keyset.Cursor next = rows.size() > limit
                ? new org.sanctionsmonitor.base.Keyset.Cursor(rows.get(limit - 1).getValue(), page.getLast().id()) : null;
        return new org.sanctionsmonitor.base.Keyset.Page<>(page, next);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(IncidentFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.country() != null || filter.role() != null) {
            StringBuilder party = new StringBuilder("EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id");
            if (filter.country() != null) {
                party.append(" AND p.country_code = :country");
                params.put("country", filter.country());
            }
            if (filter.role() != null) {
                party.append(" AND p.role = :role");
                params.put("role", filter.role().name());
            }
            conditions.add(party.append(')').toString());
        }
        if (filter.recipient() != null) {
            conditions.add("EXISTS (SELECT 1 FROM incident_party rp WHERE rp.incident_id = i.id"
                    + " AND rp.country_code = :recipient AND rp.role = 'RECIPIENT')");
            params.put("recipient", filter.recipient());
        }
        if (filter.provision() != null) {
            conditions.add("EXISTS (SELECT 1 FROM incident_provision ip WHERE ip.incident_id = i.id AND ip.provision_id = :provision)");
            params.put("provision", filter.provision());
        }
        if (filter.category() != null) {
            conditions.add("i.category = :category");
            params.put("category", filter.category());
        }
        if (filter.status() != null) {
            conditions.add("i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            conditions.add("i.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        // Date filters select incidents whose date range overlaps [from, to].
        if (filter.from() != null) {
            conditions.add("i.date_to >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("i.date_from <= :to");
            params.put("to", filter.to());
        }
        if (filter.origins() != null) {
            conditions.add(filter.origins().condition());
        }
        if (filter.text() != null) {
            conditions.add("(i.search @@ (websearch_to_tsquery('english', :text) || websearch_to_tsquery('simple', :text))"
                    + " OR i.title ILIKE :like)");
            params.put("text", filter.text());
            params.put("like", Sql.containsPattern(filter.text()));
        }
        String sql = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        return new Where(sql, params);
    }

}
