package org.sanctionsmonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.PartyRole;
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
 * The "what counts as new" of the incident list, the timeline and a country dossier: each counts the published items
 * its page shows whose published version went live after a time, checked against independent SQL.
 */
@AppTest
@Transactional
class PageChangesTest {

    @Autowired
    PageChangesRegistry pages;

    @Autowired
    TestData testData;

    @Autowired
    StatementService statements;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_page_counts_the_published_items_it_shows_since_a_time_and_lists_the_latest_first() {
        Instant since = Instant.now();
        await().until(() -> Instant.now().isAfter(since.plusMillis(1)));
        long supplied = testData.publishedIncident("Barges of shells at Rajin", data -> { });
        long iranOnly = testData.publishedIncident("Drone parts at Bandar Abbas", data -> data.setParties(List.of(
                new IncidentData.PartyData("IR", PartyRole.SUPPLIER), new IncidentData.PartyData("RU", PartyRole.RECIPIENT))));
        testData.draftIncident("A draft about Rajin");
        long denial = publishedStatement("DPRK Ministry of Foreign Affairs", Stance.DENIES);

        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(count("incidents?country=KP&role=SUPPLIER", since)).isEqualTo(1).isEqualTo(independent("""
                    SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.published_at > :since
                    AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = 'KP' AND p.role = 'SUPPLIER')""",
                    since));
            assertThat(count("incidents", since)).isEqualTo(2);
            assertThat(ids("incidents", since)).containsExactly(iranOnly, supplied);

            // The dossier: the incident KP is a party to, and the KP ministry's denial.
            assertThat(count("countries/KP", since)).isEqualTo(2).isEqualTo(independent("""
                    SELECT (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.published_at > :since
                              AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = 'KP'))
                         + (SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED' AND s.published_at > :since
                              AND EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                                          WHERE sp.statement_id = s.id AND a.country_code = 'KP'))""", since));
            assertThat(ids("countries/KP", since)).containsExactly(denial, supplied);
            assertThat(count("countries/IR", since)).isEqualTo(1);

            // The timeline: its kinds and country narrow what counts.
            assertThat(count("timeline?country=KP", since)).isEqualTo(2);
            assertThat(count("timeline?country=KP&kinds=VIOLATION", since)).isEqualTo(1);
            assertThat(count("timeline?kinds=DENIAL", since)).isEqualTo(1);
            assertThat(count("timeline?kinds=DENIAL&from=2020-01-01&to=2020-12-31", since)).as("outside its window").isZero();
            assertThat(pages("timeline").since(PageLocation.of("timeline?kinds=DENIAL"), since, 5))
                    .singleElement().satisfies(change -> assertThat(change.kind()).isEqualTo("Denial"));

            // Without a time, a page's latest published items: what its feed lists.
            assertThat(pages("incidents").since(PageLocation.of("incidents?country=KP"), null, 1)).extracting(PublishedChange::id)
                    .containsExactly(supplied);
        }
    }

    private int count(String location, Instant since) {
        PageLocation page = PageLocation.of(location);
        return pages(page.path()).countSince(page, since);
    }

    private List<Long> ids(String location, Instant since) {
        PageLocation page = PageLocation.of(location);
        return pages(page.path()).since(page, since, 10).stream().map(PublishedChange::id).toList();
    }

    private PageChanges pages(String path) {
        return pages.forLocation(PageLocation.of(path)).orElseThrow();
    }

    private int independent(String sql, Instant since) {
        return jdbc.sql(sql).param("since", java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    private long publishedStatement(String speaker, Stance stance) {
        long id;
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            StatementData data = new StatementData();
            data.setSaidOn(LocalDate.of(2025, 11, 5));
            data.setStance(stance);
            data.setSummary("Calls the reports a fabrication.");
            data.setSpeakers(List.of(new ActorOption(jdbc.sql("SELECT id FROM actor WHERE name = :name").param("name", speaker)
                    .query(Long.class).single(), speaker)));
            id = statements.save(data);
        }
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            review.publishWithoutReview(Statement.TYPE, id);
        }
        return id;
    }
}
