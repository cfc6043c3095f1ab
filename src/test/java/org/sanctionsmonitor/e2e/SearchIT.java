package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search and the readers' statement pages, in Chromium. */
class SearchIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Test
    void the_header_search_finds_an_item_and_opens_its_page() {
        long shahed = jdbc.sql("SELECT id FROM incident WHERE title LIKE '%Shahed-136%'").query(Long.class).single();
        String title = jdbc.sql("SELECT title FROM incident WHERE id = :id").param("id", shahed).query(String.class).single();
        logIn("viewer", "viewer");

        Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search everything"));
        search.fill("Shahed 136");
        search.press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=Shahed%20136$"));
        Locator hit = page.locator(".search-hit").filter(new Locator.FilterOptions().setHas(page.locator("a[href='incidents/" + shahed + "']")));
        assertThat(hit.locator("mark").first()).hasText("Shahed");
        hit.locator("a.hit-title").click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents/" + shahed + "$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".corroboration")).containsText("independent origin");
    }

    @Test
    void markup_in_a_title_and_a_snippet_is_shown_as_plain_text() {
        data.publishedIncident("<img src=x onerror=alert(1)> Alabuga assembly line", incident ->
                incident.setSummary("Reported at Alabuga <img src=x onerror=alert(2)> by satellite imagery."));
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        logIn("viewer", "viewer");

        page.navigate(url("/search?q=Alabuga"));

        Locator hit = page.locator(".search-hit").first();
        assertThat(hit.locator(".hit-title")).hasText("<img src=x onerror=alert(1)> Alabuga assembly line");
        assertThat(hit.locator(".hit-snippet")).containsText("Alabuga <img src=x onerror=alert(2)> by satellite imagery");
        assertThat(page.locator(".search-results img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void a_speakers_page_is_reached_from_a_statement() {
        logIn("viewer", "viewer");
        page.navigate(url("/statements?q=Peskov"));
        assertThat(page.locator(".result-count")).not().hasText("0 statements");

        page.locator("vaadin-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dmitry Peskov")).first().click();

        assertThat(page).hasURL(Pattern.compile(".*/actors/\\d+$"));
        assertThat(page.locator("h1")).hasText("Dmitry Peskov");
        assertThat(page.locator(".other-names")).containsText("Дмитрий Песков");
        assertThat(page.locator(".statement-column.denial")).containsText("Denials and non-answers");
    }
}
