package org.sanctionsmonitor.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.editorial.EditorialType;
import org.sanctionsmonitor.editorial.ItemRef;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.source.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Statements, as the editorial core edits, reviews and records them. A new speaker is created as an actor. */
@Component
class StatementEditorialType implements EditorialType<Statement, StatementData> {

    private final EntityManager entityManager;
    private final ActorRepository actors;
    private final JdbcClient jdbc;

    StatementEditorialType(EntityManager entityManager, ActorRepository actors, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @Override
    public ItemType itemType() {
        return Statement.TYPE;
    }

    @Override
    public Class<Statement> entityClass() {
        return Statement.class;
    }

    @Override
    public Class<StatementData> dataClass() {
        return StatementData.class;
    }

    @Override
    public String table() {
        return "statement";
    }

    @Override
    public Statement create() {
        return new Statement();
    }

    @Override
    public StatementData toData(Statement statement) {
        return statement.toData();
    }

    @Override
    public void apply(Statement statement, StatementData data) {
        List<Actor> speakers = new ArrayList<>(data.getSpeakers().stream()
                .map(option -> actors.findById(option.id()).orElseThrow(() -> new EntityNotFoundException("That speaker no longer exists.")))
                .toList());
        if (data.getNewSpeakerName() != null && !data.getNewSpeakerName().isBlank()) {
            speakers.add(newOrKnownSpeaker(data));
        }
        statement.apply(data, speakers,
                data.getSignatories().stream().map(code -> entityManager.getReference(Country.class, code)).toList(),
                data.getSourceId() == null ? null : entityManager.getReference(Source.class, data.getSourceId()),
                data.getIncidentId() == null ? null : entityManager.getReference(Incident.class, data.getIncidentId()));
    }

    @Override
    public String page(long id) {
        return Pages.statementEditor(id);
    }

    /** The statements about an incident that are not published yet or carry a pending change. */
    @Override
    public List<ItemRef> caseMembers(ItemRef root) {
        if (!root.type().equals(Incident.TYPE)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT st.id FROM visible_statements(true) st
                WHERE st.incident_id = :id AND has_open_change(:type, st.id, st.workflow_state) ORDER BY st.dated_on, st.id
                """).param("id", root.id()).param("type", Statement.TYPE.key()).query(Long.class).list().stream()
                .map(statement -> new ItemRef(Statement.TYPE, statement)).toList();
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return jdbc.sql("""
                SELECT st.id, (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                               WHERE sp.statement_id = st.id) AS name, st.stance, st.summary
                FROM visible_statements(true) st WHERE st.id IN (:ids)
                """).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), Labels.statement(rs.getString("name"),
                        Stance.valueOf(rs.getString("stance")).label(), rs.getString("summary"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A "new" speaker who is already known (same name and country) is the known actor, not a duplicate. */
    private Actor newOrKnownSpeaker(StatementData data) {
        String name = data.getNewSpeakerName().trim();
        String code = data.getNewSpeakerCountry();
        Country country = code == null ? null : entityManager.getReference(Country.class, code);
        return (code == null ? actors.findFirstByNameIgnoreCaseAndCountryIsNull(name)
                        : actors.findFirstByNameIgnoreCaseAndCountry_Code(name, code))
                .orElseGet(() -> actors.save(new Actor(data.getNewSpeakerKind() == null ? ActorKind.PERSON : data.getNewSpeakerKind(),
                        name, country, blankToNull(data.getNewSpeakerTitle()))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
