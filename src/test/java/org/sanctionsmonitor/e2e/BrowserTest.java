package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in a real Chromium against the whole app on a random port. Chromium comes from
 * {@code CHROMIUM_PATH} (default {@code /usr/bin/chromium}); where that does not exist, Playwright's own browser is used.
 * Each test saves a screenshot of where it ended in {@code target/screenshots}, and fails if the browser reported a
 * Content-Security-Policy violation on the way: every journey doubles as a check that the policy lets the app work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sanctions.data-dir=target/test-data/${random.uuid}", "sanctions.demo=true"})
abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    /** What Chromium printed to the console about the Content-Security-Policy: every blocked script, style or request. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
        org.assertj.core.api.Assertions.assertThat(policyViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form and waits for the app to show its navigation. */
    void logIn(String username, String password) {
        page.navigate(url("/login"));
        fillLoginForm(username, password);
        page.getByRole(AriaRole.NAVIGATION).waitFor();
    }

    /** A second browser session for another person, signed in. */
    Page newUser(String username, String password) {
        BrowserContext other = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        other.setDefaultTimeout(20_000);
        Page otherPage = other.newPage();
        otherPage.navigate(url("/login"));
        otherPage.getByLabel("Username").fill(username);
        otherPage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        otherPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        otherPage.getByRole(AriaRole.NAVIGATION).waitFor();
        return otherPage;
    }

    /** Opens a Vaadin select and picks the option with this text. */
    static void choose(Locator select, String option) {
        select.click();
        select.page().locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    void fillLoginForm(String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
