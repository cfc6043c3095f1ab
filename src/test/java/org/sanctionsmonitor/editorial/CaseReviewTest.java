package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case — an incident, the new source it cites and a statement about it — is submitted and published in one step.
 * Each step runs in its own committed transaction, as in the app, so that "nothing is half-published" is seen in the
 * database; the test removes what it made.
 */
@AppTest
class CaseReviewTest {

    @Autowired
    ReviewService review;

    @Autowired
    IncidentService incidents;

    @Autowired
    SourceService sources;

    @Autowired
    StatementService statements;

    @Autowired
    JdbcClient jdbc;

    private CaseOfThree made;

    @AfterEach
    void removeTheCase() {
        if (made != null) {
            jdbc.sql("DELETE FROM statement WHERE id = :id").param("id", made.statement()).update();
            jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", made.incident()).update();
            jdbc.sql("DELETE FROM source WHERE id = :id").param("id", made.source()).update();
        }
    }

    @Test
    void a_case_is_submitted_in_one_step_by_its_author_and_published_in_one_step_by_a_reviewer() {
        CaseOfThree made = caseOfThree("alice", "alice");
        Map<ItemRef, Long> seen;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            List<CaseItem> items = review.caseOf(Incident.TYPE, made.incident());
            assertThat(items).extracting(CaseItem::ref).containsExactlyInAnyOrder(new ItemRef(Incident.TYPE, made.incident()),
                    new ItemRef(Source.TYPE, made.source()), new ItemRef(Statement.TYPE, made.statement()));
            assertThat(review.submitCase(seen(items))).isEqualTo(3);
        }
        assertThat(states(made)).containsOnly("IN_REVIEW");

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            seen = seen(review.caseOf(Incident.TYPE, made.incident()));
            assertThat(review.approveCase(seen)).isEqualTo(3);
        }
        assertThat(states(made)).containsOnly("PUBLISHED");
    }

    @Test
    void a_case_with_an_item_its_reviewer_wrote_is_not_half_published() {
        CaseOfThree made = caseOfThree("alice", "bob");
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            review.submitCase(seen(review.caseOf(Incident.TYPE, made.incident())));
        }

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            Map<ItemRef, Long> seen = seen(review.caseOf(Incident.TYPE, made.incident()));
            assertThatThrownBy(() -> review.approveCase(seen)).isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("Nothing in the case was published").hasMessageContaining("Statement")
                    .hasMessageContaining("Someone other than its last author (bob)");
        }
        assertThat(states(made)).containsOnly("IN_REVIEW");
    }

    /** A draft source, a draft incident citing it (both by {@code author}), and a draft statement about it by {@code speakerAuthor}. */
    private CaseOfThree caseOfThree(String author, String statementAuthor) {
        long source;
        long incident;
        try (SignedIn editor = SignedIn.as(author, Role.EDITOR)) {
            SourceData article = new SourceData();
            article.setOutlet("Yonhap");
            article.setUrl("https://en.yna.co.kr/view/case-test-" + System.nanoTime());
            article.setTitleOriginal("Shells by rail");
            source = sources.save(article);
            IncidentData data = IncidentTestData.valid();
            data.setSources(List.of(new IncidentData.SourceData(source, null, "Shells by rail", null)));
            incident = incidents.save(data);
        }
        long statement;
        try (SignedIn editor = SignedIn.as(statementAuthor, Role.EDITOR)) {
            StatementData said = new StatementData();
            said.setNewSpeakerName("Ministry spokesperson");
            said.setSaidOn(LocalDate.of(2025, 11, 5));
            said.setStance(Stance.DENIES);
            said.setSummary("Denied any shipment.");
            said.setIncidentId(incident);
            statement = statements.save(said);
        }
        made = new CaseOfThree(incident, source, statement);
        return made;
    }

    private record CaseOfThree(long incident, long source, long statement) {
    }

    private static Map<ItemRef, Long> seen(List<CaseItem> items) {
        Map<ItemRef, Long> seen = new LinkedHashMap<>();
        items.forEach(item -> seen.put(item.ref(), item.status().version()));
        return seen;
    }

    private List<String> states(CaseOfThree made) {
        return jdbc.sql("""
                SELECT workflow_state FROM incident WHERE id = :incident UNION ALL SELECT workflow_state FROM source WHERE id = :source
                UNION ALL SELECT workflow_state FROM statement WHERE id = :statement""")
                .param("incident", made.incident()).param("source", made.source()).param("statement", made.statement())
                .query(String.class).list();
    }

}
