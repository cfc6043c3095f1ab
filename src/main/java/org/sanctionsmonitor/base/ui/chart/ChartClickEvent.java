package org.sanctionsmonitor.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A click on a bar, node, link or point of a {@link Chart}, with what the browser knows of the clicked item. */
@DomEvent("sm-chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final String name;
    private final String seriesName;
    private final int dataIndex;
    private final String filter;
    private final JsonNode data;

    public ChartClickEvent(Chart source, boolean fromClient,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.filter") String filter,
            @EventData("event.detail.data") JsonNode data) {
        super(source, fromClient);
        this.name = name;
        this.seriesName = seriesName;
        this.dataIndex = dataIndex;
        this.filter = filter;
        this.data = data;
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

    public int getDataIndex() {
        return dataIndex;
    }

    /** The query string of the list behind the clicked item, as the option builder put it into the data item. */
    public Optional<String> getFilter() {
        return Optional.ofNullable(filter).filter(f -> !f.isBlank());
    }
}
