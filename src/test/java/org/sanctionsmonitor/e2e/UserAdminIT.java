package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An admin manages accounts in Chromium, and the accounts work. */
class UserAdminIT extends BrowserTest {

    @Test
    void an_admin_creates_an_editor_account_with_the_keyboard_and_that_editor_can_then_log_in() {
        logIn("admin", "admin");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();

        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("e2e-editor");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("End To End Editor");
        page.locator("vaadin-select:visible").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Editor")).click();
        page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)).fill("a long e2e password");
        page.getByLabel("Confirm password", new Page.GetByLabelOptions().setExact(true)).fill("a long e2e password");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "UserAdminIT-new-user-dialog.png")));
        page.getByLabel("Confirm password", new Page.GetByLabelOptions().setExact(true)).press("Enter");

        assertThat(page.locator("vaadin-notification-card")).containsText("Created e2e-editor (Editor)");
        assertThat(page.locator("vaadin-grid")).containsText("End To End Editor");
        assertThat(page.getByRole(AriaRole.DIALOG)).not().isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "UserAdminIT-created.png")));

        context.clearCookies();
        logIn("e2e-editor", "a long e2e password");
        assertThat(page).hasURL(Pattern.compile(".*/(incidents)?$"));
        page.navigate(url("/admin/users"));
        assertThat(page.getByText("Accounts that can sign in")).not().isVisible();
    }
}
