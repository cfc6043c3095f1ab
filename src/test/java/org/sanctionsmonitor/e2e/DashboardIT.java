package org.sanctionsmonitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboards in Chromium: charts are drawn, and a click on a bar opens the list behind it. */
class DashboardIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_overview_is_the_landing_page_and_draws_its_charts() {
        logIn("viewer", "viewer");

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        Locator canvases = page.locator(".chart-card sm-chart canvas");
        canvases.first().waitFor();
        page.waitForCondition(() -> canvases.count() >= 4);
        assertThat(page.locator(".figures")).containsText(
                count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'VIOLATION'") + "Violations");
        page.locator(".chart-card sm-chart[data-rendered]").first().waitFor();
    }

    @Test
    void clicking_the_top_provision_bar_opens_the_incident_list_with_the_same_count() {
        logIn("viewer", "viewer");
        Locator chart = page.locator(".chart-card").filter(new Locator.FilterOptions().setHasText("Provisions most often cited"))
                .locator("sm-chart");
        chart.scrollIntoViewIfNeeded();
        page.locator(".chart-card").filter(new Locator.FilterOptions().setHasText("Provisions most often cited"))
                .locator("sm-chart[data-rendered]").waitFor(); // the bars finished their entry animation

        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) chart.evaluate("""
                el => {
                  const value = el.option.series[0].data[0].value;
                  return window.echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, [value / 2, 0]);
                }""");
        int value = ((Number) chart.evaluate("el => el.option.series[0].data[0].value")).intValue();
        int expected = count("""
                SELECT count(DISTINCT ip.incident_id) AS n FROM incident_provision ip JOIN incident i ON i.id = ip.incident_id
                WHERE i.workflow_state = 'PUBLISHED' GROUP BY ip.provision_id ORDER BY n DESC LIMIT 1""");
        assertThat(value).isEqualTo(expected);

        BoundingBox box = chart.boundingBox();
        page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());

        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?provision=\\d+$"));
        assertThat(page.locator(".result-count")).hasText(expected == 1 ? "1 incident" : expected + " incidents");
    }

    @Test
    void clicking_a_month_bar_opens_the_incident_list_of_that_month_and_category_with_the_same_count() {
        logIn("viewer", "viewer");
        Locator chart = chart("Violations per month, by category");

        // The busiest month of the first category: its bar is the bottom of the stack, so its middle is at half its height.
        @SuppressWarnings("unchecked")
        List<Object> bar = (List<Object>) chart.evaluate("""
                el => { const data = el.option.series[0].data;
                  let index = 0;
                  data.forEach((v, i) => { if (v > data[index]) index = i; });
                  return [el.option.xAxis.data[index], el.option.series[0].name, data[index]]; }""");
        String month = (String) bar.get(0);
        int shown = ((Number) bar.get(2)).intValue();
        String category = jdbc.sql("SELECT code FROM incident_category WHERE label = ?").param(bar.get(1)).query(String.class).single();
        click(chart, """
                el => { const data = el.option.series[0].data;
                  let index = 0;
                  data.forEach((v, i) => { if (v > data[index]) index = i; });
                  return window.echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, [index, data[index] / 2]); }""");

        java.time.YearMonth m = java.time.YearMonth.parse(month);
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?(?=.*category=" + category + ")(?=.*kind=VIOLATION)(?=.*from="
                + m.atDay(1) + ")(?=.*to=" + m.atEndOfMonth() + ").*$"));
        assertThat(page.locator(".result-count")).hasText(shown == 1 ? "1 incident" : shown + " incidents");
    }

    @Test
    void the_map_draws_the_sankeys_flows_and_a_line_or_a_country_opens_the_list_with_the_same_count() {
        logIn("viewer", "viewer");
        page.navigate(url("/?from=2023-01-01"));
        Locator map = chart("Flows on the map");
        Locator sankey = chart("Supplier → recipient diagram");

        @SuppressWarnings("unchecked")
        Map<String, Number> lines = (Map<String, Number>) map.evaluate(
                "el => Object.fromEntries(el.option.series.filter(s => s.name === 'Flows' || s.name === 'Within one country')"
                        + ".flatMap(s => s.data).map(d => [d.name,"
                        + " Array.isArray(d.value) ? d.value[2] : d.value]))");
        @SuppressWarnings("unchecked")
        Map<String, Number> links = (Map<String, Number>) sankey.evaluate(
                "el => Object.fromEntries(el.option.series[0].links.map(l => [l.source.slice(5) + ' → ' + l.target.slice(3), l.value]))");
        assertThat(lines).isNotEmpty().isEqualTo(links);
        int kpToRu = count("""
                SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.kind = 'VIOLATION' AND i.date_to >= DATE '2023-01-01'
                AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = 'KP' AND p.role = 'SUPPLIER')
                AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = 'RU' AND p.role = 'RECIPIENT')""");
        assertThat(lines.get("North Korea (DPRK) → Russia").intValue()).isEqualTo(kpToRu);

        // The line's middle: ECharts draws it as a quadratic curve bent by its curveness.
        click(map, """
                el => { const chart = window.echarts.getInstanceByDom(el);
                  const d = el.option.series[0].data.find(d => d.name === 'North Korea (DPRK) → Russia');
                  const [x1, y1] = chart.convertToPixel({geoIndex: 0}, d.coords[0]);
                  const [x2, y2] = chart.convertToPixel({geoIndex: 0}, d.coords[1]);
                  const c = el.option.series[0].lineStyle.curveness;
                  const cx = (x1 + x2) / 2 - (y1 - y2) * c, cy = (y1 + y2) / 2 - (x2 - x1) * c;
                  return [0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2]; }""");
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?(?=.*country=KP)(?=.*role=SUPPLIER)(?=.*from=2023-01-01)(?=.*recipient=RU).*$"));
        assertThat(page.locator(".result-count")).hasText(kpToRu == 1 ? "1 incident" : kpToRu + " incidents");

        page.goBack();
        Locator mapAgain = chart("Flows on the map");
        int asSupplier = ((Number) mapAgain.evaluate(
                "el => el.option.series.find(s => s.name === 'Suppliers').data.find(d => d.name.startsWith('North Korea')).value[2]")).intValue();
        String sankeyNode = (String) chart("Supplier → recipient diagram").evaluate(
                "el => el.option.series[0].data.find(n => n.name === 'From North Korea (DPRK)').filter");
        click(mapAgain, """
                el => { const chart = window.echarts.getInstanceByDom(el);
                  const s = el.option.series.find(s => s.name === 'Suppliers');
                  const d = s.data.find(d => d.name.startsWith('North Korea'));
                  const [x, y] = chart.convertToPixel({geoIndex: 0}, [d.value[0], d.value[1]]);
                  return [x + s.symbolOffset[0], y + s.symbolOffset[1]]; }""");
        assertThat(sankeyNode).isEqualTo("incidents?country=KP&role=SUPPLIER&from=2023-01-01");
        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?(?=.*country=KP)(?=.*role=SUPPLIER)(?=.*from=2023-01-01)(?!.*recipient).*$"));
        assertThat(page.locator(".result-count")).hasText(asSupplier == 1 ? "1 incident" : asSupplier + " incidents");
    }

    private Locator chart(String title) {
        Locator card = page.locator(".chart-card").filter(new Locator.FilterOptions().setHasText(title));
        card.scrollIntoViewIfNeeded();
        card.locator("sm-chart[data-rendered]").waitFor();
        return card.locator("sm-chart");
    }

    @SuppressWarnings("unchecked")
    private void click(Locator chart, String pointScript) {
        List<Number> point = (List<Number>) chart.evaluate(pointScript);
        BoundingBox box = chart.boundingBox();
        page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
    }

    @Test
    void clicking_a_key_figure_opens_the_list_with_the_same_count() {
        logIn("viewer", "viewer");
        int confirmed = count("SELECT count(*) FROM incident WHERE workflow_state = 'PUBLISHED' AND kind = 'VIOLATION' AND status = 'CONFIRMED'");

        page.locator(".figure-link").filter(new Locator.FilterOptions().setHasText("Confirmed")).click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?status=CONFIRMED&kind=VIOLATION$"));
        assertThat(page.locator(".result-count")).hasText(confirmed == 1 ? "1 incident" : confirmed + " incidents");
    }

    @Test
    void a_country_dossier_shows_the_right_counts_and_opens_the_list_behind_them() {
        logIn("viewer", "viewer");
        page.navigate(url("/countries/KP"));

        int supplier = count("""
                SELECT count(DISTINCT p.incident_id) FROM incident_party p JOIN incident i ON i.id = p.incident_id
                WHERE i.workflow_state = 'PUBLISHED' AND p.country_code = 'KP' AND p.role = 'SUPPLIER'""");
        int denials = count("""
                SELECT count(*) FROM statement s WHERE workflow_state = 'PUBLISHED' AND stance IN ('DENIES', 'DECLINES_TO_COMMENT')
                AND EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                            WHERE sp.statement_id = s.id AND a.country_code = 'KP')""");
        assertThat(page.locator("h1")).hasText("North Korea (DPRK, KP)");
        Locator asSupplier = page.locator(".figure-link").filter(new Locator.FilterOptions().setHasText("Incidents as supplier"));
        assertThat(asSupplier.locator(".figure-value")).hasText(String.valueOf(supplier));
        assertThat(page.locator(".figure").filter(new Locator.FilterOptions().setHasText("Its denials")).locator(".figure-value"))
                .hasText(String.valueOf(denials));
        page.locator(".chart-card sm-chart[data-rendered]").first().waitFor();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "DashboardIT-dossier-KP.png")));

        asSupplier.click();

        assertThat(page).hasURL(Pattern.compile(".*/incidents\\?country=KP&role=SUPPLIER$"));
        assertThat(page.locator(".result-count")).hasText(supplier + " incidents");
    }

    @Test
    void a_shared_timeline_url_restores_its_filters() {
        logIn("viewer", "viewer");
        page.navigate(url("/timeline?country=IR&kinds=VIOLATION,DENIAL&from=2022-01-01&to=2025-12-31"));

        int expected = count("""
                SELECT (SELECT count(*) FROM incident i WHERE i.workflow_state = 'PUBLISHED' AND i.kind = 'VIOLATION'
                          AND i.date_to >= DATE '2022-01-01' AND i.date_from <= DATE '2025-12-31'
                          AND i.id IN (SELECT incident_id FROM incident_party WHERE country_code = 'IR'))
                     + (SELECT count(*) FROM statement s WHERE s.workflow_state = 'PUBLISHED'
                          AND s.stance IN ('DENIES', 'DECLINES_TO_COMMENT') AND s.said_on BETWEEN DATE '2022-01-01' AND DATE '2025-12-31'
                          AND (EXISTS (SELECT 1 FROM statement_speaker sp JOIN actor a ON a.id = sp.actor_id
                                       WHERE sp.statement_id = s.id AND a.country_code = 'IR')
                               OR s.incident_id IN (SELECT incident_id FROM incident_party WHERE country_code = 'IR')))""");
        assertThat(expected).isPositive();
        assertThat(page.locator(".result-count")).hasText(expected + " items");
        assertThat(page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Country")).locator("input"))
                .hasValue("Iran (IR)");
        assertThat(page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Violations"))).hasAttribute("checked", "");
        assertThat(page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Denials"))).hasAttribute("checked", "");
        assertThat(page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Allegations"))).not().hasAttribute("checked", "");
        page.locator(".chart-card sm-chart[data-rendered]").first().waitFor();
    }

    @Test
    void chart_text_follows_the_theme_so_charts_stay_readable_in_the_dark() {
        logIn("viewer", "viewer");
        Locator chart = page.locator(".chart-card sm-chart").first();
        chart.locator("canvas").waitFor();
        double light = luminance(chart);

        page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
        page.waitForCondition(() -> luminance(chart) > 0.5); // the theme's new text colour took effect
        chart.and(page.locator("sm-chart[data-rendered]")).waitFor();
        double dark = luminance(chart);
        String legendColour = (String) chart.evaluate("el => window.echarts.getInstanceByDom(el).getOption().legend[0].textStyle.color");

        assertThat(light).isLessThan(0.3);
        assertThat(dark).isGreaterThan(0.7);
        assertThat(legendColour).as("the chart was redrawn with the dark theme's text colour")
                .isEqualTo(chart.evaluate("el => el._themeColours().text"));
    }

    @Test
    void a_resolution_page_draws_its_provisions_in_force_over_time() {
        logIn("viewer", "viewer");
        page.navigate(url("/resolutions/2231"));

        page.locator(".in-force-chart sm-chart canvas").waitFor();
        assertThat(page.locator(".in-force-chart")).containsText("In force over time");
        page.locator(".in-force-chart").scrollIntoViewIfNeeded();
        page.locator(".in-force-chart sm-chart[data-rendered]").waitFor();
    }

    @Test
    void a_dossier_prints_as_a_brief_without_navigation_or_table_toggles() {
        logIn("viewer", "viewer");
        page.navigate(url("/countries/IR"));
        page.locator(".chart-card sm-chart canvas").first().waitFor();
        assertThat(page.getByText("← All countries")).isVisible();

        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));

        assertThat(page.getByText("← All countries")).isHidden();
        assertThat(page.locator(".dossier-view .chart-table").first()).isHidden();
        assertThat(page.locator("h1")).hasText("Iran (IR)");
    }

    /** Relative luminance (0 black … 1 white) of the text colour the chart uses. */
    private static double luminance(Locator chart) {
        String rgba = (String) chart.evaluate("el => el._themeColours().text");
        String[] parts = rgba.replaceAll("[^0-9.,]", "").split(",");
        return (0.2126 * Double.parseDouble(parts[0]) + 0.7152 * Double.parseDouble(parts[1])
                + 0.0722 * Double.parseDouble(parts[2])) / 255;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
