package org.sanctionsmonitor.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A click on a bar, node, link or point of a {@link Chart}, with what the browser knows of the clicked item: its
 * {@code filter} when the option gave the item one, otherwise its series and data index, from which the page builds
 * the list behind it (a long chart of plain numbers carries no link per point).
 */
@DomEvent("sm-chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final String name;
    private final String seriesName;
    private final int seriesIndex;
    private final int dataIndex;
    private final double value;
    private final String filter;
    private final JsonNode data;

    public ChartClickEvent(Chart source, boolean fromClient,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.value") JsonNode value,
            @EventData("event.detail.filter") String filter,
            @EventData("event.detail.data") JsonNode data) {
        super(source, fromClient);
        this.name = name;
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.value = value != null && value.isNumber() ? value.asDouble() : Double.NaN;
        this.filter = filter;
        this.data = data;
    }

    /** A click on an item that carries its own filter (series and value unknown). */
    public ChartClickEvent(Chart source, boolean fromClient, String name, String seriesName, int dataIndex, String filter,
            JsonNode data) {
        this(source, fromClient, name, seriesName, -1, dataIndex, null, filter, data);
    }

    /** The clicked data item as the option gave it (value, filter, …), or null when the item was a plain number. */
    public JsonNode getData() {
        return data;
    }

    /** The category or node name, e.g. "2023-09" or "North Korea (DPRK)". */
    public String getName() {
        return name;
    }

    public String getSeriesName() {
        return seriesName;
    }

    /** The clicked series' position in the option's {@code series}, -1 when unknown. */
    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataIndex() {
        return dataIndex;
    }

    /** The clicked item's value when it is a single number (a bar's height, a point's count); NaN otherwise. */
    public double getValue() {
        return value;
    }

    /** The query string of the list behind the clicked item, as the option builder put it into the data item. */
    public Optional<String> getFilter() {
        return Optional.ofNullable(filter).filter(f -> !f.isBlank());
    }
}
