package org.sanctionsmonitor.statement;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims and denials. Readers see published statements only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class StatementService {

    private static final String SELECT = """
            SELECT st.id, a.name AS speaker_name, a.title AS speaker_title, c.name AS country_name, st.said_on, st.stance,
                   st.summary, st.quote_original, st.quote_language, st.quote_translation, st.attribution_note,
                   s.id AS source_id, s.outlet AS source_outlet, i.id AS incident_id, i.title AS incident_title
            FROM statement st
            JOIN actor a ON a.id = st.speaker_id
            LEFT JOIN country c ON c.code = st.speaker_country_code
            LEFT JOIN source s ON s.id = st.source_id AND (:all OR s.workflow_state = 'PUBLISHED')
            LEFT JOIN incident i ON i.id = st.incident_id AND (:all OR i.workflow_state = 'PUBLISHED')
            WHERE (:all OR st.workflow_state = 'PUBLISHED')
            """;

    private final JdbcClient jdbc;

    StatementService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StatementView> forIncident(long incidentId) {
        return jdbc.sql(SELECT + " AND st.incident_id = :id ORDER BY st.said_on, st.id")
                .param("id", incidentId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementView.class).list();
    }

    public List<StatementView> forSource(long sourceId) {
        return jdbc.sql(SELECT + " AND st.source_id = :id ORDER BY st.said_on, st.id")
                .param("id", sourceId).param("all", CurrentUser.canSeeUnpublished())
                .query(StatementView.class).list();
    }
}
