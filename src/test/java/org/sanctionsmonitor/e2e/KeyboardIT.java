package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main journeys with the keyboard only, as a reader who cannot use a mouse: sign in, go to the incidents, filter
 * them, open one, edit it and save. No click anywhere: Tab, arrows, Enter and typing.
 */
class KeyboardIT extends BrowserTest {

    /** The focused element, through open shadow roots. */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                    return a; }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_editor_signs_in_navigates_filters_opens_edits_and_saves_an_incident_with_the_keyboard_only() {
        page.navigate(url("/login"));
        page.locator("input[name=username]").waitFor(); // the sign-in form is rendered (a cold start takes a while)
        tabTo("el => el && el.localName === 'input' && el.name === 'username'");
        page.keyboard().type("editor");
        page.keyboard().press("Tab");
        page.keyboard().type("editor");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        PageState.settle(page);

        // Navigate: the side navigation's link to the incidents.
        tabTo("el => el && el.closest && el.closest('vaadin-side-nav-item') && el.closest('vaadin-side-nav-item').path === 'incidents'"
                + " || el && el.getRootNode().host && el.getRootNode().host.path === 'incidents'");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/incidents$"));
        PageState.settle(page);

        // Filter: the search field in the filter panel (opened with Enter where it is folded).
        if (!Boolean.TRUE.equals(page.evaluate("() => document.querySelector('.filter-panel').opened"))) {
            tabTo("el => el && el.closest && el.closest('vaadin-details-summary')");
            page.keyboard().press("Enter");
        }
        tabTo("el => el && el.localName === 'input' && el.closest('vaadin-text-field') && el.closest('vaadin-text-field').label === 'Search'");
        page.keyboard().type("Shahed");
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?q=Shahed$"));
        PageState.settle(page);
        int matches = jdbc.sql("""
                SELECT count(*) FROM incident WHERE (search @@ (websearch_to_tsquery('english', 'Shahed') || websearch_to_tsquery('simple', 'Shahed'))
                OR title ILIKE '%Shahed%')""").query(Integer.class).single();
        assertThat(page.locator(".result-count")).hasText(matches == 1 ? "1 incident" : matches + " incidents");

        // Open: into the grid, down to the first row, across to its title (past the selection checkbox, for citing
        // several, and the date), Enter to reach the link and Enter to follow it.
        tabTo("el => el && el.localName === 'td' && (el.getAttribute('part') || '').includes('body-cell')"
                + " && el.getRootNode().host && el.getRootNode().host.localName === 'vaadin-grid'");
        // Across to the title: the first cell holding a link (editors' rows start with a selection checkbox).
        page.keyboard().press("Home");
        String cellLink = "() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                + " a = a.shadowRoot.activeElement; const slot = a.querySelector('slot');"
                + " return !!(slot && slot.assignedElements().some(e => e.querySelector('a[href]') || e.matches('a[href]'))); }";
        for (int presses = 0; presses < 6 && !Boolean.TRUE.equals(page.evaluate(cellLink)); presses++) {
            page.keyboard().press("ArrowRight");
        }
        String title = (String) page.evaluate("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                + " a = a.shadowRoot.activeElement; const slot = a.querySelector('slot');"
                + " return slot ? slot.assignedElements().map(e => e.textContent).join('') : a.textContent; }");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/incidents/\\d+$"));
        assertThat(page.locator("h1")).hasText(title.trim());
        PageState.settle(page);

        // Edit: the page's Edit link, then the summary field.
        tabTo("el => el && el.localName === 'a' && el.textContent.trim() === 'Edit'");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/incidents/\\d+/edit$"));
        PageState.settle(page);
        tabTo("el => el && el.localName === 'textarea' && el.closest('vaadin-text-area') && el.closest('vaadin-text-area').label === 'Summary'");
        page.keyboard().press("End");
        page.keyboard().type(" Confirmed by a second source.");

        // Save: Tab to the Save button and press Enter.
        tabTo("el => el && el.localName === 'vaadin-button' && el.textContent.trim() === 'Save'");
        page.keyboard().press("Enter");
        long id = Long.parseLong(page.url().replaceAll(".*/incidents/(\\d+)/edit$", "$1"));
        page.waitForCondition(() -> jdbc.sql("""
                SELECT count(*) FROM pending_revision WHERE item_type = 'INCIDENT' AND item_id = :id
                AND content::text LIKE '%Confirmed by a second source.%'""").param("id", id).query(Integer.class).single() == 1);
    }

    /** Presses Tab until the focused element satisfies {@code predicate} (a JS function of the element); fails after 80. */
    private void tabTo(String predicate) {
        for (int presses = 0; presses < 80; presses++) {
            if (Boolean.TRUE.equals(page.evaluate("() => { const el = (" + FOCUSED + ")(); return !!((" + predicate + ")(el)); }"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached the element " + predicate + "; focus is on "
                + page.evaluate("() => { const el = (" + FOCUSED + ")(); return el ? el.outerHTML.slice(0, 200) : 'nothing'; }"));
    }
}
