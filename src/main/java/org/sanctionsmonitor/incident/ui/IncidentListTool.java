package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Supplier;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentRow;

/**
 * A tool another feature adds to the incident list's header, such as the export and "Cite" buttons. It is given the
 * list's current filter and the rows the user selected, as they are when the tool is used. Implementations are Spring
 * beans, ordered with {@code @Order}.
 */
public interface IncidentListTool {

    Component create(Supplier<IncidentFilter> filter, Supplier<List<IncidentRow>> selection);
}
