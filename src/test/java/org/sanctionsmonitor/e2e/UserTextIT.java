package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** User text in Chromium: shown as typed, never as markup, and in its own direction. */
class UserTextIT extends BrowserTest {

    @Autowired
    TestData testData;

    @Test
    void a_timeline_tooltip_shows_a_title_with_quotes_ampersands_and_markup_exactly_as_typed() {
        String title = "Lavrov: 'the most absurd paradox' & \"shells\" <img src=x onerror=alert(1)>";
        testData.publishedIncident(title, data -> {
            data.setDateFrom(LocalDate.of(2019, 5, 6));
            data.setDateTo(LocalDate.of(2019, 5, 6));
        });
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        logIn("viewer", "viewer");

        page.navigate(url("/timeline?kinds=VIOLATION&from=2019-05-01&to=2019-05-31"));
        Locator chart = page.locator(".chart-card sm-chart[data-rendered]");
        chart.waitFor();
        // ECharts shows the item's tooltip as a hover would (a hover by coordinates misses when the filter panel
        // unfolds after the chart is drawn and moves it).
        chart.evaluate("""
                el => {
                  const dataIndex = el.option.series[0].data.findIndex(d => d.name.includes('absurd paradox'));
                  window.echarts.getInstanceByDom(el).dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex});
                }""");

        Locator tooltip = chart.locator(".sm-chart-tooltip");
        assertThat(tooltip).isVisible();
        assertThat(tooltip).hasText("6 May 2019 · " + title);
        assertThat(tooltip.locator("img")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).containsText(title);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void an_arabic_excerpt_is_laid_out_right_to_left_with_its_full_stop_at_the_left() {
        String excerpt = "قال المتحدث باسم وزارة الخارجية إن هذه الاتهامات لا أساس لها.";
        long id = testData.draftSource("Al Arabiya", "https://www.alarabiya.net/test/rtl-e2e", "إيران تنفي إرسال طائرات مسيّرة إلى روسيا",
                data -> {
                    data.setLanguage("ar");
                    data.setExcerptOriginal(excerpt);
                });
        logIn("editor", "editor");

        page.navigate(url("/sources/" + id));

        Locator paragraph = page.locator(".bilingual-columns .original .excerpt");
        assertThat(paragraph).hasText(excerpt);
        assertThat(paragraph.evaluate("el => getComputedStyle(el).direction")).isEqualTo("rtl");
        // Where the browser drew the first letter and the full stop: in Arabic the sentence ends at the left.
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) paragraph.evaluate("""
                el => {
                  const text = el.firstChild;
                  const at = i => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                                    return r.getBoundingClientRect().left; };
                  return [at(0), at(text.length - 1)];
                }""");
        assertThat(lefts.get(1).doubleValue()).as("the full stop is left of the first letter")
                .isLessThan(lefts.get(0).doubleValue());
    }
}
