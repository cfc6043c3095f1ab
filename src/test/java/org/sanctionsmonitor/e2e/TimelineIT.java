package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.timeline.TimelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline in Chromium with more items than it draws one by one: 3,000 published items besides the demo data
 * (committed, since the app reads them on its own connections, and removed afterwards).
 */
class TimelineIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private long total;

    @BeforeEach
    void manyItems() {
        TimelineTestData.publishedItems(jdbc, 3000, 2031);
        total = jdbc.sql("""
                SELECT (SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED')
                     + (SELECT count(*) FROM statement WHERE workflow_state = 'PUBLISHED')
                     + (SELECT count(*) FROM resolution)
                     + (SELECT count(*) FROM provision_period WHERE in_force_until IS NOT NULL)""").query(Long.class).single();
    }

    @AfterEach
    void removeThem() {
        TimelineTestData.remove(jdbc);
    }

    @Test
    void the_timeline_with_thousands_of_items_becomes_ready_and_every_row_loads_to_the_end() {
        logIn("viewer", "viewer");
        long start = System.nanoTime();
        page.navigate(url("/timeline"));
        Locator grid = page.locator("vaadin-grid.timeline-list");
        page.locator(".chart-card sm-chart[data-rendered]").waitFor();
        waitUntilLoaded(grid);
        System.out.printf("TimelineIT: /timeline with %,d items ready in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);

        assertThat(page.locator(".result-count")).hasText(String.format(Locale.ENGLISH, "%,d items", total));
        assertThat(page.locator(".timeline-window")).containsText("more than the 500 the chart draws one by one");
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TimelineTestData.NEWEST)))
                .hasCount(1); // the newest item heads the list

        grid.evaluate("g => g.scrollToIndex(g.size - 1)");
        waitUntilLoaded(grid);

        // The oldest item of all, the adoption of resolution 1718 in 2006, ends the list.
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("S/RES/1718 adopted")))
                .not().hasCount(0);
        assertThat(((Number) grid.evaluate("g => g.size")).longValue()).isEqualTo(total);
    }

    @Test
    void zooming_the_chart_asks_the_server_for_the_window_and_draws_its_items() {
        logIn("viewer", "viewer");
        page.navigate(url("/timeline?from=2031-01-01&to=2031-12-31"));
        Locator chart = page.locator(".chart-card sm-chart");
        page.locator(".chart-card sm-chart[data-rendered]").waitFor();
        assertThat(chart.evaluate("el => el.option.series[0].renderItem")).isEqualTo("sm-density");

        chart.evaluate("""
                el => window.echarts.getInstanceByDom(el).dispatchAction({type: 'dataZoom', dataZoomIndex: 0,
                    startValue: Date.UTC(2031, 2, 1), endValue: Date.UTC(2031, 2, 10, 23, 59)})""");

        assertThat(page).hasURL(Pattern.compile(".*/timeline\\?from=2031-03-01&to=2031-03-10$"));
        long inMarch = jdbc.sql("SELECT count(*) FROM incident WHERE created_by = :author AND date_from BETWEEN DATE '2031-03-01' AND DATE '2031-03-10'")
                .param("author", TimelineTestData.AUTHOR).query(Long.class).single();
        assertThat(page.locator(".result-count")).hasText(inMarch + " items");
        page.waitForCondition(() -> "sm-range".equals(chart.evaluate("el => el.option.series[0].renderItem")));
        assertThat(((Number) chart.evaluate("el => el.option.series[0].data.length")).longValue()).isEqualTo(inMarch);
        waitUntilLoaded(page.locator("vaadin-grid.timeline-list"));
    }

    /** Waits until the grid has no fetch pending and no row left in the loading state. */
    private void waitUntilLoaded(Locator grid) {
        page.waitForCondition(() -> (Boolean) grid.evaluate(
                "g => !g.hasAttribute('loading') && g.shadowRoot.querySelectorAll('tr[loading]').length === 0"));
    }
}
