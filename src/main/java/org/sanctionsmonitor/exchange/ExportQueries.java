package org.sanctionsmonitor.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records for exports and the read API, read in SQL a page at a time: one query per page of incidents, sources or
 * statements, their links gathered in JSON by the database. Every read goes through the visibility functions, so a
 * reader's export holds published records and their published links only. Lists inside a record are in a fixed order,
 * so that the same data always gives the same file.
 */
@Repository
class ExportQueries {

    /** How the records a page reads are described: for readers, for editors (workflow state), or for the full dataset. */
    enum Detail {
        READER, EDITOR, DATASET
    }

    private static final TypeReference<List<IncidentRecord.Party>> PARTIES = new TypeReference<>() {
    };
    private static final TypeReference<List<ProvisionJson>> PROVISIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<IncidentRecord.CitedSource>> CITED = new TypeReference<>() {
    };
    private static final TypeReference<List<StatementRecord.Speaker>> SPEAKERS = new TypeReference<>() {
    };
    private static final TypeReference<List<ResolutionRecord.Period>> PERIODS = new TypeReference<>() {
    };

    private record ProvisionJson(Integer resolution, LocalDate adoptedOn, String label, String rationale) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExportQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Ids of every incident, source or statement after {@code afterId}, oldest first: how the full dataset pages. */
    List<Long> ids(String kind, long afterId, int limit) {
        String from = switch (kind) {
            case "incidents" -> "visible_incidents(true)";
            case "sources" -> "visible_sources(true)";
            case "statements" -> "visible_statements(true)";
            default -> throw new IllegalArgumentException(kind);
        };
        return jdbc.sql("SELECT id FROM " + from + " WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    List<IncidentRecord> incidents(List<Long> ids, Detail detail) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean all = detail != Detail.READER;
        List<IncidentRecord> records = jdbc.sql("""
                SELECT i.id, i.kind, i.title, i.summary, i.category, i.date_from, i.date_to, i.date_precision, i.place, i.latitude,
                       i.longitude, i.status, i.confidence, i.notes, i.workflow_state, i.updated_at, i.created_by, i.created_at,
                       i.updated_by, i.review_comment, i.withdrawal_reason,
                       (SELECT json_agg(json_build_object('country', p.country_code, 'role', p.role)
                                        ORDER BY array_position(ARRAY['SUPPLIER','RECIPIENT','TRANSIT','FLAG_STATE','PARTICIPANT','HOST','SUBJECT'], p.role),
                                                 p.country_code)
                          FROM incident_party p WHERE p.incident_id = i.id) AS parties,
                       (SELECT json_agg(json_build_object('resolution', r.number, 'adoptedOn', r.adopted_on, 'label', pr.label,
                                                          'rationale', ip.rationale) ORDER BY r.number, pr.label)
                          FROM incident_provision ip JOIN provision pr ON pr.id = ip.provision_id
                          JOIN visible_resolutions(:all) r ON r.id = pr.resolution_id WHERE ip.incident_id = i.id) AS provisions,
                       (SELECT json_agg(json_build_object('url', s.url, 'supportingQuote', l.supporting_quote, 'note', l.note) ORDER BY s.url)
                          FROM incident_source l JOIN visible_sources(:all) s ON s.id = l.source_id WHERE l.incident_id = i.id) AS sources
                FROM visible_incidents(:all) i WHERE i.id = ANY(:ids)
                """).param("all", all).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> incident(rs, detail)).list();
        return inOrder(records, ids, IncidentRecord::id);
    }

    private IncidentRecord incident(ResultSet rs, Detail detail) throws SQLException {
        DatePrecision precision = DatePrecision.valueOf(rs.getString("date_precision"));
        LocalDate from = rs.getObject("date_from", LocalDate.class);
        LocalDate to = rs.getObject("date_to", LocalDate.class);
        List<IncidentRecord.Provision> provisions = list(rs.getString("provisions"), PROVISIONS).stream()
                .map(p -> new IncidentRecord.Provision(p.resolution(), p.label(), Labels.provision(p.resolution(), p.adoptedOn(), p.label()),
                        p.rationale()))
                .toList();
        return new IncidentRecord(rs.getLong("id"), IncidentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("summary"), rs.getString("category"), IsoDates.format(from, to, precision), from, to, precision,
                rs.getString("place"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                IncidentStatus.valueOf(rs.getString("status")), Confidence.valueOf(rs.getString("confidence")), rs.getString("notes"),
                list(rs.getString("parties"), PARTIES), provisions, list(rs.getString("sources"), CITED),
                detail == Detail.READER ? null : WorkflowState.valueOf(rs.getString("workflow_state")),
                detail == Detail.EDITOR ? instant(rs, "updated_at") : null,
                detail == Detail.DATASET ? recorded(rs) : null, null);
    }

    List<SourceRecord> sources(List<Long> ids, Detail detail) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SourceRecord> records = jdbc.sql("""
                SELECT id, type, outlet, originating_outlet, state_media_of, origin, url, language, published_on, retrieved_on, title_original,
                       title_translation, excerpt_original, excerpt_translation, translated_by, translation_method, translated_on,
                       translation_reviewed_by, translation_reviewed_on, archived_url, reliability, notes,
                       workflow_state, updated_at, created_by, created_at, updated_by, review_comment, withdrawal_reason
                FROM visible_sources(:all) WHERE id = ANY(:ids)
                """).param("all", detail != Detail.READER).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new SourceRecord(rs.getLong("id"), SourceType.valueOf(rs.getString("type")), rs.getString("outlet"),
                        rs.getString("originating_outlet"), rs.getString("state_media_of"), rs.getString("origin"), rs.getString("url"),
                        rs.getString("language"),
                        rs.getObject("published_on", LocalDate.class), rs.getObject("retrieved_on", LocalDate.class),
                        rs.getString("title_original"), rs.getString("title_translation"), rs.getString("excerpt_original"),
                        rs.getString("excerpt_translation"), rs.getString("translated_by"),
                        translationMethod(rs), rs.getObject("translated_on", LocalDate.class), rs.getString("translation_reviewed_by"),
                        rs.getObject("translation_reviewed_on", LocalDate.class), rs.getString("archived_url"), Reliability.valueOf(rs.getString("reliability")), rs.getString("notes"),
                        detail == Detail.READER ? null : WorkflowState.valueOf(rs.getString("workflow_state")),
                        detail == Detail.EDITOR ? instant(rs, "updated_at") : null,
                        detail == Detail.DATASET ? recorded(rs) : null, null))
                .list();
        return inOrder(records, ids, SourceRecord::id);
    }

    List<StatementRecord> statements(List<Long> ids, Detail detail) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StatementRecord> records = jdbc.sql("""
                SELECT st.id, st.said_precision, st.said_on, st.reported_on, st.stance, st.summary, st.quote_original, st.quote_language,
                       st.quote_translation, st.translated_by, st.translation_method, st.translated_on, st.translation_reviewed_by,
                       st.translation_reviewed_on, st.attribution_note, st.workflow_state, st.updated_at, st.created_by, st.created_at,
                       st.updated_by, st.review_comment, st.withdrawal_reason,
                       (SELECT json_agg(json_build_object('name', a.name, 'country', a.country_code, 'kind', a.kind, 'title', a.title,
                                                         'otherNames', a.other_names)
                                        ORDER BY lower(a.name), a.country_code NULLS FIRST)
                          FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = st.id) AS speakers,
                       (SELECT array_agg(g.country_code ORDER BY g.country_code) FROM statement_signatory g
                         WHERE g.statement_id = st.id) AS signatories,
                       (SELECT s.url FROM visible_sources(:all) s WHERE s.id = st.source_id) AS source_url,
                       (SELECT i.id FROM visible_incidents(:all) i WHERE i.id = st.incident_id) AS incident_id
                FROM visible_statements(:all) st WHERE st.id = ANY(:ids)
                """).param("all", detail != Detail.READER).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> {
                    SaidPrecision precision = SaidPrecision.valueOf(rs.getString("said_precision"));
                    LocalDate saidOn = rs.getObject("said_on", LocalDate.class);
                    java.sql.Array signatories = rs.getArray("signatories");
                    return new StatementRecord(rs.getLong("id"), list(rs.getString("speakers"), SPEAKERS),
                            signatories == null ? List.of() : List.of((String[]) signatories.getArray()), precision,
                            said(precision, saidOn), saidOn, rs.getObject("reported_on", LocalDate.class),
                            Stance.valueOf(rs.getString("stance")), rs.getString("summary"), rs.getString("quote_original"),
                            rs.getString("quote_language"), rs.getString("quote_translation"), rs.getString("translated_by"),
                            translationMethod(rs), rs.getObject("translated_on", LocalDate.class), rs.getString("translation_reviewed_by"),
                            rs.getObject("translation_reviewed_on", LocalDate.class), rs.getString("attribution_note"),
                            rs.getString("source_url"), (Long) rs.getObject("incident_id"),
                            detail == Detail.READER ? null : WorkflowState.valueOf(rs.getString("workflow_state")),
                            detail == Detail.EDITOR ? instant(rs, "updated_at") : null,
                            detail == Detail.DATASET ? recorded(rs) : null, null);
                })
                .list();
        return inOrder(records, ids, StatementRecord::id);
    }

    private static TranslationMethod translationMethod(java.sql.ResultSet rs) throws java.sql.SQLException {
        String method = rs.getString("translation_method");
        return method == null ? null : TranslationMethod.valueOf(method);
    }

    /** A statement's date with its precision, e.g. "2025-11"; null when undated. */
    static String said(SaidPrecision precision, LocalDate saidOn) {
        return switch (precision) {
            case UNDATED -> null;
            case DAY -> IsoDates.format(saidOn, DatePrecision.DAY);
            case MONTH -> IsoDates.format(saidOn, DatePrecision.MONTH);
            case YEAR -> IsoDates.format(saidOn, DatePrecision.YEAR);
        };
    }

    /** Every resolution the caller may see, by number, with its provisions (in the order they were entered) and periods. */
    List<ResolutionRecord> resolutions(Detail detail) {
        boolean all = detail != Detail.READER;
        Map<Long, List<ResolutionRecord.ProvisionRecord>> provisions = new HashMap<>();
        jdbc.sql("""
                SELECT p.id, p.resolution_id, p.label, p.measure_type, p.summary, p.binding, p.verification, p.verification_note,
                       r.number, r.adopted_on,
                       (SELECT json_agg(json_build_object('from', pp.in_force_from, 'until', pp.in_force_until, 'note', pp.note)
                                        ORDER BY pp.in_force_from)
                          FROM provision_period pp WHERE pp.provision_id = p.id) AS periods
                FROM provision p JOIN visible_resolutions(:all) r ON r.id = p.resolution_id ORDER BY p.id
                """).param("all", all).query((rs, n) -> {
                    provisions.computeIfAbsent(rs.getLong("resolution_id"), id -> new ArrayList<>()).add(
                            new ResolutionRecord.ProvisionRecord(detail == Detail.DATASET ? null : rs.getLong("id"), rs.getString("label"),
                                    Labels.provision(rs.getInt("number"), rs.getObject("adopted_on", LocalDate.class), rs.getString("label")),
                                    MeasureType.valueOf(rs.getString("measure_type")), rs.getString("summary"), rs.getBoolean("binding"),
                                    Verification.valueOf(rs.getString("verification")), rs.getString("verification_note"),
                                    list(rs.getString("periods"), PERIODS)));
                    return null;
                }).list();
        return jdbc.sql("""
                SELECT r.id, r.number, g.code AS regime, r.adopted_on, r.meeting, r.votes_for, r.votes_against, r.votes_abstain, r.vote_text,
                       r.title, r.summary, r.url, r.notes, r.workflow_state, r.created_by, r.created_at, r.updated_by, r.updated_at,
                       r.review_comment, r.withdrawal_reason
                FROM visible_resolutions(:all) r JOIN sanctions_regime g ON g.id = r.regime_id ORDER BY r.number
                """).param("all", all).query((rs, n) -> new ResolutionRecord(rs.getInt("number"),
                        Labels.resolution(rs.getInt("number"), rs.getObject("adopted_on", LocalDate.class)), rs.getString("regime"),
                        rs.getObject("adopted_on", LocalDate.class), rs.getString("meeting"), (Integer) rs.getObject("votes_for"),
                        (Integer) rs.getObject("votes_against"), (Integer) rs.getObject("votes_abstain"), rs.getString("vote_text"),
                        rs.getString("title"), rs.getString("summary"), rs.getString("url"), rs.getString("notes"),
                        provisions.getOrDefault(rs.getLong("id"), List.of()),
                        detail == Detail.READER ? null : WorkflowState.valueOf(rs.getString("workflow_state")),
                        detail == Detail.DATASET ? recorded(rs) : null, null))
                .list();
    }

    /** Resolution number → id, for the pending revisions of the full dataset. */
    Map<Integer, Long> resolutionIds() {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("SELECT number, id FROM visible_resolutions(true)").query((rs, n) -> ids.put(rs.getInt("number"), rs.getLong("id"))).list();
        return ids;
    }

    List<ExchangeDocument.CategoryRecord> categories() {
        return jdbc.sql("SELECT code, label, description, sort_order, retired FROM incident_category ORDER BY sort_order, code")
                .query(ExchangeDocument.CategoryRecord.class).list();
    }

    List<ExchangeDocument.RegimeRecord> regimes() {
        return jdbc.sql("SELECT code, name, description FROM sanctions_regime ORDER BY code").query(ExchangeDocument.RegimeRecord.class).list();
    }

    /** Every actor, by name and country, with the id this database gives it (for pending revisions, which name actors by id). */
    Map<Long, ExchangeDocument.ActorRecord> actors() {
        Map<Long, ExchangeDocument.ActorRecord> actors = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, kind, name, country_code, title, other_names, notes FROM actor ORDER BY lower(name), country_code NULLS FIRST, id")
                .query((rs, n) -> actors.put(rs.getLong("id"), new ExchangeDocument.ActorRecord(ActorKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("country_code"), rs.getString("title"),
                        List.of((String[]) rs.getArray("other_names").getArray()), rs.getString("notes"))))
                .list();
        return actors;
    }

    /** Source id → web address and provision id → (resolution, label), to name the links of pending revisions. */
    Map<Long, String> sourceUrls() {
        Map<Long, String> urls = new HashMap<>();
        jdbc.sql("SELECT id, url FROM visible_sources(true)").query((rs, n) -> urls.put(rs.getLong("id"), rs.getString("url"))).list();
        return urls;
    }

    Map<Long, IncidentRecord.Provision> provisionKeys() {
        Map<Long, IncidentRecord.Provision> keys = new HashMap<>();
        jdbc.sql("SELECT p.id, r.number, r.adopted_on, p.label FROM provision p JOIN visible_resolutions(true) r ON r.id = p.resolution_id")
                .query((rs, n) -> keys.put(rs.getLong("id"), new IncidentRecord.Provision(rs.getInt("number"), rs.getString("label"),
                        Labels.provision(rs.getInt("number"), rs.getObject("adopted_on", LocalDate.class), rs.getString("label")), null)))
                .list();
        return keys;
    }

    /** What waits for review on published records, by item type ("INCIDENT") and record id; its content is read by the record's service. */
    Map<String, Map<Long, PendingRecord<Void>>> pending() {
        Map<String, Map<Long, PendingRecord<Void>>> pending = new HashMap<>();
        jdbc.sql("""
                SELECT item_type, item_id, change, reason, state, review_comment, created_by, created_at, updated_by, updated_at
                FROM pending_revision ORDER BY item_type, item_id
                """).query((rs, n) -> pending.computeIfAbsent(rs.getString("item_type"), type -> new HashMap<>())
                        .put(rs.getLong("item_id"), new PendingRecord<>(rs.getString("change"), rs.getString("reason"),
                                WorkflowState.valueOf(rs.getString("state")), rs.getString("review_comment"), rs.getString("created_by"),
                                instant(rs, "created_at"), rs.getString("updated_by"), instant(rs, "updated_at"), null)))
                .list();
        return pending;
    }

    private static RecordedState recorded(ResultSet rs) throws SQLException {
        return new RecordedState(WorkflowState.valueOf(rs.getString("workflow_state")), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("review_comment"), rs.getString("withdrawal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private <T> List<T> list(String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.readValue(text, type);
    }

    private static <T> List<T> inOrder(List<T> records, List<Long> ids, java.util.function.Function<T, Long> id) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return records.stream().sorted(Comparator.comparing(r -> position.get(id.apply(r)))).toList();
    }
}
