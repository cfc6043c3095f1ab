package org.sanctionsmonitor.editorial.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
@Transactional
@WithMockUser(username = "bob", roles = {"VIEWER", "EDITOR"})
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_second_editor_publishes_from_the_queue() {
        long id = submittedBy("alice");

        ReviewQueueView view = Navigation.open("review", ReviewQueueView.class);
        assertThat(test(view.waiting).size()).isEqualTo(1);
        assertThat(test(view.waiting).getRow(0).id()).isEqualTo(id);

        test(button(test(view.waiting).getCellComponent(0, 4), "Publish")).click();

        assertThat(jdbc.sql("SELECT workflow_state FROM incident WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PUBLISHED");
    }

    @Test
    @WithMockUser(username = "alice", roles = {"VIEWER", "EDITOR"})
    void the_author_sees_publish_disabled_with_the_reason() {
        submittedBy("alice");

        ReviewQueueView view = Navigation.open("review", ReviewQueueView.class);

        Button publish = button(test(view.waiting).getCellComponent(0, 4), "Publish");
        assertThat(publish.isEnabled()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Waiting for another editor to publish it");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_review_queue() {
        Navigation.open("review", Object.class);

        assertThat(Navigation.currentView()).isNotInstanceOf(ReviewQueueView.class);
    }

    private long submittedBy(String author) {
        try (SignedIn signedIn = SignedIn.as(author, Role.EDITOR)) {
            long id = incidents.save(IncidentTestData.valid());
            review.submit(Incident.TYPE, id, jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id)
                    .query(Long.class).single());
            return id;
        }
    }

    private static Button button(Component root, String text) {
        return root.getChildren().flatMap(child -> child instanceof Button b ? java.util.stream.Stream.of(b)
                        : java.util.stream.Stream.of(button(child, text)).filter(java.util.Objects::nonNull))
                .filter(b -> text.equals(b.getText()))
                .findFirst().orElse(null);
    }
}
