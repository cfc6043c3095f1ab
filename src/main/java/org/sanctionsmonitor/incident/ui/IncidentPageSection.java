package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Component;
import org.sanctionsmonitor.incident.IncidentDetails;

/**
 * A section another feature adds to every incident page, such as the claims and denials about it. Implementations
 * are Spring beans, ordered with {@code @Order}; the incident feature does not know them.
 */
public interface IncidentPageSection {

    Component create(IncidentDetails incident);
}
