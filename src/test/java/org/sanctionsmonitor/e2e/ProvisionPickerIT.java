package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The incident form's provision picker in Chromium: the paragraph is found the way an editor writes it. */
class ProvisionPickerIT extends BrowserTest {

    @Test
    void typing_1718_op8_offers_the_paragraphs_of_1718_op8_first_and_picks_one() {
        logIn("editor", "editor");
        page.navigate(url("/incidents/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a provision")).click();
        Locator picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Provision"));
        Locator offered = page.locator("vaadin-combo-box-item:visible");

        picker.fill("1718 OP8");
        assertThat(offered.first()).hasText(Pattern.compile("^S/RES/1718 \\(2006\\) OP8\\(a\\)\\(i\\) – "));
        assertThat(offered).hasCount(4);

        picker.fill("S/RES/1718 (2006) OP8(b)");
        assertThat(offered).hasCount(1);
        assertThat(offered.first()).hasText(Pattern.compile("^S/RES/1718 \\(2006\\) OP8\\(b\\) – "));
        offered.first().click();

        assertThat(picker).hasValue(Pattern.compile("^S/RES/1718 \\(2006\\) OP8\\(b\\) – "));
    }
}
