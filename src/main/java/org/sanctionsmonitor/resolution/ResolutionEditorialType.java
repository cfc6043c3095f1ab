package org.sanctionsmonitor.resolution;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.EditorialType;
import org.sanctionsmonitor.editorial.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolutions with their provisions, as the editorial core edits, reviews and records them. A resolution's number is
 * unique, its regime must exist, and a provision that incidents cite cannot be removed.
 */
@Component
class ResolutionEditorialType implements EditorialType<Resolution, ResolutionData> {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    ResolutionEditorialType(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public ItemType itemType() {
        return Resolution.TYPE;
    }

    @Override
    public Class<Resolution> entityClass() {
        return Resolution.class;
    }

    @Override
    public Class<ResolutionData> dataClass() {
        return ResolutionData.class;
    }

    @Override
    public String table() {
        return "resolution";
    }

    @Override
    public Resolution create() {
        return new Resolution();
    }

    @Override
    public ResolutionData toData(Resolution resolution) {
        return resolution.toData();
    }

    @Override
    public void apply(Resolution resolution, ResolutionData data) {
        resolution.apply(data, entityManager.getReference(SanctionsRegime.class, regimeId(data.getRegimeCode())));
    }

    /** As the default, keeping each provision's id: incidents cite provisions by id. */
    @Override
    public ResolutionData normalized(ResolutionData data) {
        ResolutionData normalized = EditorialType.super.normalized(data);
        List<ResolutionData.ProvisionData> given = data.getProvisions();
        List<ResolutionData.ProvisionData> kept = new java.util.ArrayList<>();
        for (int i = 0; i < normalized.getProvisions().size(); i++) {
            ResolutionData.ProvisionData p = normalized.getProvisions().get(i);
            kept.add(new ResolutionData.ProvisionData(given.get(i).id(), p.label(), p.measureType(), p.summary(), p.binding(),
                    p.verification(), p.verificationNote(), p.periods()));
        }
        normalized.setProvisions(kept);
        return normalized;
    }

    @Override
    public void check(ResolutionData data) {
        regimeId(data.getRegimeCode());
        boolean numberTaken = jdbc.sql("SELECT count(*) FROM visible_resolutions(true) WHERE number = :number AND id <> coalesce(:id, -1)")
                .param("number", data.getNumber()).param("id", data.getId()).query(Integer.class).single() > 0;
        if (numberTaken) {
            throw new FieldException("number", "Resolution " + data.getNumber() + " is recorded already.");
        }
        if (data.getId() != null) {
            List<Long> kept = data.getProvisions().stream().map(ResolutionData.ProvisionData::id).filter(java.util.Objects::nonNull).toList();
            List<String> cited = jdbc.sql("""
                    SELECT p.label FROM provision p WHERE p.resolution_id = :id AND NOT (p.id = ANY (:kept))
                      AND EXISTS (SELECT 1 FROM incident_provision ip WHERE ip.provision_id = p.id) ORDER BY p.label
                    """).param("id", data.getId()).param("kept", kept.toArray(Long[]::new)).query(String.class).list();
            if (!cited.isEmpty()) {
                throw new FieldException("provisions", "Incidents cite " + String.join(", ", cited)
                        + ": a provision that is cited cannot be removed. Record its end in its periods in force instead.");
            }
        }
    }

    @Override
    public String page(long id) {
        return Pages.resolution(jdbc.sql("SELECT number FROM visible_resolutions(true) WHERE id = :id").param("id", id)
                .query(Integer.class).single());
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return jdbc.sql("SELECT id, number, adopted_on, title FROM visible_resolutions(true) WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), Labels.resolution(rs.getInt("number"),
                        rs.getObject("adopted_on", java.time.LocalDate.class)) + ": " + rs.getString("title")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long regimeId(String code) {
        return jdbc.sql("SELECT id FROM sanctions_regime WHERE code = :code").param("code", code).query(Long.class).optional()
                .orElseThrow(() -> new FieldException("regimeCode", "There is no sanctions regime with the code " + code + "."));
    }
}
