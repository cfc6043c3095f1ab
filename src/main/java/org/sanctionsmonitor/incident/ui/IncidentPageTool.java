package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import org.sanctionsmonitor.incident.IncidentDetails;

/** A tool another feature adds under an incident's title, such as "Cite". Implementations are Spring beans. */
public interface IncidentPageTool {

    Component create(IncidentDetails incident);
}
