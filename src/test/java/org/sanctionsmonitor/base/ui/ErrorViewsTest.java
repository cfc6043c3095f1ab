package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Every address that leads nowhere gets the same worded page inside the app's layout, with a way back and nothing in
 * the log; a forbidden page and a failed page likewise.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewsTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"resolutions/xyz", "resolutions/99999999999", "resolutions/0", "incidents/12345678901234567890123",
            "incidents/abc", "incidents/-1", "incidents/999999999", "sources/abc", "sources/99999999999999999999", "countries/XX",
            "no/such/page"})
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_malformed_or_unknown_address_shows_the_worded_not_found_page_in_the_layout_and_logs_nothing(String address,
            CapturedOutput log) {
        int logged = log.length();

        NotFoundView view = Navigation.open(address, NotFoundView.class);

        assertInsideTheLayoutWithAWayBack(view);
        assertThat(view.heading.getText()).isEqualTo("Page not found");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Exception", "Could not navigate");
        assertThat(log.toString().substring(logged)).doesNotContain("ERROR", "Exception", "\tat ");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"VIEWER", "EDITOR"})
    void an_editor_form_with_a_malformed_id_is_not_found_rather_than_a_new_item() {
        Navigation.open("incidents/12345678901234567890123/edit", NotFoundView.class);
        Navigation.open("sources/1x/edit", Object.class);
        assertThat(Navigation.currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_page_the_role_does_not_open_shows_a_worded_page_in_the_layout(CapturedOutput log) {
        int logged = log.length();

        AccessDeniedView view = Navigation.open("admin/users", AccessDeniedView.class);

        assertInsideTheLayoutWithAWayBack(view);
        assertThat(view.heading.getText()).isEqualTo("No access to this page");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Could not navigate");
        assertThat(log.toString().substring(logged)).doesNotContain("ERROR");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_database_outage_while_opening_a_page_says_the_service_is_unavailable_and_retries_by_itself(CapturedOutput log) {
        Navigation.open("resolutions", Object.class);
        int logged = log.length();

        failWhileOpening("resolutions", new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms.")));

        ServerErrorView view = (ServerErrorView) Navigation.currentView();
        assertInsideTheLayoutWithAWayBack(view);
        assertThat(view.heading.getText()).isEqualTo("The service is unavailable");
        assertThat(view.explanation.getText()).contains("opens by itself");
        assertThat(UI.getCurrent().getPollInterval()).as("checks again every few seconds").isEqualTo(ServerErrorView.RETRY_MILLIS);
        String logLines = log.toString().substring(logged);
        assertThat(logLines).contains("WARN", "Database unavailable while opening /resolutions").doesNotContain("\tat ");
        assertThat(logLines.strip().lines()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void any_other_failure_while_opening_a_page_is_worded_in_the_layout_and_logged_with_its_stack_trace(CapturedOutput log) {
        Navigation.open("resolutions", Object.class);
        int logged = log.length();

        failWhileOpening("resolutions", new IllegalStateException("a bug"));

        ServerErrorView view = (ServerErrorView) Navigation.currentView();
        assertInsideTheLayoutWithAWayBack(view);
        assertThat(view.heading.getText()).isEqualTo("Something went wrong");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("a bug", "IllegalStateException");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(log.toString().substring(logged)).contains("ERROR", "Could not open /resolutions", "IllegalStateException: a bug", "\tat ");
    }

    /** What the router does when a page's navigation throws. */
    private static void failWhileOpening(String location, Exception failure) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().handleExceptionNavigation(ui, new Location(location), failure, NavigationTrigger.PROGRAMMATIC, null);
    }

    private static void assertInsideTheLayoutWithAWayBack(ErrorPage view) {
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(view.overview.getHref()).isEqualTo(".");
        assertThat(view.back.isVisible()).isTrue();
        assertThat(view.getChildren().anyMatch(c -> c.getElement().getTextRecursively().contains("Go to the overview"))).isTrue();
        assertThat(view.overview).isInstanceOf(Anchor.class);
    }
}
