package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import, export, citation, API tokens and the API's documentation, in Chromium (under the Content-Security-Policy). */
class ExchangeIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** For a step that does real work on the server (a citation, the OpenAPI document) on a machine shared with other builds. */
    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private static final String HEADER = "title,kind,category,date_from,date_to,supplier,recipient,sources,summary\n";

    @Test
    void an_editor_uploads_a_csv_reads_the_dry_run_report_commits_and_finds_the_new_items_in_the_list() {
        String source = jdbc.sql("SELECT url FROM source WHERE workflow_state = 'PUBLISHED' ORDER BY id LIMIT 1").query(String.class).single();
        String good = HEADER
                + "Imported in Chromium: drones by sea,VIOLATION,DRONES,2019-03-04,2019-03-05,IR,SY," + source + ",Shipped by sea.\n"
                + "Imported in Chromium: shells by air,VIOLATION,ARTILLERY_AMMUNITION,2019-05,,BY,SY,,\n";
        String bad = good.replace("2019-03-04", "2019-02-30");
        logIn("editor", "editor");
        page.navigate(url("/import"));

        upload("incidents.csv", bad);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the files")).click();
        assertThat(page.locator(".import-problems-summary")).containsText("1 problem must be fixed");
        Locator problems = page.locator("vaadin-grid.import-problems");
        assertThat(problems).containsText("row 2");
        assertThat(problems).containsText("date_from");
        assertThat(problems).containsText("February 2019 has 28 days");
        assertThat(page.locator(".import-report vaadin-button").filter(new Locator.FilterOptions().setHasText("Import"))).isDisabled();

        page.locator("vaadin-upload-file").locator("[part=remove-button]").click();
        // The server has let go of the bad file before the good one, of the same name, arrives.
        assertThat(page.locator(".import-files")).not().containsText("incidents.csv");
        upload("incidents.csv", good);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the files")).click();
        assertThat(page.locator(".import-ok")).containsText("No problem found in 2 rows");
        page.locator(".import-report vaadin-button").filter(new Locator.FilterOptions().setHasText("Import 2 incidents")).click();
        assertThat(page.locator(".import-done")).containsText("Imported 2 incidents");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the incident list")).click();
        page.navigate(url("/incidents?q=" + "Imported%20in%20Chromium"));
        assertThat(page.locator(".result-count")).hasText("2 incidents");
        assertThat(page.locator("vaadin-grid")).containsText("Imported in Chromium: drones by sea");
        assertThat(page.locator("vaadin-grid")).containsText("Draft");
    }

    private void upload(String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".import-files")).containsText(name);
    }

    @Test
    void a_reader_exports_the_filtered_incident_list_and_cites_an_incident() throws IOException {
        logIn("viewer", "viewer");
        page.navigate(url("/incidents?country=IR"));
        int iran = jdbc.sql("""
                SELECT count(DISTINCT p.incident_id) FROM incident_party p JOIN incident i ON i.id = p.incident_id
                WHERE p.country_code = 'IR' AND i.workflow_state = 'PUBLISHED'""").query(Integer.class).single();
        assertThat(page.locator(".result-count")).hasText(iran + " incidents");

        Download download = page.waitForDownload(() -> page.locator(".export-menu a").filter(new Locator.FilterOptions().setHasText("CSV")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).startsWith("incidents-").endsWith(".csv");
        assertThat(csv).startsWith("\uFEFFid,kind,title");
        assertThat(csv.lines().filter(line -> line.matches("^\\d+,(VIOLATION|EVENT),.*")).count()).isEqualTo(iran);

        page.locator("vaadin-grid a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/\\d+$")); // else "Cite selected" on the list may still be there
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cite").setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Cite this incident", SLOW);
        assertThat(dialog.locator(".citation p").first()).containsText("1. ");
        assertThat(dialog.locator(".citation-notes li").first()).containsText("Available at http");
        Download bibtex = page.waitForDownload(() -> dialog.locator("a").filter(new Locator.FilterOptions().setHasText("BibTeX")).click());
        assertThat(Files.readString(bibtex.path(), StandardCharsets.UTF_8)).startsWith("@misc{").contains("url = {http");
    }

    @Test
    void a_viewer_makes_an_api_token_on_the_profile_page_uses_it_once_shown_and_revokes_it() throws Exception {
        logIn("viewer", "viewer");
        page.navigate(url("/profile"));
        page.getByLabel("Token name").fill("Chromium test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        Locator value = page.locator("vaadin-text-field.token-value input");
        assertThat(value).hasValue(Pattern.compile("^sm_.{43}$"));
        String token = value.inputValue();

        assertThat(api(token).statusCode()).isEqualTo(200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token Chromium test")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.locator("vaadin-grid")).containsText("revoked");
        assertThat(api(token).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> api(String token) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/countries/KP"))).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void swagger_ui_shows_the_api_to_a_signed_in_user_under_the_content_security_policy() {
        page.navigate(url("/swagger-ui/index.html"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        fillLoginForm("viewer", "viewer"); // back to the page asked for, which is not the app's
        assertThat(page).hasURL(Pattern.compile(".*/swagger-ui/index.html.*"));
        // The first request for /v3/api-docs builds the document from every controller: seconds on a busy machine.
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Sanctions Monitor read API", SLOW);
        assertThat(page.locator(".swagger-ui .opblock-summary-path").filter(new Locator.FilterOptions().setHasText("/api/v1/incidents")).first())
                .isVisible();
    }
}
