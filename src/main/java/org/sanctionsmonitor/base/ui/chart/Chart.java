package org.sanctionsmonitor.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Apache ECharts chart, drawn in the browser by the {@code <sm-chart>} custom element
 * ({@code frontend/components/sm-chart.js}). The server gives it an ECharts option as JSON; until then the chart shows
 * its loading state. Clicks come back as {@link ChartClickEvent}s carrying the clicked item's {@code filter}.
 */
@Tag("sm-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://components/sm-chart.js")
public class Chart extends Component implements HasSize {

    private ObjectNode option;

    public Chart() {
        setWidthFull();
        setHeight("22rem");
        getElement().setAttribute("role", "img");
    }

    /** Draws the chart from this ECharts option (built by a pure option function, see {@link ChartOptions}). */
    public void setOption(ObjectNode option) {
        this.option = option;
        getElement().setPropertyJson("option", option);
    }

    public ObjectNode getOption() {
        return option;
    }

    /** A short description for screen readers; the full data is in the table beside the chart. */
    public void setAccessibleLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public Registration addChartZoomListener(ComponentEventListener<ChartZoomEvent> listener) {
        return addListener(ChartZoomEvent.class, listener);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
