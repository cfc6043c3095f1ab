package org.sanctionsmonitor.timeline.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.sanctionsmonitor.timeline.TimelineFilter;

/** A tool another feature adds to the timeline's header, such as the export button, given its filter and zoomed range. */
public interface TimelineTool {

    Component create(Supplier<TimelineFilter> filter);
}
