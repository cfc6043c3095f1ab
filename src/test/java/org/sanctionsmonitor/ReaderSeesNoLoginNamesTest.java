package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * A login name is half of what it takes to sign in, so readers see who changed an item only by display name (issue 8,
 * item 8); who changed what in detail is in the history, which only editors open.
 */
@AppTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class ReaderSeesNoLoginNamesTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    UserService users;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReviewService review;

    @Test
    void a_reader_sees_who_last_changed_an_incident_by_display_name_and_never_by_login_name() {
        CurrentUser.runAs("names-admin", Role.ADMIN, () -> users.create("jdoe-login", "Jane Doe", Role.EDITOR, "a long enough password"));
        IncidentData data = IncidentTestData.valid();
        data.setTitle("Fuel transferred at sea off Nampo");
        long id = CurrentUser.runAs("jdoe-login", Role.EDITOR, () -> incidents.save(data));
        CurrentUser.runAs("names-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(Incident.TYPE, id);
            return id;
        });

        String page = Navigation.open(Pages.incident(id), Component.class).getElement().getTextRecursively();

        assertThat(page).contains("Fuel transferred at sea off Nampo", "by Jane Doe")
                .doesNotContain("jdoe-login", TestData.EDITOR, "test-admin", "names-admin");
    }

    @Test
    void an_author_without_an_account_is_shown_as_the_editors() {
        long id = testData.publishedIncident("Coal loaded at Nampo", data -> { });

        String page = Navigation.open(Pages.incident(id), Component.class).getElement().getTextRecursively();

        assertThat(page).contains("Coal loaded at Nampo", "by the editors").doesNotContain(TestData.EDITOR, "test-admin");
    }
}
