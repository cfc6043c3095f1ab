package org.sanctionsmonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "What's new" counts from the reader's previous sign-in and lists published changes only, newest first. */
@WebAppTest
class WhatsNewTest {

    @LocalServerPort
    int port;

    @Autowired
    WhatsNewService whatsNew;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whats_new_lists_what_was_published_since_the_sign_in_before_this_one_newest_first_and_never_a_draft() {
        WebClient.to(port).logIn("viewer", "viewer");
        Instant firstVisit = currentVisit();
        long older = testData.publishedIncident("Whats-new: convoy seen at Khasan", data -> { });
        long newer = testData.publishedIncident("Whats-new: second convoy at Khasan", data -> { });
        testData.draftIncident("Whats-new: a draft at Khasan");

        WebClient.to(port).logIn("viewer", "viewer");

        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThat(whatsNew.lastVisit()).hasValue(firstVisit);
            var changes = whatsNew.changes(firstVisit, 0, 50);
            assertThat(changes).extracting(PublishedChange::title)
                    .containsSubsequence("Whats-new: second convoy at Khasan", "Whats-new: convoy seen at Khasan")
                    .doesNotContain("Whats-new: a draft at Khasan");
            assertThat(changes).extracting(PublishedChange::location).contains("incidents/" + older, "incidents/" + newer);
            assertThat(changes).allSatisfy(change -> assertThat(change.publishedAt()).isAfter(firstVisit));
            assertThat(whatsNew.count(firstVisit)).isEqualTo(changes.size()).isEqualTo(jdbc.sql("""
                    SELECT (SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND published_at > :since)
                         + (SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED' AND published_at > :since)
                         + (SELECT count(*) FROM source WHERE workflow_state = 'PUBLISHED' AND published_at > :since)
                         + (SELECT count(*) FROM resolution WHERE workflow_state = 'PUBLISHED' AND published_at > :since)""")
                    .param("since", Timestamp.from(firstVisit)).query(Integer.class).single());
        }
    }

    private Instant currentVisit() {
        return jdbc.sql("SELECT v.current_visit_at FROM reader_visit v JOIN app_user u ON u.id = v.user_id WHERE u.username = 'viewer'")
                .query(Timestamp.class).single().toInstant();
    }
}
