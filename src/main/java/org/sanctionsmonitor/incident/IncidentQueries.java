package org.sanctionsmonitor.incident;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of incidents, computed in SQL: a page of the list costs one query, a detail page four. */
@Repository
class IncidentQueries {

    /** Sortable list columns; anything else falls back to the default order. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "date", "i.date_from", "title", "lower(i.title)", "category", "i.category", "status", "i.status",
            "sourceCount", "source_count");

    private static final String ROW_COLUMNS = """
            i.id, i.kind, i.title, i.category, (SELECT c.label FROM incident_category c WHERE c.code = i.category) AS category_label,
            i.status, i.date_from, i.date_to, i.date_precision, i.workflow_state,
            (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM incident_party p JOIN country c ON c.code = p.country_code
              WHERE p.incident_id = i.id AND p.role = 'SUPPLIER') AS suppliers,
            (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM incident_party p JOIN country c ON c.code = p.country_code
              WHERE p.incident_id = i.id AND p.role = 'RECIPIENT') AS recipients,
            (SELECT count(*) FROM incident_source l JOIN visible_sources(:all) s ON s.id = l.source_id
              WHERE l.incident_id = i.id) AS source_count
            """;

    private final JdbcClient jdbc;

    IncidentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncidentRow> list(IncidentFilter filter, boolean includeUnpublished, Pageable page) {
        Where where = where(filter);
        String sql = "SELECT " + ROW_COLUMNS + " FROM visible_incidents(:all) i WHERE " + where.sql()
                + " ORDER BY " + orderBy(page.getSort()) + " LIMIT :limit OFFSET :offset";
        return jdbc.sql(sql).params(where.params()).param("all", includeUnpublished)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(IncidentRow.class).list();
    }

    int count(IncidentFilter filter, boolean includeUnpublished) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM visible_incidents(:all) i WHERE " + where.sql()).params(where.params())
                .param("all", includeUnpublished).query(Integer.class).single();
    }

    Optional<IncidentDetails> details(long id, boolean includeUnpublished) {
        return jdbc.sql("""
                SELECT i.id, i.kind, i.title, i.summary, i.category,
                       (SELECT c.label FROM incident_category c WHERE c.code = i.category) AS category_label, i.date_from, i.date_to, i.date_precision, i.place,
                       i.latitude, i.longitude, i.status, i.confidence, i.notes, i.workflow_state, i.review_comment, i.updated_by, i.updated_at, i.version
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
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"),
                        parties(id), breachedProvisions(id), citedSources(id, includeUnpublished)))
                .optional();
    }

    private List<IncidentDetails.Party> parties(long incidentId) {
        return jdbc.sql("""
                SELECT p.country_code, c.name AS country_name, p.role FROM incident_party p JOIN country c ON c.code = p.country_code
                WHERE p.incident_id = :id ORDER BY array_position(ARRAY['SUPPLIER','RECIPIENT','TRANSIT','FLAG_STATE','PARTICIPANT'], p.role), c.name
                """).param("id", incidentId).query(IncidentDetails.Party.class).list();
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
                """).param("id", incidentId).query(IncidentDetails.BreachedProvision.class).list();
    }

    private List<IncidentDetails.CitedSource> citedSources(long incidentId, boolean includeUnpublished) {
        return jdbc.sql("""
                SELECT s.id AS source_id, s.outlet, s.originating_outlet, s.title_original, s.title_translation, s.language, s.published_on,
                       l.supporting_quote, l.note, s.translation_method
                FROM incident_source l JOIN visible_sources(:all) s ON s.id = l.source_id
                WHERE l.incident_id = :id
                ORDER BY s.published_on NULLS LAST, s.outlet
                """).param("id", incidentId).param("all", includeUnpublished)
                .query(IncidentDetails.CitedSource.class).list();
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
                """).param("source", sourceId).param("all", includeUnpublished).query(IncidentRow.class).list();
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
        boolean byDates = !countries.isEmpty() && data.getDateFrom() != null && data.getDateTo() != null;
        boolean byTitle = data.getTitle() != null && data.getTitle().trim().length() >= 8;
        if (!byDates && !byTitle) {
            return List.of();
        }
        // Same countries: the incident involves every country the editor has named so far.
        return jdbc.sql("""
                SELECT i.id, i.title, i.date_from, i.date_to, i.date_precision,
                       CASE WHEN :byDates AND i.date_from <= :to AND i.date_to >= :from
                                 AND (SELECT count(DISTINCT p.country_code) FROM incident_party p
                                      WHERE p.incident_id = i.id AND p.country_code IN (:countries)) = :countryCount
                            THEN 'Same countries, overlapping dates' ELSE 'Similar title' END AS reason
                FROM visible_incidents(true) i
                WHERE (CAST(:exclude AS bigint) IS NULL OR i.id <> :exclude)
                  AND ((:byTitle AND similarity(i.title, :title) >= 0.35)
                    OR (:byDates AND i.date_from <= :to AND i.date_to >= :from
                        AND (SELECT count(DISTINCT p.country_code) FROM incident_party p
                             WHERE p.incident_id = i.id AND p.country_code IN (:countries)) = :countryCount))
                ORDER BY similarity(i.title, :title) DESC, i.date_from DESC
                LIMIT 5
                """)
                .param("byDates", byDates).param("byTitle", byTitle)
                .param("from", data.getDateFrom() == null ? java.time.LocalDate.EPOCH : data.getDateFrom())
                .param("to", data.getDateTo() == null ? java.time.LocalDate.EPOCH : data.getDateTo())
                .param("countries", countries.isEmpty() ? List.of("--") : countries)
                .param("countryCount", countries.size())
                .param("title", data.getTitle() == null ? "" : data.getTitle().trim())
                .param("exclude", data.getId())
                .query(SimilarIncident.class).list();
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

    private static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORT_COLUMNS.containsKey(o.getProperty()))
                .map(o -> SORT_COLUMNS.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return (order.isEmpty() ? "i.date_from DESC" : order) + ", i.id DESC";
    }
}
