package org.sanctionsmonitor.incident;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.Country;
import org.sanctionsmonitor.editorial.EditorialType;
import org.sanctionsmonitor.editorial.ItemRef;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.resolution.Provision;
import org.sanctionsmonitor.source.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Incidents and events, as the editorial core edits, reviews and records them. */
@Component
class IncidentEditorialType implements EditorialType<Incident, IncidentData> {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final CategoryService categories;

    IncidentEditorialType(EntityManager entityManager, JdbcClient jdbc, CategoryService categories) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @Override
    public ItemType itemType() {
        return Incident.TYPE;
    }

    @Override
    public Class<Incident> entityClass() {
        return Incident.class;
    }

    @Override
    public Class<IncidentData> dataClass() {
        return IncidentData.class;
    }

    @Override
    public String table() {
        return "incident";
    }

    @Override
    public Incident create() {
        return new Incident();
    }

    @Override
    public IncidentData toData(Incident incident) {
        return incident.toData();
    }

    @Override
    public void apply(Incident incident, IncidentData data) {
        incident.apply(data, entityManager.getReference(Category.class, data.getCategory()),
                code -> entityManager.getReference(Country.class, code),
                id -> entityManager.getReference(Source.class, id),
                id -> entityManager.getReference(Provision.class, id));
    }

    /** The category must exist; a retired one is kept only by incidents that already have it. */
    @Override
    public void check(IncidentData data) {
        CategoryOption category = categories.find(data.getCategory())
                .orElseThrow(() -> new FieldException("category", "There is no category " + data.getCategory() + "."));
        boolean keptFromBefore = data.getId() != null && jdbc.sql("SELECT count(*) FROM visible_incidents(true) WHERE id = :id AND category = :code")
                .param("id", data.getId()).param("code", category.code()).query(Integer.class).single() > 0;
        if (category.retired() && !keptFromBefore) {
            throw new FieldException("category", "The category " + category.label() + " is retired: choose another one.");
        }
    }

    @Override
    public String page(long id) {
        return Pages.incident(id);
    }

    /** The sources an incident cites that are not published yet or carry a pending change. */
    @Override
    public List<ItemRef> caseMembers(ItemRef root) {
        if (!root.type().equals(Incident.TYPE)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.id FROM incident_source l JOIN visible_sources(true) s ON s.id = l.source_id
                WHERE l.incident_id = :id AND has_open_change(:type, s.id, s.workflow_state) ORDER BY s.id
                """).param("id", root.id()).param("type", Source.TYPE.key()).query(Long.class).list().stream()
                .map(source -> new ItemRef(Source.TYPE, source)).toList();
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return jdbc.sql("SELECT id, title FROM visible_incidents(true) WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("title"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
