package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader saves a filtered list from the header, sees "2 new" there once two matching items are published, and "nothing
 * new" after opening the view; "What's new" lists them; the feed address works without a session.
 */
class SavedViewsIT extends BrowserTest {

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_saved_view_says_two_new_after_two_matching_items_are_published_and_nothing_new_once_opened() {
        logIn("viewer", "viewer");
        page.navigate(url("/incidents?q=Wallaby&country=KP"));
        PageState.settle(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saved views")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this page as a view…")).click();
        Locator name = page.getByLabel("Name");
        assertThat(name).hasValue("Incidents: North Korea (DPRK), “Wallaby”");
        name.fill("Wallaby shipments");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view")).click();
        assertThat(page.getByText("Saved “Wallaby shipments”.")).isVisible();

        testData.publishedIncident("Wallaby barges at Rajin", data -> { });
        testData.publishedIncident("Wallaby rail cars at Tumangang", data -> { });
        testData.draftIncident("Wallaby draft nobody published");
        page.navigate(url("/timeline"));
        PageState.settle(page);

        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saved views, 2 new"));
        assertThat(toggle).isVisible();
        toggle.click();
        Locator view = page.locator(".saved-view").filter(new Locator.FilterOptions().setHasText("Wallaby shipments"));
        assertThat(view.locator(".saved-view-count")).hasText("2 new");

        view.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?(?=.*country=KP)(?=.*q=Wallaby).*"));
        assertThat(page.locator(".result-count")).hasText("2 incidents");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saved views").setExact(true))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saved views").setExact(true)).click();
        assertThat(page.locator(".saved-view").filter(new Locator.FilterOptions().setHasText("Wallaby shipments"))
                .locator(".saved-view-count")).hasText("nothing new");

        // What's new lists both, the latest first, and not the draft.
        page.navigate(url("/whats-new?since=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        Locator cards = page.locator(".change-card");
        assertThat(cards.first()).containsText("Wallaby rail cars at Tumangang");
        assertThat(page.locator(".changes")).containsText("Wallaby barges at Rajin");
        assertThat(page.locator(".changes")).not().containsText("Wallaby draft");

        // The view's feed, from the saved-views page, answers without a session.
        page.navigate(url("/saved-views"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a new feed key")).click();
        String feed = page.getByLabel("Atom feed of “Wallaby shipments”").inputValue();
        var response = page.context().browser().newContext().request().get(feed);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("Wallaby rail cars at Tumangang").doesNotContain("draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the feed key")).click();
        assertThat(page.getByText("Feed key revoked")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.context().browser().newContext().request().get(feed).status()).isEqualTo(404);
    }
}
