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
    void demo_mode_names_the_demo_accounts() {
        LoginView view = navigate(LoginView.class);

        assertThat(view.getElement().getTextRecursively()).contains("viewer / viewer");
    }
}
