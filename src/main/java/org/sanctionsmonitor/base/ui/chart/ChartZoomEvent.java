package org.sanctionsmonitor.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The reader zoomed a chart's first zoomable axis; start and end are axis values (epoch milliseconds on a time axis). */
@DomEvent("sm-chart-zoom")
public class ChartZoomEvent extends ComponentEvent<Chart> {

    private final double start;
    private final double end;

    public ChartZoomEvent(Chart source, boolean fromClient,
            @EventData("event.detail.start") double start, @EventData("event.detail.end") double end) {
        super(source, fromClient);
        this.start = start;
        this.end = end;
    }

    public double getStart() {
        return start;
    }

    public double getEnd() {
        return end;
    }
}
