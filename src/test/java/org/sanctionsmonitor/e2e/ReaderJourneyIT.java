package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A policy reader's main journeys, in Chromium. */
class ReaderJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_viewer_logs_in_and_filters_incidents_by_country_through_the_ui() {
        logIn("viewer", "viewer");
        page.navigate(url("/incidents"));
        assertThat(page.locator(".result-count")).hasText(count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED'") + " incidents");

        Locator country = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Country")).locator("input");
        country.fill("Iran");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Iran (IR)")).click();

        int iran = count("""
                SELECT count(DISTINCT p.incident_id) FROM incident_party p JOIN incident i ON i.id = p.incident_id
                WHERE p.country_code = 'IR' AND i.workflow_state = 'PUBLISHED'""");
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?country=IR$"));
        assertThat(page.locator(".result-count")).hasText(iran + " incidents");
        assertThat(page.locator("vaadin-grid")).containsText("Shahed");
    }

    @Test
    void a_shared_url_opens_the_same_filtered_list() {
        logIn("viewer", "viewer");
        page.navigate(url("/incidents?country=KP&role=SUPPLIER&category=ARTILLERY_AMMUNITION"));

        int expected = count("""
                SELECT count(*) FROM incident i WHERE category = 'ARTILLERY_AMMUNITION' AND workflow_state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM incident_party p
                WHERE p.incident_id = i.id AND p.country_code = 'KP' AND p.role = 'SUPPLIER')""");
        assertThat(expected).isPositive();
        assertThat(page.locator(".result-count")).hasText(expected + " incidents");
        assertThat(page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Country")).locator("input"))
                .hasValue("North Korea (DPRK, KP)");
    }

    @Test
    void a_viewer_opens_the_seed_article_and_reads_both_languages() {
        logIn("viewer", "viewer");
        page.navigate(url("/sources?language=id"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Sekutu memperingatkan Rusia"))).click();

        assertThat(page.locator("h1")).hasText("Sekutu memperingatkan Rusia akan membayar harga atas kerja sama militer dengan Pyongyang");
        assertThat(page.locator("h1")).hasAttribute("lang", "id");
        assertThat(page.locator(".bilingual-columns .original")).containsText("Vostochny pada hari Selasa");
        assertThat(page.locator(".bilingual-columns .translation")).containsText("Vostochny Cosmodrome on Tuesday");
        assertThat(page.locator(".bilingual-columns .translation")).containsText("Allies warn Russia will pay a price");
    }

    @Test
    void an_incident_page_shows_a_lapsed_provision_honestly() {
        logIn("viewer", "viewer");
        long id = jdbc.sql("""
                SELECT i.id FROM incident i JOIN incident_provision ip ON ip.incident_id = i.id JOIN provision p ON p.id = ip.provision_id
                WHERE p.label = 'Annex B para 4' AND i.date_from >= DATE '2023-10-18' LIMIT 1""").query(Long.class).single();

        page.navigate(url("/incidents/" + id));

        assertThat(page.locator(".not-in-force")).containsText("was not in force on the incident's date");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
