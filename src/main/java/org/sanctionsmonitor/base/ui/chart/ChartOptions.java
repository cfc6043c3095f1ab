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

    /**
     * A named series of plain numbers, one per category: no object and no link per point, so that a long axis (a dozen
     * categories over 250 months) stays a few kilobytes in the option and in every reader's session. A click on it
     * reports the series and data index ({@link ChartClickEvent#getSeriesIndex()}), from which the page builds the list.
     */
    public record Values(String name, int[] values) {
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
        return bars(categories, series.stream().map(Series::name).toList(), series.stream().map(s -> items(s.items())).toList(),
                stacked, zoom);
    }

    /** As {@link #bars(List, List, boolean, boolean)}, each series as plain numbers (see {@link Values}). */
    public static ObjectNode valueBars(List<String> categories, List<Values> series, boolean stacked, boolean zoom) {
        return bars(categories, series.stream().map(Values::name).toList(), series.stream().map(s -> numbers(s.values())).toList(),
                stacked, zoom);
    }

    /** As {@link #lines(List, List, boolean)}, each series as plain numbers (see {@link Values}). */
    public static ObjectNode valueLines(List<String> categories, List<Values> series, boolean zoom) {
        return asLines(valueBars(categories, series, false, zoom));
    }

    private static ObjectNode bars(List<String> categories, List<String> names, List<ArrayNode> data, boolean stacked,
            boolean zoom) {
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
        for (int i = 0; i < names.size(); i++) {
            ObjectNode o = out.addObject().put("type", "bar").put("name", names.get(i));
            if (stacked) {
                o.put("stack", "total");
            }
            o.putObject("emphasis").put("focus", "series");
            o.set("data", data.get(i));
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
        return asLines(bars(categories, series, false, zoom));
    }

    private static ObjectNode asLines(ObjectNode option) {
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
        // ECharts' Sankey brings its own one-second entry animation; it takes the option's like every other chart.
        s.set("animationDuration", option.get("animationDuration"));
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

    /** A point on the world map (longitude, latitude) with its value and the list behind it. */
    public record MapPoint(String name, double longitude, double latitude, int value, String filter) {
    }

    /** A line on the world map from one point to another, as wide as its value, with the list behind it. */
    public record MapLine(String name, double fromLongitude, double fromLatitude, double toLongitude, double toLatitude, int value,
            String filter) {
    }

    /** Marks of one kind on the map (e.g. suppliers), drawn with {@code symbol} and moved {@code offset} px sideways. */
    public record MapMarks(String name, String symbol, int offset, List<MapPoint> points) {
    }

    /**
     * Flows on a world map ({@code map}: a map the chart element registers, e.g. "world"): the regions named in
     * {@code highlighted} shaded, a line per flow whose width grows with its value (arrow at its end), a ring for a flow
     * within one country, and marks per kind of point; the view fitted to {@code bounds} (west, south, east, north).
     */
    public static ObjectNode flowMap(String map, List<String> highlighted, List<MapLine> lines, List<MapPoint> loops,
            List<MapMarks> marks, double[] bounds) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        ObjectNode geo = option.putObject("geo").put("map", map).put("roam", false).put("silent", true);
        ArrayNode box = geo.putArray("boundingCoords");
        box.addArray().add(bounds[0]).add(bounds[3]);
        box.addArray().add(bounds[2]).add(bounds[1]);
        geo.put("top", 8).put("bottom", 36).put("left", 8).put("right", 8);
        ArrayNode regions = geo.putArray("regions");
        highlighted.forEach(name -> regions.addObject().put("name", name).putObject("itemStyle").put("smHighlight", true));
        int max = java.util.stream.Stream.concat(lines.stream().map(MapLine::value), loops.stream().map(MapPoint::value))
                .mapToInt(Integer::intValue).max().orElse(1);
        ArrayNode series = option.putArray("series");
        ObjectNode flows = series.addObject().put("type", "lines").put("name", "Flows").put("coordinateSystem", "geo").put("zlevel", 1);
        flows.putArray("symbol").add("none").add("arrow");
        flows.put("symbolSize", 10);
        flows.putObject("lineStyle").put("curveness", 0.2).put("opacity", 0.75);
        ArrayNode flowData = flows.putArray("data");
        for (MapLine line : lines) {
            ObjectNode o = flowData.addObject().put("name", line.name()).put("value", line.value());
            ArrayNode coords = o.putArray("coords");
            coords.addArray().add(line.fromLongitude()).add(line.fromLatitude());
            coords.addArray().add(line.toLongitude()).add(line.toLatitude());
            o.putObject("lineStyle").put("width", 1.5 + 8.0 * line.value() / max);
            putFilter(o, line.filter());
        }
        if (!loops.isEmpty()) {
            ObjectNode within = series.addObject().put("type", "scatter").put("name", "Within one country")
                    .put("coordinateSystem", "geo").put("symbol", "emptyCircle").put("zlevel", 1).put("z", 1);
            ArrayNode data = within.putArray("data");
            for (MapPoint loop : loops) {
                ObjectNode o = data.addObject().put("name", loop.name()).put("symbolSize", 22 + 16.0 * loop.value() / max);
                o.putArray("value").add(loop.longitude()).add(loop.latitude()).add(loop.value());
                putFilter(o, loop.filter());
            }
        }
        for (MapMarks kind : marks) {
            ObjectNode o = series.addObject().put("type", "scatter").put("name", kind.name()).put("coordinateSystem", "geo")
                    .put("symbol", kind.symbol()).put("symbolSize", 14).put("zlevel", 1).put("z", 3);
            o.putArray("symbolOffset").add(kind.offset()).add(0);
            ArrayNode data = o.putArray("data");
            for (MapPoint point : kind.points()) {
                ObjectNode p = data.addObject().put("name", point.name());
                p.putArray("value").add(point.longitude()).add(point.latitude()).add(point.value());
                putFilter(p, point.filter());
            }
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

    private static ArrayNode numbers(int[] values) {
        ArrayNode data = JSON.arrayNode(values.length);
        for (int v : values) {
            data.add(v);
        }
        return data;
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
