package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real case as an editor enters it, in Chromium (issue 9): a new source, an incident citing it and a provision found
 * by typing "1718 OP8", a joint statement of several governments and a denial known only to the month. Escape half-way
 * asks before anything is lost; the case is submitted in one step and published by a second editor in one step; a
 * reader finds the joint statement on every signatory's dossier; a typo fixed later in the published incident waits
 * for review while the reader keeps the published version.
 */
class CaseJourneyIT extends BrowserTest {

    @Test
    void a_case_is_entered_submitted_and_published_as_one_thing_and_stays_published_while_it_is_corrected() {
        logIn("editor", "editor");

        // A new source.
        page.navigate(url("/sources/new"));
        field("Outlet").fill("Yonhap");
        field("Web address").fill("https://en.yna.co.kr/view/case-journey-" + System.nanoTime());
        field("Title").fill("N. Korea shipped ballistic missiles to Russia, Seoul says");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/sources/\\d+$"));

        // An incident that cites it, started from the source's page.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New incident from selection")).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/new\\?source=\\d+.*"));
        Locator title = field("Title");
        title.fill("KN-23 missiles delivered to Russia, Seoul says");

        // Escape half-way: the editor is asked before anything is lost, and staying keeps what was typed.
        title.press("Escape");
        assertThat(page.getByText("Leave without saving?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay")).click();
        assertThat(title).hasValue("KN-23 missiles delivered to Russia, Seoul says");

        choose(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Category")), "Ballistic missiles");
        field("From").fill("1/15/2024");
        field("From").press("Enter");
        party("North Korea", "Supplier");
        party("Russia", "Recipient");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a provision")).click();
        Locator provision = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Provision"));
        provision.fill("1718 OP8");
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("S/RES/1718 (2006) OP8(b)")).first().click();
        field("Rationale").fill("Ballistic missiles from the DPRK.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents/\\d+$"));
        Matcher id = Pattern.compile("/incidents/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String incidentPath = "/incidents/" + id.group(1);

        // A joint statement of several governments, and a denial known only to the month.
        statement(incidentPath, "Condemns", "The governments condemned the transfers.", () -> {
            page.getByText("A new speaker too").click();
            field("New speaker's name").fill("Joint statement of 48 governments and the European Union");
            Locator signatories = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Signed by (joint statements)"));
            for (String country : new String[] {"Japan", "New Zealand"}) {
                signatories.fill(country);
                page.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(country)).first().click();
            }
            signatories.press("Tab"); // closes the list
            field("Said on").fill("3/19/2024");
            field("Said on").press("Enter");
        });
        statement(incidentPath, "Denies", "Denied any arms trade with the DPRK.", () -> {
            Locator speakers = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speakers"));
            speakers.fill("Peskov");
            page.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("Dmitry Peskov")).first().click();
            speakers.press("Tab"); // closes the list
            choose(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Date known to")), "the month");
            field("Said on").fill("2/10/2024");
            field("Said on").press("Enter");
        });

        // The author submits the case in one step.
        page.navigate(url(incidentPath));
        Locator casePanel = page.locator(".case-panel");
        assertThat(casePanel).containsText("The case (4 items)");
        casePanel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit the case (4 drafts)")).click();
        assertThat(page.getByText("The case is submitted for review.")).isVisible();
        int authorClicks = 1;

        // A second editor publishes it in one step.
        Page reviewer = newUser("admin", "admin");
        reviewer.navigate(url("/review"));
        Locator reviewCase = reviewer.locator(".case-panel").filter(new Locator.FilterOptions().setHasText("KN-23 missiles delivered"));
        reviewCase.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish the case (4 items)")).click();
        assertThat(reviewer.getByText("The case is published")).isVisible();
        int reviewerClicks = 1;

        // A reader finds the joint statement on every signatory's dossier.
        Page reader = newUser("viewer", "viewer");
        for (String country : new String[] {"JP", "NZ"}) {
            reader.navigate(url("/countries/" + country));
            assertThat(reader.locator(".dossier-view")).containsText("The governments condemned the transfers.");
        }

        // A typo fixed later waits for review; the reader keeps the published version until it is published.
        page.navigate(url(incidentPath + "/edit"));
        field("Title").fill("KN-23 missiles delivered to Russia, Seoul says (corrected)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByText("The published version differs from a pending revision")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit revision for review")).click();
        reader.navigate(url(incidentPath));
        assertThat(reader.locator("h1")).hasText("KN-23 missiles delivered to Russia, Seoul says");

        reviewer.navigate(url(incidentPath));
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish revision")).click();
        assertThat(reviewer.getByText("Published: readers see the new version now.")).isVisible();
        reader.navigate(url(incidentPath));
        assertThat(reader.locator("h1")).hasText("KN-23 missiles delivered to Russia, Seoul says (corrected)");

        System.out.printf("A case of 1 incident, 1 source and 2 statements: %d click by the author, %d by the reviewer to publish it%n",
                authorClicks, reviewerClicks);
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void party(String country, String role) {
        Locator countries = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Country"));
        int rows = countries.count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a country")).click();
        assertThat(countries).hasCount(rows + 1); // the new row is there
        Locator combo = countries.last();
        combo.fill(country);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(country)).first().click();
        choose(page.locator("vaadin-select[aria-label='Role'], vaadin-select").filter(new Locator.FilterOptions().setHasText("Role")).last(), role);
    }

    /** Adds a statement about the incident from its page, filled in by {@code fill}, then saves it. */
    private void statement(String incidentPath, String stance, String summary, Runnable fill) {
        page.navigate(url(incidentPath));
        page.getByText("Add a statement").click();
        assertThat(page).hasURL(Pattern.compile(".*/statements/new\\?incident=\\d+$"));
        fill.run();
        choose(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Stance")), stance);
        field("What was said (editors' summary, English)").fill(summary);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/statements/\\d+/edit$"));
    }
}
