package org.sanctionsmonitor.resolution;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialService;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.HistoryEntry;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.base.Validation;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolutions and their provisions: the law against which incidents are measured. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class ResolutionService {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Validator validator;
    private final ResolutionEditorialType type;
    private final EditorialService editorial;

    ResolutionService(JdbcClient jdbc, EntityManager entityManager, Validator validator, ResolutionEditorialType type,
            EditorialService editorial) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.validator = validator;
        this.type = type;
        this.editorial = editorial;
    }

    /** Records a sanctions regime; its code is unique. */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long createRegime(ResolutionData.RegimeData data) {
        Validation.check(validator, data);
        if (regimeId(data.code()).isPresent()) {
            throw new FieldException("code", "A regime with the code " + data.code() + " exists already.");
        }
        SanctionsRegime regime = new SanctionsRegime(data.code(), data.name().trim(), Resolution.blankToNull(data.description()));
        entityManager.persist(regime);
        entityManager.flush();
        return regime.getId();
    }

    /**
     * Validates and saves a resolution with its provisions and their periods in force; a new one starts as a draft,
     * a change to a published one waits for review. Its number is unique.
     *
     * @return the resolution's id
     */
    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public long save(ResolutionData data) {
        return editorial.save(type, data);
    }

    /** The resolution as its editor's form shows it. */
    @PreAuthorize(Role.IS_EDITOR)
    public Optional<ResolutionData> edit(long id) {
        return editorial.edit(type, id);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public Optional<EditorialStatus> status(long id) {
        return editorial.status(type, id);
    }

    /** What the revision pending on the published resolution changes, field by field. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<Difference> pendingChanges(long id) {
        return editorial.pendingChanges(type, id);
    }

    @PreAuthorize(Role.IS_EDITOR)
    public List<HistoryEntry> history(long id) {
        return editorial.history(type, id);
    }

    @PreAuthorize(Role.IS_EDITOR)
    @Transactional
    public void restore(long id, long revision, long seenVersion) {
        editorial.restore(type, id, revision, seenVersion);
    }

    /** Every reason a save of this data would be refused, without saving: for an import's dry run. */
    @PreAuthorize(Role.IS_EDITOR)
    public List<org.sanctionsmonitor.editorial.FieldProblem> problems(ResolutionData data) {
        return editorial.problems(type, data);
    }

    /** The regimes resolutions belong to, for the editors' form. */
    public List<ResolutionData.RegimeData> regimes() {
        return jdbc.sql("SELECT code, name, description FROM sanctions_regime ORDER BY name").query(ResolutionData.RegimeData.class).list();
    }

    /** The id of the resolution with this number, if the user may see it. */
    public Optional<Long> idOf(int number) {
        return jdbc.sql("SELECT id FROM visible_resolutions(:all) WHERE number = :number").param("number", number)
                .param("all", CurrentUser.canSeeUnpublished()).query(Long.class).optional();
    }

    /** The provisions of a resolution by label, e.g. for an import that cites "1718 OP8(b)". */
    public java.util.Map<String, Long> provisionIds(int resolutionNumber) {
        return jdbc.sql("SELECT p.label, p.id FROM provision p JOIN visible_resolutions(true) r ON r.id = p.resolution_id WHERE r.number = :number")
                .param("number", resolutionNumber)
                .query((rs, n) -> Map.entry(rs.getString("label"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Optional<Long> regimeId(String code) {
        return jdbc.sql("SELECT id FROM sanctions_regime WHERE code = :code").param("code", code).query(Long.class).optional();
    }

    /**
     * Every resolution the user may see, with its counts; the incidents citing it are the published ones (from the read
     * models), for editors too, as on every dashboard.
     */
    public List<ResolutionRow> list() {
        return jdbc.sql("""
                SELECT r.number, r.title, r.adopted_on, g.name AS regime_name, r.vote_text, r.workflow_state,
                       (SELECT count(*) FROM provision p WHERE p.resolution_id = r.id) AS provision_count,
                       (SELECT count(*) FROM provision p WHERE p.resolution_id = r.id AND p.verification <> 'VERIFIED') AS unverified_count,
                       coalesce((SELECT c.incidents FROM rm_resolution c WHERE c.resolution_id = r.id), 0) AS citing_incident_count
                FROM visible_resolutions(:all) r JOIN sanctions_regime g ON g.id = r.regime_id
                ORDER BY r.adopted_on, r.number
                """).param("all", CurrentUser.canSeeUnpublished()).query(ResolutionRow.class).list();
    }

    /** Every provision, for the editors' picker (a few hundred at most). */
    public List<ProvisionOption> provisionOptions() {
        return jdbc.sql("""
                SELECT p.id, r.number, r.adopted_on, p.label, p.summary, p.verification
                FROM provision p JOIN visible_resolutions(true) r ON r.id = p.resolution_id ORDER BY r.adopted_on, r.number, p.id
                """).query((rs, n) -> new ProvisionOption(rs.getLong("id"), rs.getInt("number"), rs.getString("label"),
                        Labels.provision(rs.getInt("number"), rs.getObject("adopted_on", LocalDate.class), rs.getString("label")),
                        rs.getString("summary"), Verification.valueOf(rs.getString("verification"))))
                .list();
    }

    /** A provision's citing incidents are listed on the resolution's page up to this many; beyond, the page links to the list. */
    public static final int LISTED_CITATIONS = 20;

    /**
     * The incidents citing a provision of the resolution, in date order (published ones only for readers), for the
     * provisions that no more than {@link #LISTED_CITATIONS} published incidents cite.
     */
    public List<ProvisionCitation> citations(int number) {
        return jdbc.sql("""
                SELECT ip.provision_id, i.id AS incident_id, i.title, i.date_from, i.date_to, i.date_precision, ip.rationale,
                       provision_in_force(ip.provision_id, i.date_from) AS in_force_on_incident_date
                FROM provision pr
                JOIN visible_resolutions(:all) r ON r.id = pr.resolution_id
                JOIN incident_provision ip ON ip.provision_id = pr.id
                JOIN visible_incidents(:all) i ON i.id = ip.incident_id
                WHERE r.number = :number
                  AND coalesce((SELECT c.incidents FROM rm_provision c WHERE c.provision_id = pr.id), 0) <= :listed
                ORDER BY i.date_from, i.id
                """).param("number", number).param("all", CurrentUser.canSeeUnpublished()).param("listed", LISTED_CITATIONS)
                .query(ProvisionCitation.class).list();
    }

    /** Per provision of the resolution, the published incidents citing it, in all and per year (from the read models). */
    public Map<Long, CitationCounts> citationCounts(int number) {
        Map<Long, List<CitationCounts.Year>> years = jdbc.sql("""
                SELECT y.provision_id, y.year, coalesce(sum(y.incidents) FILTER (WHERE y.in_force), 0) AS in_force,
                       coalesce(sum(y.incidents) FILTER (WHERE NOT y.in_force), 0) AS not_in_force
                FROM rm_provision_year y JOIN provision pr ON pr.id = y.provision_id
                JOIN visible_resolutions(:all) r ON r.id = pr.resolution_id
                WHERE r.number = :number AND y.incidents > 0
                GROUP BY 1, 2 ORDER BY 1, 2
                """).param("number", number).param("all", CurrentUser.canSeeUnpublished())
                .query((rs, n) -> Map.entry(rs.getLong("provision_id"),
                        new CitationCounts.Year(rs.getInt("year"), rs.getInt("in_force"), rs.getInt("not_in_force"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT c.provision_id, c.incidents, c.not_in_force FROM rm_provision c JOIN provision pr ON pr.id = c.provision_id
                JOIN visible_resolutions(:all) r ON r.id = pr.resolution_id
                WHERE r.number = :number AND c.incidents > 0
                """).param("number", number).param("all", CurrentUser.canSeeUnpublished())
                .query((rs, n) -> new CitationCounts(rs.getLong("provision_id"), rs.getInt("incidents"), rs.getInt("not_in_force"),
                        years.getOrDefault(rs.getLong("provision_id"), List.of())))
                .list().stream().collect(Collectors.toMap(CitationCounts::provisionId, c -> c));
    }

    public Optional<ResolutionDetails> details(int number) {
        return jdbc.sql("""
                SELECT r.id, r.number, r.title, r.adopted_on, r.meeting, r.votes_for, r.votes_against, r.votes_abstain,
                       r.vote_text, g.name AS regime_name, r.summary, r.url, r.notes, r.workflow_state
                FROM visible_resolutions(:all) r JOIN sanctions_regime g ON g.id = r.regime_id WHERE r.number = :number
                """).param("number", number).param("all", CurrentUser.canSeeUnpublished())
                .query((rs, n) -> new ResolutionDetails(rs.getLong("id"), WorkflowState.valueOf(rs.getString("workflow_state")),
                        rs.getInt("number"), rs.getString("title"),
                        rs.getObject("adopted_on", LocalDate.class), rs.getString("meeting"),
                        (Integer) rs.getObject("votes_for"), (Integer) rs.getObject("votes_against"),
                        (Integer) rs.getObject("votes_abstain"), rs.getString("vote_text"), rs.getString("regime_name"),
                        rs.getString("summary"), rs.getString("url"), rs.getString("notes"), provisions(rs.getLong("id"))))
                .optional();
    }

    private List<ResolutionDetails.ProvisionView> provisions(long resolutionId) {
        Map<Long, List<InForcePeriod>> periods = jdbc.sql("""
                SELECT pp.provision_id, pp.in_force_from, pp.in_force_until, pp.note
                FROM provision_period pp JOIN provision p ON p.id = pp.provision_id
                WHERE p.resolution_id = :id ORDER BY pp.in_force_from
                """).param("id", resolutionId)
                .query((rs, n) -> Map.entry(rs.getLong("provision_id"), new InForcePeriod(
                        rs.getObject("in_force_from", LocalDate.class), rs.getObject("in_force_until", LocalDate.class),
                        rs.getString("note"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT id, label, measure_type, summary, binding, verification, verification_note
                FROM provision WHERE resolution_id = :id ORDER BY id
                """).param("id", resolutionId)
                .query((rs, n) -> new ResolutionDetails.ProvisionView(rs.getLong("id"), rs.getString("label"),
                        MeasureType.valueOf(rs.getString("measure_type")), rs.getString("summary"), rs.getBoolean("binding"),
                        Verification.valueOf(rs.getString("verification")), rs.getString("verification_note"),
                        periods.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }
}
