package org.sanctionsmonitor.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartOptionsTest {

    @Test
    void stacked_bars_carry_one_value_and_one_filter_per_category_and_a_date_zoom() {
        ObjectNode option = ChartOptions.bars(List.of("2023-01", "2023-02"), List.of(
                new ChartOptions.Series("Drones", List.of(new ChartOptions.Item(2, "incidents?category=DRONES"),
                        new ChartOptions.Item(0, null)))), true, true);

        assertThat(option.get("xAxis").get("data").get(1).asString()).isEqualTo("2023-02");
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("bar");
        assertThat(series.get("stack").asString()).isEqualTo("total");
        assertThat(series.get("name").asString()).isEqualTo("Drones");
        assertThat(series.get("data").get(0).get("value").asInt()).isEqualTo(2);
        assertThat(series.get("data").get(0).get("filter").asString()).isEqualTo("incidents?category=DRONES");
        assertThat(series.get("data").get(1).has("filter")).isFalse();
        assertThat(option.get("dataZoom").get(0).get("type").asString()).isEqualTo("slider");
    }

    @Test
    void unstacked_bars_without_zoom_have_neither() {
        ObjectNode option = ChartOptions.bars(List.of("a"), List.of(new ChartOptions.Series("s", List.of(new ChartOptions.Item(1, null)))),
                false, false);

        assertThat(option.get("series").get(0).has("stack")).isFalse();
        assertThat(option.has("dataZoom")).isFalse();
    }

    @Test
    void lines_are_line_series_over_the_same_axis() {
        ObjectNode option = ChartOptions.lines(List.of("2024-01"), List.of(
                new ChartOptions.Series("Allegations", List.of(new ChartOptions.Item(3, null))),
                new ChartOptions.Series("Denials", List.of(new ChartOptions.Item(1, null)))), false);

        assertThat(option.get("series")).hasSize(2);
        assertThat(option.get("series").get(1).get("type").asString()).isEqualTo("line");
        assertThat(option.get("series").get(1).get("data").get(0).get("value").asInt()).isEqualTo(1);
    }

    @Test
    void a_ranking_keeps_the_order_it_is_given_top_down() {
        ObjectNode option = ChartOptions.ranking("Incidents", List.of(new ChartOptions.Bar("1718 OP8", 5, "incidents?provision=1"),
                new ChartOptions.Bar("2231 B4", 2, "incidents?provision=2")));

        assertThat(option.get("yAxis").get("inverse").asBoolean()).isTrue();
        assertThat(option.get("yAxis").get("data").get(0).asString()).isEqualTo("1718 OP8");
        assertThat(option.get("series").get(0).get("data").get(1).get("filter").asString()).isEqualTo("incidents?provision=2");
    }

    @Test
    void a_sankey_has_its_nodes_and_links_with_their_filters() {
        ObjectNode option = ChartOptions.sankey("Incidents",
                List.of(new ChartOptions.Node("From Iran", "incidents?country=IR&role=SUPPLIER"), new ChartOptions.Node("To Russia", null)),
                List.of(new ChartOptions.Link("From Iran", "To Russia", 4, "incidents?country=IR&role=SUPPLIER&recipient=RU")));

        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("sankey");
        assertThat(series.get("animationDuration")).as("as short as every other chart's").isEqualTo(option.get("animationDuration"));
        assertThat(series.get("data").get(0).get("filter").asString()).isEqualTo("incidents?country=IR&role=SUPPLIER");
        assertThat(series.get("data").get(1).has("filter")).isFalse();
        assertThat(series.get("links").get(0).get("value").asInt()).isEqualTo(4);
        assertThat(series.get("links").get(0).get("filter").asString()).endsWith("recipient=RU");
    }

    /** Titles as they are reported: quotes, ampersands, angle brackets, and markup that must never run. */
    static final List<String> AWKWARD_TITLES = List.of("Lavrov calls it 'the most absurd paradox'", "Shells & \"rockets\" via Rajin",
            "<img src=x onerror=alert(1)>", "Range < 300 km & > 70 km");

    @Test
    void user_text_goes_into_every_chart_as_it_was_typed_and_never_into_a_tooltip_template() {
        List<ObjectNode> options = List.of(
                ChartOptions.timeline(List.of("Violations"), AWKWARD_TITLES.stream()
                        .map(t -> new ChartOptions.Range(0, 0, 86_400_000, t, "#5470c6", null)).toList()),
                ChartOptions.bars(AWKWARD_TITLES, List.of(new ChartOptions.Series(AWKWARD_TITLES.get(0),
                        AWKWARD_TITLES.stream().map(t -> new ChartOptions.Item(1, null)).toList())), true, true),
                ChartOptions.lines(AWKWARD_TITLES, List.of(new ChartOptions.Series(AWKWARD_TITLES.get(1),
                        AWKWARD_TITLES.stream().map(t -> new ChartOptions.Item(1, null)).toList())), false),
                ChartOptions.ranking(AWKWARD_TITLES.get(2), AWKWARD_TITLES.stream().map(t -> new ChartOptions.Bar(t, 1, null)).toList()),
                ChartOptions.sankey(AWKWARD_TITLES.get(3), AWKWARD_TITLES.stream().map(t -> new ChartOptions.Node(t, null)).toList(),
                        List.of(new ChartOptions.Link(AWKWARD_TITLES.get(0), AWKWARD_TITLES.get(2), 1, null))));

        for (ObjectNode option : options) {
            String json = option.toString();
            assertThat(json).doesNotContain("formatter", "&#39;", "&amp;", "&lt;", "&quot;");
            for (String title : AWKWARD_TITLES) {
                assertThat(texts(option)).contains(title);
            }
        }
    }

    /** Every string in the option, unescaped from JSON. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new java.util.ArrayList<>();
        if (node.isString()) {
            texts.add(node.asString());
        }
        node.forEach(child -> texts.addAll(texts(child))); // array elements, or an object's values
        return texts;
    }
}
