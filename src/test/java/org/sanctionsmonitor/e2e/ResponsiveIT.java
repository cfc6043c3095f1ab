package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every route (from Vaadin's route registry) on a phone (390 × 844) and a tablet (820 × 1180) in Chromium, as an admin
 * who may open them all: nothing reaches past the right edge, no grid scrolls sideways, the first result of a list
 * shows without scrolling, and touch targets are at least 24 × 24 px (axe-core's {@code target-size} rule).
 */
class ResponsiveIT extends BrowserTest {

    record Viewport(String name, int width, int height) {
    }

    static final List<Viewport> VIEWPORTS = List.of(new Viewport("phone", 390, 844), new Viewport("tablet", 820, 1180));

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_page_fits_a_phone_and_a_tablet_with_its_first_result_in_view() {
        List<Routes.Page> routes = Routes.all(servletContext, jdbc).stream().filter(r -> r.role() != null).toList();
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : VIEWPORTS) {
            Page device = device(viewport);
            for (Routes.Page route : routes) {
                PageState.go(device, route.path());
                PageState.settle(device);
                String where = viewport.name() + " " + route.path() + ": ";
                Layout.overflowing(device).forEach(element -> problems.add(where + "reaches past the right edge: " + element));
                Layout.gridsScrollingSideways(device).forEach(grid -> problems.add(where + "scrolls sideways: " + grid));
                if (Boolean.FALSE.equals(Layout.firstResultVisible(device))) {
                    problems.add(where + "the first result is below the fold");
                }
                Axe.violationsOf(device, List.of("target-size")).forEach(v -> problems.add(where + v));
                screenshot(device, viewport, route.path());
            }
            device.context().close();
        }
        System.out.println("Phone and tablet layout: " + problems.size() + " problems\n  " + String.join("\n  ", problems));
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    /**
     * The incident list on a phone shows each row as a card linking to its incident; widened, the same rows show as
     * columns again and the cards are gone (the server builds only what the grid shows, see {@code GridCards}).
     */
    @Test
    void the_incident_list_is_cards_on_a_phone_and_columns_again_when_the_window_widens() {
        Page phone = device(VIEWPORTS.getFirst());
        PageState.go(phone, "/incidents");
        PageState.settle(phone);

        Locator cardLink = phone.locator("vaadin-grid-cell-content .grid-card a[href^='incidents/']").first();
        assertThat(cardLink).isVisible();
        String title = cardLink.textContent().strip();
        org.assertj.core.api.Assertions.assertThat(title).isNotEmpty();

        phone.setViewportSize(1280, 900);

        assertThat(phone.locator(".grid-card")).hasCount(0);
        assertThat(phone.locator("vaadin-grid-cell-content > a[href^='incidents/']").filter(new Locator.FilterOptions().setHasText(title))
                .first()).isVisible();
        phone.context().close();
    }

    /**
     * With {@code -Dscreenshots=<folder>}, the README's pictures: the overview, the incident list and a dossier as the
     * device shows them (its first screen), e.g. {@code phone-overview.png}.
     */
    private static void screenshot(Page device, Viewport viewport, String path) {
        String folder = System.getProperty("screenshots");
        java.util.Map<String, String> pictures = java.util.Map.of("/", "overview", "/incidents", "incidents", "/countries/KP", "dossier");
        if (folder == null || !pictures.containsKey(path)) {
            return;
        }
        device.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(folder, viewport.name() + "-" + pictures.get(path) + ".png")));
    }

    /** A signed-in admin's page in a browser the size of the device, with touch. */
    private Page device(Viewport viewport) {
        BrowserContext device = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width(), viewport.height()).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1));
        device.setDefaultTimeout(20_000);
        Page devicePage = device.newPage();
        devicePage.navigate(url("/login"));
        devicePage.getByLabel("Username").fill("admin");
        devicePage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("admin");
        devicePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        devicePage.locator("vaadin-app-layout").waitFor();
        return devicePage;
    }
}
