package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Who gets in where, checked in Chromium. */
class AccessIT extends BrowserTest {

    @Test
    void a_wrong_password_shows_an_error_and_lets_nobody_in() {
        page.navigate(url("/login"));
        fillLoginForm("viewer", "not-the-password");

        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        page.navigate(url("/incidents"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_viewer_cannot_open_the_user_admin_page() {
        logIn("viewer", "viewer");
        page.navigate(url("/admin/users"));

        assertThat(page.getByRole(AriaRole.GRID)).not().isVisible();
        assertThat(page.getByText("Accounts that can sign in")).not().isVisible();
    }

    @Test
    void an_admin_can_open_the_user_admin_page() {
        logIn("admin", "admin");
        page.navigate(url("/admin/users"));

        assertThat(page.locator("vaadin-grid")).containsText("editor");
    }

    @Test
    void a_signed_in_user_lands_on_the_overview() {
        logIn("editor", "editor");

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Overview"))).isVisible();
    }

    @Test
    void the_health_endpoint_is_open_without_login() {
        APIResponse health = page.request().get(url("/actuator/health"));

        org.assertj.core.api.Assertions.assertThat(health.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(health.text()).contains("UP");
    }
}
