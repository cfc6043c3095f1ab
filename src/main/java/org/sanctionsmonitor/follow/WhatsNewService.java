package org.sanctionsmonitor.follow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.Stance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published change — an incident, event, statement, source or resolution published, or a reviewed revision of
 * one published — since the reader's last visit (the sign-in before this one), newest first. Drafts and pending
 * revisions never appear: only a published version has a publish time.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class WhatsNewService {

    /** Every published record with its publish times, in the columns below; the newest first by (published_at, type, id). */
    private static final String CHANGES = """
            SELECT 'INCIDENT' AS type, i.id, i.kind AS detail, i.title, NULL AS extra, NULL AS extra2, i.summary, NULL::bigint AS incident_id,
                   NULL::date AS day, i.published_at, i.first_published_at
            FROM published_incidents() i WHERE i.published_at > :since
            UNION ALL
            SELECT 'STATEMENT', st.id, st.stance, NULL,
                   (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                     WHERE sp.statement_id = st.id), NULL, st.summary, li.id, st.dated_on, st.published_at, st.first_published_at
            FROM published_statements() st LEFT JOIN published_incidents() li ON li.id = st.incident_id WHERE st.published_at > :since
            UNION ALL
            SELECT 'SOURCE', s.id, NULL, coalesce(s.title_translation, s.title_original), s.outlet, s.originating_outlet,
                   s.excerpt_translation, NULL, NULL, s.published_at, s.first_published_at
            FROM published_sources() s WHERE s.published_at > :since
            UNION ALL
            SELECT 'RESOLUTION', r.id, r.number::text, r.title, NULL, NULL, r.summary, NULL, r.adopted_on, r.published_at, r.first_published_at
            FROM published_resolutions() r WHERE r.published_at > :since
            """;

    private final JdbcClient jdbc;
    private final Readers readers;

    WhatsNewService(JdbcClient jdbc, Readers readers) {
        this.jdbc = jdbc;
        this.readers = readers;
    }

    /** When the reader last visited before this visit (their previous sign-in); empty on a first visit. */
    public Optional<Instant> lastVisit() {
        return readers.current().flatMap(reader -> jdbc.sql("SELECT previous_visit_at FROM reader_visit WHERE user_id = :user")
                .param("user", reader).query((rs, n) -> Optional.ofNullable(rs.getTimestamp("previous_visit_at")).map(Timestamp::toInstant))
                .optional().flatMap(v -> v));
    }

    /** How many published changes there are since {@code since} (all of them when null). */
    public int count(Instant since) {
        return jdbc.sql("SELECT count(*) FROM (" + CHANGES + ") c").param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
                .query(Integer.class).single();
    }

    /** A page of them, newest first. */
    public List<PublishedChange> changes(Instant since, int offset, int limit) {
        return jdbc.sql("SELECT * FROM (" + CHANGES + ") c ORDER BY published_at DESC, type, id DESC LIMIT :limit OFFSET :offset")
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since)).param("limit", limit).param("offset", offset)
                .query(WhatsNewService::change).list();
    }

    private static PublishedChange change(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Instant published = rs.getTimestamp("published_at").toInstant();
        Instant first = rs.getTimestamp("first_published_at") == null ? null : rs.getTimestamp("first_published_at").toInstant();
        return switch (rs.getString("type")) {
            case "INCIDENT" -> new PublishedChange(org.sanctionsmonitor.incident.IncidentKind.valueOf(rs.getString("detail")).label(), id,
                    rs.getString("title"), Pages.incident(id), rs.getString("summary"), published, first);
            case "STATEMENT" -> {
                Stance stance = Stance.valueOf(rs.getString("detail"));
                Long incident = (Long) rs.getObject("incident_id");
                String day = rs.getObject("day") == null ? null : rs.getObject("day", java.time.LocalDate.class).toString();
                // Statements have no page of their own yet: the incident they address, else the timeline on their day.
                String location = incident != null ? Pages.incident(incident) : day == null ? Pages.TIMELINE
                        : Pages.withQuery(Pages.TIMELINE, new java.util.TreeMap<>(java.util.Map.of("from", day, "to", day)));
                yield new PublishedChange("Statement", id, Labels.statement(String.valueOf(rs.getString("extra")), stance.label(),
                        rs.getString("summary")), location, rs.getString("summary"), published, first);
            }
            case "SOURCE" -> new PublishedChange("Source", id, Labels.source(rs.getString("extra"), rs.getString("extra2"), rs.getString("title")),
                    Pages.source(id), rs.getString("summary"), published, first);
            default -> {
                int number = Integer.parseInt(rs.getString("detail"));
                yield new PublishedChange("Resolution", id, Labels.resolution(number, rs.getObject("day", java.time.LocalDate.class))
                        + ": " + rs.getString("title"), Pages.resolution(number), rs.getString("summary"), published, first);
            }
        };
    }
}
