package org.sanctionsmonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views of the statement list and of a search: "N new" counts the published items the page shows that were
 * published after the reader last opened it (checked against independent SQL), and nothing once it is opened.
 */
@AppTest
@Transactional
class SavedSearchAndStatementViewsTest {

    @Autowired
    SavedViewService savedViews;

    @Autowired
    TestData testData;

    @Autowired
    StatementService statements;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    /** A word no demo record has, so the views below match only this test's records. */
    private final String word = "Zebrafinch" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");

    @Test
    void a_saved_statement_list_shows_two_new_after_two_matching_statements_are_published_and_none_after_it_is_opened() {
        long id = viewerSaves("Denials", "statements?side=DENIAL&q=" + word);
        assertThat(newItems(id)).isZero();
        Instant since = afterNow();

        long first = publishedStatement(Stance.DENIES, word + " is a fabrication, says the ministry.");
        long second = publishedStatement(Stance.DENIES, "The ministry rejects the " + word + " report.");
        publishedStatement(Stance.ALLEGES, "An allegation about " + word + " is no denial.");
        draftStatement(Stance.DENIES, "A draft denial of " + word + " nobody published.");

        assertThat(newItems(id)).isEqualTo(2).isEqualTo(independent("""
                SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND s.published_at > :since
                AND s.stance = 'DENIES' AND s.summary ILIKE :like""", since));
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(savedViews.changes(id, 10)).extracting(PublishedChange::id).containsExactly(second, first);
            assertThat(savedViews.changes(id, 10)).allSatisfy(change -> assertThat(change.location()).startsWith("statements/"));
            savedViews.opened("/statements?q=" + word + "&side=DENIAL");
        }
        assertThat(newItems(id)).isZero();
    }

    @Test
    void a_saved_search_shows_two_new_after_two_items_it_finds_are_published_and_none_after_it_is_opened() {
        long id = viewerSaves("Zebrafinch", "search?q=" + word);
        assertThat(newItems(id)).isZero();
        Instant since = afterNow();

        long incident = testData.publishedIncident(word + " shells at Rajin", data -> { });
        long statement = publishedStatement(Stance.DENIES, "The ministry calls the " + word + " story a lie.");
        testData.draftIncident(word + " a draft nobody published");
        testData.publishedIncident("Shells at Najin, another word", data -> { });

        assertThat(newItems(id)).isEqualTo(2).isEqualTo(independent("""
                SELECT (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.published_at > :since
                          AND i.title ILIKE :like)
                     + (SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND s.published_at > :since
                          AND s.summary ILIKE :like)""", since));
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(savedViews.changes(id, 10)).extracting(PublishedChange::id).containsExactly(statement, incident);
            assertThat(savedViews.suggestedName("search?q=" + word + "&kind=STATEMENT")).hasValue("Search: “" + word + "” in statements");
            savedViews.opened("/search?q=" + word);
        }
        assertThat(newItems(id)).isZero();

        long onlyStatements = viewerSaves("Zebrafinch statements", "search?q=" + word + "&kind=STATEMENT");
        afterNow();
        testData.publishedIncident(word + " barges at Rajin", data -> { });
        assertThat(newItems(onlyStatements)).as("an incident is not new in a search of statements").isZero();
        assertThat(newItems(id)).isEqualTo(1);
    }

    private long viewerSaves(String name, String location) {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            return savedViews.save(name, location);
        }
    }

    private int newItems(long id) {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            return savedViews.find(id).orElseThrow().newItems();
        }
    }

    /** Publications after this line are later than the view was opened, to the microsecond the database keeps. */
    private static Instant afterNow() {
        Instant saved = Instant.now();
        await().until(() -> Instant.now().isAfter(saved.plusMillis(1)));
        return saved;
    }

    private int independent(String sql, Instant since) {
        return jdbc.sql(sql).param("since", java.sql.Timestamp.from(since)).param("like", "%" + word + "%")
                .query(Integer.class).single();
    }

    private long draftStatement(Stance stance, String summary) {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            StatementData data = new StatementData();
            data.setSaidOn(LocalDate.of(2025, 11, 5));
            data.setStance(stance);
            data.setSummary(summary);
            String speaker = "DPRK Ministry of Foreign Affairs";
            data.setSpeakers(List.of(new ActorOption(jdbc.sql("SELECT id FROM actor WHERE name = :name").param("name", speaker)
                    .query(Long.class).single(), speaker)));
            return statements.save(data);
        }
    }

    private long publishedStatement(Stance stance, String summary) {
        long id = draftStatement(stance, summary);
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            review.publishWithoutReview(Statement.TYPE, id);
        }
        return id;
    }
}
