package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app in Chromium with its Content-Security-Policy on: every main page works and the browser reports no violation
 * (checked after each test by {@link BrowserTest}); malformed addresses get the worded page inside the layout.
 */
class BrowserHardeningIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_main_page_works_with_the_content_security_policy_on() {
        long incident = id("SELECT min(id) FROM incident WHERE workflow_state = 'PUBLISHED'");
        long source = id("SELECT min(id) FROM source WHERE workflow_state = 'PUBLISHED'");
        long statement = id("SELECT min(id) FROM statement");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "Overview");
        pages.put("/timeline", "Timeline");
        pages.put("/countries", "Countries");
        pages.put("/countries/KP", "KP)");
        pages.put("/incidents", "Incidents");
        pages.put("/incidents/" + incident, "All incidents");
        pages.put("/resolutions", "Resolutions");
        pages.put("/resolutions/1718", "1718");
        pages.put("/sources", "Sources");
        pages.put("/sources/" + source, "All sources");
        pages.put("/incidents/new", "New incident");
        pages.put("/sources/new", "New source");
        pages.put("/statements/" + statement + "/edit", "Edit statement");
        pages.put("/actors", "Actors");
        pages.put("/review", "Review");
        pages.put("/admin/users", "Users");
        pages.put("/admin/sign-ins", "Sign-ins");
        logIn("admin", "admin");

        for (var entry : pages.entrySet()) {
            Response response = page.navigate(url(entry.getKey()));
            String scripts = response.headerValue("content-security-policy").replaceAll(".*(script-src [^;]*).*", "$1");
            org.assertj.core.api.Assertions.assertThat(scripts).as(entry.getKey())
                    .startsWith("script-src 'self' 'unsafe-eval' 'sha256-").doesNotContain("unsafe-inline");
            assertThat(page.locator("main, vaadin-app-layout").first()).containsText(entry.getValue());
            org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-app-layout h2, vaadin-app-layout h1").count())
                    .as(entry.getKey()).isPositive();
        }
        page.navigate(url("/"));
        assertThat(page.locator("sm-chart canvas").first()).isVisible();
    }

    @Test
    void an_injected_inline_script_does_not_run() {
        logIn("viewer", "viewer");

        Object ran = page.evaluate("""
                () => { const s = document.createElement('script'); s.textContent = 'window.injected = true';
                        document.body.appendChild(s); return window.injected === true; }""");

        org.assertj.core.api.Assertions.assertThat(ran).isEqualTo(false);
        page.waitForCondition(() -> !policyViolations.isEmpty());
        org.assertj.core.api.Assertions.assertThat(policyViolations.getFirst()).contains("script-src");
        policyViolations.clear(); // the one violation this test provoked on purpose
    }

    @Test
    void malformed_and_unknown_addresses_get_the_worded_not_found_page_in_the_layout_with_a_way_back() {
        logIn("viewer", "viewer");

        for (String address : new String[] {"/resolutions/xyz", "/resolutions/99999999999", "/incidents/12345678901234567890123",
                "/incidents/abc", "/incidents/-1", "/sources/abc"}) {
            Response response = page.navigate(url(address));
            org.assertj.core.api.Assertions.assertThat(response.status()).as(address).isEqualTo(200);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
            assertThat(page.getByRole(AriaRole.NAVIGATION)).isVisible();
            assertThat(page.locator("body")).not().containsText("Exception");
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the overview")).click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Overview"))).isVisible();
    }

    @Test
    void a_forbidden_page_is_worded_in_the_layout_with_a_way_back() {
        logIn("editor", "editor");
        page.navigate(url("/incidents"));
        page.navigate(url("/admin/users"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access to this page"))).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION)).isVisible();
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents$"));
        assertThat(page.locator("vaadin-grid").first()).isVisible();
    }

    @Test
    void the_login_form_sends_its_csrf_token_and_a_post_without_it_is_refused() {
        page.navigate(url("/login"));
        Locator token = page.locator("meta[name=_csrf]");
        org.assertj.core.api.Assertions.assertThat(token.getAttribute("content")).isNotBlank();

        var forged = page.request().post(url("/login"), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("username", "viewer").set("password", "viewer"))
                .setMaxRedirects(0));
        org.assertj.core.api.Assertions.assertThat(forged.headers().get("location")).isEqualTo("/login?expired");

        fillLoginForm("viewer", "viewer");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).isVisible();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
