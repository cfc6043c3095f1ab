package org.sanctionsmonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.Navigation;
import org.springframework.security.test.context.support.WithAnonymousUser;

@AppTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        Navigation.open("incidents", Object.class);

        assertThat(Navigation.currentView())
                .isInstanceOf(LoginView.class);
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        LoginView view = Navigation.open("login?error", LoginView.class);

        assertThat(view.login.isError()).isTrue();
    }

    @Test
    void a_sign_in_during_a_database_outage_says_the_service_is_unavailable_not_wrong_password() {
        LoginView view = Navigation.open("login?unavailable", LoginView.class);

        assertThat(view.login.isError()).isTrue();
        assertThat(error(view, "title")).isEqualTo("The service is unavailable");
        assertThat(error(view, "message")).contains("Try again shortly").doesNotContain("locked");
    }

    @Test
    void each_reason_of_a_failed_sign_in_has_its_own_words() {
        assertThat(errorAfter("login?error")).isEqualTo("Wrong username or password");
        assertThat(errorAfter("login?locked")).isEqualTo("The account is locked");
        assertThat(errorAfter("login?throttled=20")).isEqualTo("Too many failed sign-ins");
        assertThat(error(Navigation.open("login?throttled=20", LoginView.class), "message"))
                .contains("Wait 20 seconds");
        assertThat(error(Navigation.open("login?throttled=900", LoginView.class), "message"))
                .contains("Wait 15 minutes");
        assertThat(errorAfter("login?expired")).isEqualTo("The sign-in page had expired");
        assertThat(Navigation.open("login", LoginView.class).login.isError()).isFalse();
    }

    /** The error text the login form shows (the form's i18n as sent to the browser). */
    private static String error(LoginView view, String part) {
        return ((tools.jackson.databind.JsonNode) view.login.getElement().getPropertyRaw("i18n")).get("errorMessage").get(part).asString();
    }

    private static String errorAfter(String location) {
        LoginView view = Navigation.open(location, LoginView.class);
        assertThat(view.login.isError()).isTrue();
        return error(view, "title");
    }

    @Test
    void demo_mode_names_the_demo_accounts() {
        LoginView view = navigate(LoginView.class);

        assertThat(view.getElement().getTextRecursively()).contains("viewer / viewer");
    }
}
