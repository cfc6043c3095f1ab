package org.sanctionsmonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.dashboard.FlowFilter;
import org.sanctionsmonitor.dashboard.Overview;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OverviewChartsTest {

    @Test
    void the_month_axis_runs_without_gaps_from_the_first_to_the_last_month() {
        assertThat(OverviewCharts.monthAxis(Set.of(YearMonth.of(2023, 11), YearMonth.of(2024, 2))))
                .containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(OverviewCharts.monthAxis(Set.of())).isEmpty();
    }

    @Test
    void each_bar_of_the_month_chart_opens_its_month_and_category_and_empty_months_open_nothing() {
        List<Overview.MonthCount> counts = List.of(
                new Overview.MonthCount(LocalDate.of(2023, 9, 1), "DRONES", "Drones", 30, 2),
                new Overview.MonthCount(LocalDate.of(2023, 11, 1), "DRONES", "Drones", 30, 1),
                new Overview.MonthCount(LocalDate.of(2023, 11, 1), "TROOPS", "Troops", 40, 3));
        ObjectNode option = OverviewCharts.monthsOption(counts);
        OverviewCharts.MonthLinks links = OverviewCharts.MonthLinks.of(counts);

        assertThat(option.get("xAxis").get("data")).extracting(JsonNode::asString).containsExactly("2023-09", "2023-10", "2023-11");
        JsonNode drones = option.get("series").get(0);
        assertThat(drones.get("name").asString()).isEqualTo("Drones");
        assertThat(drones.get("data")).extracting(JsonNode::asInt).containsExactly(2, 0, 1);
        assertThat(option.get("series").get(1).get("data")).extracting(JsonNode::asInt).containsExactly(0, 0, 3);
        assertThat(links.incidents(0, 0, 2)).contains("incidents?category=DRONES&kind=VIOLATION&from=2023-09-01&to=2023-09-30");
        assertThat(links.incidents(1, 2, 3)).contains("incidents?category=TROOPS&kind=VIOLATION&from=2023-11-01&to=2023-11-30");
        assertThat(links.incidents(0, 1, 0)).as("an empty month").isEmpty();
        assertThat(links.incidents(2, 0, 1)).as("no such series").isEmpty();
        assertThat(links.incidents(0, 3, 1)).as("no such month").isEmpty();
        assertThat(links.incidents(-1, -1, 1)).as("an item the browser could not place").isEmpty();
    }

    @Test
    void a_point_of_the_stances_chart_opens_that_months_allegations_or_denials_on_the_timeline() {
        List<Overview.StanceMonth> months = List.of(new Overview.StanceMonth(LocalDate.of(2024, 1, 1), 3, 0),
                new Overview.StanceMonth(LocalDate.of(2024, 3, 1), 1, 2));
        ObjectNode option = OverviewCharts.stancesOption(months);
        OverviewCharts.StanceLinks links = OverviewCharts.StanceLinks.of(months);

        assertThat(option.get("series").get(0).get("data")).extracting(JsonNode::asInt).containsExactly(3, 0, 1);
        assertThat(option.get("series").get(1).get("name").asString()).isEqualTo("Denials");
        assertThat(option.get("series").get(1).get("data")).extracting(JsonNode::asInt).containsExactly(0, 0, 2);
        assertThat(links.statements(0, 0, 3)).contains("timeline?kinds=ALLEGATION&from=2024-01-01&to=2024-01-31");
        assertThat(links.statements(1, 2, 2)).contains("timeline?kinds=DENIAL&from=2024-03-01&to=2024-03-31");
        assertThat(links.statements(1, 0, 0)).isEmpty();
        assertThat(links.statements(2, 0, 1)).isEmpty();
    }

    @Test
    void twenty_years_of_twelve_categories_make_a_month_chart_of_a_few_kilobytes() {
        List<Overview.MonthCount> counts = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2006, 1); m.isBefore(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            for (int c = 0; c < 12; c++) {
                counts.add(new Overview.MonthCount(m.atDay(1), "CATEGORY_" + c, "Category " + c, c, 100 + c));
            }
        }

        String json = OverviewCharts.monthsOption(counts).toString();

        // Each of the 3,012 bars is its number, no object and no link: the option is what every reader's session keeps.
        assertThat(json).doesNotContain("filter").doesNotContain("incidents?");
        assertThat(json.length()).isLessThan(20_000);
    }

    @Test
    void a_country_that_supplies_and_receives_appears_on_both_sides_so_the_flows_stay_acyclic() {
        ObjectNode option = OverviewCharts.flowsOption(List.of(
                new Overview.Flow("KP", "North Korea", "RU", "Russia", 5),
                new Overview.Flow("RU", "Russia", "KP", "North Korea", 2)), FlowFilter.NONE);

        JsonNode series = option.get("series").get(0);
        assertThat(series.get("data")).hasSize(4);
        assertThat(series.get("links").get(0).get("source").asString()).isEqualTo("From North Korea");
        assertThat(series.get("links").get(0).get("target").asString()).isEqualTo("To Russia");
        assertThat(series.get("links").get(0).get("filter").asString()).isEqualTo("incidents?country=KP&role=SUPPLIER&recipient=RU");
        assertThat(series.get("links").get(1).get("source").asString()).isEqualTo("From Russia");
    }

    @Test
    void the_map_draws_the_same_flows_as_the_sankey_each_opening_the_same_list_with_the_flows_filter() {
        FlowFilter filter = new FlowFilter(LocalDate.of(2024, 1, 1), null, "MISSILES");
        List<Overview.Flow> flows = List.of(new Overview.Flow("KP", "North Korea", "RU", "Russia", 5),
                new Overview.Flow("KP", "North Korea", "KP", "North Korea", 1),
                new Overview.Flow("RU", "Russia", "XX", "Nowhere Island", 2));
        List<Overview.FlowCountry> countries = List.of(
                new Overview.FlowCountry("KP", "North Korea", "Dem. Rep. Korea", 127.2, 40.15, 7, 1),
                new Overview.FlowCountry("RU", "Russia", "Russia", 99.07, 61.65, 2, 5),
                new Overview.FlowCountry("XX", "Nowhere Island", null, null, null, 0, 2));

        ObjectNode map = OverviewCharts.mapOption(flows, countries, filter);
        ObjectNode sankey = OverviewCharts.flowsOption(flows, filter);

        JsonNode line = map.get("series").get(0).get("data").get(0);
        JsonNode link = sankey.get("series").get(0).get("links").get(0);
        assertThat(line.get("value").asInt()).isEqualTo(link.get("value").asInt()).isEqualTo(5);
        assertThat(line.get("filter").asString()).isEqualTo(link.get("filter").asString())
                .isEqualTo("incidents?country=KP&role=SUPPLIER&category=MISSILES&from=2024-01-01&recipient=RU");
        assertThat(line.get("coords").get(0).get(0).asDouble()).isEqualTo(127.2);
        assertThat(map.get("series").get(0).get("data")).as("a country the map lacks has no line").hasSize(1);
        JsonNode loop = map.get("series").get(1);
        assertThat(loop.get("name").asString()).isEqualTo("Within one country");
        assertThat(loop.get("data").get(0).get("value").get(2).asInt()).isEqualTo(1);
        JsonNode suppliers = map.get("series").get(2);
        assertThat(suppliers.get("name").asString()).isEqualTo("Suppliers");
        assertThat(suppliers.get("data").get(0).get("value").get(2).asInt()).isEqualTo(7);
        // A country mark opens the same list as the Sankey's node for that country and role.
        assertThat(suppliers.get("data").get(0).get("filter").asString()).isEqualTo(sankey.get("series").get(0).get("data").get(0)
                .get("filter").asString()).isEqualTo("incidents?country=KP&role=SUPPLIER&category=MISSILES&from=2024-01-01");
        assertThat(map.get("geo").get("regions")).extracting(r -> r.get("name").asString()).containsExactly("Dem. Rep. Korea", "Russia");

        var table = OverviewCharts.flowsTable(flows, countries, filter);
        assertThat(table.rows()).extracting(row -> row.get(0).text() + " → " + row.get(1).text() + ": " + row.get(2).text())
                .contains("Russia → Nowhere Island: 2", "North Korea → any recipient or none named: 7",
                        "any supplier or none named → Russia: 5");
    }

    @Test
    void the_table_alternative_holds_the_same_figures_as_the_chart() {
        List<Overview.ProvisionCount> provisions = List.of(new Overview.ProvisionCount(7, 1718, "OP8(b)", 4));

        var table = OverviewCharts.provisionsTable(provisions);
        var option = OverviewCharts.provisionsOption(provisions);

        assertThat(table.rows().getFirst().get(2).text()).isEqualTo("4");
        assertThat(table.rows().getFirst().get(2).href()).isEqualTo("incidents?provision=7");
        assertThat(option.get("series").get(0).get("data").get(0).get("value").asInt()).isEqualTo(4);
        assertThat(option.get("yAxis").get("data").get(0).asString()).isEqualTo("1718 OP8(b)");
    }
}
