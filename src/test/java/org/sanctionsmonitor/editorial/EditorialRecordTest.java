package org.sanctionsmonitor.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditorialRecordTest {

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

        assertThatThrownBy(() -> record.approve("alice", true)).isInstanceOf(WorkflowException.class);
        record.approve("bob", true);
        assertThat(record.getWorkflowState()).isEqualTo(WorkflowState.PUBLISHED);
    }

    @Test
    void with_the_four_eyes_rule_turned_off_the_author_may_publish() {
        EditorialRecord record = writtenBy("alice");

        record.approve("alice", false);

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
}
