package org.sanctionsmonitor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.Role;
import java.time.LocalDate;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full dataset export, imported into an empty database by an admin, gives the same export again: every record in
 * every workflow state, with its authors and dates, the reviewers' words, withdrawals and the changes waiting for
 * review. Only the ids differ (an empty database numbers its records afresh), so both files are compared with each
 * record's id replaced by its position in its list. The whole test is rolled back.
 */
@AppTest
@Transactional
class DatasetRoundTripTest {

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    IncidentService incidents;
    @Autowired
    ReviewService review;
    @Autowired
    SourceService sources;
    @Autowired
    StatementService statements;
    @Autowired
    ActorService actors;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    EntityManager entityManager;

    @Test
    void the_full_dataset_imported_into_an_empty_database_exports_the_same_data() {
        everyWorkflowSituation();
        everyFieldOfSearchAndEvidence();
        byte[] first = export();
        everyFieldOfSearchAndEvidenceIsExported(canonical(json, first));

        wipe();
        long started = System.nanoTime();
        ImportResult result;
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            ImportReport report = imports.check(List.of(new ImportFile("dataset.json", first)), ImportTarget.AS_EXPORTED, ImportProgress.NONE);
            assertThat(report.problems()).extracting(ImportProblem::text).isEmpty();
            assertThat(report.duplicates()).isEmpty();
            result = imports.commit(report, Map.of(), ImportTarget.AS_EXPORTED, ImportProgress.NONE);
        }
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.problems()).extracting(ImportProblem::text).isEmpty();
        entityManager.flush();
        entityManager.clear();
        byte[] second = export();

        JsonNode before = canonical(json, first);
        JsonNode after = canonical(json, second);
        assertThat(after.path("incidents").size()).isEqualTo(before.path("incidents").size()).isGreaterThanOrEqualTo(26);
        assertThat(after.path("statements").size()).isEqualTo(before.path("statements").size());
        for (String list : List.of("categories", "regimes", "resolutions", "actors", "sources", "incidents", "statements")) {
            for (int i = 0; i < before.path(list).size(); i++) {
                assertThat(after.path(list).get(i)).as(list + "[" + i + "]").isEqualTo(before.path(list).get(i));
            }
        }
        assertThat(after).isEqualTo(before);
        System.out.printf("BENCH dataset round trip: %,d bytes, import %d ms (%s)%n", first.length, importMillis, result.written());
    }

    /** A pending revision in review, a withdrawal request, a withdrawn record, a draft sent back with a reason. */
    private void everyWorkflowSituation() {
        long published = jdbc.sql("SELECT min(id) FROM published_incidents()").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("round-trip-editor", Role.EDITOR)) {
            IncidentData change = incidents.edit(published).orElseThrow();
            change.setTitle(change.getTitle() + " (corrected in a revision)");
            incidents.save(change);
            review.submit(Incident.TYPE, published, incidents.status(published).orElseThrow().version());
        }
        long source = jdbc.sql("SELECT min(id) FROM published_sources()").query(Long.class).single();
        long statement = jdbc.sql("SELECT min(id) FROM published_statements()").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("round-trip-editor", Role.EDITOR)) {
            review.requestWithdrawal(Source.TYPE, source, version("source", source), "Its address now shows another article.");
            review.requestWithdrawal(Statement.TYPE, statement, version("statement", statement), "It was attributed to the wrong person.");
        }
        try (SignedIn reviewer = SignedIn.as("round-trip-reviewer", Role.EDITOR)) {
            review.approve(Statement.TYPE, statement, version("statement", statement));
        }
        long draft = testData.draftIncident("Round trip draft sent back");
        try (SignedIn editor = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            review.submit(Incident.TYPE, draft, version("incident", draft));
        }
        try (SignedIn reviewer = SignedIn.as("round-trip-reviewer", Role.EDITOR)) {
            review.reject(Incident.TYPE, draft, version("incident", draft), "Name the second source.");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pending_revision").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    private static final String STATE_MEDIUM = "https://example.org/round-trip/state-medium";
    private static final String PANEL_REPORT = "https://example.org/round-trip/panel-report";

    /**
     * A state medium with its state and origin, a UN Panel report, translation provenance on a source and a statement, and
     * a speaker with other names: each with a value other than the default, so a field the export or the import drops
     * makes the two exports differ.
     */
    private void everyFieldOfSearchAndEvidence() {
        try (SignedIn editor = SignedIn.as(TestData.EDITOR, Role.EDITOR)) {
            ActorData actor = new ActorData();
            actor.setKind(ActorKind.PERSON);
            actor.setName("Round Trip Spokesperson");
            actor.setCountryCode("KP");
            actor.setOtherNames(List.of("Round-Trip Spokesman", "왕복 대변인"));
            long actorId = actors.save(actor);

            SourceData state = source(SourceType.STATE_MEDIA, STATE_MEDIUM);
            state.setStateMediaOf("KP");
            state.setOrigin("Round Trip Wire");
            state.setTitleTranslation("Round trip title in English");
            state.setTranslatedBy("DeepL");
            state.setTranslationMethod(TranslationMethod.MACHINE);
            state.setTranslatedOn(LocalDate.of(2024, 5, 2));
            state.setTranslationReviewedBy("Ann Reviewer");
            state.setTranslationReviewedOn(LocalDate.of(2024, 5, 3));
            long stateId = sources.save(state);
            sources.save(source(SourceType.UN_PANEL_REPORT, PANEL_REPORT));

            StatementData statement = new StatementData();
            statement.setSpeakers(List.of(new ActorOption(actorId, "Round Trip Spokesperson")));
            statement.setSaidPrecision(SaidPrecision.DAY);
            statement.setSaidOn(LocalDate.of(2024, 5, 1));
            statement.setStance(Stance.DENIES);
            statement.setSummary("Round trip: denied the shipment.");
            statement.setQuoteOriginal("왕복 인용문");
            statement.setQuoteLanguage("ko");
            statement.setQuoteTranslation("Round trip quote");
            statement.setTranslatedBy("Jane Translator");
            statement.setTranslationMethod(TranslationMethod.HUMAN);
            statement.setTranslatedOn(LocalDate.of(2024, 5, 4));
            statement.setTranslationReviewedBy("Ann Reviewer");
            statement.setTranslationReviewedOn(LocalDate.of(2024, 5, 5));
            statement.setSourceId(stateId);
            statements.save(statement);
        }
    }

    private static SourceData source(SourceType type, String url) {
        SourceData data = new SourceData();
        data.setType(type);
        data.setOutlet("Round Trip Outlet");
        data.setUrl(url);
        data.setLanguage("ko");
        data.setTitleOriginal("왕복 제목 " + url);
        return data;
    }

    private static void everyFieldOfSearchAndEvidenceIsExported(JsonNode document) {
        JsonNode state = find(document.path("sources"), "url", STATE_MEDIUM);
        assertThat(state.path("type").asString()).isEqualTo("STATE_MEDIA");
        assertThat(state.path("stateMediaOf").asString()).isEqualTo("KP");
        assertThat(state.path("origin").asString()).isEqualTo("Round Trip Wire");
        assertThat(state.path("translatedOn").asString()).isEqualTo("2024-05-02");
        assertThat(state.path("translationReviewedBy").asString()).isEqualTo("Ann Reviewer");
        assertThat(state.path("translationReviewedOn").asString()).isEqualTo("2024-05-03");
        assertThat(find(document.path("sources"), "url", PANEL_REPORT).path("type").asString()).isEqualTo("UN_PANEL_REPORT");
        JsonNode statement = find(document.path("statements"), "summary", "Round trip: denied the shipment.");
        assertThat(statement.path("translatedBy").asString()).isEqualTo("Jane Translator");
        assertThat(statement.path("translationMethod").asString()).isEqualTo("HUMAN");
        assertThat(statement.path("translatedOn").asString()).isEqualTo("2024-05-04");
        assertThat(statement.path("translationReviewedBy").asString()).isEqualTo("Ann Reviewer");
        assertThat(statement.path("translationReviewedOn").asString()).isEqualTo("2024-05-05");
        assertThat(statement.path("speakers").get(0).path("otherNames").toString()).contains("Round-Trip Spokesman", "왕복 대변인");
        assertThat(find(document.path("actors"), "name", "Round Trip Spokesperson").path("otherNames").toString())
                .contains("Round-Trip Spokesman", "왕복 대변인");
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("No record with " + field + " " + value);
    }

    private long version(String table, long id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            exports.dataset(out);
        }
        return out.toByteArray();
    }

    /** What an empty database holds: no records, no categories. */
    private void wipe() {
        entityManager.flush();
        for (String table : List.of("pending_revision", "statement_signatory", "statement_speaker", "statement", "incident_party",
                "incident_source", "incident_provision", "incident", "source", "provision_period", "provision", "resolution",
                "sanctions_regime", "actor", "incident_category")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        entityManager.clear();
    }

    /** The document without its time of export, each record's id replaced by its position in its list. */
    static JsonNode canonical(JsonMapper json, byte[] document) {
        ObjectNode root = (ObjectNode) json.readTree(document);
        root.remove("exportedAt");
        Map<Long, Integer> incidentPositions = new HashMap<>();
        for (String list : List.of("sources", "incidents", "statements")) {
            JsonNode items = root.path(list);
            for (int i = 0; i < items.size(); i++) {
                ObjectNode item = (ObjectNode) items.get(i);
                if (list.equals("incidents")) {
                    incidentPositions.put(item.path("id").asLong(), i);
                }
                item.put("id", i);
            }
        }
        for (JsonNode statement : root.path("statements")) {
            renumber((ObjectNode) statement, incidentPositions);
            if (statement.path("pending").path("content").isObject()) {
                renumber((ObjectNode) statement.path("pending").path("content"), incidentPositions);
            }
        }
        return root;
    }

    private static void renumber(ObjectNode statement, Map<Long, Integer> incidentPositions) {
        if (statement.path("incidentId").isNumber()) {
            statement.put("incidentId", incidentPositions.get(statement.path("incidentId").asLong()));
        }
    }
}
