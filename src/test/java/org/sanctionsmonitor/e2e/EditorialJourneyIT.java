package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From article to published incident, in Chromium: an editor starts an incident from the seed article with a selected
 * passage and submits it; a viewer cannot see it, not even by URL; a second editor publishes it; then the viewer sees it.
 */
class EditorialJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_incident_from_the_seed_article_reaches_readers_only_after_a_second_editor_publishes_it() {
        long started = System.nanoTime();
        long seed = jdbc.sql("SELECT id FROM source WHERE language = 'id'").query(Long.class).single();

        logIn("editor", "editor");
        page.navigate(url("/sources/" + seed));
        page.locator(".bilingual-columns .original .excerpt").evaluate("""
                element => {
                  const text = element.firstChild;
                  const range = document.createRange();
                  range.setStart(text, 0);
                  range.setEnd(text, 60);
                  const selection = window.getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                }""");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New incident from selection")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/new\\?.*source=" + seed + ".*"));

        page.getByLabel("Title").fill("Seoul and Washington warn Moscow over arms cooperation with Pyongyang");
        choose(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Category")), "Diplomatic event");
        page.getByLabel("Kind").getByText("Event").click();
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("9/15/2023");
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        // A one-day item: the end date follows the start date by itself.
        assertThat(page.getByLabel("To", new Page.GetByLabelOptions().setExact(true))).hasValue("9/15/2023");
        assertThat(page.locator(".rows-field vaadin-text-area").first().locator("textarea")).hasValue(Pattern.compile("^Rusia melanggar.*"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", "EditorialJourneyIT-form.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents/\\d+$"));
        Matcher id = Pattern.compile("/incidents/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String incidentPath = "/incidents/" + id.group(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.getByText("In review").first()).isVisible();
        int editorClicks = 6;

        Page viewer = newUser("viewer", "viewer");
        viewer.navigate(url(incidentPath));
        assertThat(viewer.getByText("Page not found")).isVisible();
        assertThat(viewer.getByText("Seoul and Washington warn Moscow")).hasCount(0);

        Page reviewer = newUser("admin", "admin");
        reviewer.navigate(url("/review"));
        Locator row = reviewer.locator("vaadin-grid").first();
        assertThat(row).containsText("Seoul and Washington warn Moscow");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).first().click();
        assertThat(reviewer.getByText("Published: readers can see it now.")).isVisible();
        int reviewerClicks = 1;

        viewer.navigate(url(incidentPath));
        assertThat(viewer.locator("h1")).hasText("Seoul and Washington warn Moscow over arms cooperation with Pyongyang");
        assertThat(viewer.locator(".section").filter(new Locator.FilterOptions().setHasText("Sources"))).containsText("idnewszone.com");
        viewer.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", "EditorialJourneyIT-viewer-sees-published.png")));

        System.out.printf("Article to published incident: %d clicks by the author, %d by the reviewer, %.1f s in the browser%n",
                editorClicks, reviewerClicks, (System.nanoTime() - started) / 1e9);
    }
}
