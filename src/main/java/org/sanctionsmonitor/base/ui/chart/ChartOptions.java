package org.sanctionsmonitor.base.ui.chart;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure functions that turn plain figures into ECharts options (JSON). Every data item may carry a {@code filter}
 * (the query string of the list behind it), which {@code <sm-chart>} hands back on a click. No colours are set here:
 * the custom element takes text and axis colours from the Lumo theme, so light and dark both stay readable.
 * <p>
 * Names are user text and go into the option as they are, never escaped here and never in a tooltip {@code formatter}
 * template (ECharts escapes templates for HTML, so a title's {@code '} would show as {@code &#39;}): {@code <sm-chart>}
 * writes every tooltip itself, setting the text as text.
 */
public final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    /** One bar or point: its value and the query string of the list behind it (null: not clickable). */
    public record Item(int value, String filter) {
    }

    /** A named series over the shared category axis; {@code items} has one entry per category. */
    public record Series(String name, List<Item> items) {
    }

    public record Node(String name, String filter) {
    }

    public record Link(String source, String target, int value, String filter) {
    }

    /** A named bar with its value, for a ranking. */
    public record Bar(String name, int value, String filter) {
    }

    /**
     * Vertical bars over categories (e.g. months), one series per group; stacked or side by side; with a zoom slider
     * on the category axis when {@code zoom} is set.
     */
    public static ObjectNode bars(List<String> categories, List<Series> series, boolean stacked, boolean zoom) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("type", "scroll").put("top", 0);
        ObjectNode grid = option.putObject("grid").put("left", 40).put("right", 16).put("top", 36).put("containLabel", true);
        grid.put("bottom", zoom ? 56 : 16);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        ArrayNode xs = x.putArray("data");
        categories.forEach(xs::add);
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode out = option.putArray("series");
        for (Series s : series) {
            ObjectNode o = out.addObject().put("type", "bar").put("name", s.name());
            if (stacked) {
                o.put("stack", "total");
            }
            o.putObject("emphasis").put("focus", "series");
            o.set("data", items(s.items()));
        }
        if (zoom) {
            ArrayNode zooms = option.putArray("dataZoom");
            zooms.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 8);
            zooms.addObject().put("type", "inside").put("xAxisIndex", 0);
        }
        return option;
    }

    /** Lines over categories (e.g. allegations and denials per month), with a zoom slider when {@code zoom} is set. */
    public static ObjectNode lines(List<String> categories, List<Series> series, boolean zoom) {
        ObjectNode option = bars(categories, series, false, zoom);
        ((ObjectNode) option.get("tooltip")).remove("axisPointer");
        for (var s : option.get("series")) {
            ((ObjectNode) s).put("type", "line").put("symbolSize", 8);
        }
        return option;
    }

    /** A ranking as horizontal bars, the largest at the top. */
    public static ObjectNode ranking(String seriesName, List<Bar> bars) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 16).put("right", 32).put("top", 8).put("bottom", 16).put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ArrayNode names = y.putArray("data");
        bars.forEach(b -> names.add(b.name()));
        ObjectNode s = option.putArray("series").addObject().put("type", "bar").put("name", seriesName).put("barMaxWidth", 24);
        s.putObject("label").put("show", true).put("position", "right");
        s.set("data", items(bars.stream().map(b -> new Item(b.value(), b.filter())).toList()));
        return option;
    }

    /** A flow diagram: nodes, and links whose width is their value. Node names must be unique and the graph acyclic. */
    public static ObjectNode sankey(String seriesName, List<Node> nodes, List<Link> links) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode s = option.putArray("series").addObject().put("type", "sankey").put("name", seriesName)
                .put("left", 8).put("right", 160).put("nodeGap", 12).put("draggable", false);
        s.putObject("emphasis").put("focus", "adjacency");
        s.putObject("lineStyle").put("color", "gradient").put("opacity", 0.45);
        ArrayNode data = s.putArray("data");
        for (Node n : nodes) {
            ObjectNode o = data.addObject().put("name", n.name());
            putFilter(o, n.filter());
        }
        ArrayNode out = s.putArray("links");
        for (Link l : links) {
            ObjectNode o = out.addObject().put("source", l.source()).put("target", l.target()).put("value", l.value());
            putFilter(o, l.filter());
        }
        return option;
    }

    /** One item on a time lane: from {@code startMillis} to {@code endMillis} (exclusive), drawn as a bar. */
    public record Range(int lane, long startMillis, long endMillis, String name, String color, String filter) {
    }

    /**
     * A timeline: lanes (one per kind of item) over a zoomable time axis; each item a bar as long as its date range
     * (drawn by the custom element's {@code sm-range} renderer, at least 3 px wide).
     */
    public static ObjectNode timeline(List<String> lanes, List<Range> ranges) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 8).put("bottom", 56).put("containLabel", true);
        option.putObject("xAxis").put("type", "time");
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ArrayNode names = y.putArray("data");
        lanes.forEach(names::add);
        ArrayNode zooms = option.putArray("dataZoom");
        zooms.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 8).put("filterMode", "weakFilter");
        zooms.addObject().put("type", "inside").put("xAxisIndex", 0).put("filterMode", "weakFilter");
        ObjectNode s = option.putArray("series").addObject().put("type", "custom").put("renderItem", "sm-range");
        ObjectNode encode = s.putObject("encode");
        encode.putArray("x").add(1).add(2);
        encode.put("y", 0);
        ArrayNode data = s.putArray("data");
        for (Range r : ranges) {
            ObjectNode o = data.addObject().put("name", r.name());
            o.putArray("value").add(r.lane()).add(r.startMillis()).add(r.endMillis());
            o.putObject("itemStyle").put("color", r.color());
            putFilter(o, r.filter());
        }
        return option;
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.objectNode();
        option.put("animationDuration", 300);
        return option;
    }

    private static ArrayNode items(List<Item> items) {
        ArrayNode data = JSON.arrayNode();
        for (Item item : items) {
            ObjectNode o = data.addObject().put("value", item.value());
            putFilter(o, item.filter());
            if (item.filter() != null) {
                o.put("cursor", "pointer");
            }
        }
        return data;
    }

    private static void putFilter(ObjectNode o, String filter) {
        if (filter != null) {
            o.put("filter", filter);
        }
    }
}
