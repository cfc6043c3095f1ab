package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditorialRecordTest {

    private static final Instant LATER = Instant.parse("2025-11-02T09:00:00Z");

    private static EditorialRecord writtenBy(String author) {
        EditorialRecord record = new EditorialRecord() {
        };
        record.touch(author, Instant.parse("2025-11-01T10:00:00Z"));
        record.submit();
        return record;
    }

    @Test
    void with_the_four_eyes_rule_the_author_cannot_publish() {
        EditorialRecord record = writtenBy("alice");

        assertThatThrownBy(() -> record.approve("alice", true, LATER)).isInstanceOf(WorkflowException.class);
        record.approve("bob", true, LATER);
        assertThat(record.getWorkflowState()).isEqualTo(WorkflowState.PUBLISHED);
    }

    @Test
    void with_the_four_eyes_rule_turned_off_the_author_may_publish() {
        EditorialRecord record = writtenBy("alice");

        record.approve("alice", false, LATER);

        assertThat(record.getWorkflowState()).isEqualTo(WorkflowState.PUBLISHED);
    }

    @Test
    void workflow_steps_do_not_make_the_reviewer_an_author() {
        EditorialRecord record = writtenBy("alice");
        record.reject("Needs a source.");

        assertThat(record.getUpdatedBy()).isEqualTo("alice");
        assertThat(record.getReviewComment()).isEqualTo("Needs a source.");
        record.submit();
        assertThat(record.getReviewComment()).isNull();
    }

    @Test
    void publishing_records_when_the_published_version_went_live_and_a_draft_change_does_not() {
        EditorialRecord record = writtenBy("alice");
        record.approve("bob", true, LATER);
        assertThat(record.getPublishedAt()).isEqualTo(LATER);
        assertThat(record.getFirstPublishedAt()).isEqualTo(LATER);

        Instant revised = LATER.plusSeconds(3600);
        record.revisionPublished("carol", revised);
        assertThat(record.getPublishedAt()).isEqualTo(revised);
        assertThat(record.getFirstPublishedAt()).isEqualTo(LATER);

        record.touch("dave", revised.plusSeconds(60)); // a withdrawn item edited back into a draft
        assertThat(record.getPublishedAt()).as("a draft does not move the published time").isEqualTo(revised);
    }
}
