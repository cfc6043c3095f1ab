package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.editorial.WorkflowException;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
class ReviewServiceTest {

    @Autowired
    ReviewService review;

    @Autowired
    IncidentService incidents;


    @Autowired
    JdbcClient jdbc;

    @Test
    void a_draft_reaches_readers_only_after_another_editor_publishes_it() {
        long id;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            id = incidents.save(IncidentTestData.valid());
        }
        assertThat(visibleToViewer(id)).isFalse();

        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            review.submit(Incident.TYPE, id, version(id));
            assertThat(review.queue()).extracting(ReviewItem::id).contains(id);
        }
        assertThat(visibleToViewer(id)).isFalse();

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Incident.TYPE, id, version(id));
            assertThat(review.queue()).extracting(ReviewItem::id).doesNotContain(id);
        }
        assertThat(visibleToViewer(id)).isTrue();
        assertThat(state(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void the_last_author_cannot_publish_their_own_incident() {
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            long id = incidents.save(IncidentTestData.valid());
            review.submit(Incident.TYPE, id, version(id));

            assertThatThrownBy(() -> review.approve(Incident.TYPE, id, version(id)))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("Someone other than its last author (alice)");
            assertThat(state(id)).isEqualTo("IN_REVIEW");
        }
    }

    @Test
    void a_rejection_returns_the_item_to_draft_with_the_reviewers_comment_for_its_author() {
        long id;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            id = incidents.save(IncidentTestData.valid());
            review.submit(Incident.TYPE, id, version(id));
        }
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            assertThatThrownBy(() -> review.reject(Incident.TYPE, id, version(id), " "))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("Say what must change");
            review.reject(Incident.TYPE, id, version(id), "Cite a second source for the rail route.");
        }

        assertThat(state(id)).isEqualTo("DRAFT");
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            assertThat(review.sentBack()).anySatisfy(item -> {
                assertThat(item.id()).isEqualTo(id);
                assertThat(item.reviewComment()).isEqualTo("Cite a second source for the rail route.");
            });
            review.submit(Incident.TYPE, id, version(id));
            assertThat(review.sentBack()).extracting(ReviewItem::id).doesNotContain(id);
        }
    }

    @Test
    void steps_out_of_order_are_refused() {
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            long id = incidents.save(IncidentTestData.valid());

            assertThatThrownBy(() -> review.approve(Incident.TYPE, id, version(id))).isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("Only an item in review can be published");
            assertThatThrownBy(() -> review.requestWithdrawal(Incident.TYPE, id, version(id), "Wrong")).isInstanceOf(WorkflowException.class);
            review.submit(Incident.TYPE, id, version(id));
            assertThatThrownBy(() -> review.submit(Incident.TYPE, id, version(id))).isInstanceOf(WorkflowException.class);
        }
    }

    @Test
    void a_withdrawn_incident_disappears_for_readers_once_a_second_editor_agrees() {
        long published = jdbc.sql("SELECT id FROM incident WHERE workflow_state = 'PUBLISHED' LIMIT 1").query(Long.class).single();
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            review.requestWithdrawal(Incident.TYPE, published, version(published), "The only source retracted its report.");
            assertThatThrownBy(() -> review.approve(Incident.TYPE, published, version(published)))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("Someone other than its last author (alice)");
        }
        assertThat(visibleToViewer(published)).isTrue();

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Incident.TYPE, published, version(published));
        }

        assertThat(visibleToViewer(published)).isFalse();
        assertThat(jdbc.sql("SELECT withdrawal_reason FROM incident WHERE id = :id").param("id", published).query(String.class).single())
                .isEqualTo("The only source retracted its report.");
    }

    @Test
    void a_viewer_cannot_take_any_workflow_step_or_read_the_queue() {
        long id = jdbc.sql("SELECT id FROM incident LIMIT 1").query(Long.class).single();
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            assertThatThrownBy(() -> review.submit(Incident.TYPE, id, version(id))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.approve(Incident.TYPE, id, version(id))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.reject(Incident.TYPE, id, version(id), "no")).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.requestWithdrawal(Incident.TYPE, id, version(id), "no")).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.queue()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private boolean visibleToViewer(long id) {
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            return incidents.details(id).isPresent();
        }
    }

    @Test
    void a_reviewer_cannot_publish_a_version_they_have_not_seen() {
        long id;
        long seen;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            id = incidents.save(IncidentTestData.valid());
            review.submit(Incident.TYPE, id, version(id));
            seen = version(id);
            var changed = incidents.edit(id).orElseThrow();
            changed.setTitle("Changed after submission");
            incidents.save(changed);
            review.submit(Incident.TYPE, id, version(id));
        }

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            assertThatThrownBy(() -> review.approve(Incident.TYPE, id, seen)).isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("changed since you opened it");
        }
        assertThat(state(id)).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_change_to_a_published_incident_waits_for_review_while_readers_keep_the_published_version() {
        long published = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%EDSCG%'").query(Long.class).single();
        String summary = jdbc.sql("SELECT summary FROM incident WHERE id = :id").param("id", published).query(String.class).single();
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            var data = incidents.edit(published).orElseThrow();
            incidents.save(data);
            assertThat(incidents.status(published).orElseThrow().hasPending()).as("saving without a change leaves nothing pending").isFalse();

            data = incidents.edit(published).orElseThrow();
            data.setSummary("An unreviewed rewrite.");
            incidents.save(data);
            assertThat(incidents.edit(published).orElseThrow().getSummary()).as("the editor goes on from the revision")
                    .isEqualTo("An unreviewed rewrite.");
            assertThat(incidents.pendingChanges(published)).singleElement()
                    .satisfies(change -> assertThat(change).isEqualTo(new Difference("Summary", summary, "An unreviewed rewrite.")));
            review.submit(Incident.TYPE, published, version(published));
        }
        assertThat(state(published)).isEqualTo("PUBLISHED");
        assertThat(visibleToViewer(published)).isTrue();
        assertThat(jdbc.sql("SELECT summary FROM incident WHERE id = :id").param("id", published).query(String.class).single())
                .as("readers see the published text").isEqualTo(summary);

        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            review.approve(Incident.TYPE, published, version(published));
        }
        assertThat(jdbc.sql("SELECT summary || ' / ' || workflow_state || ' / ' || updated_by FROM incident WHERE id = :id")
                .param("id", published).query(String.class).single()).isEqualTo("An unreviewed rewrite. / PUBLISHED / alice");
        try (SignedIn editor = SignedIn.as("alice", Role.EDITOR)) {
            assertThat(incidents.status(published).orElseThrow().hasPending()).isFalse();
        }
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void a_reason_for_sending_back_or_withdrawing_that_cannot_be_stored_or_is_a_megabyte_is_refused_in_words() {
        long id;
        try (SignedIn author = SignedIn.as("alice", Role.EDITOR)) {
            id = incidents.save(IncidentTestData.valid());
            review.submit(Incident.TYPE, id, version(id));
        }
        try (SignedIn reviewer = SignedIn.as("bob", Role.EDITOR)) {
            long seen = version(id);
            assertThatThrownBy(() -> review.reject(Incident.TYPE, id, seen, "Check the date\u0000"))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("NUL character");
            assertThatThrownBy(() -> review.reject(Incident.TYPE, id, seen, "x".repeat(1 << 20)))
                    .isInstanceOf(WorkflowException.class).hasMessage("Keep the reason to 4,000 characters or fewer.");
            assertThatThrownBy(() -> review.requestWithdrawal(Incident.TYPE, id, seen, "Wrong \uD83D"))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("broken character");
        }
        assertThat(state(id)).isEqualTo("IN_REVIEW");
    }

    private String state(long id) {
        return jdbc.sql("SELECT workflow_state FROM incident WHERE id = :id").param("id", id).query(String.class).single();
    }
}
